"""Which reader takes which file, with the size limit every reader shares."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from annotator.domain.model import Article
from annotator.io.errors import InputError
from annotator.io.text_import import read_text_article

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

Reader = Callable[[bytes, str], list[Article]]


def _text(data: bytes, source: str) -> list[Article]:
    return [read_text_article(data, source)]


READERS: dict[str, Reader] = {
    ".txt": _text,
    ".text": _text,
    ".md": _text,
    ".markdown": _text,
}


def supported_suffixes() -> list[str]:
    return sorted(READERS)


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in READERS


def read_limited(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a file, refusing it (without reading it all) past `max_bytes`."""
    source = str(path)
    try:
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except IsADirectoryError as exc:
        raise InputError(source, "is a folder") from exc
    except OSError as exc:
        raise InputError(source, f"cannot read: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise InputError(source, f"file over the size limit of {max_bytes:,} bytes")
    return data


def read_articles(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Article]:
    """The articles in one file (a feed holds several); raises InputError."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise InputError(
            str(path), f"unsupported file type {path.suffix or '(none)'!r}; "
            f"supported: {', '.join(supported_suffixes())}"
        )
    return reader(read_limited(path, max_bytes), str(path))
