"""Files too big to hold whole, read as streams: JSON Lines, JSON arrays, feeds, gzip.

A file of many articles (a JSON Lines dump, a feed, their .gz) may be far
larger than any one article. Such a file is read piece by piece, in bounded
memory, and the size limit (`--max-size`) applies to each article in it.
A compressed stream is refused as a compression bomb when it expands past
the limit far more than text ever does (BOMB_RATIO).
"""

from __future__ import annotations

import io
import json
import os
import re
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from annotator.domain.model import Article
from annotator.io import feed_import
from annotator.io.decode import decode_bytes
from annotator.io.errors import InputError
from annotator.io.json_import import article_or_error, loads_record

# Text compresses about ten to one; a stream that expands a hundred times its
# compressed size, past the size limit, is a bomb, not an archive of articles.
BOMB_RATIO = 100
CHUNK = 1 << 16

STREAMED = frozenset({".jsonl", ".ndjson", ".json", ".rss", ".atom", ".rdf", ".xml"})


class GunzipStream(io.RawIOBase):
    """The bytes of a gzip file (every member), decompressed as they are read."""

    def __init__(self, raw: BinaryIO, source: str, max_bytes: int, head: bytes = b""):
        self.raw = raw
        self.source = source
        self.max_bytes = max_bytes
        self.inflater = zlib.decompressobj(wbits=31)
        self.pending = head
        self.buffer = b""
        self.compressed = len(head)
        self.expanded = 0
        self.ended = False

    def readable(self) -> bool:
        return True

    def _fill(self) -> None:
        while not self.buffer and not self.ended:
            if not self.pending:
                self.pending = self.raw.read(CHUNK)
                self.compressed += len(self.pending)
                if not self.pending:
                    if not self.inflater.eof:
                        raise InputError(
                            self.source, "truncated gzip file (it ends before its data does)"
                        )
                    self.ended = True
                    return
            if self.inflater.eof:
                if not self.pending.strip(b"\x00"):
                    self.pending = b""
                    continue
                self.inflater = zlib.decompressobj(wbits=31)  # the next member
            try:
                out = self.inflater.decompress(self.pending, CHUNK)
            except zlib.error as exc:
                raise InputError(self.source, f"corrupt gzip data ({exc})") from None
            self.pending = (
                self.inflater.unused_data if self.inflater.eof else self.inflater.unconsumed_tail
            )
            self.expanded += len(out)
            if self.expanded > self.max_bytes and self.expanded > BOMB_RATIO * self.compressed:
                raise InputError(
                    self.source,
                    f"compressed file expands past {BOMB_RATIO} times its size and the size "
                    f"limit of {self.max_bytes:,} bytes (a compression bomb); stopped there",
                )
            self.buffer = out

    def close(self) -> None:
        self.raw.close()
        super().close()

    def readinto(self, target: Any) -> int:
        self._fill()
        size = min(len(target), len(self.buffer))
        target[:size] = self.buffer[:size]
        self.buffer = self.buffer[size:]
        return size


def byte_stream(fd: int, source: str, max_bytes: int) -> BinaryIO:
    """A readable stream of a file's content, gunzipped when it is gzip data."""
    raw = os.fdopen(fd, "rb")
    head = raw.read(2)
    if head == b"\x1f\x8b":
        return io.BufferedReader(GunzipStream(raw, source, max_bytes, head), CHUNK)
    return io.BufferedReader(Prefixed(raw, head), CHUNK)


class Prefixed(io.RawIOBase):
    """A file with the bytes already read from its start put back in front."""

    def __init__(self, raw: BinaryIO, head: bytes):
        self.raw = raw
        self.head: io.BytesIO | None = io.BytesIO(head) if head else None

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:
        if self.head is not None:
            size = self.head.readinto(target)
            if size:
                return size
            self.head = None  # all given back: free it
        data = self.raw.read(len(target))
        target[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self.raw.close()
        super().close()


# --- JSON Lines ---------------------------------------------------------------------


def json_lines(stream: BinaryIO, source: str, max_bytes: int) -> Iterator[Article | InputError]:
    """One article per line; a line over the limit fails alone, without being held."""
    number = 0
    seen = False
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            break
        number += 1
        origin = f"{source}#line-{number}"
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # the rest of that line, unread
                line = stream.readline(CHUNK)
            yield InputError(origin, f"article over the size limit of {max_bytes:,} bytes")
            continue
        if not line.strip():
            continue
        seen = True
        try:
            text, _encoding = decode_bytes(line, origin, "utf-8")
            yield loads_record(text, origin)
        except InputError as exc:
            yield exc
    if not seen:
        raise InputError(source, "empty file")


# --- JSON arrays (and {"articles": [...]} / {"items": [...]}) -------------------------


class _Counted(io.RawIOBase):
    """A stream that counts the bytes read through it."""

    def __init__(self, stream: BinaryIO):
        self.stream = stream
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:
        data = self.stream.read(len(target))
        target[: len(data)] = data
        self.count += len(data)
        return len(data)


def json_items(stream: BinaryIO, source: str, max_bytes: int) -> Iterator[Article | InputError]:
    """The objects of a top-level JSON array, or of an `articles` / `items` array in a
    top-level object, built one at a time (ijson); each over the limit fails alone."""
    import ijson

    counted = _Counted(stream)
    events = ijson.parse(counted, use_float=True)
    target: str | None = None
    number = 0
    try:
        for prefix, event, value in events:
            if target is None:
                if prefix == "" and event == "start_array":
                    target = "item"
                elif prefix in ("articles", "items") and event == "start_array":
                    target = f"{prefix}.item"
                elif prefix == "" and event == "end_map":
                    raise InputError(source, "a JSON object with no `articles` or `items` array")
                continue
            if prefix == target.rsplit(".", 1)[0] and event == "end_array":
                target = "done"
                continue
            if prefix != target or event in ("map_key", "end_map", "end_array"):
                continue
            number += 1
            origin = f"{source}#item-{number}"
            start = counted.count
            built = _build(prefix, event, value, events, counted, start, max_bytes + CHUNK)
            # The count is by buffer: near the limit, the object's own size says.
            near = built is not _TOO_BIG and counted.count - start > max_bytes - CHUNK
            if near and len(json.dumps(built, ensure_ascii=False).encode()) > max_bytes:
                built = _TOO_BIG
            if built is _TOO_BIG:
                yield InputError(origin, f"article over the size limit of {max_bytes:,} bytes")
            else:
                yield article_or_error(built, origin)
    except ijson.JSONError as exc:
        raise InputError(source, f"invalid JSON: {exc}") from None
    if number == 0:
        raise InputError(source, "the JSON array is empty")


_TOO_BIG = object()
_OPENING = {"start_map", "start_array"}
_CLOSING = {"end_map", "end_array"}


def _build(prefix: str, event: str, value: Any, events: Iterator, counted: _Counted,
           start: int, limit: int) -> Any:  # fmt: skip
    """The value that starts with this event; _TOO_BIG when it spans more than `limit`
    bytes of the file (then it is skipped, not held)."""
    import ijson

    if event not in _OPENING:
        return value
    builder = ijson.ObjectBuilder()
    builder.event(event, value)
    depth = 1
    too_big = False
    for _prefix, event, value in events:
        depth += (event in _OPENING) - (event in _CLOSING)
        if not too_big:
            builder.event(event, value)
            if counted.count - start > limit:
                too_big = True
                builder = None  # type: ignore[assignment]
        if depth == 0:
            break
    return _TOO_BIG if too_big else builder.value


# --- feeds ------------------------------------------------------------------------------

_INTERNAL_SUBSET = re.compile(rb"<!DOCTYPE[^\[>]*\[(.*?)\]", re.S)
_DECLARATION = re.compile(rb"<!(ENTITY|ELEMENT|ATTLIST)")


def feed_entries(stream: BinaryIO, source: str, max_bytes: int) -> Iterator[Article | InputError]:
    """The entries of an RSS or Atom feed, parsed as the bytes come (lxml's pull
    parser), each entry freed once read; an entry over the limit fails alone."""
    from lxml import etree

    parser = etree.XMLPullParser(
        events=("start", "end"), resolve_entities=False, no_network=True, load_dtd=False,
        huge_tree=False, remove_comments=True, remove_pis=True,
    )  # fmt: skip
    first = True
    root = None
    kind = None
    number = 0
    try:
        while True:
            data = stream.read(CHUNK)
            if first:
                subset = _INTERNAL_SUBSET.search(data[:65536])
                if subset and _DECLARATION.search(subset.group(1)):
                    raise InputError(source, feed_import.DECLARES)
                first = False
            if not data:
                parser.close()
                break
            parser.feed(data)
            for action, element in parser.read_events():
                if action == "start":
                    if root is None:
                        root = element
                        kind = feed_import.feed_kind(root, source)
                    continue
                if not feed_import.is_entry(element, kind):
                    continue
                number += 1
                origin = f"{source}#entry-{number}"
                size = len(etree.tostring(element))
                if size > max_bytes:
                    yield InputError(origin, f"article over the size limit of {max_bytes:,} bytes")
                else:
                    yield feed_import.entry(element, kind, source, number)
                parent = element.getparent()
                element.clear()
                if parent is not None:  # read: gone (the channel's own elements stay)
                    parent.remove(element)
    except etree.XMLSyntaxError as exc:
        message = (exc.msg or str(exc)).split(", line ")[0]
        raise InputError(source, f"malformed feed (line {exc.lineno or 1}): {message}") from None
    if number == 0:
        raise InputError(source, "the feed has no entries")
