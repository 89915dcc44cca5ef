"""The search field: articles best first (through their claims too), other checks below."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QListView, QPushButton

from annotator.services import articles, finder, reviews
from annotator.services import claims as claim_service
from annotator.store import open_store
from annotator.ui import panels
from annotator.ui.models import ArticleListModel, Labels, ReviewHitsModel
from tests.support import PHRASE

OTHER_CHECKS = Path(__file__).parent / "data" / "other-checks.json"


@pytest.fixture
def checked_db(sample_db, tmp_path, write_articles) -> Path:
    """The sample, three other articles and other fact-checkers' reviews."""
    with open_store(sample_db) as store:
        articles.import_paths(store, write_articles(tmp_path / "in", 3))
        report = reviews.import_review_files(store, [OTHER_CHECKS])
    assert (report.external, report.failed) == (3, [])
    return sample_db


def titles(model) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_an_accentless_query_finds_the_article_and_other_checks(make_window, checked_db, opened):
    window = make_window(checked_db)
    assert window.findChild(QLineEdit, "searchField") is window.search
    window.search.setText("etats-unis")  # the article says « États-Unis »
    assert titles(window.article_model) == [
        "Renseignement : la DGSI prolonge son contrat avec Palantir"
    ]
    assert window.article_count.text() == "1 article correspond"

    panel = window.review_hits
    assert not panel.isHidden()
    assert panel.title.text() == "DÉJÀ VÉRIFIÉ AILLEURS  ·  1"
    [hit] = panel.model.hits()
    assert (hit.checked_by, hit.verdict, hit.date) == (
        "Les Décodeurs (exemple)",
        "Plutôt vrai",
        "2021-09-14",
    )
    described = panel.model.index(0, 0).data()
    assert described.startswith("Les Décodeurs (exemple) — Plutôt vrai (2021-09-14) : ")
    assert "États-Unis ont financé Palantir" in described
    button = window.findChild(QPushButton, "openReviewButton")
    assert button.isEnabled() and button.text() == "Ouvrir la vérification"
    button.click()
    assert opened == ["https://decodeurs.example.net/palantir-cia"]

    # An empty query is the whole list again, without the panel.
    window.search.setText("")
    assert window.article_model.rowCount() == 4
    assert panel.isHidden()
    assert window.article_count.text() == "4 articles"


def test_only_web_addresses_are_opened(make_window, checked_db, opened):
    window = make_window(checked_db)
    window.search.setText("address")  # the review whose url is javascript:
    panel = window.review_hits
    [hit] = panel.model.hits()
    # import-reviews keeps a javascript: URL in the raw record only, never as a link.
    assert hit.url is None
    assert not window.findChild(QPushButton, "openReviewButton").isEnabled()
    assert panel.open_review(0) is False
    assert opened == []
    for url in ("javascript:alert(1)", "file:///etc/passwd", "ftp://x.org/a", "", None):
        assert not panels.is_web_url(url), url
        assert panels.open_web_page(url) is False
    assert opened == []
    assert panels.open_web_page("https://x.org/a") and opened == ["https://x.org/a"]


def test_an_article_is_found_through_its_claim(make_window, checked_db):
    with open_store(checked_db) as store:
        claim_service.add_claim_by_quote(
            store, article_id=1, quote=PHRASE, verdict="false",
            explanation="Le raid d'Abbottabad date du 2 mai 2011.",
        )  # fmt: skip
    window = make_window(checked_db)
    window.search.setText("abbottabad")  # only in the claim's explanation
    assert titles(window.article_model) == [
        "Renseignement : la DGSI prolonge son contrat avec Palantir"
    ]
    assert window.review_hits.isHidden()


def test_results_come_best_first(make_window, db_path):
    from annotator.domain.model import Article

    with open_store(db_path) as store:
        for title, published, body in (
            ("Vaccins : ce que dit l'étude", "2020-01-01", "Une étude sur les vaccins."),
            ("Budget de la ville", "2021-06-01", "Le budget. " * 40 + "Un mot sur un vaccin."),
            ("Météo du jour", "2022-01-01", "Il pleut."),
        ):
            articles.import_article(store, Article(title=title, body=body, published=published))
    window = make_window(db_path)
    model = window.article_model
    assert titles(model)[0] == "Météo du jour"  # newest first without a search
    window.search.setText("vaccin")
    assert titles(model) == ["Vaccins : ce que dit l'étude", "Budget de la ville"]


def test_filters_still_apply_to_a_search(make_window, checked_db):
    with open_store(checked_db) as store:
        claim_service.add_claim_by_quote(store, article_id=1, quote=PHRASE, verdict="false")
    window = make_window(checked_db)
    model = window.article_model
    window.search.setText("numéro")  # the three titles, not the sample
    assert model.ranked and model.rowCount() == 3
    window.verdict_filter.setCurrentIndex(window.verdict_filter.findData("false"))
    assert model.rowCount() == 0
    window.search.setText("palantir")
    assert model.rowCount() == 1
    window.status_filter.setCurrentIndex(window.status_filter.findData("published"))
    assert model.rowCount() == 0
    window.status_filter.setCurrentIndex(window.status_filter.findData("draft"))
    assert model.rowCount() == 1
    window.verdict_filter.setCurrentIndex(0)
    window.status_filter.setCurrentIndex(window.status_filter.findData("no-claims"))
    window.search.setText("numéro")
    assert model.rowCount() == 3


def test_typing_is_searched_once_the_typing_pauses(make_window, checked_db, qtbot):
    window = make_window(checked_db)
    window.show()
    qtbot.waitExposed(window)
    searches = []
    window.search_finished.connect(searches.append)
    window.search.setFocus()
    QTest.keyClicks(window.search, "palantir")  # ASCII only: keyClicks and accents abort
    assert window.article_model.rowCount() == 4  # not yet: the window stays free
    qtbot.waitUntil(lambda: window.article_model.rowCount() == 1, timeout=2000)
    assert len(searches) == 1 and searches[0].query == "palantir"


def test_the_list_shows_the_search_order_and_pages_nothing(qtmodeltester, checked_db):
    with open_store(checked_db) as store:
        found = finder.find(store, "article")
        model = ArticleListModel(Labels())
        model.set_store(store)
        model.set_ranked(found.articles)
        assert [model.article_id(r) for r in range(model.rowCount())] == found.articles
        assert model.row_of(found.articles[-1]) == len(found.articles) - 1
        qtmodeltester.check(model)
        model.set_ranked(None)
        assert model.rowCount() == 4
        qtmodeltester.check(model)
        model.set_store(None)


def test_review_hits_model(qtmodeltester, checked_db, make_window):
    window = make_window(checked_db)
    window.search.setText("faux commando palantir")  # no row has all: any of them
    hits = window.review_hits.model.hits()
    assert {h.checked_by for h in hits} >= {"AFP Factuel", "Les Décodeurs (exemple)"}
    qtmodeltester.check(window.review_hits.model)
    assert window.findChild(QListView, "reviewHitList").model() is window.review_hits.model
    empty = ReviewHitsModel()
    qtmodeltester.check(empty)


def test_a_search_of_ten_thousand_articles_keeps_the_window_free(tmp_path, make_window):
    """The whole search (articles, claims, reviews, rows) well under one frame budget."""
    import time

    from annotator.domain.model import Article
    from annotator.store import repo

    db = tmp_path / "big.db"
    words = ["président", "rapport", "contrat", "renseignement", "données", "ministère", "enquête"]
    with open_store(db) as store, store.write():
        for n in range(10_000):
            body = " ".join(words[(n + k) % len(words)] for k in range(60)) + f" n{n}"
            repo.insert_article(store, Article(title=f"Article {n}", body=body))
    window = make_window(db)
    start = time.perf_counter()
    window.search.setText("rapport")  # in every article
    elapsed = time.perf_counter() - start
    assert window.article_model.rowCount() == finder.ARTICLE_LIMIT
    assert "meilleurs" in window.article_count.text()
    assert elapsed < 0.5, elapsed  # ~30 ms here; generous for a slow CI machine


@pytest.fixture
def laden_db(sample_db):
    """The sample (Ben Laden) and a German article where "laden" means to load."""
    from annotator.domain.model import Article

    with open_store(sample_db) as store:
        articles.import_article(
            store,
            Article(
                title="Neue Software für Behörden",
                body="Die Behörde will ab Montag alle Daten in das neue System laden. "
                "Der Anbieter spricht von einem Meilenstein.",
                published="2019-10-01",
                language="de",
            ),
        )
    return sample_db


def test_each_hit_shows_the_passage_that_matched(make_window, laden_db, qtbot):
    from annotator.ui.models import MARK_CLOSE, MARK_OPEN, SNIPPET_ROLE

    window = make_window(laden_db)
    window.show()
    qtbot.waitExposed(window)
    header = window.article_list.verticalHeader()
    card = header.defaultSectionSize()
    window.search.setText("Laden")
    model = window.article_model
    snippets = {model.index(r, 0).data(): model.index(r, 0).data(SNIPPET_ROLE)
                for r in range(model.rowCount())}  # fmt: skip
    assert snippets["Neue Software für Behörden"] == (
        f"…will ab Montag alle Daten in das neue System {MARK_OPEN}laden{MARK_CLOSE}. "
        "Der Anbieter spricht von einem Meilenstein."
    )
    ours = snippets["Renseignement : la DGSI prolonge son contrat avec Palantir"]
    assert f"Ben {MARK_OPEN}Laden{MARK_CLOSE}, tué par un commando" in ours
    assert header.defaultSectionSize() > card  # the cards make room for the passage
    window.search.setText("")
    assert header.defaultSectionSize() == card
    assert model.index(0, 0).data(SNIPPET_ROLE) == ""


def test_opening_a_hit_scrolls_to_the_match_and_highlights_it(make_window, laden_db, qtbot):
    from annotator.domain.model import Article

    with open_store(laden_db) as store:
        filler = "Paragraphe sans rapport avec la recherche, pour remplir l'écran. " * 6
        body = "\n\n".join([filler] * 30 + ["Ici il est question de Laden, enfin."])
        articles.import_article(store, Article(title="Un long article", body=body))
    window = make_window(laden_db)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    window.search.setText("laden")
    row = titles(window.article_model).index("Un long article")
    window.select_article_row(row)
    view = window.view
    [(start, end)] = view.search_matches()
    assert body[start:end] == "Laden"
    assert len(view.extraSelections()) == 1
    assert view.textCursor().position() == start and not view.textCursor().hasSelection()
    # The match is on screen: the article scrolled down to it.
    assert view.verticalScrollBar().value() > 0
    assert view.viewport().rect().contains(view.cursorRect().center())
    window.search.setText("")
    assert view.search_matches() == [] and view.extraSelections() == []


def test_an_empty_result_says_so(make_window, laden_db):
    window = make_window(laden_db)
    window.search.setText("zyxwv")
    assert window.article_model.rowCount() == 0
    assert window.article_list.placeholder_text() == "Aucun résultat pour « zyxwv »"
    assert window.article_count.text() == "Aucun résultat pour « zyxwv »"
    window.set_language("en")
    assert window.article_list.placeholder_text() == "No results for “zyxwv”"
    window.search.setText("")
    assert window.article_list.placeholder_text() == ""


def test_the_words_found_are_those_the_search_matched():
    from annotator.ui import matches

    text = "Les États-Unis vaccinent ; un vaccin, en 2001. Un état. L'ÉTAT"
    found = lambda query: [text[s:e] for s, e in matches.find(text, query)]  # noqa: E731
    assert found("etats-unis") == ["États", "Unis"]  # accents and case ignored
    assert found("vacc") == ["vaccinent", "vaccin"]  # three letters or more: a prefix
    assert found("un") == ["un", "Un"]  # shorter: the whole word ("Unis" is not "un")
    assert found("etat") == ["États", "état", "ÉTAT"]
    assert found("NOT") == []  # an operator alone is a word again, found nowhere here
    assert matches.snippet(text, "zzz", ("[", "]")) is None
