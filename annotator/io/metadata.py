"""Metadata shared by every reader: dates, languages, URLs, one-line fields, final clean-up."""

from __future__ import annotations

import functools
import re
import unicodedata
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
    unusual_bytes,
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
# The same as UTF-8 sequences, for a body's unusual_bytes() (3x faster on long text).
_SPECIAL_UTF8 = re.compile(
    b"[\x00-\x08\x0b\x0c\x0e-\x1f]|\xc2\x85|\xe2\x80[\xa8\xa9]|\xed[\xa0-\xbf]|\xef\xbf[\xbe\xbf]"
)
_SPACE = re.compile(r"\s")
_NOT_IN_IRI = re.compile(r'[<>"{}|\\^`]')
# Most article addresses: nothing in them for clean_url to change.
_PLAIN_URL = re.compile(
    r"https?://[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(/[A-Za-z0-9._~!$&'()*+,;=:@/-]*)\Z"
)


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


# Authors as pages give them: "By A and B, Associated Press", "A; Condé Nast",
# "JERUSALEM POST STAFF NOVEMBER", "Ilana Muhlstein, MS, RDN", "Analysis by A,
# CNN Editor-at-large". One name per author, none of the rest.
_AUTHOR_SEPARATORS = re.compile(r"\s*(?:[;|/,]|\s&\s)\s*")
_BYLINE_SEPARATORS = re.compile(r"\s*(?:[;|/,]|\s(?:and|&|und|et|e|y)\s)\s*", re.I)
_AUTHOR_PREFIX = re.compile(
    r"^(?:(?:[\w-]+\s+){0,2}by|par|von|por|di|door|av|texte?|текст|автор|photos?|fotos?)\s*[:\-–]?\s+",
    re.I,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_DATE_WORDS = _words(
    "jan january feb february mar march apr april may jun june jul july aug august sep sept"
    " september oct october nov november dec december janvier février mars avril mai juin"
    " juillet août septembre octobre novembre décembre mon monday tue tuesday wed wednesday"
    " thu thursday fri friday sat saturday sun sunday"
)
_TIME_WORDS = _words(
    "am pm a.m p.m gmt utc est edt cst cdt mst mdt pst pdt bst cet cest ist on at updated"
    " published posted"
)
# "le 27 novembre", "the 27th of": words a date brings along, never a name alone.
_DATE_ARTICLES = _words("le the of de du del el il den der am")
_ROLE_WORDS = _words("staff writer writers reporter reporters correspondent editor")
_AUTHOR_ROLE_TAIL = re.compile(
    r"[\s,]+(?:(?:senior|chief|staff|contributing|guest|special)\s+)?(?:staff(?:\s+(?:writer|reporter)s?)?"
    r"|writers?|reporters?|correspondents?|contributors?|columnists?|journalists?|editors?"
    r"(?:-at-large|\s+at\s+large|-in-chief)?|editorial\s+(?:staff|board|team))$",
    re.I,
)
_CREDENTIALS = _words(
    "ms ma mba md phd ph.d. rd rdn rn mph cpa jd do dds ld lpn np pa-c lcsw esq cscs cpt bsc msc"
    " pharmd facs frcp mrcp"
)
# The wire services: a credit beside persons' names is the agency, not an author.
_AGENCIES = (
    "associated press|the associated press|ap|reuters|thomson reuters|afp|agence france-presse"
    "|bloomberg|bloomberg news|dpa|efe|ansa|pti|press trust of india|ani|ians|xinhua|kyodo"
    "|yonhap|tass|sputnik|upi|united press international|cnn wire|ria novosti"
)
_AGENCY = re.compile(rf"^(?:{_AGENCIES})(?:\s+\S+){{0,4}}$", re.I)  # "AFP Deutschland"
_AGENCY_TAIL = re.compile(rf"\s+(?:{_AGENCIES})(?:\s+(?:international|news|service|staff))?$", re.I)


def split_authors(
    value: object,
    *,
    publishers: frozenset[str] | set[str] = frozenset(),
    persons_only: bool = False,
) -> list[str]:
    """The persons (or, when no person is named, the organisation) an author field names,
    without dates, roles, credentials, "By", and publishers next to persons.

    "and" separates names only in a byline ("By A and B"): elsewhere it may be part
    of one name ("AFP Moyen Orient et Afrique du Nord").
    """
    text = one_line(value)
    if not text:
        return []
    known = {_loose_name(p) for p in publishers if p}
    byline = _AUTHOR_PREFIX.match(text) is not None
    separators = _BYLINE_SEPARATORS if byline else _AUTHOR_SEPARATORS
    names: list[str] = []
    organisations: list[str] = []
    for part in separators.split(text):
        part = _AUTHOR_PREFIX.sub("", part.strip(" .,-–—:"))
        for _ in range(3):  # "STAFF NOVEMBER 19": tails in any order
            part = _AUTHOR_ROLE_TAIL.sub("", _without_date_tail(part)).strip(" .,-–—:")
        agency = _AGENCY_TAIL.search(part)
        if agency and len(part[: agency.start()].split()) >= 2:  # "ERIC TUCKER Associated Press"
            organisations.append(agency.group().strip())
            part = part[: agency.start()]
        if not part or part.casefold() in _CREDENTIALS or part.startswith(("http://", "https://")):
            continue
        if "@" in part or not any(c.isalpha() for c in part):
            continue
        if _AGENCY.match(part) or _loose_name(part) in known:
            organisations.append(part)
        elif part not in names:
            names.append(part)
    if names or persons_only:
        return names
    return list(dict.fromkeys(organisations))[:1]


def _without_date_tail(name: str) -> str:
    """ "Jane Doe Nov. 19, 2019 10:45 am" -> "Jane Doe"; a month alone only after a role or
    in capitals ("STAFF NOVEMBER"): "Theresa May" keeps her name."""
    words = name.split()
    tokens = [word.strip(".,;:|·-–").casefold() for word in words]
    if all(_is_date_token(token) for token in tokens):
        return ""  # "2019 10:45 am": a date, no name
    dated = any(any(c.isdigit() for c in token) for token in tokens)
    while len(words) > 1:
        word = tokens[len(words) - 1]
        month = word in _DATE_WORDS and (
            dated or name.isupper() or tokens[len(words) - 2] in _ROLE_WORDS
        )
        timed = word in _TIME_WORDS and dated
        if word and not any(c.isdigit() for c in word) and not month and not timed:
            break
        words.pop()
    return " ".join(words)


def _is_date_token(token: str) -> bool:
    return (
        not token
        or token in _DATE_WORDS
        or token in _TIME_WORDS
        or token in _DATE_ARTICLES
        or all(c.isdigit() or c in ":/.-" for c in token)
    )


def clean_author(
    value: object, *, publishers: frozenset[str] | set[str] = frozenset()
) -> str | None:
    """The author field as stored: the names of `split_authors`, comma-separated."""
    return ", ".join(split_authors(value, publishers=publishers)) or None


def _loose_name(name: str) -> str:
    folded = unicodedata.normalize("NFKC", name).casefold()
    folded = re.sub(r"^the\s+|\.(?:com|org|net|co\.uk|info)$", "", folded.strip())
    return re.sub(r"[\W_]+", "", folded)


def clean_body(text: str) -> str:
    """NFC, LF, no characters XML 1.0 forbids, no blank lines at either end."""
    text = normalize_text(text)
    if _SPECIAL_UTF8.search(unusual_bytes(text)):
        text = strip_xml_illegal(_BREAKS.sub("\n", text))
    return text.strip()


def parse_date(value: object) -> str | None:
    """An ISO 8601 date (possibly partial) from ISO, RFC 822 (feeds) or YYYY/MM/DD; else None."""
    if not isinstance(value, str | int):
        return None
    return _parse_date(value)


# A batch repeats its dates (articles of the same days), and every reader's
# date goes through parse_date twice (the reader, then finish()).
@functools.lru_cache(maxsize=4096, typed=True)  # True is not 1
def _parse_date(value: str | int) -> str | None:
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
    if base is None and _PLAIN_URL.match(url):
        return url  # lower-case scheme and host, no query, port or escapes: nothing to clean
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
