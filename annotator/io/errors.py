"""The error every importer raises for input it cannot take, and the warnings it may give."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

# InputError lives in annotator.errors, so that services raise it without importing io.
from annotator.errors import InputError

__all__ = ["InputError", "collect_warnings", "warn"]


# Readers deep in a file's reading (the decoder, under every format) report
# what they repaired here, without every reader's signature carrying a list:
# `importers.read_file` collects them into its FileResult. A context variable,
# so that threads and worker processes each collect their own.
_collected: ContextVar[list[tuple[str, str]] | None] = ContextVar("import_warnings", default=None)


def warn(source: str, message: str) -> None:
    """Something in `source` was taken with a repair the user should know of (e.g. bytes
    replaced). Kept by the enclosing `collect_warnings()`; dropped when there is none."""
    found = _collected.get()
    if found is not None:
        found.append((source, message))


@contextmanager
def collect_warnings() -> Iterator[list[tuple[str, str]]]:
    """The (source, message) warnings given while the block runs."""
    found: list[tuple[str, str]] = []
    token = _collected.set(found)
    try:
        yield found
    finally:
        _collected.reset(token)
