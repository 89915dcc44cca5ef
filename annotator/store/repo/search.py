"""Full-text search: the best rows of each index, ranked, with snippets, on either engine.

An index is named by what it holds: "articles" (title, body; latest versions
only), "claims" (the quote and the review's words), "reviews" (other
fact-checkers' reviews). A query is words, never the engine's syntax: every
word must appear (or any word), accents and case ignored, words of three
characters or more also as the start of a longer word.
"""

from __future__ import annotations

from typing import Any

from annotator.domain.text import snippet_around_first_hit
from annotator.store.base import Store
from annotator.store.repo.search_query import INDEXES, PREFIX_FROM, SNIPPET_MAX_CHARS, Query

__all__ = ["INDEXES", "PREFIX_FROM", "SNIPPET_MAX_CHARS", "Query", "fts_hits", "fts_top"]


# --- SQLite: FTS5 ----------------------------------------------------------------------

# bm25 weights in each FTS5 table's column order: a hit in a title or a claim's
# wording counts more than one deep in a body.
_FTS5 = {
    "articles": ("articles_fts", ("title", "body"), (10.0, 1.0)),
    "claims": (
        "claims_fts",
        ("quote", "claim_reviewed", "explanation", "correction", "claimant"),
        (5.0, 4.0, 2.0, 1.0, 2.0),
    ),
    "reviews": (
        "external_reviews_fts",
        ("claim_reviewed", "claimant", "publisher", "rating_label"),
        (5.0, 2.0, 2.0, 1.0),
    ),
}


def _fts5_match(query: Query) -> str:
    joiner = " OR " if query.any_word else " "
    return joiner.join(
        f'"{w}"' + ("*" if query.prefix and len(w) >= PREFIX_FROM else "") for w in query.words
    )


def _sqlite_hits(
    store: Store, index: str, query: Query, limit: int, mark: tuple[str, str] | None, tokens: int
) -> list[tuple[int, float, str | None]]:
    table, columns, weights = _FTS5[index]
    rank = f"bm25({', '.join(str(w) for w in weights)})"
    size = " + ".join(f"coalesce(length({c}), 0)" for c in columns)
    snippet = (
        f"CASE WHEN {size} <= {SNIPPET_MAX_CHARS} THEN snippet({table}, -1, ?, ?, '…', ?) END"
        if mark
        else "NULL"
    )
    latest = (
        " AND rowid NOT IN (SELECT id FROM articles WHERE superseded_by IS NOT NULL)"
        if index == "articles"
        else ""
    )
    params: list[Any] = [mark[0], mark[1], tokens] if mark else []
    params += [_fts5_match(query), rank, limit]
    return [
        (r[0], r[1], r[2])
        for r in store.execute(
            f"SELECT rowid, rank, {snippet} FROM {table}"
            f" WHERE {table} MATCH ? AND rank MATCH ?{latest} ORDER BY rank LIMIT ?",
            params,
        )
    ]


def _sqlite_texts(store: Store, index: str, rowid: int) -> tuple[str | None, ...]:
    table, columns, _ = _FTS5[index]
    row = store.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE rowid = ?", (rowid,))
    return tuple(row.fetchone() or ())


# --- the same questions on either engine -------------------------------------------------


def _engine(store: Store) -> Any:
    if store.dialect == "postgresql":
        from annotator.store.repo import search_pg

        return search_pg
    return None


def fts_hits(
    store: Store,
    index: str,
    query: Query,
    limit: int,
    *,
    mark: tuple[str, str] | None = None,
    tokens: int = 16,
) -> list[tuple[int, float, str | None]]:
    """(id, score, snippet) of the best rows of one index, best first; a lower score is
    better. Snippets (when `mark` is given) hold the matching words between the marks."""
    if index not in INDEXES:
        raise ValueError(f"not a full-text index: {index!r}")
    if not query.words or limit <= 0:
        return []
    pg = _engine(store)
    if pg is not None:
        rows = pg.hits(store, index, query, limit, mark, tokens, SNIPPET_MAX_CHARS)
    else:
        rows = _sqlite_hits(store, index, query, limit, mark, tokens)
    if mark:
        long_rows = [rowid for rowid, _score, text in rows if text is None]
        if long_rows:
            made = _long_snippets(store, index, long_rows, query.folded(), mark)
            rows = [(r, score, made.get(r, text)) for r, score, text in rows]
    return rows


def _long_snippets(
    store: Store, index: str, rowids: list[int], terms: list[str], mark: tuple[str, str]
) -> dict[int, str]:
    pg = _engine(store)
    made: dict[int, str] = {}
    for rowid in rowids:
        texts = (
            pg.texts(store, index, rowid) if pg is not None else _sqlite_texts(store, index, rowid)
        )
        for text in texts:
            found = snippet_around_first_hit(text or "", terms, mark)
            if found:
                made[rowid] = found
                break
    return made


def fts_top(store: Store, index: str, query: Query, limit: int) -> list[tuple[int, float]]:
    """(id, score) of the best rows of one index; lower is better."""
    return [(rowid, score) for rowid, score, _ in fts_hits(store, index, query, limit)]


def articles_with_phrase(store: Store, text: str, *, limit: int = 20) -> list[int]:
    """Ids of latest article versions holding the words of `text` in a row (the last
    one possibly cut short: a prefix), best first."""
    pg = _engine(store)
    if pg is not None:
        return pg.articles_with_phrase(store, text, limit)
    rows = store.execute(
        "SELECT a.id FROM articles_fts f JOIN articles a ON a.id = f.rowid"
        " WHERE articles_fts MATCH ? AND a.superseded_by IS NULL"
        " ORDER BY bm25(articles_fts) LIMIT ?",
        ['"' + text.replace('"', '""') + '"*', limit],
    )
    return [r[0] for r in rows]
