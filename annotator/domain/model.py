"""Plain records of the domain: articles, claims, their reviews and sources."""

from __future__ import annotations

from dataclasses import dataclass, field

ANCHOR_STATES = ("exact", "moved", "needs-review", "orphan")
STATUSES = ("draft", "in-review", "published")


@dataclass
class Article:
    """A news article as imported: the body never changes once stored."""

    title: str
    body: str
    url: str | None = None
    published: str | None = None  # ISO 8601, possibly partial ("2019-11")
    author: str | None = None
    language: str | None = None
    origin: str | None = None  # the file or feed it came from
    fact_check_url: str | None = None  # where the publisher puts the check
    id: int | None = None
    version: int = 1
    previous_id: int | None = None  # the version this one replaces
    imported_at: str | None = None
    assigned_to: str | None = None  # who checks it ("à vérifier par")


@dataclass
class Source:
    """A document that backs a review; only http(s) URLs are accepted."""

    url: str
    title: str | None = None
    publisher: str | None = None
    date: str | None = None
    quote: str | None = None
    id: int | None = None


@dataclass
class Review:
    """The fact-checker's verdict on one claim."""

    verdict: str | None = None  # a key of the rating scale
    claim_reviewed: str | None = None  # short restatement; the quote if empty
    explanation: str | None = None
    correction: str | None = None
    status: str = "draft"
    date_published: str | None = None
    updated_at: str | None = None


@dataclass
class Claim:
    """A marked span of an article with its quote selector and its review."""

    article_id: int
    exact: str
    start: int | None  # code points; None when orphaned
    end: int | None
    prefix: str = ""
    suffix: str = ""
    anchor: str = "exact"
    claimant: str | None = None
    claim_date: str | None = None
    review: Review = field(default_factory=Review)
    sources: list[Source] = field(default_factory=list)
    id: int | None = None
    created_at: str | None = None
    # Grows at every change of the claim, its review or its sources: an edit made
    # from an older revision is refused (no lost update). Who made the last one, when.
    revision: int = 1
    updated_by: str | None = None
    updated_at: str | None = None

    @property
    def reviewed_text(self) -> str:
        """What ClaimReview calls `claimReviewed`: the restatement, else the quote."""
        return (self.review.claim_reviewed or "").strip() or " ".join(self.exact.split())
