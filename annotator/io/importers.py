"""Which reader takes which file, gzip read in bounded memory, and the size limit they share."""

from __future__ import annotations

import io
import logging
import os
import stat
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from annotator import fileguard
from annotator.domain.model import Article
from annotator.io import streams
from annotator.io.errors import InputError, collect_warnings
from annotator.io.text_import import read_text_article

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_CHUNK = 64 * 1024
_GZIP_MAGIC = b"\x1f\x8b"

Reader = Callable[[bytes, str], list[Article | InputError]]
"""reader(data, source) -> articles, or an InputError per entry it could not read;
raises InputError when the whole file is bad."""


def _text(data: bytes, source: str) -> list[Article | InputError]:
    return [read_text_article(data, source)]


def _html(data: bytes, source: str) -> list[Article | InputError]:
    from annotator.io.html_import import read_html_article

    return [read_html_article(data, source)]


def _feed(data: bytes, source: str) -> list[Article | InputError]:
    from annotator.io.feed_import import read_feed

    return read_feed(data, source)


def _json(data: bytes, source: str) -> list[Article | InputError]:
    from annotator.io.json_import import read_json

    return read_json(data, source)


def _jsonl(data: bytes, source: str) -> list[Article | InputError]:
    from annotator.io.json_import import read_jsonl

    return read_jsonl(data, source)


READERS: dict[str, Reader] = {
    ".txt": _text,
    ".text": _text,
    ".md": _text,
    ".markdown": _text,
    ".html": _html,
    ".htm": _html,
    ".xhtml": _html,
    ".shtml": _html,
    ".rss": _feed,
    ".atom": _feed,
    ".rdf": _feed,
    ".xml": _feed,
    ".json": _json,
    ".jsonl": _jsonl,
    ".ndjson": _jsonl,
}
COMPRESSED = (".gz",)
# Files whose reading costs enough (parsing, extraction) to send to a worker process.
HEAVY = frozenset({".html", ".htm", ".xhtml", ".shtml"})


@dataclass
class FileResult:
    """What one file gave: its articles, every failure (the file's or an entry's), and
    every warning (what was taken with a repair, e.g. bytes that were not UTF-8)."""

    source: str
    articles: list[Article] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (source, message)


def content_suffix(path: Path | str) -> str:
    """The suffix that says the format: `.html` for both `a.html` and `a.html.gz`."""
    name = os.path.basename(path).lower()
    for suffix in COMPRESSED:
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    dot = name.rfind(".")
    return name[dot:] if dot > 0 else ""


def supported_suffixes() -> list[str]:
    return sorted(READERS)


def is_supported(path: Path) -> bool:
    return content_suffix(path) in READERS


def is_supported_name(name: str) -> bool:
    """is_supported for a file name or path as a string (no Path built: folder walks)."""
    return content_suffix(name) in READERS


def is_heavy(path: Path) -> bool:
    return content_suffix(path) in HEAVY


def _over(source: str, max_bytes: int) -> InputError:
    return InputError(source, f"file over the size limit of {max_bytes:,} bytes")


def _open_regular(path: Path) -> int:
    """A descriptor of a regular file, or InputError naming the file and why not.

    Never a database this process has open (closing the descriptor would drop
    its SQLite locks: annotator.fileguard), and never a FIFO, device or socket
    (opened without blocking, then refused: reading one would hang).
    """
    source = str(path)
    if fileguard.database_in_use(path):
        raise InputError(source, "is the database Annotator is using; not read")
    try:
        with fileguard.checked():
            fd = os.open(
                path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
            )
    except IsADirectoryError as exc:
        raise InputError(source, "is a folder") from exc
    except OSError as exc:
        raise InputError(source, f"cannot read: {_reason(exc)}") from exc
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise InputError(source, "is a folder")
        if not stat.S_ISREG(mode):
            raise InputError(source, "not a regular file (a device, socket or pipe)")
    except BaseException:
        os.close(fd)
        raise
    return fd


def _reason(exc: OSError) -> str:
    import errno

    if exc.errno == errno.ELOOP:
        return "too many levels of symbolic links (a link loop)"
    return exc.strerror or str(exc)


def _read_upto(fh: BinaryIO, limit: int) -> bytes:
    """At most `limit` bytes, read in chunks (read(n) would allocate n bytes at once)."""
    chunks = []
    left = limit
    while left > 0:
        chunk = fh.read(min(left, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def read_limited(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a regular file as it is, refusing it (without reading it all) past `max_bytes`."""
    source = str(path)
    fd = _open_regular(path)
    try:
        with os.fdopen(fd, "rb") as fh:
            fd = -1
            data = _read_upto(fh, max_bytes + 1)
    except OSError as exc:
        raise InputError(source, f"cannot read: {_reason(exc)}") from exc
    finally:
        if fd >= 0:
            os.close(fd)
    if len(data) > max_bytes:
        raise _over(source, max_bytes)
    return data


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """A file's content, gunzipped when it is gzip data; never more than `max_bytes` in memory.

    A compressed file that expands past the limit is refused as soon as it
    does, whatever its compressed size (a compression bomb stops there).
    """
    source = str(path)
    fd = _open_regular(path)
    try:
        with os.fdopen(fd, "rb") as fh:
            fd = -1
            head = fh.read(_CHUNK)
            if head.startswith(_GZIP_MAGIC):
                return _gunzip(fh, head, source, max_bytes)
            if len(head) > max_bytes:
                raise _over(source, max_bytes)
            rest = _read_upto(fh, max_bytes + 1 - len(head)) if len(head) == _CHUNK else b""
    except OSError as exc:
        raise InputError(source, f"cannot read: {_reason(exc)}") from exc
    finally:
        if fd >= 0:
            os.close(fd)
    data = head + rest
    if len(data) > max_bytes:
        raise _over(source, max_bytes)
    return data


def _gunzip(fh, head: bytes, source: str, max_bytes: int) -> bytes:
    out = bytearray()
    inflater = zlib.decompressobj(wbits=31)
    pending = head
    while True:
        if not pending:
            pending = fh.read(_CHUNK)
            if not pending:
                break
        if inflater.eof:
            # One member is done: what follows is another member, or padding.
            if not pending.strip(b"\x00"):
                pending = b""
                continue
            inflater = zlib.decompressobj(wbits=31)
        try:
            # max_length bounds the output of this one call: at most one byte
            # past the limit is ever held.
            out += inflater.decompress(pending, max_bytes + 1 - len(out))
        except zlib.error as exc:
            raise InputError(source, f"corrupt gzip data ({exc})") from None
        if len(out) > max_bytes:
            raise InputError(
                source,
                f"compressed file expands past the size limit of {max_bytes:,} bytes; "
                "stopped there",
            )
        pending = inflater.unused_data if inflater.eof else inflater.unconsumed_tail
    if not inflater.eof:
        raise InputError(source, "truncated gzip file (it ends before its data does)")
    return bytes(out)


def _reader_for(path: Path) -> Reader:
    reader = READERS.get(content_suffix(path))
    if reader is None:
        if path.is_dir():
            raise InputError(str(path), "is a folder")
        shown = content_suffix(path) or path.suffix or "(none)"
        raise InputError(
            str(path),
            f"unsupported file type {shown!r}; supported: {', '.join(sorted(READERS))} "
            "(each also gzip-compressed, .gz)",
        )
    return reader


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> FileResult:
    """Read one file; never raises for bad input (it is in `failed`). Safe to run in a worker."""
    source = str(path)
    try:
        reader = _reader_for(path)
        data = read_bytes(path, max_bytes)
    except InputError as exc:
        return FileResult(source, failed=[(exc.source, _one_line(exc.reason))])
    except MemoryError:
        return FileResult(source, failed=[(source, "too deeply nested or too large to read")])
    except Exception as exc:  # a library's bug on odd input must not stop a batch
        return FileResult(source, failed=[_crashed(source, exc)])
    return _whole(reader, data, source)


def _crashed(source: str, exc: Exception) -> tuple[str, str]:
    """The failure of a file whose reading raised what no reader should (kept in the log)."""
    log.debug("reading %s failed", source, exc_info=True)
    return source, _one_line(f"cannot read: {type(exc).__name__}: {exc}")


def _one_line(reason: str) -> str:
    return " ".join(reason.split())


# --- files of many articles, read as streams ------------------------------------------


def is_streamed(path: Path | str) -> bool:
    """A format that holds many articles and can be read piece by piece."""
    return content_suffix(path) in streams.STREAMED


_STREAMERS = {
    ".jsonl": streams.json_lines,
    ".ndjson": streams.json_lines,
    ".json": streams.json_items,
    ".rss": streams.feed_entries,
    ".atom": streams.feed_entries,
    ".rdf": streams.feed_entries,
    ".xml": streams.feed_entries,
}


def read_stream(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, chunk: int = 200
                ) -> Iterator[FileResult]:  # fmt: skip
    """A file of many articles in results of at most `chunk` articles, in bounded memory.

    A file (once gunzipped) within `max_bytes` is read whole, exactly as
    read_file reads it; a bigger one is streamed, and then the limit applies
    to each article in it. Never raises for bad input.
    """
    source = str(path)
    try:
        reader = _reader_for(path)
        fd = _open_regular(path)
    except InputError as exc:
        yield FileResult(source, failed=[(exc.source, _one_line(exc.reason))])
        return
    stream = streams.byte_stream(fd, source, max_bytes)
    try:
        head = _read_upto(stream, max_bytes + 1)
        if len(head) <= max_bytes:
            yield _whole(reader, head, source)
            return
        streamer = _STREAMERS.get(content_suffix(path))
        if streamer is None:
            raise _over(source, max_bytes)
        whole = io.BufferedReader(streams.Prefixed(stream, head), streams.CHUNK)  # type: ignore[arg-type]
        stream = whole  # closing it closes the file under it
        del head
        result = FileResult(source)
        with collect_warnings() as result.warnings:
            for item in streamer(whole, source, max_bytes):
                if isinstance(item, InputError):
                    result.failed.append((item.source, _one_line(item.reason)))
                else:
                    result.articles.append(item)
                if len(result.articles) + len(result.failed) >= chunk:
                    yield result
                    result = FileResult(source)
                    result.warnings.clear()
        yield result
    except InputError as exc:
        yield FileResult(source, failed=[(exc.source, _one_line(exc.reason))])
    except OSError as exc:
        yield FileResult(source, failed=[(source, f"cannot read: {_reason(exc)}")])
    except (RecursionError, MemoryError):
        yield FileResult(source, failed=[(source, "too deeply nested or too large to read")])
    except Exception as exc:  # a library's bug on odd input must not stop a batch
        log.debug("reading %s failed", source, exc_info=True)
        yield FileResult(
            source, failed=[(source, _one_line(f"cannot read: {type(exc).__name__}: {exc}"))]
        )
    finally:
        stream.close()


def _whole(reader: Reader, data: bytes, source: str) -> FileResult:
    """A file's bytes through its reader: its articles, failures and warnings."""
    result = FileResult(source)
    try:
        with collect_warnings() as result.warnings:
            items = reader(data, source)
    except InputError as exc:
        result.failed.append((exc.source, _one_line(exc.reason)))
        return result
    except (RecursionError, MemoryError):
        result.failed.append((source, "too deeply nested or too large to read"))
        return result
    except Exception as exc:  # a library's bug on odd input must not stop a batch
        result.failed.append(_crashed(source, exc))
        return result
    for item in items:
        if isinstance(item, InputError):
            result.failed.append((item.source, _one_line(item.reason)))
        else:
            result.articles.append(item)
    return result
