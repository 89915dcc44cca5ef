"""JSON and JSON Lines articles: documented keys, one article per object."""

from __future__ import annotations

import json
from typing import Any

from annotator.domain.model import Article
from annotator.io.decode import decode_bytes
from annotator.io.errors import InputError
from annotator.io.html_import import html_to_text
from annotator.io.metadata import finish, parse_date

TITLE_KEYS = ("title", "headline", "name")
BODY_KEYS = ("body", "text", "content", "articleBody", "content_text")
URL_KEYS = ("url", "link")
DATE_KEYS = ("published", "date", "datePublished", "date_published")
AUTHOR_KEYS = ("author", "authors", "creator")
LANGUAGE_KEYS = ("language", "lang", "inLanguage")


def _first(record: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = record.get(key)
        if value not in (None, "", [], {}):
            return value
    return None


def _author(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        name = value.get("name")
        return name if isinstance(name, str) else None
    if isinstance(value, list):
        names = [_author(v) for v in value[:20] if isinstance(v, str | dict)]
        return ", ".join(n for n in names if n) or None
    return None


def _string(value: Any, field: str, origin: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise InputError(origin, f"field {field}: expected text, got {type(value).__name__}")
    return str(value)


def article_from_record(record: Any, origin: str) -> Article:
    """One JSON object to an Article (raises InputError naming the field)."""
    if not isinstance(record, dict):
        raise InputError(origin, f"expected a JSON object, got {_kind(record)}")
    body = _first(record, BODY_KEYS)
    if body is None and isinstance(record.get("content_html"), str):
        body = html_to_text(record["content_html"])
    if isinstance(body, dict):  # {"content": {"text": ...}} and similar wrappers
        body = _first(body, ("text", "value", "body"))
    body = _string(body, "body", origin)
    if not body or not body.strip():
        raise InputError(origin, "no article text (none of the keys body, text, content)")
    published = _string(_first(record, DATE_KEYS), "published", origin)
    date = parse_date(published) if published else None
    if published and date is None:
        raise InputError(origin, f"field published: not a date: {published[:40]!r}")
    language = _first(record, LANGUAGE_KEYS)
    return finish(
        Article(
            title=_string(_first(record, TITLE_KEYS), "title", origin) or "",
            body=body,
            url=_string(_first(record, URL_KEYS), "url", origin),
            published=date,
            author=_author(_first(record, AUTHOR_KEYS)),
            language=language if isinstance(language, str) else None,
            origin=origin,
        )
    )


def _kind(value: Any) -> str:
    return {dict: "an object", list: "an array", str: "a string"}.get(type(value), "a value")


def _loads(text: str, origin: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(origin, f"invalid JSON (line {exc.lineno}): {exc.msg}") from None
    except RecursionError:
        # The C decoder stops cleanly at the recursion limit.
        raise InputError(origin, "invalid JSON: nested too deeply") from None
    except ValueError as exc:  # e.g. an integer with more digits than Python allows
        raise InputError(origin, f"invalid JSON: {exc}") from None


def read_json(data: bytes, source: str) -> list[Article | InputError]:
    """A .json file: one object, an array, or an object holding `articles` / `items`.

    Keys read (others are ignored): `title` (or `headline`); `body` (or
    `text`, `content`, `articleBody`, or JSON Feed's `content_text`;
    `content_html` is converted to text); `url` (or `link`); `published` (or
    `date`, `datePublished`, `date_published`: ISO 8601, possibly partial, or
    an RFC 822 date); `author` (a name, an object with `name`, or a list of
    them); `language` (or `lang`, `inLanguage`).

    `origin` is the file for a single object and `FILE#item-N` for the Nth
    object of an array (from 1); see read_jsonl for JSON Lines.
    """
    text, _encoding = decode_bytes(data, source, "utf-8")
    value = _loads(text, source)
    if isinstance(value, dict):
        listed = next(
            (value[k] for k in ("articles", "items") if isinstance(value.get(k), list)), None
        )
        if listed is None:
            return [article_from_record(value, source)]
        value = listed
    if not isinstance(value, list):
        raise InputError(source, f"expected a JSON object or array, got {_kind(value)}")
    if not value:
        raise InputError(source, "the JSON array is empty")
    return [_safe(record, f"{source}#item-{n}") for n, record in enumerate(value, 1)]


def read_jsonl(data: bytes, source: str) -> list[Article | InputError]:
    """A JSON Lines file: one object per line (keys as in read_json), blank lines skipped.

    `origin` is `FILE#line-N`, N the line number; a bad line fails alone.
    """
    text, _encoding = decode_bytes(data, source, "utf-8")
    found: list[Article | InputError] = []
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        origin = f"{source}#line-{n}"
        try:
            found.append(_safe(_loads(line, origin), origin))
        except InputError as exc:
            found.append(exc)
    if not found:
        raise InputError(source, "empty file")
    return found


def loads_record(text: str, origin: str) -> Article | InputError:
    """One JSON object's text (a JSON Lines line) as an Article, or the InputError."""
    try:
        return _safe(_loads(text, origin), origin)
    except InputError as exc:
        return exc


def article_or_error(record: Any, origin: str) -> Article | InputError:
    """One parsed JSON value as an Article, or the InputError that says why not."""
    return _safe(record, origin)


def _safe(record: Any, origin: str) -> Article | InputError:
    try:
        return article_from_record(record, origin)
    except InputError as exc:
        return exc
