"""Versions of an article: what is a duplicate, what is a new version (or a revert),
and how its claims follow it, re-anchored with no lock held, then written briefly."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from annotator.domain.anchoring import Anchor, TextQuoteSelector, follow
from annotator.domain.model import Article, Claim
from annotator.store import Store, repo
from annotator.store.repo import importing


@dataclass
class ImportOutcome:
    article_id: int
    status: str  # "imported", "duplicate" or "version"
    reanchored: dict[str, int] = field(default_factory=dict)  # anchor state -> count
    previous_id: int | None = None  # for a version: the article it replaces
    claims: list[int] = field(default_factory=list)  # for a version: the claims it took over
    # For a version: claims re-anchored under the write lock, because no plan made
    # before it held them as they were (another writer changed them meanwhile).
    anchored_in_lock: int = 0


def import_article(store: Store, article: Article) -> ImportOutcome:
    """Store one article: a duplicate is skipped, a known URL becomes a new version.

    A new version's claims are re-anchored before the write lock is taken
    (`plan_version`); the write itself is short and re-checks that plan.
    """
    plan = None if store.in_transaction else plan_version(store, article)
    with store.write():
        store.lock_articles()
        return store_article(store, article, plan)


_TYPOGRAPHY = str.maketrans(
    {"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', "–": "-", "—": "-",
     "\u00a0": " ", "\u202f": " "}
)  # fmt: skip


def loose(text: str) -> str:
    """Text compared for sameness: case, quote style, dashes and spacing ignored."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().translate(_TYPOGRAPHY).split())


def duplicate_of(store: Store, article: Article, digest: str) -> int | None:
    """The article this text duplicates, or None when it is to be stored.

    The same text as an article that is a latest version (or that has no
    URL, hence no versions) is a duplicate. The same text as an older,
    superseded version of this article's own URL is a revert, a new version
    that claims follow; unless the last version imported from this same
    source (`origin`: the file, the feed entry) is that very text: the source
    has not changed, the import is being run again (resumed after a kill, a
    folder holding several versions of one page imported twice).
    """
    rows = importing.articles_with_text(store, digest)
    if not rows:
        return None
    for article_id, latest, _url in rows:
        if latest:
            return article_id
    if not article.url or all(url != article.url for _id, _latest, url in rows):
        return rows[0][0]  # an older version of another article's text
    last = importing.last_from_source(store, article.url, article.origin)
    if last is not None and last[1] == digest:
        return last[0]  # this source gave this text last time: a re-run
    return None  # a revert


def _latest_by_url(store: Store, url: str | None) -> Article | None:
    return repo.latest_article_by_url(store, url) if url else None


@dataclass
class VersionPlan:
    """Where the claims of a new version go, computed with no lock held.

    `anchors` maps each claim id to the claim's anchor as it was read and the
    anchor computed from it. The write (`_move_claims`) uses an entry only if
    the claim still has that anchor on that same previous version; anything
    else (a claim moved, re-marked or added meanwhile by another writer) is
    computed again there, under the lock, so no stale anchor is ever written.
    """

    previous_id: int
    anchors: dict[int, tuple[tuple, Anchor]]


def _anchor_key(claim: Claim) -> tuple:
    return (claim.article_id, claim.start, claim.end, claim.exact, claim.prefix, claim.suffix,
            claim.anchor)  # fmt: skip


def _follow(claim: Claim, old_body: str, new_body: str) -> Anchor:
    sel = TextQuoteSelector(claim.exact, claim.prefix, claim.suffix)
    return follow(sel, claim.start, claim.end, claim.anchor, new_body, old_body)


def plan_version(store: Store, article: Article) -> VersionPlan | None:
    """Re-anchor, reading only, the claims a new version of `article` would take
    over; None when it would not be a version with claims."""
    previous = _latest_by_url(store, article.url)
    if previous is None or previous.id is None:
        return None
    if loose(previous.body) == loose(article.body):
        return None  # the same text: a duplicate, nothing moves
    if duplicate_of(store, article, repo.content_hash(article.body)) is not None:
        return None
    claims = repo.claims_for_article(store, previous.id)
    if not claims:
        return None
    anchors: dict[int, tuple[tuple, Anchor]] = {}
    for claim in claims:
        assert claim.id is not None
        anchors[claim.id] = (_anchor_key(claim), _follow(claim, previous.body, article.body))
    return VersionPlan(previous.id, anchors)


def store_article(store: Store, article: Article, plan: VersionPlan | None = None) -> ImportOutcome:
    """Store one article inside the caller's transaction."""
    existing = duplicate_of(store, article, repo.content_hash(article.body))
    if existing is not None:
        return ImportOutcome(existing, "duplicate")
    previous = _latest_by_url(store, article.url)
    if previous is None:
        return ImportOutcome(repo.insert_article(store, article), "imported")
    assert previous.id is not None
    if loose(previous.body) == loose(article.body):
        # Same URL, same words: only typography differs. Not a new version.
        return ImportOutcome(previous.id, "duplicate")
    if not article.fact_check_url:
        article.fact_check_url = previous.fact_check_url
    # A savepoint: a version is several rows and must land whole or not at all.
    with store.savepoint("import_version"):
        new_id = repo.insert_article(
            store, article, version=previous.version + 1, previous_id=previous.id
        )
        repo.mark_superseded(store, previous.id, new_id)
        states, moved, late = _move_claims(store, previous, new_id, article.body, plan)
    return ImportOutcome(
        new_id, "version", states, previous_id=previous.id, claims=moved, anchored_in_lock=late
    )


def _move_claims(
    store: Store, old: Article, new_id: int, new_body: str, plan: VersionPlan | None = None
) -> tuple[dict[str, int], list[int], int]:
    """Claims follow the latest version, re-anchored; never moved silently.

    Returns (anchor state -> count, the claims moved, how many of them had to
    be re-anchored here, under the write lock, because `plan` did not hold
    them as they are now).
    """
    assert old.id is not None
    planned = plan.anchors if plan is not None and plan.previous_id == old.id else {}
    states: dict[str, int] = {}
    moved: list[int] = []
    late = 0
    for claim in repo.claims_for_article(store, old.id):
        assert claim.id is not None
        entry = planned.get(claim.id)
        if entry is not None and entry[0] == _anchor_key(claim):
            found = entry[1]
        else:
            found = _follow(claim, old.body, new_body)
            late += 1
        # Certain: the selector follows the new text. A proposal or an orphan
        # keeps the words and context that were reviewed (domain.anchoring.follow),
        # so the user sees old against new and decides
        # (services.claims.accept_anchor / reject_anchor).
        kept = found.selector
        repo.set_claim_anchor(
            store,
            claim.id,
            article_id=new_id,
            start=found.start,
            end=found.end,
            exact=kept.exact,
            prefix=kept.prefix,
            suffix=kept.suffix,
            anchor=found.state,
        )
        states[found.state] = states.get(found.state, 0) + 1
        moved.append(claim.id)
    return states, moved, late
