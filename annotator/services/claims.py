"""Use cases on claims: mark, review, source, delete (and restore, for undo)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from annotator.domain.anchoring import EXACT, MOVED, NEEDS_REVIEW, ORPHAN, find_quote, selector_for
from annotator.domain.model import ANCHOR_STATES, STATUSES, Article, Claim, Review, Source
from annotator.domain.text import check_http_url, date_problem, has_lone_surrogates
from annotator.errors import InputError
from annotator.services.articles import ArticleNotFoundError, get_article
from annotator.services.changes import Changes
from annotator.store import Store, repo

# The one definition of each field list is the store's (its columns).
REVIEW_FIELDS = repo.REVIEW_FIELDS
SOURCE_FIELDS = repo.SOURCE_FIELDS
EDITABLE_FIELDS = (*repo.CLAIM_FIELDS, *repo.REVIEW_FIELDS)


# Bounds on what one field may hold: far above any real review, far below what
# breaks an export (libxml2 refuses a text node of 10 MB; XML escaping can make
# text five times longer).
MAX_FIELD_CHARS = 1_000_000
MAX_CLAIM_CHARS = 100_000
# Fields whose edit makes an imported review (another organisation's) our own.
OUR_OWN_WORDS = ("verdict", "claim_reviewed", "explanation", "correction")


def _bounded(field: str, text: str, limit: int = MAX_FIELD_CHARS) -> str:
    if len(text) > limit:
        raise InputError(field, f"{len(text):,} characters; at most {limit:,} are kept per field")
    return text


class ClaimChangedError(InputError):
    """Someone changed the claim since the revision an edit was made from: the edit is
    refused (never applied over theirs). Says who, when, and the revision now."""

    def __init__(self, claim_id: int, expected: int, now: tuple[int, str | None, str | None]):
        self.claim_id = claim_id
        self.expected = expected
        self.revision, self.updated_by, self.updated_at = now
        when = (self.updated_at or "?").replace("T", " ").removesuffix("+00:00")
        super().__init__(
            f"claim {claim_id}",
            f"changed by {self.updated_by or 'someone'} at {when} UTC since revision "
            f"{expected} (it is at revision {self.revision}); nothing was changed: look at "
            "it again and make your change from there",
        )


def _expect(store: Store, claim_id: int, expected: int | None) -> None:
    """Inside a write: refuse if the claim moved past `expected` (its row is held until
    the write ends, so nobody changes it between this check and the change)."""
    found = repo.revision_of(store, claim_id, lock=True)
    if found is None:
        raise ClaimNotFoundError(claim_id)
    if expected is not None and found[0] != expected:
        raise ClaimChangedError(claim_id, expected, found)


def _revision(store: Store, claim_id: int) -> dict[int, int]:
    """Inside a write, after the change: {claim id: the revision it made} (the row is
    held until the write ends: nobody else's change can be in it yet)."""
    found = repo.revision_of(store, claim_id)
    return {claim_id: found[0]} if found else {}


class ClaimNotFoundError(InputError):
    def __init__(self, claim_id: int):
        super().__init__(f"claim {claim_id}", "no such claim")


def get_claim(store: Store, claim_id: int) -> Claim:
    claim = repo.get_claim(store, claim_id)
    if claim is None:
        raise ClaimNotFoundError(claim_id)
    return claim


def list_claims(store: Store, *, article_id: int | None = None) -> list[Claim]:
    if article_id is not None:
        get_article(store, article_id)
        return repo.claims_for_article(store, repo.latest_version_id(store, article_id))
    return repo.list_claims(store)


def _clean(field: str, value: Any, store: Store) -> Any:
    """Check one field's value; raise InputError naming the field."""
    if value is None:
        return None
    if field == "verdict":
        if value == "":
            return None
        return repo.rating_scale(store).lookup(str(value)).key
    if field == "status":
        if value not in STATUSES:
            raise InputError("status", f"must be one of {', '.join(STATUSES)}, not {value!r}")
        return value
    if field in ("claim_date", "date_published"):
        value = str(value).strip()
        problem = date_problem(value) if value else None
        if problem:
            raise InputError(field, problem)
        return value or None
    text = _bounded(field, str(value))
    if has_lone_surrogates(text):
        raise InputError(field, "contains bytes that are not valid UTF-8 text")
    return text if text.strip() else None


def _source(url: str, **fields: Any) -> Source:
    clean = {k: (str(v).strip() or None) if v is not None else None for k, v in fields.items()}
    for key, value in clean.items():
        if value:
            _bounded(f"source {key}", value)
        if value and has_lone_surrogates(value):
            raise InputError(f"source {key}", "contains bytes that are not valid UTF-8 text")
    problem = date_problem(clean["date"]) if clean.get("date") else None
    if problem:
        raise InputError("source date", problem)
    return Source(url=check_http_url(url, "source url"), **clean)


def mark_claim(
    store: Store,
    *,
    article_id: int,
    start: int,
    end: int,
    verdict: str | None = None,
    explanation: str | None = None,
    correction: str | None = None,
    claim_reviewed: str | None = None,
    claimant: str | None = None,
    claim_date: str | None = None,
    sources: list[Source] | list[str] | None = None,
    status: str = "draft",
    claim_id: int | None = None,
    anchor: str = EXACT,
    reviewed_quote: str | None = None,
    article: Article | None = None,
) -> tuple[Claim, Changes]:
    """Mark the span [start, end) (code points) of an article as a claim.

    `claim_id` keeps a given id (an imported review's URL ends in #claim-<id>);
    `anchor` says how sure the place is (an imported review placed by a fuzzy
    match is `needs-review`), and such a claim keeps `reviewed_quote`, the
    words that were reviewed, until a person accepts the place. `article`: the
    article `article_id` names, when the caller has just read it (a read less).
    """
    if anchor not in ANCHOR_STATES or anchor == ORPHAN:
        raise InputError("anchor", f"not a place a claim can be marked at: {anchor!r}")
    if article is None or article.id != article_id:
        article = get_article(store, article_id)
    if not (0 <= start < end <= len(article.body)):
        raise InputError(
            "span",
            f"[{start}, {end}) is not inside article {article_id} ({len(article.body)} characters)",
        )
    if not article.body[start:end].strip():
        raise InputError("span", "the selected text is blank")
    _bounded("span", article.body[start:end], MAX_CLAIM_CHARS)
    sel = selector_for(article.body, start, end)
    review = Review(
        verdict=_clean("verdict", verdict, store),
        explanation=_clean("explanation", explanation, store),
        correction=_clean("correction", correction, store),
        claim_reviewed=_clean("claim_reviewed", claim_reviewed, store),
        status=_clean("status", status, store),
    )
    if review.status == "published":
        review.date_published = date.today().isoformat()
    checked_sources = [s if isinstance(s, Source) else _source(s) for s in (sources or [])]
    checked_sources = [
        _source(s.url, title=s.title, publisher=s.publisher, date=s.date, quote=s.quote)
        for s in checked_sources
    ]
    claim = Claim(
        article_id=article_id,
        exact=reviewed_quote if anchor == NEEDS_REVIEW and reviewed_quote else sel.exact,
        start=start,
        end=end,
        prefix=sel.prefix,
        suffix=sel.suffix,
        anchor=anchor,
        id=claim_id,
        claimant=_clean("claimant", claimant, store),
        claim_date=_clean("claim_date", claim_date, store),
        review=review,
        sources=checked_sources,
    )
    with store.write():
        claim_id = repo.insert_claim(store, claim)
        if review.status == "published":
            from annotator.services.exporting import freeze_page

            freeze_page(store, article_id)
        created = get_claim(store, claim_id)  # as this write made it, whoever comes next
    return created, Changes(articles={article_id}, claims={claim_id},
                            revisions={claim_id: created.revision})  # fmt: skip


def add_claim_by_quote(
    store: Store, *, article_id: int, quote: str, occurrence: int = 1, **fields: Any
) -> tuple[Claim, Changes]:
    """Mark the Nth occurrence of a quoted phrase (whitespace-insensitive)."""
    article = repo.latest_article(store, article_id)  # its newest version
    if article is None:
        raise ArticleNotFoundError(article_id)
    start, end = find_quote(article.body, quote, occurrence)
    assert article.id is not None
    return mark_claim(store, article_id=article.id, start=start, end=end, article=article, **fields)


def update_claim(
    store: Store, *, claim_id: int, expected_revision: int | None = None, **fields: Any
) -> Changes:
    """Set any of EDITABLE_FIELDS; publishing stamps today's date if none is set. With
    `expected_revision`, refused (ClaimChangedError) if the claim moved on since."""
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise InputError("field", f"cannot set {', '.join(sorted(unknown))}")
    claim = get_claim(store, claim_id)
    clean = {f: _clean(f, v, store) for f, v in fields.items()}
    if clean.get("status") == "published" and not (
        clean.get("date_published") or claim.review.date_published
    ):
        clean["date_published"] = date.today().isoformat()
    with store.write():
        _expect(store, claim_id, expected_revision)
        for field, value in clean.items():
            repo.set_claim_field(store, claim_id, field, value)
        if any(f in clean for f in OUR_OWN_WORDS):
            repo.adopt_review(store, claim_id)
        if clean.get("status") == "published":
            from annotator.services.exporting import freeze_page

            freeze_page(store, claim.article_id)
        revision = _revision(store, claim_id)
    return Changes(articles={claim.article_id}, claims={claim_id}, revisions=revision)


def delete_claim(
    store: Store, *, claim_id: int, expected_revision: int | None = None
) -> tuple[Claim, Changes]:
    """Delete a claim; returns it whole so that undo can restore it."""
    claim = get_claim(store, claim_id)
    with store.write():
        _expect(store, claim_id, expected_revision)
        repo.delete_claim(store, claim_id)
    return claim, Changes(articles={claim.article_id}, removed_claims={claim_id})


def restore_claim(store: Store, claim: Claim) -> Changes:
    """Put back a deleted claim with its id, review and sources (undo)."""
    assert claim.id is not None
    with store.write():
        repo.insert_claim(store, replace(claim, sources=list(claim.sources)))
    return Changes(articles={claim.article_id}, claims={claim.id})


def add_source(
    store: Store,
    *,
    claim_id: int,
    url: str,
    title: str | None = None,
    publisher: str | None = None,
    date: str | None = None,
    quote: str | None = None,
    source_id: int | None = None,
    position: int | None = None,
    expected_revision: int | None = None,
) -> tuple[Source, Changes]:
    claim = get_claim(store, claim_id)
    source = _source(url, title=title, publisher=publisher, date=date, quote=quote)
    source.id = source_id
    with store.write():
        _expect(store, claim_id, expected_revision)
        source.id = repo.insert_source(store, claim_id, source, position=position)
        revision = _revision(store, claim_id)
    return source, Changes(articles={claim.article_id}, claims={claim_id}, revisions=revision)


def update_source(
    store: Store, *, source_id: int, expected_revision: int | None = None, **fields: Any
) -> Changes:
    found = repo.get_source(store, source_id)
    if found is None:
        raise InputError(f"source {source_id}", "no such source")
    claim_id, _position, current = found
    merged = {f: getattr(current, f) for f in SOURCE_FIELDS if f != "url"}
    url = fields.pop("url", current.url)
    unknown = set(fields) - set(merged)
    if unknown:
        raise InputError("source field", f"cannot set {', '.join(sorted(unknown))}")
    merged.update(fields)
    source = _source(url, **merged)
    source.id = source_id
    with store.write():
        _expect(store, claim_id, expected_revision)
        repo.update_source(store, source)
        revision = _revision(store, claim_id)
    claim = get_claim(store, claim_id)
    return Changes(articles={claim.article_id}, claims={claim_id}, revisions=revision)


def remove_source(
    store: Store, *, source_id: int, expected_revision: int | None = None
) -> tuple[int, int, Source, Changes]:
    """Remove a source; returns (claim_id, position, source) so undo can put it back."""
    found = repo.get_source(store, source_id)
    if found is None:
        raise InputError(f"source {source_id}", "no such source")
    claim_id, position, source = found
    with store.write():
        _expect(store, claim_id, expected_revision)
        repo.delete_source(store, source_id)
        revision = _revision(store, claim_id)
    claim = get_claim(store, claim_id)
    changes = Changes(articles={claim.article_id}, claims={claim_id}, revisions=revision)
    return claim_id, position, source, changes


def accept_anchor(
    store: Store, *, claim_id: int, start: int | None = None, end: int | None = None
) -> Changes:
    """The user accepts a proposed place: the claim now quotes the text found there.

    This is the only way a `needs-review` claim becomes certain again (a new
    version never promotes it: domain.anchoring.follow). `start`/`end`, when
    given, are the proposal the user was shown: if a newer version of the
    article was imported since and the proposal is no longer that, nothing is
    accepted. The check and the write are one transaction.
    """
    with store.write():
        claim = get_claim(store, claim_id)
        if claim.anchor != NEEDS_REVIEW or claim.start is None or claim.end is None:
            raise InputError(f"claim {claim_id}", "has no proposed place to accept")
        if (start is not None or end is not None) and (start, end) != (claim.start, claim.end):
            raise InputError(
                f"claim {claim_id}",
                "its proposed place changed since it was shown (a newer version of the "
                "article was imported): look at it again",
            )
        return move_claim(store, claim_id=claim_id, start=claim.start, end=claim.end)


def reject_anchor(store: Store, *, claim_id: int) -> Changes:
    """The user rejects a proposed place: the claim is an orphan until marked again."""
    with store.write():
        claim = get_claim(store, claim_id)
        if claim.anchor != NEEDS_REVIEW:
            raise InputError(f"claim {claim_id}", "has no proposed place to reject")
        return set_anchor_state(store, replace(claim, start=None, end=None, anchor=ORPHAN))


def move_claim(store: Store, *, claim_id: int, start: int, end: int) -> Changes:
    """Anchor a claim (e.g. an orphan) on a span the user selected; its review is kept."""
    with store.write():
        claim = get_claim(store, claim_id)
        article = get_article(store, claim.article_id)
        if not (0 <= start < end <= len(article.body)) or not article.body[start:end].strip():
            raise InputError("span", f"[{start}, {end}) is not a non-blank span of the article")
        sel = selector_for(article.body, start, end)
        moved = replace(
            claim, start=start, end=end, exact=sel.exact, prefix=sel.prefix, suffix=sel.suffix,
            anchor="exact",
        )  # fmt: skip
        return set_anchor_state(store, moved)


def set_anchor_state(store: Store, claim: Claim) -> Changes:
    """Put back a claim's whole anchor as it was (undo of accept/reject/move).

    Refused when the claim has followed a newer version of its article since:
    its old offsets and state belong to a text that is no longer the latest.
    """
    assert claim.id is not None
    with store.write():
        current = get_claim(store, claim.id)
        if current.article_id != claim.article_id:
            raise InputError(
                f"claim {claim.id}",
                f"has moved to a newer version of its article (article {current.article_id}) "
                "since; its place there cannot be set from the older one",
            )
        if claim.anchor in (EXACT, MOVED):
            body = get_article(store, claim.article_id).body
            if (
                claim.start is None
                or claim.end is None
                or body[claim.start : claim.end] != claim.exact
            ):
                raise ValueError(f"claim {claim.id}: a certain anchor must point at its quote")
        repo.set_claim_anchor(
            store,
            claim.id,
            article_id=claim.article_id,
            start=claim.start,
            end=claim.end,
            exact=claim.exact,
            prefix=claim.prefix,
            suffix=claim.suffix,
            anchor=claim.anchor,
        )
    return Changes(articles={claim.article_id}, claims={claim.id})
