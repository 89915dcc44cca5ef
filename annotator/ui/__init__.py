"""The desktop window (the only package that imports Qt).

Qt is imported on first use of the names below, not with the package:
`annotator.ui.startup` checks for a display and the system libraries before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from annotator.ui.app import create_main_window, main, run

__all__ = ["create_main_window", "main", "run"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from annotator.ui import app

        return getattr(app, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
