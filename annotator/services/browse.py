"""Use cases of the window's lists: filtered, paged article rows and lean claim rows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from annotator.store import Store
from annotator.store.repo import browse as queries

NO_CLAIMS = "no-claims"
NO_VERDICT = "no-verdict"
_RANK_STATUS = {rank: status for status, rank in queries.STATUS_RANK.items()}


@dataclass(frozen=True)
class ArticleFilter:
    """What the article list shows: a verdict key, a status (words go to finder.find)."""

    verdict: str | None = None  # a rating key, NO_VERDICT, or None for any
    status: str | None = None  # draft, in-review, published, NO_CLAIMS, or None
    assigned_to: str | None = None  # only the articles someone has ("mes articles")

    def is_empty(self) -> bool:
        return self.verdict is None and self.status is None and self.assigned_to is None

    def terms(self) -> dict[str, Any]:
        """The filter as the store's list queries take it."""
        return {
            "verdict": None if self.verdict == NO_VERDICT else self.verdict,
            "no_verdict": self.verdict == NO_VERDICT,
            "status": None if self.status == NO_CLAIMS else self.status,
            "no_claims": self.status == NO_CLAIMS,
            "assigned_to": self.assigned_to,
        }


@dataclass(frozen=True)
class ArticleRow:
    id: int
    title: str
    published: str | None
    claims: int
    status: str  # the least advanced claim status, or NO_CLAIMS
    verdicts: tuple[str, ...]  # verdict keys of its claims ('' for none)
    assigned_to: str | None = None  # who checks it


def _row(raw: queries.Row) -> ArticleRow:
    article_id, title, published, claims, rank, verdicts, assigned_to = raw
    return ArticleRow(
        id=article_id,
        title=title,
        published=published,
        claims=claims,
        status=NO_CLAIMS if rank is None else _RANK_STATUS[rank],
        verdicts=tuple(verdicts.split(" ")) if verdicts is not None else (),
        assigned_to=assigned_to,
    )


def count_articles(store: Store, flt: ArticleFilter = ArticleFilter()) -> int:
    return queries.count_listed(store, **flt.terms())


def list_articles(
    store: Store, flt: ArticleFilter = ArticleFilter(), *, limit: int = 200, offset: int = 0
) -> list[ArticleRow]:
    """One page of latest article versions, newest first."""
    return [_row(r) for r in queries.list_page(store, limit=limit, offset=offset, **flt.terms())]


def article_rows(store: Store, ids: set[int] | list[int]) -> dict[int, ArticleRow]:
    """Fresh rows for some articles (after an edit), whatever the filter."""
    rows = [_row(r) for r in queries.rows_by_id(store, ids)]
    return {row.id: row for row in rows}


def first_listed(
    store: Store, ids: set[int] | list[int], flt: ArticleFilter = ArticleFilter()
) -> int | None:
    """Of some articles, the one the filtered list shows first, or None if it shows none.

    One query however many ids (an import reports thousands): asking each
    article's position would count the list once per article.
    """
    return queries.first_listed(store, ids, **flt.terms())


def article_position(store: Store, article_id: int, flt: ArticleFilter = ArticleFilter()) -> int:
    """Row of an article in the filtered list, or -1 when the filter hides it."""
    return queries.position(store, article_id, **flt.terms())


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
    return list(map(ClaimRow._make, queries.claim_rows(store, article_id, ids)))


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
    return queries.claim_briefs(store, article_id)
