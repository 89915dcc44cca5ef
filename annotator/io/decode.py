"""Bytes to text: BOMs, declared and detected encodings, binary refused."""

from __future__ import annotations

import codecs
import re

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
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "a program (ELF executable)"),
    (b"RIFF", "a RIFF file (audio or video)"),
    (b"OggS", "an Ogg audio or video file"),
    (b"\x00\x00\x00\x18ftyp", "an MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "an MP4 video"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"SQLite format 3\x00", "an SQLite database"),
]

# Labels pages declare and what browsers read them as (WHATWG Encoding
# Standard): a page that says latin-1 is windows-1252 in every browser.
_WHATWG = {
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "iso_8859-1": "cp1252",
    "l1": "cp1252",
    "iso-8859-9": "cp1254",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-sjis": "cp932",
    "shift_jis": "cp932",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "utf8": "utf-8",
    "unicode": "utf-16-le",
}

# Letters of French text, and letters that a wrong single-byte guess produces
# instead (windows-1250 / mac-latin2 read windows-1252 bytes as these).
_FRENCH = set("éèêëàâçîïôûùüÿœæÉÈÊËÀÂÇÎÏÔÛÙÜŸŒÆ«»’‘“”…–—")
_FRENCH_WORDS = (" le ", " la ", " les ", " des ", " est ", " et ", " une ", " du ", " que ")
# What windows-1252 French text may hold besides ASCII: French letters, a few
# neighbours' letters (names, quotes), typographic punctuation. Cyrillic,
# Greek or Central European bytes read as windows-1252 always stray outside.
_WESTERN = _FRENCH | set("äöÄÖßñÑáíóúÁÍÓÚãõ€°§©®™·•\xa0‚„†‡‰‹›¡¿ªº£¥¢")


def _french_score(text: str) -> int:
    good = sum(1 for c in text if c in _FRENCH)
    bad = sum(1 for c in text if ord(c) > 127 and c not in _FRENCH)
    return good - 2 * bad


def _looks_french(text: str) -> bool:
    lowered = f" {text.lower()} "
    return sum(lowered.count(w) for w in _FRENCH_WORDS) >= 2


def _plainly_western(text: str) -> bool:
    """Only ASCII and characters a French (or Western) text holds, some of them French."""
    extra = {c for c in text if ord(c) > 127}
    return bool(extra) and extra <= _WESTERN and bool(extra & _FRENCH)


def encoding_name(label: str | None) -> str | None:
    """The codec for an encoding a file declares (WHATWG aliases), or None if unknown."""
    if not label:
        return None
    label = label.strip().strip("'\"").lower()
    label = _WHATWG.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")
_NON_ASCII = re.compile("[^\x00-\x7f]")


def decode_bytes(data: bytes, source: str, declared: str | None = None) -> tuple[str, str]:
    """Decode to normalised text; returns (text, encoding) or raises InputError."""
    if not data.strip():
        raise InputError(source, "empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return normalize_text(data[len(bom) :].decode(encoding)), encoding
            except UnicodeDecodeError as exc:
                raise InputError(
                    source, f"invalid {encoding} after its byte-order mark at byte {exc.start}"
                ) from exc
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(source, f"binary file ({what}), not text")
    codec = encoding_name(declared)
    # A declared UTF-16/32 without a BOM is rare and NUL-full: let it through.
    if codec and not codec.startswith(("utf-16", "utf-32")) and b"\x00" in data[:8192]:
        raise InputError(source, "binary file (contains NUL bytes), not text")
    if codec:
        try:
            return _checked(data.decode(codec), source), codec
        except UnicodeDecodeError:
            pass  # a wrong declaration is common; fall back to detection
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary file (contains NUL bytes), not text")
    try:
        return _checked(data.decode("utf-8"), source), "utf-8"
    except UnicodeDecodeError:
        pass
    cp1252: str | None
    try:
        cp1252 = data.decode("cp1252")
    except UnicodeDecodeError:
        cp1252 = None
    # Detection confuses windows-1252 with windows-1250 / mac-latin2 on short
    # French text (DESIGN.md, Known traps): text that reads as plain French
    # in windows-1252 is taken as such before asking the detector.
    if cp1252 is not None and _plainly_western(cp1252):
        return _checked(cp1252, source), "cp1252"
    # UTF-8 with a stray byte or two (a page pasted together from two
    # sources): browsers show a replacement mark there, so do we.
    # Real UTF-8 shows it: its other non-ASCII characters decode fine.
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    good = len(_NON_ASCII.findall(lenient)) - bad
    if good >= 10 * bad and bad <= max(2, len(lenient) // 2000):
        return _checked(lenient, source), "utf-8"
    best = from_bytes(data[:200_000]).best()
    if best is None:
        if cp1252 is not None and _looks_french(cp1252):
            return _checked(cp1252, source), "cp1252"
        raise InputError(source, "cannot tell the text encoding (undecodable or binary bytes)")
    encoding = best.encoding
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise InputError(source, f"undecodable bytes (best guess {encoding} fails)") from exc
    # latin-1 read as windows-1252 only differs where latin-1 has control codes.
    if cp1252 is not None and (
        encoding in ("latin_1", "iso8859_15")
        or (_looks_french(cp1252) and _french_score(cp1252) > _french_score(text))
    ):
        return _checked(cp1252, source), "cp1252"
    return _checked(text, source), encoding


def _checked(text: str, source: str) -> str:
    """Refuse text that is really binary (control characters everywhere)."""
    sample = text[:100_000]
    if _CONTROL.search(sample) and len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise InputError(source, "binary or undecodable content (too many control characters)")
    return normalize_text(text)
