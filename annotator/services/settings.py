"""Organisation settings: the publisher (ClaimReview author), language, base URL."""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlsplit

from annotator.domain.rating import RatingScale
from annotator.domain.text import check_http_url
from annotator.errors import InputError
from annotator.services.changes import Changes
from annotator.store import Store, repo

DEFAULT_LANGUAGE = "fr"


def _url(key: str) -> Callable[[str], str]:
    return lambda value: check_http_url(value, key)


def _base_url(value: str) -> str:
    url = check_http_url(value, "factcheck.base_url")
    parts = urlsplit(url)
    if parts.query or parts.fragment or url.endswith(("?", "#")):
        raise InputError(
            "factcheck.base_url",
            "must not hold a query (?…) or a fragment (#…): each article's page is this "
            f"address plus a slug, and each review's is the page plus #claim-N: {url!r}",
        )
    return url


def _language(value: str) -> str:
    value = value.strip()
    if not re.fullmatch(r"[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*", value):
        raise InputError("language", f"not a language tag like 'fr' or 'en': {value!r}")
    return value.lower()


def _name(value: str) -> str:
    value = " ".join(value.split())
    if not value:
        raise InputError("publisher.name", "must not be empty")
    if len(value) > 300:
        raise InputError("publisher.name", f"{len(value):,} characters; at most 300")
    return value


KEYS: dict[str, tuple[str, Callable[[str], str]]] = {
    "publisher.name": ("the fact-checking organisation (ClaimReview author)", _name),
    "publisher.url": ("the organisation's web site", _url("publisher.url")),
    "publisher.logo": ("URL of the organisation's logo", _url("publisher.logo")),
    "language": ("language of verdict labels and exports (fr, en…)", _language),
    "user.name": (
        "who you are on this desk, recorded as the author of your changes (default: this "
        "computer's login; on a shared database, the server's login is recorded instead)",
        lambda value: _name(value).replace("publisher.name", "user.name"),
    ),
    "factcheck.base_url": (
        "where fact-check pages are published; a page URL is this plus a slug of the title",
        _base_url,
    ),
}


def get_settings(store: Store) -> dict[str, str | None]:
    stored = repo.all_settings(store)
    return {key: stored.get(key) for key in KEYS}


def get_setting(store: Store, key: str) -> str | None:
    _check_key(key)
    return repo.get_setting(store, key)


def set_setting(store: Store, key: str, value: str | None) -> Changes:
    """Set (or, with None or '', clear) one setting after checking its value."""
    _check_key(key)
    clean = KEYS[key][1](value) if value else None
    with store.write():
        repo.set_setting(store, key, clean)
    return Changes(settings=True)


def language(store: Store) -> str:
    return repo.get_setting(store, "language") or DEFAULT_LANGUAGE


def _check_key(key: str) -> None:
    if key not in KEYS:
        raise InputError("settings", f"unknown key {key!r}; known keys: {', '.join(KEYS)}")


def verdict_labels(store: Store) -> dict[str, str]:
    """Verdict key -> label in the organisation's language."""
    lang = language(store)
    return {r.key: r.label(lang) for r in repo.rating_scale(store).ratings}


def rating_scale(store: Store) -> RatingScale:
    return repo.rating_scale(store)
