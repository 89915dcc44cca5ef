"""Read-only queries on anchor states: which claims and articles need the user's eye."""

from __future__ import annotations

import json
from typing import NamedTuple

from annotator.store import Store

NEEDS_REVIEW, ORPHAN = "needs-review", "orphan"


class AnchorCounts(NamedTuple):
    """Claims of one article whose place the user must settle."""

    needs_review: int = 0  # a proposed place, to accept or reject
    orphans: int = 0  # no longer found in the text


NONE = AnchorCounts()


def anchor_counts(store: Store, article_ids: list[int]) -> dict[int, AnchorCounts]:
    """Per article (of those given, that have any): its needs-review and orphan claims.

    One query for a page of articles; the claims_article index finds each one's claims.
    """
    if not article_ids:
        return {}
    rows = store.conn.execute(
        "SELECT article_id, sum(anchor = ?), sum(anchor = ?) FROM claims"
        " WHERE article_id IN (SELECT value FROM json_each(?)) AND anchor IN (?, ?)"
        " GROUP BY article_id",
        (NEEDS_REVIEW, ORPHAN, json.dumps(article_ids), NEEDS_REVIEW, ORPHAN),
    )
    return {article_id: AnchorCounts(review, orphans) for article_id, review, orphans in rows}


def claims_in_state(store: Store, article_id: int, anchor: str = NEEDS_REVIEW) -> set[int]:
    """Ids of an article's claims in one anchor state (needs-review by default)."""
    rows = store.conn.execute(
        "SELECT id FROM claims WHERE article_id = ? AND anchor = ?", (article_id, anchor)
    )
    return {claim_id for (claim_id,) in rows}
