"""Plain values out of JSON-LD (terms, text, IRIs, numbers, dates, nodes); JSON within limits."""

from __future__ import annotations

import email.utils
import json
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from annotator.domain.text import is_iso_date
from annotator.io.errors import InputError
from annotator.io.namespaces import ANN, OA

MAX_DEPTH = 100  # JSON nesting; real ClaimReview is under 15 levels deep

# Full IRIs and prefixed names to the short terms used below: schema.org terms
# bare ("url"), the others prefixed ("oa:exact", "ann:status").
_TERM_PREFIXES = (
    ("http://schema.org/", ""),
    ("https://schema.org/", ""),
    ("schema:", ""),
    (OA, "oa:"),
    ("http://www.w3.org/ns/activitystreams#", "as:"),
    (ANN, "ann:"),
)


def term(key: str) -> str:
    for prefix, short in _TERM_PREFIXES:
        if key.startswith(prefix):
            return short + key[len(prefix) :]
    return key


# --- JSON with limits -----------------------------------------------------------------

# Possessive quantifiers: no backtracking, so a string that never ends costs
# one scan, not an exponential search (found by scripts/fuzz.py).
_JSON_TOKEN = re.compile(r'"(?:[^"\\]++|\\.)*+"|([\[{])|([\]}])|(")', re.S)


def _check_depth(text: str, source: str) -> None:
    """Refuse JSON nested deeper than MAX_DEPTH before the parser recurses into it."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return
    depth = 0
    for match in _JSON_TOKEN.finditer(text):
        if match.lastindex == 1:
            depth += 1
            if depth > MAX_DEPTH:
                raise InputError(source, f"JSON nested more than {MAX_DEPTH} levels deep")
        elif match.lastindex == 2:
            depth -= 1
        elif match.lastindex == 3:
            return  # a string that never ends: invalid JSON, the parser says where


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")


def loads(text: str, source: str) -> Any:
    """json.loads with a depth limit; control characters inside strings are allowed
    (pages often have raw line breaks in their JSON-LD). Raises InputError."""
    _check_depth(text, source)
    try:
        document = json.loads(text, strict=False)
    except RecursionError:  # pragma: no cover - _check_depth stops this first
        raise InputError(source, "JSON nested too deeply") from None
    except json.JSONDecodeError as exc:
        raise InputError(
            source, f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    if _SURROGATE_ESCAPE.search(text):
        document = _without_lone_surrogates(document)
    return document


def _without_lone_surrogates(document: Any) -> Any:
    """Half of a UTF-16 pair (`"\\ud800"` alone) becomes U+FFFD: no UTF-8 text,
    and so no database, can hold it."""

    def fix(value: Any) -> Any:
        return _SURROGATE.sub("\ufffd", value) if isinstance(value, str) else value

    root = [document]
    stack: list[list | dict] = [root]
    while stack:
        container = stack.pop()
        if isinstance(container, list):
            for i, value in enumerate(container):
                container[i] = fix(value)
                if isinstance(value, list | dict):
                    stack.append(value)
        else:
            for key in list(container):
                value = container.pop(key)
                container[fix(key)] = fix(value)
                if isinstance(value, list | dict):
                    stack.append(value)
    return root[0]


# --- values of a node -----------------------------------------------------------------


def types_of(node: dict[str, Any]) -> set[str]:
    value = node.get("@type", node.get("type"))
    values = value if isinstance(value, list) else [value]
    return {term(v) for v in values if isinstance(v, str)}


def view(node: Any) -> dict[str, Any]:
    """A node's properties under their short terms ("url", "oa:exact", "ann:status")."""
    if not isinstance(node, dict):
        return {}
    out: dict[str, Any] = {}
    for key, value in node.items():
        if isinstance(key, str):
            out.setdefault(term(key), value)
    return out


def text(value: Any, *, join: bool = False) -> str | None:
    """A plain string from a JSON-LD value: strings, numbers, {"@value": ...}, lists."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, dict):
        if "@value" in value:
            return text(value["@value"])
        return None
    if isinstance(value, list):
        parts = [t for t in (text(v) for v in value[:50]) if t and t.strip()]
        if not parts:
            return None
        return " ".join(dict.fromkeys(p.strip() for p in parts)) if join else parts[0]
    return None


def iri(value: Any) -> str | None:
    """A URL from a string, {"@id": ...} or a node with a url."""
    if isinstance(value, list):
        for item in value:
            found = iri(item)
            if found:
                return found
        return None
    if isinstance(value, dict):
        inner = view(value)
        found = text(inner.get("@id")) or text(inner.get("id"))
        if found and ("url" not in inner):
            return found.strip() or None
        return iri(inner.get("url"))
    found = text(value)
    return found.strip() if found and found.strip() else None


def number(value: Any) -> float | None:
    found = text(value)
    if found is None:
        return None
    try:
        result = float(found.strip().replace(",", "."))
    except ValueError:
        return None
    return result if result == result and abs(result) != float("inf") else None


def first_node(value: Any, by_id: dict[str, dict]) -> dict[str, Any] | None:
    """The first node of a value, following an {"@id": ...} reference inside the document."""
    if isinstance(value, list):
        for item in value:
            found = first_node(item, by_id)
            if found is not None:
                return found
        return None
    if not isinstance(value, dict):
        return None
    ident = value.get("@id")
    if isinstance(ident, str) and len(value) == 1 and ident in by_id:
        return by_id[ident]
    return value


def nodes(value: Any, by_id: dict[str, dict]) -> Iterator[Any]:
    """Every item of a value (a list or one value), references followed."""
    items = value if isinstance(value, list) else [value]
    for item in items[:200]:
        found = first_node(item, by_id) if isinstance(item, dict) else item
        if found is not None:
            yield found


def names(value: Any, by_id: dict[str, dict]) -> str | None:
    """Names of people or organisations: a string, nodes with `name`, or a list."""
    found: list[str] = []
    for item in nodes(value, by_id):
        name: str | None
        if isinstance(item, str):
            name = item
        else:
            v = view(item)
            name = text(v.get("name")) or text(v.get("alternateName")) or text(v.get("legalName"))
        if name and name.strip():
            found.append(name.strip())
    return ", ".join(dict.fromkeys(found)) or None


_DATETIME = re.compile(
    r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})"
    r"(?:[Tt ]+([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(\.[0-9]+)?)?)?\s*"
    r"(Z|z|UTC|GMT|[+-][0-9]{1,2}(?::?[0-9]{2})?)?$"
)
_WRITTEN_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d")


def normalize_date(value: Any) -> str | None:
    """An ISO 8601 date or date-time from the forms publishers write, else None.

    A value that is already ISO 8601 is kept as it is (so a round trip changes
    nothing); `2020-06-22T12:26:08+5:30`, `2020-06-23 20:02`, RFC 2822 dates
    and `June 22, 2020` are rewritten.
    """
    raw = text(value)
    if raw is None:
        return None
    v = raw.strip()
    if not v:
        return None
    if is_iso_date(v):
        return v
    match = _DATETIME.match(v)
    if match:
        year, month, day, hour, minute, second, fraction, offset = match.groups()
        day_text = f"{year}-{int(month):02d}-{int(day):02d}"
        if not _valid_date(day_text):
            return None
        if hour is None:
            return day_text
        if int(hour) > 23 or int(minute) > 59 or (second and int(second) > 59):
            return None
        out = f"{day_text}T{int(hour):02d}:{minute}"
        if second:
            out += f":{second}{fraction or ''}"
        if offset:
            out += _offset(offset)
        return out if is_iso_date(out) else None
    try:
        parsed = email.utils.parsedate_to_datetime(v)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        return parsed.isoformat() if is_iso_date(parsed.isoformat()) else None
    for fmt in _WRITTEN_FORMATS:
        try:
            found = datetime.strptime(v, fmt).date().isoformat()
        except ValueError:
            continue
        return found if is_iso_date(found) else None
    return None


def _valid_date(day: str) -> bool:
    parts = day.split("-")
    try:
        if len(parts) == 3:
            datetime(int(parts[0]), int(parts[1]), int(parts[2]))
        elif len(parts) == 2:
            datetime(int(parts[0]), int(parts[1]), 1)
        return True
    except ValueError:
        return False


def _offset(offset: str) -> str:
    if offset.upper() in ("Z", "UTC", "GMT"):
        return "Z"
    sign, rest = offset[0], offset[1:]
    if ":" in rest:
        hours, minutes = rest.split(":")
    elif len(rest) > 2:
        hours, minutes = rest[:-2], rest[-2:]
    else:
        hours, minutes = rest, "00"
    return f"{sign}{int(hours):02d}:{minutes}"


_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")


def language_tag(value: Any) -> str | None:
    if isinstance(value, dict):
        v = view(value)
        value = v.get("alternateName") or v.get("name") or v.get("@value")
    found = text(value)
    if found and _LANGUAGE.match(found.strip()):
        return found.strip()
    return None
