"""The article list's queries (annotator.services.browse): filters, pages, positions. No Qt."""

from __future__ import annotations

import pytest

from annotator.services import articles, browse, claims
from annotator.services.browse import NO_CLAIMS, NO_VERDICT, ArticleFilter
from annotator.store import open_store


@pytest.fixture
def store(tmp_path, write_articles):
    folder = tmp_path / "in"
    write_articles(folder, 30)
    with open_store(tmp_path / "b.db") as store:
        articles.import_paths(store, [folder])
        yield store


def titled(store, n: int) -> browse.ArticleRow:
    [found] = [r for r in browse.list_articles(store, limit=1000) if r.title.endswith(f" {n}")]
    return found


def test_pages_cover_every_article_once_newest_first(store):
    assert browse.count_articles(store) == 30
    rows = browse.list_articles(store, limit=7, offset=0)
    rows += browse.list_articles(store, limit=100, offset=7)
    assert len({r.id for r in rows}) == 30
    dates = [r.published for r in rows]
    assert dates == sorted(dates, reverse=True)
    for position, row in enumerate(rows):
        assert browse.article_position(store, row.id) == position


def test_verdict_and_status_filters(store):
    row = titled(store, 7)
    claims.add_claim_by_quote(store, article_id=row.id, quote="Texte 7", verdict="Faux")
    other = titled(store, 8)
    claims.add_claim_by_quote(store, article_id=other.id, quote="Texte 8", status="published")

    assert [r.id for r in browse.list_articles(store, ArticleFilter(verdict="false"))] == [row.id]
    assert [r.id for r in browse.list_articles(store, ArticleFilter(verdict=NO_VERDICT))] == [
        other.id
    ]
    assert [r.id for r in browse.list_articles(store, ArticleFilter(status="draft"))] == [row.id]
    assert [r.id for r in browse.list_articles(store, ArticleFilter(status="published"))] == [
        other.id
    ]
    assert browse.count_articles(store, ArticleFilter(status=NO_CLAIMS)) == 28
    assert browse.article_position(store, row.id, ArticleFilter(verdict="true")) == -1
    fresh = browse.article_rows(store, {row.id})[row.id]
    assert (fresh.claims, fresh.status, fresh.verdicts) == (1, "draft", ("false",))
