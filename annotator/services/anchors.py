"""Read-only queries on anchor states: which claims and articles need the user's eye."""

from __future__ import annotations

from typing import NamedTuple

from annotator.domain.anchoring import NEEDS_REVIEW, ORPHAN
from annotator.store import Store
from annotator.store.repo import browse as queries

__all__ = ["NEEDS_REVIEW", "NONE", "ORPHAN", "AnchorCounts", "anchor_counts", "claims_in_state"]


class AnchorCounts(NamedTuple):
    """Claims of one article whose place the user must settle."""

    needs_review: int = 0  # a proposed place, to accept or reject
    orphans: int = 0  # no longer found in the text


NONE = AnchorCounts()


def anchor_counts(store: Store, article_ids: list[int]) -> dict[int, AnchorCounts]:
    """Per article (of those given, that have any): its needs-review and orphan claims.

    One query for a page of articles; the claims_article index finds each one's claims.
    """
    rows = queries.anchor_counts(store, article_ids)
    return {article_id: AnchorCounts(review, orphans) for article_id, review, orphans in rows}


def claims_in_state(store: Store, article_id: int, anchor: str = NEEDS_REVIEW) -> set[int]:
    """Ids of an article's claims in one anchor state (needs-review by default)."""
    return queries.claims_in_state(store, article_id, anchor)
