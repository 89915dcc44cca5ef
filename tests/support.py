"""What many tests share: the running example's words, and small helpers (no fixtures:
those are in conftest.py). `pythonpath = ["."]` in pyproject.toml makes it importable."""

from __future__ import annotations

# The running example (DESIGN.md): the sample article says Osama bin Laden was
# "tué par un commando américain en 2001". It was 2011.
PHRASE = "tué par un commando américain en 2001"
CORRECTION = "2011"
SOURCE = "https://www.britannica.com/event/killing-of-Osama-bin-Laden"


def utf16_len(text: str) -> int:
    """Qt's positions are UTF-16 code units: the length of `text` in them."""
    return len(text.encode("utf-16-le")) // 2


def select_text(view, quote: str) -> None:
    """Select the first `quote` in the article view as a user would (a QTextCursor over
    the UTF-16 positions Qt counts in)."""
    from PySide6.QtGui import QTextCursor

    text = view.toPlainText()
    start = utf16_len(text[: text.index(quote)])
    cursor = view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + utf16_len(quote), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
