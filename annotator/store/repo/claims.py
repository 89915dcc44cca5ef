"""Claims with their review and sources: read, insert, change, delete."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from annotator.domain.model import Claim, Source
from annotator.store.base import Store
from annotator.store.repo.rows import (
    CLAIM_FIELDS,
    CLAIM_SELECT,
    REVIEW_FIELDS,
    SOURCE_FIELDS,
    claim_from_row,
    id_ok,
    now,
)


def _sources_for(store: Store, claim_ids: list[int]) -> dict[int, list[Source]]:
    found: dict[int, list[Source]] = {cid: [] for cid in claim_ids}
    for chunk_start in range(0, len(claim_ids), 500):
        chunk = claim_ids[chunk_start : chunk_start + 500]
        marks = ",".join("?" * len(chunk))
        for row in store.query(
            f"SELECT * FROM sources WHERE claim_id IN ({marks}) ORDER BY claim_id, position",
            chunk,
        ):
            found[row["claim_id"]].append(
                Source(
                    id=row["id"],
                    url=row["url"],
                    title=row["title"],
                    publisher=row["publisher"],
                    date=row["date"],
                    quote=row["quote"],
                )
            )
    return found


def _claims(store: Store, where: str, params: Iterable[Any]) -> list[Claim]:
    rows = list(
        store.query(
            f"{CLAIM_SELECT} {where} ORDER BY c.article_id, c.start IS NULL, c.start, c.id",
            list(params),
        )
    )
    sources = _sources_for(store, [r["id"] for r in rows])
    return [claim_from_row(r, sources[r["id"]]) for r in rows]


def get_claim(store: Store, claim_id: int) -> Claim | None:
    if not id_ok(claim_id):
        return None
    found = _claims(store, "WHERE c.id = ?", [claim_id])
    return found[0] if found else None


def claims_for_article(store: Store, article_id: int) -> list[Claim]:
    if not id_ok(article_id):
        return []
    return _claims(store, "WHERE c.article_id = ?", [article_id])


def list_claims(store: Store, *, status: str | None = None) -> list[Claim]:
    if status:
        return _claims(store, "WHERE r.status = ?", [status])
    return _claims(store, "", [])


def insert_claim(store: Store, claim: Claim) -> int:
    """Insert a claim with its review and sources; keeps claim.id if it is set (undo)."""
    created = claim.created_at or now()
    claim_id = store.insert(
        "claims",
        {
            "id": claim.id, "article_id": claim.article_id, "start": claim.start,
            "end": claim.end, "exact": claim.exact, "prefix": claim.prefix,
            "suffix": claim.suffix, "anchor": claim.anchor, "claimant": claim.claimant,
            "claim_date": claim.claim_date, "created_at": created,
            # A claim put back (undo) goes on from its revision; the server's trigger
            # sets these itself on PostgreSQL.
            "revision": claim.revision + 1 if claim.id is not None else 1,
            "updated_by": store.user, "updated_at": now(),
        },
    )  # fmt: skip
    r = claim.review
    store.insert(
        "reviews",
        {
            "claim_id": claim_id, "verdict": r.verdict, "claim_reviewed": r.claim_reviewed,
            "explanation": r.explanation, "correction": r.correction, "status": r.status,
            "date_published": r.date_published, "updated_at": r.updated_at or now(),
        },
        returning=None,
    )  # fmt: skip
    for position, source in enumerate(claim.sources):
        insert_source(store, claim_id, source, position=position, with_claim=True)
    return claim_id


def touch(store: Store, claim_id: int) -> None:
    """A change of the claim, its review or its sources: its revision grows, its author
    and time are recorded. (PostgreSQL's triggers do this on the server, whoever writes.)"""
    if store.dialect == "sqlite":
        store.execute(
            "UPDATE claims SET revision = revision + 1, updated_by = ?, updated_at = ?"
            " WHERE id = ?",
            (store.user, now(), claim_id),
        )


def revision_of(store: Store, claim_id: int, *, lock: bool = False) -> tuple[int, str, str] | None:
    """(revision, updated_by, updated_at) of a claim; with `lock`, inside a write, held
    until it ends (no other desk changes the claim between the check and the write)."""
    if not id_ok(claim_id):
        return None
    locked = " FOR UPDATE" if lock and store.dialect == "postgresql" else ""
    row = store.execute(
        f"SELECT revision, updated_by, updated_at FROM claims WHERE id = ?{locked}", (claim_id,)
    ).fetchone()
    return (row[0], row[1], row[2]) if row else None


def delete_claim(store: Store, claim_id: int) -> None:
    store.execute("DELETE FROM claims WHERE id = ?", (claim_id,))


def set_claim_field(store: Store, claim_id: int, field: str, value: Any) -> None:
    if field in CLAIM_FIELDS:
        store.execute(f"UPDATE claims SET {field} = ? WHERE id = ?", (value, claim_id))
    elif field in REVIEW_FIELDS:
        store.execute(
            f"UPDATE reviews SET {field} = ?, updated_at = ? WHERE claim_id = ?",
            (value, now(), claim_id),
        )
    else:
        raise ValueError(f"claim field {field!r} cannot be changed")
    touch(store, claim_id)


def set_claim_anchor(
    store: Store,
    claim_id: int,
    *,
    article_id: int,
    start: int | None,
    end: int | None,
    exact: str,
    prefix: str,
    suffix: str,
    anchor: str,
) -> None:
    store.execute(
        'UPDATE claims SET article_id = ?, start = ?, "end" = ?, exact = ?, prefix = ?,'
        " suffix = ?, anchor = ? WHERE id = ?",
        (article_id, start, end, exact, prefix, suffix, anchor, claim_id),
    )
    touch(store, claim_id)


def insert_source(
    store: Store,
    claim_id: int,
    source: Source,
    *,
    position: int | None = None,
    with_claim: bool = False,
) -> int:
    """Add a source to a claim (`with_claim`: as part of the claim's own creation)."""
    if position is None:
        position = store.execute(
            "SELECT coalesce(max(position) + 1, 0) FROM sources WHERE claim_id = ?", (claim_id,)
        ).fetchone()[0]
    if not with_claim:
        touch(store, claim_id)
    return store.insert(
        "sources",
        {
            "id": source.id, "claim_id": claim_id, "position": position, "url": source.url,
            "title": source.title, "publisher": source.publisher, "date": source.date,
            "quote": source.quote,
        },
    )  # fmt: skip


def get_source(store: Store, source_id: int) -> tuple[int, int, Source] | None:
    """(claim_id, position, source) or None."""
    if not id_ok(source_id):
        return None
    rows = list(store.query("SELECT * FROM sources WHERE id = ?", [source_id]))
    if not rows:
        return None
    row = rows[0]
    source = Source(**{f: row[f] for f in SOURCE_FIELDS}, id=row["id"])
    return row["claim_id"], row["position"], source


def update_source(store: Store, source: Source) -> None:
    store.execute(
        "UPDATE sources SET url = ?, title = ?, publisher = ?, date = ?, quote = ? WHERE id = ?",
        (source.url, source.title, source.publisher, source.date, source.quote, source.id),
    )
    owner = store.execute("SELECT claim_id FROM sources WHERE id = ?", (source.id,)).fetchone()
    if owner:
        touch(store, owner[0])


def delete_source(store: Store, source_id: int) -> None:
    owner = store.execute("SELECT claim_id FROM sources WHERE id = ?", (source_id,)).fetchone()
    store.execute("DELETE FROM sources WHERE id = ?", (source_id,))
    if owner:
        touch(store, owner[0])


def claim_summaries(store: Store, ids: list[int]) -> dict[int, dict[str, Any]]:
    """claim id -> article_id, quote, verdict and provenance, without sources."""
    found: dict[int, dict[str, Any]] = {}
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start : chunk_start + 500]
        marks = ",".join("?" * len(chunk))
        for row in store.query(
            "SELECT c.id, c.article_id, c.exact, c.claimant, c.claim_date, r.verdict,"
            " r.claim_reviewed, r.status, r.date_published, r.review_url, r.rating_label,"
            " r.reviewed_by FROM claims c JOIN reviews r ON r.claim_id = c.id"
            f" WHERE c.id IN ({marks})",
            chunk,
        ):
            found[row["id"]] = row
    return found


def count_rated_claims(store: Store, article_id: int | None = None) -> tuple[int, int, int]:
    """Claims with a verdict: (all, published, of `article_id`)."""
    row = store.execute(
        "SELECT count(*), coalesce(sum(CASE WHEN r.status = 'published' THEN 1 ELSE 0 END), 0),"
        " coalesce(sum(CASE WHEN c.article_id = ? THEN 1 ELSE 0 END), 0)"
        " FROM claims c JOIN reviews r ON r.claim_id = c.id WHERE r.verdict IS NOT NULL",
        (article_id,),
    ).fetchone()
    return int(row[0]), int(row[1]), int(row[2])


def claim_id_taken(store: Store, claim_id: int) -> bool:
    row = store.execute("SELECT 1 FROM claims WHERE id = ?", (claim_id,)).fetchone()
    return row is not None


def next_claim_id(store: Store) -> int:
    return store.execute("SELECT coalesce(max(id), 0) + 1 FROM claims").fetchone()[0]
