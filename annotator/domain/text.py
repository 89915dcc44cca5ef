"""Pure text helpers: normalisation, control characters, slugs, dates, URLs."""

from __future__ import annotations

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
    text = text.lstrip("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


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


_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
_DATETIME = re.compile(
    r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?"
    r"(Z|[+-]\d{2}:?\d{2})?$"
)


def is_iso_date(value: str) -> bool:
    """YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 date-time."""
    return bool(_DATE.match(value) or _DATETIME.match(value))


# Characters that may not appear in an IRI (RFC 3987): RDF toolkits refuse them.
_NOT_IN_IRI = re.compile(r'[\s<>"{}|\\^`]')


class InvalidURLError(UserError, ValueError):
    """A URL that is not an absolute http(s) address."""


def check_http_url(url: str, field: str = "url") -> str:
    """Return the URL stripped, or raise: only absolute http(s) URLs are allowed."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise InvalidURLError(f"{field}: only absolute http(s) URLs are allowed, not {url!r}")
    if _NOT_IN_IRI.search(url) or has_xml_illegal(url):
        raise InvalidURLError(
            f'{field}: the URL contains spaces, control characters or one of <>"{{}}|\\^`: '
            f"{url!r} (percent-encode them)"
        )
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
