"""Use cases of people on a shared database: who I am, what I may do, who has which article,
and a new login for a fact-checker."""

from __future__ import annotations

from dataclasses import dataclass

from annotator.errors import InputError
from annotator.services.articles import get_article
from annotator.services.changes import Changes
from annotator.store import NotAllowedError, Store, repo

__all__ = ["ME", "Capabilities", "NotAllowedError", "add_user", "assign", "capabilities",
           "people", "who"]  # fmt: skip

ME = "me"


@dataclass(frozen=True)
class Capabilities:
    """What this login may do; `why` says why not, for a greyed-out control."""

    user: str
    publish: bool  # set `published`, change a published claim
    settings: bool  # publisher, base URL, language
    why: str | None = None


def capabilities(store: Store) -> Capabilities:
    editor = repo.is_editor(store)
    why = None if editor else "only an editor may publish, change a published claim or settings"
    return Capabilities(store.user, publish=editor, settings=editor, why=why)


def who(store: Store, name: str | None) -> str | None:
    """A person named on the command line: `me` is this login; '' or '-' nobody."""
    if name is None:
        return None
    name = name.strip()
    if name == ME:
        return store.user
    if name in ("", "-"):
        return None
    if len(name) > 200 or any(not c.isprintable() for c in name):
        raise InputError("user", f"not a person's login name: {name[:40]!r}")
    return name


def people(store: Store) -> list[str]:
    """The logins an article can be given to (this one among them), by name."""
    return repo.people(store)


def assign(store: Store, *, article_id: int, user: str | None) -> Changes:
    """Give an article to someone to check ("à vérifier par …"); None: to nobody."""
    article = get_article(store, article_id)
    assert article.id is not None
    latest = repo.latest_version_id(store, article.id)
    with store.write():
        repo.set_article_field(store, latest, "assigned_to", who(store, user))
    return Changes(articles={latest})


def add_user(url: str, name: str, role: str, password: str) -> str:
    """A login for a fact-checker on a shared database, as a checker or an editor."""
    from annotator.store import is_shared
    from annotator.store.pg_newsroom import add_user as create

    if not is_shared(url):
        raise InputError(url, "people are added to a shared database (postgresql://…)")
    return create(url, name, role, password)
