"""The window's lists: pages of latest articles with their claim counts, status and
verdicts, filtered; where an article sits in them; lean claim rows for big articles."""

from __future__ import annotations

from typing import Any

from annotator.store.base import Store

# An article's status is that of its least advanced claim (0 draft, 1 in review,
# 2 published); an article is "published" only when every claim in it is.
STATUS_RANK = {"draft": 0, "in-review": 1, "published": 2}
_STATUS_SQL = (
    "(SELECT min(CASE r.status WHEN 'draft' THEN 0 WHEN 'in-review' THEN 1 ELSE 2 END)"
    " FROM claims c JOIN reviews r ON r.claim_id = c.id WHERE c.article_id = a.id)"
)
_COUNT_SQL = "(SELECT count(*) FROM claims c WHERE c.article_id = a.id)"
_VERDICTS_SQL = (
    "(SELECT {concat}(coalesce(r.verdict, ''), ' ') FROM claims c"
    " JOIN reviews r ON r.claim_id = c.id WHERE c.article_id = a.id)"
)
_SELECT_SQL = (
    f"SELECT a.id, a.title, a.published, {_COUNT_SQL}, {_STATUS_SQL}, {_VERDICTS_SQL},"
    " a.assigned_to FROM articles a"
)
_SELECT = {
    "sqlite": _SELECT_SQL.replace("{concat}", "group_concat"),
    "postgresql": _SELECT_SQL.replace("{concat}", "string_agg"),
}
# The articles_latest index (superseded_by, published) gives this order
# without sorting; NULL dates come last.
_ORDER = " ORDER BY a.published DESC NULLS LAST, a.id DESC"

Row = tuple[int, str, str | None, int, int | None, str | None, str | None]
"""(id, title, published, claim count, status rank or None, verdict keys joined by ' ',
who has it)."""


def _where(
    *, verdict: str | None = None, no_verdict: bool = False, status: str | None = None,
    no_claims: bool = False, assigned_to: str | None = None,
) -> tuple[str, list[Any]]:  # fmt: skip
    clauses = ["a.superseded_by IS NULL"]
    params: list[Any] = []
    if assigned_to is not None:
        clauses.append("a.assigned_to = ?")
        params.append(assigned_to)
    if no_verdict:
        clauses.append(
            "EXISTS (SELECT 1 FROM claims c JOIN reviews r ON r.claim_id = c.id"
            " WHERE c.article_id = a.id AND r.verdict IS NULL)"
        )
    elif verdict is not None:
        clauses.append(
            "EXISTS (SELECT 1 FROM claims c JOIN reviews r ON r.claim_id = c.id"
            " WHERE c.article_id = a.id AND r.verdict = ?)"
        )
        params.append(verdict)
    if no_claims:
        clauses.append("NOT EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id)")
    elif status is not None:
        if status not in STATUS_RANK:
            raise ValueError(f"unknown status {status!r}")
        clauses.append(f"{_STATUS_SQL} = ?")
        params.append(STATUS_RANK[status])
    return " AND ".join(clauses), params


def count_listed(store: Store, **flt: Any) -> int:
    where, params = _where(**flt)
    return store.execute(f"SELECT count(*) FROM articles a WHERE {where}", params).fetchone()[0]


def list_page(store: Store, *, limit: int, offset: int, **flt: Any) -> list[Row]:
    """One page of latest article versions, newest first."""
    where, params = _where(**flt)
    return store.execute(
        f"{_SELECT[store.dialect]} WHERE {where}{_ORDER} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()


def rows_by_id(store: Store, ids: set[int] | list[int]) -> list[Row]:
    """Rows for some articles, whatever the filter."""
    if not ids:
        return []
    id_set, param = store.id_set(ids)
    return store.execute(f"{_SELECT[store.dialect]} WHERE a.id IN {id_set}", [param]).fetchall()


def first_listed(store: Store, ids: set[int] | list[int], **flt: Any) -> int | None:
    """Of some articles, the one the filtered list shows first (one query)."""
    if not ids:
        return None
    where, params = _where(**flt)
    id_set, param = store.id_set(ids)
    found = store.execute(
        f"SELECT a.id FROM articles a WHERE {where} AND a.id IN {id_set}{_ORDER} LIMIT 1",
        [*params, param],
    ).fetchone()
    return found[0] if found else None


def position(store: Store, article_id: int, **flt: Any) -> int:
    """Row of an article in the filtered list, or -1 when the filter hides it."""
    where, params = _where(**flt)
    found = store.execute(
        f"SELECT a.published, a.id FROM articles a WHERE {where} AND a.id = ?",
        [*params, article_id],
    ).fetchone()
    if found is None:
        return -1
    published, _ = found
    # Rows before it in the list order: a newer date, or the same date and a higher id.
    if published is None:
        before = "(a.published IS NOT NULL OR a.id > ?)"
        extra: list[Any] = [article_id]
    else:
        before = "(a.published > ? OR (a.published = ? AND a.id > ?))"
        extra = [published, published, article_id]
    return store.execute(
        f"SELECT count(*) FROM articles a WHERE {where} AND {before}", [*params, *extra]
    ).fetchone()[0]


def claim_rows(
    store: Store, article_id: int, ids: set[int] | None = None
) -> list[tuple[int, int | None, int | None, str | None, str, str, str, str | None]]:
    """(id, start, end, verdict, exact, status, anchor, correction) of one article's claims
    (or only `ids` of them), in text order, orphans last."""
    sql = (
        'SELECT c.id, c.start, c."end", r.verdict, c.exact, r.status, c.anchor, r.correction'
        " FROM claims c JOIN reviews r ON r.claim_id = c.id WHERE c.article_id = ?"
    )
    params: list[Any] = [article_id]
    if ids is not None:
        id_set, param = store.id_set(ids)
        # `+article_id`: look the ids up, not every claim of the article (thousands).
        sql = sql.replace("WHERE c.article_id", "WHERE +c.article_id") + f" AND c.id IN {id_set}"
        params.append(param)
    return store.execute(sql + " ORDER BY c.start IS NULL, c.start, c.id", params).fetchall()


def claim_briefs(store: Store, article_id: int) -> list[tuple[int, int | None, int | None, Any]]:
    """(id, start, end, verdict) of every claim of one article, in text order, orphans
    last: one lean query for thousands of claims."""
    rows = store.execute(
        'SELECT c.id, c.start, c."end", r.verdict FROM claims c JOIN reviews r'
        " ON r.claim_id = c.id WHERE c.article_id = ? ORDER BY c.start, c.id",
        (article_id,),
    ).fetchall()
    # The claims_article index gives this order without a sort, orphans (NULL) first.
    orphans = 0
    while orphans < len(rows) and rows[orphans][1] is None:
        orphans += 1
    return rows[orphans:] + rows[:orphans] if orphans else rows


def anchor_counts(store: Store, article_ids: list[int]) -> list[tuple[int, int, int]]:
    """(article id, needs-review claims, orphan claims) of the articles given that have any."""
    if not article_ids:
        return []
    id_set, param = store.id_set(article_ids)
    return store.execute(
        "SELECT article_id, sum(CASE WHEN anchor = 'needs-review' THEN 1 ELSE 0 END),"
        " sum(CASE WHEN anchor = 'orphan' THEN 1 ELSE 0 END) FROM claims"
        f" WHERE article_id IN {id_set} AND anchor IN ('needs-review', 'orphan')"
        " GROUP BY article_id",
        [param],
    ).fetchall()


def claims_in_state(store: Store, article_id: int, anchor: str) -> set[int]:
    """Ids of an article's claims in one anchor state."""
    rows = store.execute(
        "SELECT id FROM claims WHERE article_id = ? AND anchor = ?", (article_id, anchor)
    )
    return {claim_id for (claim_id,) in rows}


def claim_owners(store: Store, claim_ids: list[int]) -> dict[int, int]:
    """claim id -> its article's id."""
    if not claim_ids:
        return {}
    id_set, param = store.id_set(claim_ids)
    return dict(store.execute(f"SELECT id, article_id FROM claims WHERE id IN {id_set}", [param]))
