"""Reviews from elsewhere: where an attached review came from, and external reviews."""

from __future__ import annotations

from typing import Any

from annotator.store.base import Store
from annotator.store.repo.rows import EXTERNAL_REVIEW_FIELDS, id_ok, now


def set_review_provenance(
    store: Store,
    claim_id: int,
    *,
    review_url: str | None,
    rating_label: str | None,
    reviewed_by: str | None,
) -> None:
    """Where an imported review came from, and its verdict label when not on our scale."""
    store.execute(
        "UPDATE reviews SET review_url = ?, rating_label = ?, reviewed_by = ? WHERE claim_id = ?",
        (review_url, rating_label, reviewed_by, claim_id),
    )


def adopt_review(store: Store, claim_id: int) -> None:
    """The review is ours now (we wrote its verdict or words): no other organisation's."""
    store.execute("UPDATE reviews SET reviewed_by = NULL WHERE claim_id = ?", (claim_id,))


def review_provenance(store: Store, claim_ids: list[int]) -> dict[int, dict[str, str | None]]:
    """claim id -> {review_url, rating_label, reviewed_by} for the claims given."""
    found: dict[int, dict[str, str | None]] = {}
    for chunk_start in range(0, len(claim_ids), 500):
        chunk = claim_ids[chunk_start : chunk_start + 500]
        marks = ",".join("?" * len(chunk))
        for claim_id, url, label, by in store.execute(
            "SELECT claim_id, review_url, rating_label, reviewed_by FROM reviews"
            f" WHERE claim_id IN ({marks})",
            chunk,
        ):
            found[claim_id] = {"review_url": url, "rating_label": label, "reviewed_by": by}
    return found


def insert_external_review(store: Store, row: dict[str, Any]) -> tuple[int, bool]:
    """(id, inserted): a review with the same url and claim_reviewed is kept as it is."""
    values = {f: row.get(f) for f in EXTERNAL_REVIEW_FIELDS}
    values["imported_at"] = now()
    new_id = store.insert("external_reviews", values, conflict="ON CONFLICT DO NOTHING")
    if new_id is not None:
        return new_id, True
    existing = store.execute(
        "SELECT id FROM external_reviews"
        " WHERE coalesce(url, '') = ? AND coalesce(claim_reviewed, '') = ?",
        (values["url"] or "", values["claim_reviewed"] or ""),
    ).fetchone()
    return existing[0], False


def get_external_review(store: Store, review_id: int) -> dict[str, Any] | None:
    if not id_ok(review_id):
        return None
    rows = list(store.query("SELECT * FROM external_reviews WHERE id = ?", [review_id]))
    return rows[0] if rows else None


def external_reviews_by_id(store: Store, ids: list[int]) -> dict[int, dict[str, Any]]:
    found: dict[int, dict[str, Any]] = {}
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start : chunk_start + 500]
        marks = ",".join("?" * len(chunk))
        for row in store.query(
            "SELECT id, url, publisher, claim_reviewed, claimant, claim_date, appearance_url,"
            " rating_label, rating_value, best_rating, worst_rating, language, date_published,"
            f" origin FROM external_reviews WHERE id IN ({marks})",
            chunk,
        ):
            found[row["id"]] = row
    return found


def count_external_reviews(store: Store) -> int:
    return store.execute("SELECT count(*) FROM external_reviews").fetchone()[0]
