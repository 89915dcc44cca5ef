"""Pure text helpers: normalisation, control characters, slugs, dates, URLs."""

from __future__ import annotations

import datetime
import functools
import re
import unicodedata
from urllib.parse import urlsplit

from annotator.errors import UserError

# XML 1.0 allows tab, LF, CR and everything from U+0020 except surrogates and
# U+FFFE/U+FFFF. Anything else must never reach an export.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def normalize_text(text: str) -> str:
    """NFC, LF line endings, no BOM: the form every stored body has."""
    if text.startswith("\ufeff"):
        text = text.lstrip("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


# A body is scanned several times on its way in (for binary content, for what
# XML forbids, for its whitespace). A regular expression looks at every
# character, about 4 ns each; most of a Western text is printable ASCII, which
# none of these scans is about. bytes.translate drops it at memory speed and
# leaves the rest in order: control bytes, and each other character's UTF-8
# sequence whole (every byte of a multi-byte sequence is >= 0x80, so a lead
# byte in what is left is still followed by its own continuation bytes).
_PLAIN_ASCII = bytes([0x0A, *range(0x20, 0x7F)])


def unusual_bytes(text: str | bytes) -> bytes:
    """`text` as UTF-8 (lone surrogates as `surrogatepass` writes them; bytes are taken
    as UTF-8 already) without its LF and printable ASCII: what a scan for control,
    special or non-ASCII characters needs to look at, as a pattern of UTF-8 sequences."""
    data = text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass")
    return data.translate(None, _PLAIN_ASCII)


def strip_xml_illegal(text: str) -> str:
    return _XML_ILLEGAL.sub("", text)


def has_xml_illegal(text: str) -> bool:
    return _XML_ILLEGAL.search(text) is not None


_SURROGATE = re.compile("[\ud800-\udfff]")


def has_lone_surrogates(text: str) -> bool:
    """True for text that cannot be UTF-8 (e.g. argv bytes that were not UTF-8)."""
    return _SURROGATE.search(text) is not None


@functools.lru_cache(maxsize=4096)
def slugify(text: str, max_length: int = 60) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c))
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")
    if len(slug) > max_length:
        cut = slug[: max_length + 1].rsplit("-", 1)[0]  # whole words only
        slug = cut if len(cut) >= max_length // 2 else slug[:max_length]
    return slug.rstrip("-") or "article"


# One date rule for every field, importer and export (and resources/xsd's IsoDate):
# YYYY, YYYY-MM, YYYY-MM-DD, or a date-time with an optional offset; ASCII digits
# only, real calendar days, hours 00-23, offsets within ±14:00, years 0001-9999.
_DATE_PARTS = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")
_DATETIME_PARTS = re.compile(
    r"^([0-9]{4})-([0-9]{2})-([0-9]{2})[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.[0-9]+)?)?"
    r"(Z|[+-]([0-9]{2}):?([0-9]{2}))?$"
)


def date_problem(value: str) -> str | None:
    """Why `value` is not a date we accept, in words; None when it is one."""
    text = value.strip()
    day = _DATE_PARTS.match(text)
    moment = None if day else _DATETIME_PARTS.match(text)
    if day is None and moment is None:
        return (
            "not an ISO date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]) "
            f"with digits 0-9: {text[:40]!r}"
        )
    groups = (day or moment).groups()  # type: ignore[union-attr]
    year, month, dom = (int(g) if g else None for g in groups[:3])
    assert year is not None
    if year == 0:
        return f"year 0000 does not exist: {text[:40]!r}"
    if month is not None and not 1 <= month <= 12:
        return f"no month {month:02d}: {text[:40]!r}"
    if dom is not None:
        try:
            datetime.date(year, month or 1, dom)
        except ValueError:
            return f"no such day: {text[:40]!r}"
    if moment is not None:
        hour, minute, second = int(groups[3]), int(groups[4]), int(groups[5] or 0)
        if hour > 23 or minute > 59 or second > 59:
            return f"no such time of day: {text[:40]!r}"
        if groups[6] not in (None, "Z"):
            off_h, off_m = int(groups[7]), int(groups[8])
            if off_m > 59 or off_h > 14 or (off_h == 14 and off_m > 0):
                return f"time zone offset out of range (±14:00 at most): {text[:40]!r}"
    return None


def is_iso_date(value: str) -> bool:
    """YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 date-time that exists (date_problem)."""
    return date_problem(value) is None


# Characters that may not appear in an IRI (RFC 3987): RDF toolkits refuse them.
_NOT_IN_IRI = re.compile(r'[\s<>"{}|\\^`]')
# Bidirectional controls make a URL read otherwise than it goes (U+202E spoofing).
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")


class InvalidURLError(UserError, ValueError):
    """A URL that is not an absolute http(s) address."""


def has_bidi_controls(text: str) -> bool:
    return _BIDI.search(text) is not None


def has_bad_escape(url: str) -> bool:
    """A '%' that does not start a two-digit hexadecimal escape."""
    return _BAD_ESCAPE.search(url) is not None


def url_problem(url: str) -> str | None:
    """Why `url` is not an absolute http(s) URL we accept, in words; None when it is."""
    if has_xml_illegal(url) or _NOT_IN_IRI.search(url):
        return (
            'the URL contains spaces, control characters or one of <>"{}|\\^` (percent-encode them)'
        )
    if _BIDI.search(url):
        return "the URL contains bidirectional control characters (it would read otherwise)"
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        return f"not a valid URL ({exc})"
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return "only absolute http(s) URLs are allowed"
    host = parts.hostname or ""
    if not host or host.startswith(".") or ".." in host:
        return "the URL has no host name"
    if port == 0:
        return "port 0 is not a port"
    if "#" in parts.fragment:
        return "the URL has two '#'"
    if _BAD_ESCAPE.search(url):
        return "a '%' that does not start an escape like %20"
    return None


def check_http_url(url: str, field: str = "url") -> str:
    """Return the URL stripped, or raise InvalidURLError naming the field and the reason."""
    url = url.strip()
    problem = url_problem(url)
    if problem is not None:
        raise InvalidURLError(f"{field}: {problem}: {url[:200]!r}")
    return url


def title_from_body(body: str, max_length: int = 90) -> str:
    """A title taken from the text: its first line, or its first sentence."""
    first = next((line.strip() for line in body.split("\n") if line.strip()), "")
    if not first:
        return "(sans titre)"
    if len(first) > max_length:
        sentence = re.split(r"(?<=[.!?…])\s", first, maxsplit=1)[0]
        first = sentence if len(sentence) <= max_length else first[:max_length]
        if len(first) == max_length:
            cut = first.rsplit(" ", 1)[0]
            first = (cut if len(cut) > max_length // 2 else first).rstrip(" ,;:") + "…"
    return first


# --- snippets from a window around the first hit ------------------------------------


@functools.lru_cache(maxsize=1)
def _fold_table() -> dict[int, int]:
    """Code point -> its lower-case letter without accents, where that is one code
    point: folding with it keeps every offset (str.translate, in C)."""
    table: dict[int, int] = {}
    for code in range(0x41, 0x2000):
        char = chr(code)
        base = "".join(
            c for c in unicodedata.normalize("NFKD", char.lower()) if not unicodedata.combining(c)
        )
        if len(base) == 1 and base != char:
            table[code] = ord(base)
    return table


def fold_keeping_offsets(text: str) -> str:
    """Lower case without accents, as the full-text index compares; same length as
    `text`, so an offset in one is the same character in the other."""
    return text.translate(_fold_table())


def snippet_around_first_hit(
    text: str,
    terms: list[str],
    mark: tuple[str, str] = ("[", "]"),
    *,
    before: int = 6,
    after: int = 10,
    prefix_from: int = 3,
) -> str | None:
    """A few words around the first word of `text` that matches a term (folded terms;
    a term of `prefix_from` characters or more also matches as a prefix), with every
    matching word in the window between the `mark` strings; None when nothing matches.

    The work is one regular-expression scan up to the first hit plus the window:
    linear in the text, whatever the number of hits (FTS5's snippet() is not).
    """
    alternatives = [
        re.escape(t) + (r"\w*" if len(t) >= prefix_from else r"(?!\w)")
        for t in sorted(set(terms), key=len, reverse=True)
        if t
    ]
    if not alternatives:
        return None
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + ")")
    folded = fold_keeping_offsets(text)
    first = pattern.search(folded)
    if first is None:
        return None
    words = re.compile(r"\w+")
    starts = [m.start() for m in words.finditer(folded, max(0, first.start() - 40 * before),
                                                  first.start())][-before:]  # fmt: skip
    begin = starts[0] if starts else first.start()
    end = first.end()
    for count, m in enumerate(words.finditer(folded, first.end(), first.end() + 40 * after)):
        if count >= after:
            break
        end = m.end()
    pieces = []
    cursor = begin
    for m in pattern.finditer(folded, begin, end):
        pieces.append(text[cursor : m.start()])
        pieces.append(mark[0] + text[m.start() : m.end()] + mark[1])
        cursor = m.end()
    pieces.append(text[cursor:end])
    snippet = " ".join("".join(pieces).split())
    return ("…" if begin > 0 else "") + snippet + ("…" if end < len(text) else "")
