"""Files shipped with the program (schema.sql, resources/), from a wheel or a checkout."""

from __future__ import annotations

import sys
from importlib import resources as _resources
from pathlib import Path

# In a wheel, hatchling's force-include puts schema.sql and resources/ under
# annotator/_data/; in a checkout (editable install, `python main.py`) they
# sit at the top of the repository, where DESIGN.md wants them.
_CHECKOUT = Path(__file__).resolve().parent.parent


def _base() -> Path:
    # A PyInstaller bundle (packaging/annotator.spec) unpacks its data files
    # under sys._MEIPASS, in the wheel's layout.
    frozen = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen:
        return Path(frozen) / "annotator" / "_data"
    packaged = Path(str(_resources.files("annotator"))) / "_data"
    if (packaged / "schema.sql").is_file():
        return packaged
    return _CHECKOUT


def schema_sql() -> str:
    return (_base() / "schema.sql").read_text(encoding="utf-8")


def path(name: str) -> Path:
    """Path of a file in resources/ (e.g. 'claimreview.xsd')."""
    found = _base() / "resources" / name
    if not found.exists():
        raise FileNotFoundError(f"missing resource {name!r} (looked in {found.parent})")
    return found


def read_text(name: str) -> str:
    return path(name).read_text(encoding="utf-8")
