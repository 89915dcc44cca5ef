"""Read-only queries for browsing: filtered, paged article rows and lean claim spans."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, NamedTuple

from annotator.domain.model import Claim, Review, Source
from annotator.store import Store

# An article's status is that of its least advanced claim: an article is
# "published" only when every claim in it is.
NO_CLAIMS = "no-claims"
_STATUS_RANK = {"draft": 0, "in-review": 1, "published": 2}
_RANK_STATUS = {v: k for k, v in _STATUS_RANK.items()}
_STATUS_SQL = (
    "(SELECT min(CASE r.status WHEN 'draft' THEN 0 WHEN 'in-review' THEN 1 ELSE 2 END)"
    " FROM claims c JOIN reviews r ON r.claim_id = c.id WHERE c.article_id = a.id)"
)
_COUNT_SQL = "(SELECT count(*) FROM claims c WHERE c.article_id = a.id)"
_VERDICTS_SQL = (
    "(SELECT group_concat(coalesce(r.verdict, ''), ' ') FROM claims c"
    " JOIN reviews r ON r.claim_id = c.id WHERE c.article_id = a.id)"
)
NO_VERDICT = "no-verdict"


@dataclass(frozen=True)
class ArticleFilter:
    """What the article list shows: free text, a verdict key, a status."""

    text: str = ""
    verdict: str | None = None  # a rating key, NO_VERDICT, or None for any
    status: str | None = None  # draft, in-review, published, NO_CLAIMS, or None

    def is_empty(self) -> bool:
        return not self.text.strip() and self.verdict is None and self.status is None


@dataclass(frozen=True)
class ArticleRow:
    id: int
    title: str
    published: str | None
    claims: int
    status: str  # the least advanced claim status, or NO_CLAIMS
    verdicts: tuple[str, ...]  # verdict keys of its claims ('' for none)


def fts_query(text: str) -> str:
    """User words to an FTS5 query: every word must appear, as a prefix."""
    words = re.findall(r"\w+", text)
    return " ".join(f'"{w}"*' for w in words)


def _where(flt: ArticleFilter) -> tuple[str, list[Any]]:
    clauses = ["a.superseded_by IS NULL"]
    params: list[Any] = []
    query = fts_query(flt.text)
    if query:
        clauses.append("a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
        params.append(query)
    elif flt.text.strip():
        clauses.append("0")  # only punctuation: nothing can match
    if flt.verdict == NO_VERDICT:
        clauses.append(
            "EXISTS (SELECT 1 FROM claims c JOIN reviews r ON r.claim_id = c.id"
            " WHERE c.article_id = a.id AND r.verdict IS NULL)"
        )
    elif flt.verdict is not None:
        clauses.append(
            "EXISTS (SELECT 1 FROM claims c JOIN reviews r ON r.claim_id = c.id"
            " WHERE c.article_id = a.id AND r.verdict = ?)"
        )
        params.append(flt.verdict)
    if flt.status == NO_CLAIMS:
        clauses.append("NOT EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id)")
    elif flt.status is not None:
        if flt.status not in _STATUS_RANK:
            raise ValueError(f"unknown status {flt.status!r}")
        clauses.append(f"{_STATUS_SQL} = ?")
        params.append(_STATUS_RANK[flt.status])
    return " AND ".join(clauses), params


def _row(raw: tuple) -> ArticleRow:
    article_id, title, published, claims, rank, verdicts = raw
    return ArticleRow(
        id=article_id,
        title=title,
        published=published,
        claims=claims,
        status=NO_CLAIMS if rank is None else _RANK_STATUS[rank],
        verdicts=tuple(verdicts.split(" ")) if verdicts is not None else (),
    )


_SELECT = (
    f"SELECT a.id, a.title, a.published, {_COUNT_SQL}, {_STATUS_SQL}, {_VERDICTS_SQL}"
    " FROM articles a"
)
# The articles_latest index (superseded_by, published) gives this order
# without sorting; NULL dates come last.
_ORDER = " ORDER BY a.published DESC, a.id DESC"


def count_articles(store: Store, flt: ArticleFilter = ArticleFilter()) -> int:
    where, params = _where(flt)
    return store.conn.execute(f"SELECT count(*) FROM articles a WHERE {where}", params).fetchone()[
        0
    ]


def list_articles(
    store: Store, flt: ArticleFilter = ArticleFilter(), *, limit: int = 200, offset: int = 0
) -> list[ArticleRow]:
    """One page of latest article versions, newest first."""
    where, params = _where(flt)
    rows = store.conn.execute(
        f"{_SELECT} WHERE {where}{_ORDER} LIMIT ? OFFSET ?", [*params, limit, offset]
    ).fetchall()
    return [_row(r) for r in rows]


def article_rows(store: Store, ids: set[int] | list[int]) -> dict[int, ArticleRow]:
    """Fresh rows for some articles (after an edit), whatever the filter."""
    found: dict[int, ArticleRow] = {}
    id_list = list(ids)
    for chunk_start in range(0, len(id_list), 500):
        chunk = id_list[chunk_start : chunk_start + 500]
        marks = ",".join("?" * len(chunk))
        for raw in store.conn.execute(f"{_SELECT} WHERE a.id IN ({marks})", chunk):
            row = _row(raw)
            found[row.id] = row
    return found


def first_listed(
    store: Store, ids: set[int] | list[int], flt: ArticleFilter = ArticleFilter()
) -> int | None:
    """Of some articles, the one the filtered list shows first, or None if it shows none.

    One query however many ids (an import reports thousands): asking each
    article's position would count the list once per article.
    """
    if not ids:
        return None
    where, params = _where(flt)
    found = store.conn.execute(
        f"SELECT a.id FROM articles a WHERE {where}"
        " AND a.id IN (SELECT value FROM json_each(?))"
        f"{_ORDER} LIMIT 1",
        [*params, json.dumps(sorted(ids))],
    ).fetchone()
    return found[0] if found else None


def article_position(store: Store, article_id: int, flt: ArticleFilter = ArticleFilter()) -> int:
    """Row of an article in the filtered list, or -1 when the filter hides it."""
    where, params = _where(flt)
    found = store.conn.execute(
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
    return store.conn.execute(
        f"SELECT count(*) FROM articles a WHERE {where} AND {before}", [*params, *extra]
    ).fetchone()[0]


@dataclass(frozen=True)
class ClaimSpan:
    """What the article view needs to highlight a claim (code points)."""

    id: int
    start: int
    end: int
    verdict: str | None


def claim_spans(store: Store, article_id: int) -> list[ClaimSpan]:
    """The anchored claims of one article, in text order; a lean query for big articles."""
    rows = store.conn.execute(
        'SELECT c.id, c.start, c."end", r.verdict FROM claims c JOIN reviews r'
        " ON r.claim_id = c.id WHERE c.article_id = ? AND c.start IS NOT NULL"
        " ORDER BY c.start, c.id",
        (article_id,),
    ).fetchall()
    return [ClaimSpan(*row) for row in rows]


def article_claims(store: Store, article_id: int) -> list[Claim]:
    """All claims of one article with reviews and sources, in text order (orphans last).

    The same records as the store's claim queries, read as plain tuples: an
    article with thousands of claims opens several times faster.
    """
    rows = store.conn.execute(
        'SELECT c.id, c.article_id, c.exact, c.start, c."end", c.prefix, c.suffix, c.anchor,'
        " c.claimant, c.claim_date, c.created_at, r.verdict, r.claim_reviewed, r.explanation,"
        " r.correction, r.status, r.date_published, r.updated_at"
        " FROM claims c JOIN reviews r ON r.claim_id = c.id WHERE c.article_id = ?"
        " ORDER BY c.start IS NULL, c.start, c.id",
        (article_id,),
    ).fetchall()
    sources: dict[int, list[Source]] = {}
    for claim_id, url, title, publisher, date, quote, source_id in store.conn.execute(
        "SELECT s.claim_id, s.url, s.title, s.publisher, s.date, s.quote, s.id FROM sources s"
        " JOIN claims c ON c.id = s.claim_id WHERE c.article_id = ?"
        " ORDER BY s.claim_id, s.position, s.id",
        (article_id,),
    ):
        sources.setdefault(claim_id, []).append(
            Source(url=url, title=title, publisher=publisher, date=date, quote=quote, id=source_id)
        )
    return [
        Claim(
            id=row[0],
            article_id=row[1],
            exact=row[2],
            start=row[3],
            end=row[4],
            prefix=row[5],
            suffix=row[6],
            anchor=row[7],
            claimant=row[8],
            claim_date=row[9],
            created_at=row[10],
            review=Review(
                verdict=row[11],
                claim_reviewed=row[12],
                explanation=row[13],
                correction=row[14],
                status=row[15],
                date_published=row[16],
                updated_at=row[17],
            ),
            sources=sources.get(row[0], []),
        )
        for row in rows
    ]


class ClaimRow(NamedTuple):
    """A claim as lists and highlights show it; the full record is read when selected."""

    id: int
    start: int | None  # code points; None for an orphan
    end: int | None
    verdict: str | None
    exact: str
    status: str
    anchor: str
    correction: str | None


def claim_rows(store: Store, article_id: int, ids: set[int] | None = None) -> list[ClaimRow]:
    """The claims of one article (or only `ids` of them), in text order, orphans last."""
    sql = (
        'SELECT c.id, c.start, c."end", r.verdict, c.exact, r.status, c.anchor, r.correction'
        " FROM claims c JOIN reviews r ON r.claim_id = c.id WHERE c.article_id = ?"
    )
    params: list[Any] = [article_id]
    if ids is not None:
        id_list = list(ids)[:900]  # refreshes name a few claims; SQLite allows 999 variables
        # `+article_id`: look the ids up, not every claim of the article (thousands).
        sql = sql.replace("WHERE c.article_id", "WHERE +c.article_id")
        sql += f" AND c.id IN ({','.join('?' * len(id_list))})"
        params += id_list
    rows = store.conn.execute(sql + " ORDER BY c.start IS NULL, c.start, c.id", params)
    return list(map(ClaimRow._make, rows))


class ClaimBrief(NamedTuple):
    """Where a claim is and its verdict: enough to highlight it, count it and list it
    before its text is read (`claim_rows` with `ids`, for the rows a list shows)."""

    id: int
    start: int | None  # code points; None for an orphan
    end: int | None
    verdict: str | None


def claim_briefs(store: Store, article_id: int) -> list[tuple[int, int | None, int | None, Any]]:
    """(id, start, end, verdict) of every claim of one article, in text order, orphans
    last: ClaimBrief's fields as plain tuples, one lean query for thousands of claims."""
    rows = store.conn.execute(
        'SELECT c.id, c.start, c."end", r.verdict FROM claims c JOIN reviews r'
        " ON r.claim_id = c.id WHERE c.article_id = ? ORDER BY c.start, c.id",
        (article_id,),
    ).fetchall()
    # The claims_article index gives this order without a sort, orphans (NULL) first.
    orphans = 0
    while orphans < len(rows) and rows[orphans][1] is None:
        orphans += 1
    return rows[orphans:] + rows[:orphans] if orphans else rows
