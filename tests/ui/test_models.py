"""Every item model of the window passes Qt's model tester, with real data in it."""

from __future__ import annotations

from annotator.services import articles
from annotator.services import claims as claim_service
from annotator.services.browse import ArticleFilter
from annotator.store import open_store
from annotator.ui.inspector import VerdictModel
from annotator.ui.models import ArticleListModel, Labels
from tests.support import PHRASE


def test_article_list_model(qtmodeltester, sample_db, tmp_path, write_articles):
    with open_store(sample_db) as store:
        articles.import_paths(store, write_articles(tmp_path / "in", 450))
        claim_service.add_claim_by_quote(store, article_id=1, quote=PHRASE, verdict="false")
        model = ArticleListModel(Labels())
        model.set_store(store)
        assert model.rowCount() == 451
        assert model.row(450) is not None  # the third page, read on demand
        qtmodeltester.check(model)
        model.set_filter(ArticleFilter(verdict="false"))
        assert model.rowCount() == 1
        qtmodeltester.check(model)
        model.set_store(None)


def test_article_list_keeps_few_pages_in_memory(sample_db, tmp_path, write_articles):
    with open_store(sample_db) as store:
        articles.import_paths(store, write_articles(tmp_path / "in", 900))
        model = ArticleListModel(Labels())
        model.KEEP_PAGES = 2
        model.set_store(store)
        titles = {model.index(row, 0).data() for row in range(model.rowCount())}
        assert len(titles) == 901
        assert len(model._pages) == 2
        # Rows come back the same after their page was dropped.
        assert model.index(0, 0).data() == model.row(0).title
        model.set_store(None)


def test_window_models(qtmodeltester, make_window, sample_db):
    with open_store(sample_db) as store:
        claim, _ = claim_service.add_claim_by_quote(
            store, article_id=1, quote=PHRASE, verdict="false",
            sources=["https://example.org/a", "https://example.org/b"],
        )  # fmt: skip
        claim_service.add_claim_by_quote(store, article_id=1, quote="Fondée en 2003")
    window = make_window(sample_db)
    window.reveal_claim(claim.id)
    assert window.claim_model.rowCount() == 2
    assert window.inspector.sources_model.rowCount() == 2
    qtmodeltester.check(window.article_model)
    qtmodeltester.check(window.claim_model)
    qtmodeltester.check(window.inspector.sources_model)
    qtmodeltester.check(window.inspector.verdict_model)


def test_verdict_model_finds_labels_in_any_language(qtmodeltester, sample_db):
    from annotator.services.settings import rating_scale
    from annotator.ui.verdicts import VerdictStyles

    with open_store(sample_db) as store:
        scale = rating_scale(store)
    model = VerdictModel()
    model.fill(scale, VerdictStyles(scale), "en", "(none)")
    qtmodeltester.check(model)
    from PySide6.QtCore import Qt

    found = model.match(model.index(0, 0), Qt.ItemDataRole.DisplayRole, "Faux", 1,
                        Qt.MatchFlag.MatchExactly)  # fmt: skip
    assert [i.data() for i in found] == ["False"]
    assert model.match(model.index(0, 0), Qt.ItemDataRole.DisplayRole, "Bof", 1,
                       Qt.MatchFlag.MatchExactly) == []  # fmt: skip
