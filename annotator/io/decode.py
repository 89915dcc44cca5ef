"""Bytes to text: BOMs, declared and detected encodings, broken UTF-8 repaired, binary refused.

Which encoding, in order: a byte-order mark; a declared charset that decodes
cleanly; UTF-8 when every byte is valid; then **mostly-valid UTF-8** (below);
then, for files with no UTF-8 multi-byte sequence at all, the legacy code
pages (windows-1252 preferred for French text, DESIGN.md *Known traps*),
asking charset-normalizer when the text is not plainly Western.

Mostly-valid UTF-8 — a damaged download, a stray Latin-1 byte, an overlong
or truncated sequence, an encoded surrogate, a UTF-8 file with a windows-1252
one pasted after it — is read as UTF-8, because reading it with a legacy code
page garbles every correct character ("été" becomes "Ã©tÃ©"). The rule:

- A file is UTF-8 when it holds valid UTF-8 multi-byte sequences and they
  are not the few a legacy file makes by chance. Chance sequences are rare
  (a windows-1252 letter followed by symbols: "é\xa0»") and never the
  encodings of Latin-1 letters or typographic punctuation, so a file is only
  taken for a legacy one when none of its valid sequences decodes to such a
  character *and* either they are under one for every eight invalid bytes
  or the whole file reads as plain Western text in windows-1252.
- Invalid bytes become U+FFFD (one per maximal invalid sequence, as browsers
  and Python's "replace" do), except a run of them that reads as Western
  words in windows-1252 — at least two Western letters, no valid UTF-8 in
  between, at most one typographic mark (’ « — … €) per group of adjacent
  bytes and nothing else: a part saved in the other encoding, read as such.
  A lone byte is never guessed at: it is replaced.
- "Mostly" means at most 16 bytes replaced, or at most one for every ten
  valid multi-byte characters (90% of the multi-byte sequences valid).
  Past that, a file without telltale UTF-8 characters is left to the legacy
  code pages; any other is refused with the count and the first offset
  (reading it either way would garble part of it).
- Every repair is reported through `errors.warn`: the file, how many bytes
  were replaced, the offset of the first, and any span read as windows-1252.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from annotator.domain.text import normalize_text, unusual_bytes
from annotator.io.errors import InputError, warn

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

# One startswith for the common case of none (a C call, not a Python loop).
_ANY_BOM = tuple(bom for bom, _e in _BOMS)
_ANY_MAGIC = tuple(magic for magic, _w in _MAGIC)

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
# The same characters as UTF-8 sequences, looked for in unusual_bytes(): most
# text has none, and finding that is 3x faster there than with _CONTROL.
_CONTROL_UTF8 = re.compile(b"[\x00-\x08\x0e-\x1f]|\xef\xbf\xbd")


def decode_bytes(data: bytes, source: str, declared: str | None = None) -> tuple[str, str]:
    """Decode to normalised text; returns (text, encoding) or raises InputError."""
    if not data.strip():
        raise InputError(source, "empty file")
    for bom, encoding in _BOMS if data.startswith(_ANY_BOM) else ():
        if data.startswith(bom):
            try:
                return normalize_text(data[len(bom) :].decode(encoding)), encoding
            except UnicodeDecodeError as exc:
                if encoding == "utf-8":  # the mark says UTF-8: repair what is broken
                    repaired = _mostly_utf8(data, source, start=len(bom))
                    if repaired is not None:
                        return repaired, "utf-8"
                raise InputError(
                    source,
                    f"invalid {encoding} after its byte-order mark at byte {exc.start + len(bom)}",
                ) from exc
    for magic, what in _MAGIC if data.startswith(_ANY_MAGIC) else ():
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
    repaired = _mostly_utf8(data, source)
    if repaired is not None:
        return repaired, "utf-8"
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


def _checked(text: str, source: str, replaced: int = 0) -> str:
    """Refuse text that is really binary (control characters everywhere).

    `replaced`: U+FFFD marks the decoder put in itself, already bounded.
    """
    sample = text[:100_000]
    if _CONTROL_UTF8.search(unusual_bytes(sample)):
        found = len(_CONTROL.findall(sample)) - min(replaced, sample.count("\ufffd"))
        if found > max(8, len(sample) // 100):
            raise InputError(source, "binary or undecodable content (too many control characters)")
    return normalize_text(text)


# Invalid UTF-8 bytes, one lone surrogate each, as errors="surrogateescape" leaves them.
_ESCAPED = re.compile("[\udc80-\udcff]+")
_VALID_NON_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")
# What UTF-8 Western text is made of and chance sequences in a legacy file never
# are: Latin-1 and Latin Extended-A characters, typographic punctuation, the euro.
_TELLTALE = re.compile("[\u00a0-\u017f\u2010-\u203a\u20ac]")
_TYPOGRAPHIC = frozenset("’‘“”«»…–—\xa0€°")
# A lead byte followed by a continuation byte: what broken UTF-8 leaves, and
# windows-1252 text almost never holds (a letter followed by a symbol).
_UTF8_SHAPED = re.compile(rb"[\xc0-\xf7][\x80-\xbf]")
MAX_REPLACED_BYTES = 16
VALID_PER_REPLACED = 10
CHANCE_RATIO = 8  # a legacy file: invalid bytes outnumber valid sequences this much


def _mostly_utf8(data: bytes, source: str, start: int = 0) -> str | None:
    """Mostly-valid UTF-8 read as UTF-8, repaired and reported; None if not UTF-8 at all.

    Raises InputError for a file that is UTF-8 in part but too damaged (or too
    mixed) to read without guessing. `start`: bytes to skip (a BOM); then the
    file is UTF-8 whatever its content.
    """
    text = data[start:].decode("utf-8", "surrogateescape")
    if not start and not _VALID_NON_ASCII.search(text):
        return None  # no valid multi-byte sequence at all (checked first: one fast scan)
    broken = list(_ESCAPED.finditer(text))
    if not broken:
        return _checked(text, source)
    invalid = sum(m.end() - m.start() for m in broken)
    valid = len(text) - len(text.encode("ascii", "ignore")) - invalid
    telltale = _TELLTALE.search(text) is not None
    by_chance = valid * CHANCE_RATIO <= invalid
    if not start and (valid == 0 or (not telltale and _legacy_after_all(data, by_chance))):
        return None
    # Runs of broken bytes with no valid multi-byte character between them.
    runs: list[list[re.Match[str]]] = []
    for match in broken:
        if runs and not _VALID_NON_ASCII.search(text, runs[-1][-1].end(), match.start()):
            runs[-1].append(match)
        else:
            runs.append([match])
    pieces: list[str] = []
    position = 0
    replaced = marks = 0
    first: int | None = None
    legacy: list[tuple[int, int]] = []  # character spans read as windows-1252
    for run in runs:
        readings = [_as_cp1252(match) for match in run]
        # A part in windows-1252: at least two letters read so (a lone byte is never guessed).
        legacy_run = sum(sum(c.isalpha() for c in r) for r in readings if r) >= 2
        span: tuple[int, int] | None = None
        for match, reading in zip(run, readings, strict=True):
            pieces.append(text[position : match.start()])
            if legacy_run and reading is not None:
                pieces.append(reading)
                span = (span[0] if span else match.start(), match.end())
            else:
                raw = match.group().encode("utf-8", "surrogateescape")
                repaired = raw.decode("utf-8", "replace")
                pieces.append(repaired)
                replaced += len(raw)
                marks += repaired.count("\ufffd")
                if first is None:
                    first = match.start()
            position = match.end()
        if span is not None:
            legacy.append(span)
    pieces.append(text[position:])

    def offset(index: int) -> int:  # a character index of `text` to a byte offset in `data`
        return start + len(text[:index].encode("utf-8", "surrogateescape"))

    if replaced > max(MAX_REPLACED_BYTES, valid // VALID_PER_REPLACED):
        if not start and not telltale:
            return None  # the legacy code pages may read it (no UTF-8 letter to garble)
        assert first is not None
        if valid < invalid:
            raise InputError(
                source,
                "cannot tell the text encoding (undecodable or binary bytes): "
                f"{replaced} bytes are not UTF-8, the first at byte {offset(first)}",
            )
        raise InputError(
            source,
            f"not one text encoding: mostly UTF-8, but {replaced} bytes are not "
            f"(the first at byte {offset(first)}); save it in one encoding and import it again",
        )
    parts = []
    if replaced:
        assert first is not None
        plural = "" if replaced == 1 else "s"
        parts.append(
            f"{replaced} byte{plural} not valid UTF-8 replaced by U+FFFD "
            f"(the first at byte {offset(first)})"
        )
    if legacy:
        spans = ", ".join(f"{offset(a)}-{offset(b) - 1}" for a, b in legacy[:3])
        more = f" and {len(legacy) - 3} more" if len(legacy) > 3 else ""
        parts.append(f"bytes {spans}{more} are not UTF-8 and were read as windows-1252")
    warn(source, "; ".join(parts))
    return _checked("".join(pieces), source, replaced=marks)


def _legacy_after_all(data: bytes, by_chance: bool) -> bool:
    """Valid sequences, none telltale, in a file that is legacy text: chance, not UTF-8."""
    if by_chance:
        return True
    try:
        return _plainly_western(data.decode("cp1252"))
    except UnicodeDecodeError:
        return False


def _as_cp1252(match: re.Match[str]) -> str | None:
    """Broken bytes as windows-1252 when they read as Western letters (and at most one
    typographic mark), else None."""
    raw = match.group().encode("utf-8", "surrogateescape")
    if _UTF8_SHAPED.search(raw):
        return None  # a truncated, overlong or surrogate UTF-8 sequence: damage, not a letter
    try:
        chars = raw.decode("cp1252")
    except UnicodeDecodeError:
        return None  # bytes windows-1252 leaves undefined
    others = [c for c in chars if not c.isalpha()]
    if len(others) > 1 or any(c not in _TYPOGRAPHIC for c in others):
        return None
    if any(c not in _WESTERN for c in chars if c.isalpha()):
        return None
    return chars
