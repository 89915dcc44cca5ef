"""Use case: the window's search — articles ranked with their claims, and other checks."""

from __future__ import annotations

from dataclasses import dataclass, field

from annotator.services import search
from annotator.services.browse import NO_VERDICT, ArticleFilter, ArticleRow, article_rows
from annotator.store import Store, repo
from annotator.store.repo.browse import claim_owners

ARTICLE_LIMIT = 1000
REVIEW_LIMIT = 30


@dataclass(frozen=True)
class ReviewHit(search.Hit):
    """An external review found by a search, with the date it was published."""

    date: str | None = None


@dataclass(frozen=True)
class Findings:
    """What a query finds: latest article ids best first, and other fact-checkers' reviews."""

    query: str
    articles: list[int] = field(default_factory=list)
    reviews: list[ReviewHit] = field(default_factory=list)
    truncated: bool = False  # more articles matched than `articles` holds


def find(
    store: Store,
    query: str,
    *,
    article_limit: int = ARTICLE_LIMIT,
    review_limit: int = REVIEW_LIMIT,
    mark: tuple[str, str] = ("[", "]"),
) -> Findings:
    """The articles matching `query` in their title or text or through one of their
    claims, best first, and the external reviews matching it, with the same rules as
    `search.search` (every word as a prefix, accents ignored; any word when no row
    has them all).

    Each kind has its own limit: `search.search` cuts all kinds at one limit, so
    thousands of imported reviews could push every article out of the list (or
    the reverse), and it makes a snippet for every article, which the list does
    not show (60 ms for 1,000 articles).
    """
    terms = search._terms(query)
    if not terms:
        return Findings(query)
    articles: list[tuple[int, float]] = []
    claims: list[tuple[int, float]] = []
    reviews: list[tuple[int, float, str | None]] = []
    for any_term in (False, True):
        wanted = search.fts_query(terms, any_term=any_term)
        articles = repo.fts_top(store, "articles", wanted, article_limit + 1)
        claims = repo.fts_top(store, "claims", wanted, article_limit)
        reviews = repo.fts_hits(store, "reviews", wanted, review_limit, mark=mark)
        if articles or claims or reviews or len(terms) == 1:
            break
    truncated = len(articles) > article_limit
    best: dict[int, float] = dict(articles[:article_limit])
    owner = claim_owners(store, [claim_id for claim_id, _ in claims])
    for claim_id, score in claims:
        article_id = owner.get(claim_id)
        if article_id is not None and score < best.get(article_id, 0.0):
            best[article_id] = score  # bm25: lower is better
    ranked = sorted(best, key=lambda article_id: (best[article_id], article_id))
    truncated |= len(ranked) > article_limit
    return Findings(query, ranked[:article_limit], _review_hits(store, reviews), truncated)


def _review_hits(store: Store, found: list[tuple[int, float, str | None]]) -> list[ReviewHit]:
    rows = repo.external_reviews_by_id(store, [rowid for rowid, _, _ in found])
    hits = []
    for rowid, score, snippet in found:
        r = rows.get(rowid)
        if r is None:
            continue
        hits.append(
            ReviewHit(
                "review",
                rowid,
                search._short(r["claim_reviewed"] or r["url"]),
                snippet or "",
                -score,
                verdict=r["rating_label"],
                checked_by=r["publisher"],
                url=r["url"],
                date=r["date_published"],
            )
        )
    return hits


def ranked_rows(
    store: Store, article_ids: list[int], flt: ArticleFilter | None = None
) -> list[ArticleRow]:
    """Rows of some articles in the order given (a search's), those the filter's verdict,
    status and assignee let through (its text is not used: the ids are the search)."""
    flt = flt or ArticleFilter()
    rows = article_rows(store, article_ids)
    kept = []
    for article_id in article_ids:
        row = rows.get(article_id)
        if row is None:
            continue
        if flt.verdict is not None:
            wanted = "" if flt.verdict == NO_VERDICT else flt.verdict
            if wanted not in row.verdicts:
                continue
        if flt.status is not None and row.status != flt.status:
            continue
        if flt.assigned_to is not None and row.assigned_to != flt.assigned_to:
            continue
        kept.append(row)
    return kept
