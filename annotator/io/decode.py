"""Bytes to text: BOMs, declared and detected encodings, binary refused."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from annotator.domain.text import normalize_text
from annotator.io.errors import InputError

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]

_MAGIC = [
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an office document)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"BZh", "bzip2-compressed data"),
    (b"\x7fELF", "a program (ELF executable)"),
    (b"RIFF", "a RIFF file (audio or video)"),
    (b"SQLite format 3\x00", "an SQLite database"),
]

# Letters of French text, and letters that a wrong single-byte guess produces
# instead (windows-1250 / mac-latin2 read windows-1252 bytes as these).
_FRENCH = set("éèêëàâçîïôûùüÿœæÉÈÊÀÂÇÎÔÛÙŒÆ«»’“”…–—")
_FRENCH_WORDS = (" le ", " la ", " les ", " des ", " est ", " et ", " une ", " du ", " que ")


def _french_score(text: str) -> int:
    good = sum(1 for c in text if c in _FRENCH)
    bad = sum(1 for c in text if ord(c) > 127 and c not in _FRENCH)
    return good - 2 * bad


def _looks_french(text: str) -> bool:
    lowered = f" {text.lower()} "
    return sum(lowered.count(w) for w in _FRENCH_WORDS) >= 2


def decode_bytes(data: bytes, source: str, declared: str | None = None) -> tuple[str, str]:
    """Decode to normalised text; returns (text, encoding) or raises InputError."""
    if not data.strip():
        raise InputError(source, "empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return normalize_text(data[len(bom) :].decode(encoding)), encoding
            except UnicodeDecodeError as exc:
                raise InputError(source, f"invalid {encoding} after its byte-order mark at byte {exc.start}") from exc
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(source, f"binary file ({what}), not text")
    if declared:
        try:
            return normalize_text(data.decode(declared)), codecs.lookup(declared).name
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common; fall back to detection
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary file (contains NUL bytes), not text")
    try:
        return normalize_text(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    cp1252: str | None
    try:
        cp1252 = data.decode("cp1252")
    except UnicodeDecodeError:
        cp1252 = None
    if best is None:
        if cp1252 is not None and _looks_french(cp1252):
            return normalize_text(cp1252), "cp1252"
        raise InputError(source, "cannot tell the text encoding (undecodable or binary bytes)")
    encoding = best.encoding
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise InputError(source, f"undecodable bytes (best guess {encoding} fails)") from exc
    # Detection confuses windows-1252 with windows-1250 / mac-latin2 on short
    # French text: when the text is French, prefer windows-1252 if it reads better.
    if cp1252 is not None and encoding != "cp1252" and _looks_french(cp1252):
        if _french_score(cp1252) > _french_score(text):
            return normalize_text(cp1252), "cp1252"
    if sum(1 for c in text if c == "\ufffd" or (ord(c) < 32 and c not in "\t\n\r\f")) > max(
        8, len(text) // 100
    ):
        raise InputError(source, "binary or undecodable content (too many control characters)")
    return normalize_text(text), encoding
