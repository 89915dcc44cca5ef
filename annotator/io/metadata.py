"""Metadata shared by every reader: dates, languages, URLs, one-line fields, final clean-up."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from annotator.domain.model import Article
from annotator.domain.text import (
    InvalidURLError,
    check_http_url,
    is_iso_date,
    normalize_text,
    strip_xml_illegal,
    title_from_body,
)
from annotator.io.errors import InputError

MAX_TITLE = 500
MAX_FIELD = 1000

# Query parameters that only track the reader: the same article with or
# without them is the same article (duplicates and versions go by URL).
_TRACKING = re.compile(
    r"^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|_ga|_gl"
    r"|yclid|twclid|xtor)$",
    re.I,
)
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")
_SLASHED_DATE = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$")
# Page breaks and vertical tabs are line breaks to a reader; XML 1.0 forbids them.
_BREAKS = re.compile("[\x0b\x0c\x85\u2028\u2029]")
# Anything clean_body changes beyond normalize_text: one scan finds whether any is there.
_SPECIAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x85\u2028\u2029\ud800-\udfff\ufffe\uffff]")
_SPACE = re.compile(r"\s")
_NOT_IN_IRI = re.compile(r'[<>"{}|\\^`]')


def one_line(value: object, limit: int = MAX_FIELD) -> str | None:
    """A title, author or similar: one line, spaces folded, no control characters."""
    if value is None:
        return None
    text = normalize_text(str(value))
    if _SPECIAL.search(text):
        text = strip_xml_illegal(text)
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text or None


def clean_body(text: str) -> str:
    """NFC, LF, no characters XML 1.0 forbids, no blank lines at either end."""
    text = normalize_text(text)
    if _SPECIAL.search(text):
        text = strip_xml_illegal(_BREAKS.sub("\n", text))
    return text.strip()


def parse_date(value: object) -> str | None:
    """An ISO 8601 date (possibly partial) from ISO, RFC 822 (feeds) or YYYY/MM/DD; else None."""
    if not isinstance(value, str | int):
        return None
    text = str(value).strip()
    if not text:
        return None
    if is_iso_date(text):
        return text
    if is_iso_date(text.upper()):  # 2019-11-27t08:30z: only the letters' case is off
        return text.upper()
    slashed = _SLASHED_DATE.match(text)
    if slashed:
        candidate = f"{slashed[1]}-{int(slashed[2]):02d}-{int(slashed[3]):02d}"
        return candidate if is_iso_date(candidate) else None
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        return _checked(parsed.isoformat())
    if not text.isascii():  # other digits (٢٠١٩) are not ISO 8601
        return None
    try:
        return _checked(datetime.fromisoformat(text).isoformat())
    except ValueError:
        return None


def _checked(value: str) -> str | None:
    return value if is_iso_date(value) else None


def clean_language(value: object) -> str | None:
    """A BCP 47 tag (fr, fr-FR, pt-BR) or None; `fr_FR` is read as `fr-FR`."""
    if not isinstance(value, str):
        return None
    tag = value.strip().replace("_", "-").split(",")[0].split(";")[0].strip()
    if not _LANGUAGE.match(tag) or tag.lower() in ("und", "mul", "zxx"):
        return None
    primary, *rest = tag.split("-")
    return "-".join([primary.lower(), *(p.upper() if len(p) == 2 else p for p in rest)])


def clean_url(value: object, base: str | None = None) -> str | None:
    """An absolute http(s) URL without fragment or tracking parameters, or None."""
    if not isinstance(value, str):
        return None
    url = value.strip()
    if not url or _SPACE.search(url) or _SPECIAL.search(url):
        return None
    if base:
        try:
            url = urljoin(base, url)
        except ValueError:
            return None
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname
    if parts.username or parts.password:
        return None  # credentials in a link are never an article's address
    if ":" in host:
        host = f"[{host}]"  # an IPv6 address
    if port is not None and (scheme, port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{port}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        kept = [(k, v) for k, v in pairs if not _TRACKING.match(k)]
        if len(kept) != len(pairs):
            query = urlencode(kept)
    # Characters no IRI may hold are percent-encoded: RDF tools refuse them raw.
    path = _NOT_IN_IRI.sub(_percent, parts.path or "/")
    query = _NOT_IN_IRI.sub(_percent, query)
    url = urlunsplit((scheme, host, path, query, ""))
    try:
        return check_http_url(url)
    except InvalidURLError:
        return None


def _percent(match: re.Match[str]) -> str:
    return "".join(f"%{b:02X}" for b in match.group().encode("utf-8"))


def finish(article: Article, *, what: str = "article") -> Article:
    """The last step of every reader: clean every field, refuse an article without text."""
    source = article.origin or "?"
    article.body = clean_body(article.body or "")
    if not article.body:
        raise InputError(source, f"no {what} text")
    article.title = one_line(article.title, MAX_TITLE) or title_from_body(article.body, 120)
    article.author = one_line(article.author)
    article.url = clean_url(article.url)
    article.language = clean_language(article.language)
    if article.published is not None:
        article.published = parse_date(article.published)
    return article
