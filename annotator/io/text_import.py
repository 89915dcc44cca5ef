"""Plain-text and Markdown articles: front matter, header lines, title from the text."""

from __future__ import annotations

import re

from annotator.domain.model import Article
from annotator.domain.text import title_from_body
from annotator.io.decode import decode_bytes
from annotator.io.errors import InputError
from annotator.io.metadata import finish, parse_date

KEYS = ("title", "url", "date", "author", "language")
# Names static-site tools also use for the same fields.
ALIASES = {"published": "date", "link": "url", "lang": "language", "authors": "author"}

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_TOML_FRONT_MATTER = re.compile(r"\A\+\+\+[ \t]*\n(.*?)\n\+\+\+[ \t]*(?:\n|\Z)", re.DOTALL)
_KEY_VALUE = re.compile(r"^\s*([A-Za-z_]+)\s*[:=]\s*(.*?)\s*$")
# "date 2019-11 Palantir Technologies est…": a date word leading the text.
_LEADING_DATE = re.compile(r"\A\s*date[ \t]*:?[ \t]*(\d{4}(?:-\d{2}(?:-\d{2})?)?)\b[ \t]*\n?")
_HEADER_LINE = re.compile(
    r"\A[ \t]*(title|url|author|language)[ \t]*:[ \t]*(.+?)[ \t]*(?:\n|\Z)", re.I
)


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    if len(value) >= 2 and value[0] == "[" and value[-1] == "]":  # authors: [a, b]
        return ", ".join(_unquote(v.strip()) for v in value[1:-1].split(",") if v.strip())
    return value


def parse_text(text: str, source: str) -> Article:
    """Split metadata from body; the body is kept as written after it."""
    meta: dict[str, str] = {}
    match = _FRONT_MATTER.match(text) or _TOML_FRONT_MATTER.match(text)
    if match:
        for line in match.group(1).splitlines():
            kv = _KEY_VALUE.match(line)
            if not kv or not kv.group(2):
                continue
            key = kv.group(1).lower()
            key = ALIASES.get(key, key)
            if key in KEYS and key not in meta:
                meta[key] = _unquote(kv.group(2))
        text = text[match.end() :]
    else:
        # Header lines (`date 2019-11`, `title: …`) at the very top, in any order.
        while True:
            date = _LEADING_DATE.match(text)
            if date and "date" not in meta:
                meta["date"] = date.group(1)
                text = text[date.end() :]
                continue
            header = _HEADER_LINE.match(text)
            if header and header.group(1).lower() not in meta:
                meta[header.group(1).lower()] = _unquote(header.group(2))
                text = text[header.end() :]
                continue
            break
    body = text.strip()
    if not body:
        raise InputError(source, "no article text (only metadata or blank lines)")
    date = meta.get("date")
    if date is not None:
        date = parse_date(date)
        if date is None:
            raise InputError(source, f"field date: not an ISO date: {meta['date'].strip()!r}")
    return finish(
        Article(
            title=meta.get("title") or _title(body),
            body=body,
            url=meta.get("url") or None,
            published=date,
            author=meta.get("author") or None,
            language=meta.get("language") or None,
            origin=source,
        )
    )


def _title(body: str) -> str:
    first = body.split("\n", 1)[0].strip()
    heading = re.match(r"^#{1,6}\s+(.+)$", first)
    if heading:
        return heading.group(1).strip()
    return title_from_body(body, max_length=120)


def read_text_article(data: bytes, source: str) -> Article:
    """A .txt or .md file's bytes to an Article (raises InputError)."""
    text, _encoding = decode_bytes(data, source)
    return parse_text(text, source)
