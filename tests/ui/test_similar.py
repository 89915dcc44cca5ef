"""Similar claims and other fact-checkers' reviews offered in the inspector."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame

from annotator.domain.model import Article
from annotator.services import articles, reviews
from annotator.services import claims as claim_service
from annotator.store import open_store
from tests.support import PHRASE, select_text

OTHER_CHECKS = Path(__file__).parent / "data" / "other-checks.json"


def shown(panel) -> bool:
    return not panel.isHidden()


def test_marking_a_claim_already_checked_elsewhere_offers_the_review(
    make_window, sample_db, qtbot, opened
):
    with open_store(sample_db) as store:
        reviews.import_review_files(store, [OTHER_CHECKS])
    window = make_window(sample_db)
    panel = window.findChild(QFrame, "similarPanel")
    assert panel is window.inspector.similar
    select_text(window.view, PHRASE)
    window.findChild(QAction, "actionMarkClaim").trigger()
    # Looked up after the claim is shown, not while it is marked.
    assert window.inspector.similar_pending() and not shown(panel)
    qtbot.waitUntil(lambda: shown(panel), timeout=2000)
    [(headline, text)] = panel.entries()
    assert headline == "Déjà vérifié par AFP Factuel — Faux (2023-05-02)"
    assert text == "« Oussama Ben Laden a été tué par un commando américain en 2001 »"
    open_button, jump_button = panel.buttons(0)
    assert jump_button is None  # another fact-checker's: nothing of ours to go to
    assert (open_button.text(), open_button.accessibleName()) == (
        "Ouvrir", "Ouvrir la vérification",
    )  # fmt: skip
    assert open_button.toolTip().endswith("https://factuel.example.org/ben-laden-2001")
    open_button.click()
    assert opened == ["https://factuel.example.org/ben-laden-2001"]

    window.set_language("en")
    assert panel.entries()[0][0] == "Already checked by AFP Factuel — Faux (2023-05-02)"
    assert panel.buttons(0)[0].text() == "Open"


def test_an_earlier_claim_of_ours_is_offered_and_can_be_shown(make_window, sample_db, qtbot):
    body = (
        "Ben Laden. Selon ce blog, Oussama Ben Laden a été tué par un commando américain "
        "en 2001, ce qui est faux.\n"
    )
    with open_store(sample_db) as store:
        earlier_article = articles.import_article(
            store, Article(title="Un blog", body=body, published="2019-01-05")
        ).article_id
        earlier, _ = claim_service.add_claim_by_quote(
            store, article_id=earlier_article,
            quote="Oussama Ben Laden a été tué par un commando américain en 2001",
            verdict="false", status="published",
        )  # fmt: skip
    window = make_window(sample_db)
    window.select_article_row(window.article_model.row_of(1))
    select_text(window.view, PHRASE)
    window.findChild(QAction, "actionMarkClaim").trigger()
    panel = window.inspector.similar
    qtbot.waitUntil(lambda: shown(panel), timeout=2000)
    [(headline, _text)] = panel.entries()
    today = claim_service.get_claim(window.store, earlier.id).review.date_published
    assert headline == f"Déjà vérifié par nous — Faux ({today})"
    open_button, jump_button = panel.buttons(0)
    assert open_button is None  # no fact-check page set: nothing to open
    jump_button.click()
    assert window.current_article_id() == earlier_article
    assert window.current_claim().id == earlier.id


def test_nothing_similar_hides_the_panel(make_window, sample_db, qtbot):
    with open_store(sample_db) as store:
        reviews.import_review_files(store, [OTHER_CHECKS])
        near, _ = claim_service.add_claim_by_quote(store, article_id=1, quote=PHRASE)
        far, _ = claim_service.add_claim_by_quote(store, article_id=1, quote="Fondée en 2003")
    window = make_window(sample_db)
    panel = window.inspector.similar
    window.reveal_claim(near.id)
    qtbot.waitUntil(lambda: shown(panel), timeout=2000)
    window.reveal_claim(far.id)
    assert not shown(panel)  # another claim's offer is gone at once
    qtbot.waitUntil(lambda: not window.inspector.similar_pending(), timeout=2000)
    assert not shown(panel) and panel.entries() == []


def test_a_narrow_inspector_shows_the_whole_offer(make_window, sample_db, qtbot):
    """At 1024×640 the headline wraps on three lines: its panel grows, nothing is cut."""
    from PySide6.QtWidgets import QApplication

    with open_store(sample_db) as store:
        reviews.import_review_files(store, [OTHER_CHECKS])
    window = make_window(sample_db)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    select_text(window.view, PHRASE)
    window.findChild(QAction, "actionMarkClaim").trigger()
    panel = window.inspector.similar
    qtbot.waitUntil(lambda: shown(panel), timeout=2000)
    QApplication.processEvents()
    headline, quote, _open, _jump = panel._widgets[0]
    for label in (headline, quote):
        assert label.height() >= label.heightForWidth(label.width()), label.text()
