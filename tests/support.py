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
