"""What keeps big articles and big lists fast: lean claim reads, lazy rows, one-query lookups."""

from __future__ import annotations

import pytest

from annotator.services import articles, browse, claims
from annotator.store import open_store


@pytest.fixture
def store(tmp_path, write_articles):
    folder = tmp_path / "in"
    write_articles(folder, 30)
    with open_store(tmp_path / "b.db") as store:
        articles.import_paths(store, [folder])
        yield store


def _article(store, n: int) -> int:
    rows = browse.list_articles(store, limit=10_000)
    return next(r.id for r in rows if r.title.endswith(f"numéro {n}"))


def test_claim_briefs_in_text_order_with_orphans_last(store):
    article_id = _article(store, 3)
    late, _ = claims.add_claim_by_quote(store, article_id=article_id, quote="accents")
    early, _ = claims.add_claim_by_quote(
        store, article_id=article_id, quote="Texte 3", verdict="false"
    )
    lost, _ = claims.add_claim_by_quote(store, article_id=article_id, quote="été")
    with store.write():
        store.conn.execute(
            "UPDATE claims SET start = NULL, \"end\" = NULL, anchor = 'orphan' WHERE id = ?",
            (lost.id,),
        )
    briefs = browse.claim_briefs(store, article_id)
    assert [b[0] for b in briefs] == [early.id, late.id, lost.id]
    assert briefs[0] == (early.id, early.start, early.end, "false")
    assert browse.ClaimBrief._make(briefs[2]).start is None
    # The full rows, for the rows a list shows, in the same order.
    rows = browse.claim_rows(store, article_id, {late.id, lost.id})
    assert [r.id for r in rows] == [late.id, lost.id]


def test_first_listed_is_the_top_row_among_many(store):
    ids = [r.id for r in browse.list_articles(store, limit=100)]
    assert browse.first_listed(store, set(ids[5:])) == ids[5]
    assert browse.first_listed(store, ids[::-1]) == ids[0]
    assert browse.first_listed(store, set()) is None
    from annotator.services import claims

    claims.add_claim_by_quote(store, article_id=_article(store, 12), quote="Texte", verdict="Faux")
    only = browse.ArticleFilter(verdict="false")
    assert browse.first_listed(store, set(ids), only) == _article(store, 12)


def test_claim_list_reads_only_the_rows_it_shows(make_window, sample_db, qtbot):
    from annotator.ui.models import ClaimListModel

    with open_store(sample_db) as store:
        body = articles.get_article(store, 1).body
        words = [i for i in range(len(body) - 8) if body[i] == " " and body[i + 1].isalpha()]
        for start in words[:150]:
            claims.mark_claim(store, article_id=1, start=start + 1, end=start + 6)
    window = make_window(sample_db)
    window.show_article(1, force=True)
    model = window.claim_model
    assert model.rowCount() == 150
    loaded: list[list[int]] = []
    real = model._load
    model._load = lambda ids: loaded.append(ids) or real(ids)
    model._rows.clear()
    assert model.claim(0).id == model.claim_id(0)  # its page is read...
    assert len(loaded) == 1 and len(loaded[0]) == ClaimListModel.PAGE
    model.claim(5)  # ...once
    assert len(loaded) == 1
    last = model.claim(149)
    assert last.id == model.claim_id(149) and len(loaded) == 2
    assert model.index(149, ClaimListModel.QUOTE).data() == " ".join(last.exact.split())
    assert len(window.view.highlight_ranges()) == 150


def test_legend_counts_the_verdicts_of_the_article(make_window, sample_db):
    with open_store(sample_db) as store:
        claims.add_claim_by_quote(store, article_id=1, quote="Fondée en 2003", verdict="Faux")
        claims.add_claim_by_quote(store, article_id=1, quote="Palantir", verdict="Faux")
    window = make_window(sample_db)
    window.show_article(1, force=True)
    counts = dict(window.legend.entries())
    assert counts["Faux"] == 2 and counts["Vrai"] == 0
    assert "Faux 2" in window.legend.accessibleDescription()
    assert window.legend.heightForWidth(300) >= window.legend.heightForWidth(2000) > 0
