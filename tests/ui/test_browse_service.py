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


def test_pages_cover_every_article_once_newest_first(store):
    assert browse.count_articles(store) == 30
    rows = browse.list_articles(store, limit=7, offset=0)
    rows += browse.list_articles(store, limit=100, offset=7)
    assert len({r.id for r in rows}) == 30
    dates = [r.published for r in rows]
    assert dates == sorted(dates, reverse=True)
    for position, row in enumerate(rows):
        assert browse.article_position(store, row.id) == position


def test_text_verdict_and_status_filters(store):
    [row] = browse.list_articles(store, ArticleFilter(text="numero 7"))  # accents folded
    assert row.title == "Article numéro 7"
    claims.add_claim_by_quote(store, article_id=row.id, quote="Texte 7", verdict="Faux")
    other = browse.list_articles(store, ArticleFilter(text="numéro 8"))[0]
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
    assert browse.count_articles(store, ArticleFilter(text="«»")) == 0
    assert browse.article_position(store, row.id, ArticleFilter(verdict="true")) == -1
    fresh = browse.article_rows(store, {row.id})[row.id]
    assert (fresh.claims, fresh.status, fresh.verdicts) == (1, "draft", ("false",))


def test_claim_spans_in_text_order(store):
    row = browse.list_articles(store, ArticleFilter(text="numéro 3"))[0]
    claims.add_claim_by_quote(store, article_id=row.id, quote="accents", verdict="true")
    claims.add_claim_by_quote(store, article_id=row.id, quote="Texte 3")
    spans = browse.claim_spans(store, row.id)
    assert [s.verdict for s in spans] == [None, "true"]
    assert spans[0].start < spans[1].start


def test_article_claims_are_the_store_claims(store):
    from annotator.store import repo

    row = browse.list_articles(store, ArticleFilter(text="numéro 4"))[0]
    claims.add_claim_by_quote(
        store, article_id=row.id, quote="accents", verdict="true", claimant="X",
        sources=["https://example.org/a", "https://example.org/b"], correction="c",
    )  # fmt: skip
    claims.add_claim_by_quote(store, article_id=row.id, quote="Texte 4", status="in-review")
    assert browse.article_claims(store, row.id) == repo.claims_for_article(store, row.id)
