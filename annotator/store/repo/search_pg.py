"""Full-text search on PostgreSQL: tsvector columns kept by the server, GIN indexes, the
`annotator_search` configuration (accents and case ignored), ts_rank and ts_headline."""

from __future__ import annotations

import re
from typing import Any

from annotator.store.base import Store
from annotator.store.repo.search_query import PREFIX_FROM

# What each index is: the table, its tsvector, the id column, the text columns (for
# snippets, in the order a snippet looks at them), and a filter.
_INDEXES = {
    "articles": ("articles t", "t.fts", "t.id", ("t.title", "t.body"), "t.superseded_by IS NULL"),
    "claims": (
        "claim_search s JOIN claims c ON c.id = s.claim_id"
        " LEFT JOIN reviews r ON r.claim_id = c.id",
        "s.fts",
        "s.claim_id",
        ("c.exact", "r.claim_reviewed", "r.explanation", "r.correction", "c.claimant"),
        "TRUE",
    ),
    "reviews": (
        "external_reviews t",
        "t.fts",
        "t.id",
        ("t.claim_reviewed", "t.claimant", "t.publisher", "t.rating_label"),
        "TRUE",
    ),
}
# ts_rank's weights for D, C, B, A: a title or a claim's wording counts most.
_WEIGHTS = "'{0.1, 0.2, 0.4, 1.0}'"


def _term(word: str, prefix: bool, prefix_from: int) -> str:
    quoted = "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"
    return quoted + (":*" if prefix and len(word) >= prefix_from else "")


def tsquery(query: Any) -> str:
    """to_tsquery's text for a Query: every word (&) or any (|), as prefixes or whole."""
    joiner = " | " if query.any_word else " & "
    return joiner.join(_term(w, query.prefix, PREFIX_FROM) for w in query.words)


def hits(
    store: Store,
    index: str,
    query: Any,
    limit: int,
    mark: tuple[str, str] | None,
    tokens: int,
    snippet_max: int,
) -> list[tuple[int, float, str | None]]:
    table, fts, key, columns, where = _INDEXES[index]
    params: list[Any] = [tsquery(query)]
    snippet = "NULL"
    if mark:
        options = (
            f'StartSel="{mark[0]}", StopSel="{mark[1]}", MaxWords={tokens}, '
            f'MinWords={max(3, tokens // 3)}, MaxFragments=1, FragmentDelimiter="…"'
        )
        # Line breaks as spaces: ts_headline drops them, gluing paragraphs together.
        texts = "translate(" + " || ' ' || ".join(f"coalesce({c}, '')" for c in columns)
        texts += ", chr(10), ' ')"
        size = " + ".join(f"coalesce(length({c}), 0)" for c in columns)
        # Long texts: None here, a snippet made in Python around the first hit instead.
        snippet = (
            f"CASE WHEN {size} <= {snippet_max}"
            f" THEN ts_headline('annotator_search', {texts}, q, ?) END"
        )
        params.append(options)
    rows = store.execute(
        f"SELECT {key}, -ts_rank({_WEIGHTS}, {fts}, q) AS score, {snippet}"
        f" FROM {table}, to_tsquery('annotator_search', ?) q"
        f" WHERE {fts} @@ q AND {where} ORDER BY score, {key} LIMIT ?",
        # The query text comes first in the SQL's order of parameters.
        [params[0], *params[1:], limit] if not mark else [params[1], params[0], limit],
    )
    return [(r[0], float(r[1]), _headline(r[2], mark)) for r in rows]


def _headline(text: str | None, mark: tuple[str, str] | None) -> str | None:
    """ts_headline's fragment, trimmed as FTS5's snippet is (ellipses where it was cut)."""
    if text is None or mark is None:
        return text
    return " ".join(text.split())


def texts(store: Store, index: str, rowid: int) -> tuple[str | None, ...]:
    table, _fts, key, columns, _where = _INDEXES[index]
    row = store.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE {key} = ?", (rowid,))
    return tuple(row.fetchone() or ())


_WORD = re.compile(r"\w+")


def articles_with_phrase(store: Store, text: str, limit: int) -> list[int]:
    words = _WORD.findall(text)
    if not words:
        return []
    phrase = " <-> ".join(_term(w, False, 0) for w in words[:-1])
    last = _term(words[-1], True, 1)
    query = f"{phrase} <-> {last}" if phrase else last
    rows = store.execute(
        "SELECT a.id FROM articles a, to_tsquery('annotator_search', ?) q"
        " WHERE a.fts @@ q AND a.superseded_by IS NULL"
        f" ORDER BY -ts_rank({_WEIGHTS}, a.fts, q), a.id LIMIT ?",
        [query, limit],
    )
    return [r[0] for r in rows]
