"""Full-text search: the best rows of each index, with snippets."""

from __future__ import annotations

from typing import Any

from annotator.domain.text import snippet_around_first_hit
from annotator.store.base import Store

# Column weights for bm25, in each table's column order: a hit in a title or a
# claim's wording counts more than one deep in a body.
_FTS = {
    "articles_fts": (10.0, 1.0),
    "claims_fts": (5.0, 4.0, 2.0, 1.0, 2.0),
    "external_reviews_fts": (5.0, 2.0, 2.0, 1.0),
}

_FTS_COLUMNS = {
    "articles_fts": ("title", "body"),
    "claims_fts": ("quote", "claim_reviewed", "explanation", "correction", "claimant"),
    "external_reviews_fts": ("claim_reviewed", "claimant", "publisher", "rating_label"),
}

# FTS5's snippet() scores every window around every hit: on a long text with many
# hits it is quadratic (45 s for one 4 MB article). Above this many characters a
# row's snippet is made in Python around its first hit instead (linear).
SNIPPET_MAX_CHARS = 64 * 1024


def fts_hits(
    store: Store,
    table: str,
    match: str,
    limit: int,
    *,
    mark: tuple[str, str] | None = None,
    tokens: int = 16,
    terms: list[str] | None = None,
) -> list[tuple[int, float, str | None]]:
    """(rowid, bm25, snippet) of the best rows of one index; lower bm25 is better.

    FTS5 sorts by its own `rank` and the LIMIT stops it early, so snippets are
    made for the rows returned only. Articles are limited to latest versions.
    `terms` (folded words of the query) make the snippets of long rows.
    """
    if table not in _FTS:
        raise ValueError(f"not a full-text index: {table!r}")
    rank = f"bm25({', '.join(str(w) for w in _FTS[table])})"
    size = " + ".join(f"coalesce(length({c}), 0)" for c in _FTS_COLUMNS[table])
    snippet = (
        f"CASE WHEN {size} <= {SNIPPET_MAX_CHARS} THEN snippet({table}, -1, ?, ?, '…', ?) END"
        if mark
        else "NULL"
    )
    latest = (
        " AND rowid NOT IN (SELECT id FROM articles WHERE superseded_by IS NOT NULL)"
        if table == "articles_fts"
        else ""
    )
    params: list[Any] = [mark[0], mark[1], tokens] if mark else []
    params += [match, rank, limit]
    rows = [
        (r[0], r[1], r[2])
        for r in store.execute(
            f"SELECT rowid, rank, {snippet} FROM {table}"
            f" WHERE {table} MATCH ? AND rank MATCH ?{latest} ORDER BY rank LIMIT ?",
            params,
        )
    ]
    if mark and terms:
        long_rows = [rowid for rowid, _score, text in rows if text is None]
        if long_rows:
            made = _long_snippets(store, table, long_rows, terms, mark)
            rows = [(r, score, made.get(r, text)) for r, score, text in rows]
    return rows


def _long_snippets(
    store: Store, table: str, rowids: list[int], terms: list[str], mark: tuple[str, str]
) -> dict[int, str]:
    columns = _FTS_COLUMNS[table]
    made: dict[int, str] = {}
    for rowid in rowids:
        row = store.execute(
            f"SELECT {', '.join(columns)} FROM {table} WHERE rowid = ?", (rowid,)
        ).fetchone()
        for text in row or ():
            found = snippet_around_first_hit(text or "", terms, mark)
            if found:
                made[rowid] = found
                break
    return made


def fts_top(store: Store, table: str, match: str, limit: int) -> list[tuple[int, float]]:
    """(rowid, bm25) of the best rows of one index; lower bm25 is better."""
    return [(rowid, score) for rowid, score, _ in fts_hits(store, table, match, limit)]
