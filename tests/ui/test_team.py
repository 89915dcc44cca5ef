"""The window among other desks, on both engines: their changes appear without a reload,
the selection and the text being typed stay, an edit never writes over theirs (their
value beside yours, keep either), articles are given to people, and on a newsroom's
database a checker's window greys out what only an editor may do, and says why."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from annotator.services import articles as article_service
from annotator.services import browse, people
from annotator.services import claims as claim_service
from annotator.services.workspace import add_sample_article
from annotator.store import open_store
from tests import postgres
from tests.support import PHRASE


@pytest.fixture
def desk(db):
    """The database with the sample article and the running example's claim; and
    another desk on it (its own connection), to change things behind the window."""
    with open_store(db) as store:
        article_id = add_sample_article(store)
        claim, _ = claim_service.add_claim_by_quote(store, article_id=article_id, quote=PHRASE)
    other = open_store(db)
    yield db, article_id, claim.id, other
    other.close()


def shown_claim(make_window, db, article_id, claim_id):
    window = make_window(db)
    window.show()
    window.show_article(article_id)
    window.select_claim(claim_id)
    return window


def test_another_desks_verdict_appears_and_the_selection_stays(qtbot, make_window, desk):
    db, article_id, claim_id, other = desk
    window = shown_claim(make_window, db, article_id, claim_id)
    claim_service.update_claim(other, claim_id=claim_id, verdict="false", correction="2011")
    # The window's timer polls every second; here the same poll, without waiting for it.
    qtbot.waitUntil(lambda: bool(window.team.poll()) or _verdict(window) == "false")
    assert _verdict(window) == "false"
    assert window.inspector.correction.toPlainText() == "2011"
    assert window.current_article_id() == article_id
    assert window.current_claim().id == claim_id
    assert window.claim_model.rowCount() == 1
    assert "changed by" in window.inspector.changed_by.text() or "modifié par" in (
        window.inspector.changed_by.text()
    )


def _verdict(window):
    claim = window.current_claim()
    return claim.review.verdict if claim else None


def test_what_is_being_typed_stays_and_both_are_shown(qtbot, make_window, desk):
    db, article_id, claim_id, other = desk
    window = shown_claim(make_window, db, article_id, claim_id)
    field = window.inspector.explanation
    window.activateWindow()
    field.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "Mon texte")
    assert claim_service.get_claim(other, claim_id).review.explanation == "Mon texte"
    claim_service.update_claim(other, claim_id=claim_id, explanation="Le texte de Marie")
    qtbot.waitUntil(lambda: bool(window.team.poll()) or window.inspector.conflict.isVisible())
    panel = window.inspector.conflict
    assert panel.isVisible()
    assert field.toPlainText() == "Mon texte"  # never replaced under the user's fingers
    assert panel.theirs.text() == "Le texte de Marie"
    qtbot.keyClicks(field, " et plus")  # not written until the user chooses
    assert panel.mine.text() == "Mon texte et plus"
    assert claim_service.get_claim(other, claim_id).review.explanation == "Le texte de Marie"
    panel.keep_mine_button.click()
    assert not panel.isVisible()
    assert claim_service.get_claim(other, claim_id).review.explanation == "Mon texte et plus"


def test_an_edit_from_an_old_revision_is_refused_then_either_is_kept(make_window, desk):
    db, article_id, claim_id, other = desk
    window = shown_claim(make_window, db, article_id, claim_id)
    claim_service.update_claim(other, claim_id=claim_id, verdict="true")  # not polled yet
    window.inspector.correction.setPlainText("2011")  # another field: made on top of theirs
    now = claim_service.get_claim(other, claim_id)
    assert (now.review.verdict, now.review.correction) == ("true", "2011")

    claim_service.update_claim(other, claim_id=claim_id, explanation="Leur explication")
    window.inspector.explanation.setPlainText("Mon explication")  # the same field: refused
    assert claim_service.get_claim(other, claim_id).review.explanation == "Leur explication"
    panel = window.inspector.conflict
    assert panel.isVisible()
    assert (panel.theirs.text(), panel.mine.text()) == ("Leur explication", "Mon explication")
    panel.keep_theirs_button.click()
    assert window.inspector.explanation.toPlainText() == "Leur explication"
    assert claim_service.get_claim(other, claim_id).review.explanation == "Leur explication"

    claim_service.update_claim(other, claim_id=claim_id, verdict="false")
    combo = window.inspector.verdict
    combo.setCurrentIndex(window.inspector.verdict_model.row_of("mostly-false"))
    assert claim_service.get_claim(other, claim_id).review.verdict == "false"  # refused
    assert panel.isVisible() and panel.theirs.text() == "Faux"
    panel.keep_mine_button.click()
    assert claim_service.get_claim(other, claim_id).review.verdict == "mostly-false"


def test_undo_never_takes_back_someone_elses_change(make_window, desk):
    db, article_id, claim_id, other = desk
    window = shown_claim(make_window, db, article_id, claim_id)
    window.inspector.correction.setPlainText("2011")
    claim_service.update_claim(other, claim_id=claim_id, correction="en 2011")
    window.undo_stack.undo()
    assert claim_service.get_claim(other, claim_id).review.correction == "en 2011"
    assert window.last_message is not None
    assert "nothing of yours was written" in window.last_message.text() or (
        "rien de votre" in window.last_message.text()
    )


def test_an_article_is_given_to_someone_and_mine_lists_it(make_window, desk, tmp_path, monkeypatch):
    db, article_id, _claim_id, other = desk
    second = tmp_path / "second.txt"
    second.write_text("title: Un autre\n\nUn autre article, à personne.\n", encoding="utf-8")
    article_service.import_paths(other, [second])  # a second article, nobody's
    window = make_window(db)
    window.show()
    me = window.store.user
    row = window.article_model.row_of(article_id)
    rect = window.article_list.visualRect(window.article_model.index(row, 0))
    popped = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, where: popped.append(menu))  # offscreen
    window.article_list.customContextMenuRequested.emit(rect.center())
    assert popped == [window.last_context_menu]
    menu = window.last_context_menu
    assert menu is not None
    give = next(a.menu() for a in menu.actions() if a.menu() is not None)
    [mine] = [a for a in give.actions() if me in a.text()]
    mine.trigger()
    assert window.article_model.row(row).assigned_to == me
    assert people.who(other, "me") == other.user
    mine_only = browse.ArticleFilter(assigned_to=me)
    assert [a.id for a in browse.list_articles(other, mine_only)] == [article_id]
    window.article_pane.mine_filter.setChecked(True)
    assert window.article_model.rowCount() == 1
    assert window.article_model.row(0).id == article_id
    window.article_pane.mine_filter.setChecked(False)
    assert window.article_model.rowCount() == 2


def test_the_header_says_who_has_the_article(qtbot, make_window, desk):
    db, article_id, _claim_id, other = desk
    window = make_window(db)
    window.show()
    window.show_article(article_id)
    button = window.reading_pane.assignee
    assert button.isVisible()
    menu = window.reading_pane.assignee_menu
    menu.aboutToShow.emit()
    nobody = [a for a in menu.actions() if a.isCheckable() and a.isChecked()]
    assert len(nobody) == 1
    window.team.assign(article_id, "marie")
    assert "marie" in button.text()
    people.assign(other, article_id=article_id, user=None)  # another desk takes it back
    # SQLite: "the file changed"; PostgreSQL: this article, once the notification is in.
    qtbot.waitUntil(lambda: not window.team.poll() and "marie" not in button.text())


# --- a checker's window on a newsroom's database -----------------------------------------


@pytest.fixture
def checker_window(pg_server, make_window):
    if isinstance(pg_server, str):
        postgres.unavailable(pg_server)
    postgres.empty(pg_server)
    with open_store(pg_server.url) as store:
        article_id = add_sample_article(store)
        claim, _ = claim_service.add_claim_by_quote(store, article_id=article_id, quote=PHRASE)
        draft, _ = claim_service.add_claim_by_quote(store, article_id=article_id, quote="Pakistan")
        claim_service.update_claim(store, claim_id=claim.id, verdict="false", status="published")
    logins, urls = postgres.make_logins(pg_server, ("checker",))
    window = make_window(urls["checker"])
    window.show()
    window.show_article(article_id)
    yield window, claim.id, draft.id
    window.close()
    postgres.drop_logins(pg_server, logins)


def test_a_checkers_window_greys_out_what_only_an_editor_may_do(checker_window):
    window, published_id, draft_id = checker_window
    inspector = window.inspector
    window.select_claim(published_id)
    assert not inspector.verdict.isEnabled() and not inspector.explanation.isEnabled()
    assert (inspector.role_note.isVisible() and "editor" in inspector.role_note.text().lower()) or (
        "éditeur" in inspector.role_note.text()
    )
    window.select_claim(draft_id)
    assert inspector.verdict.isEnabled() and not inspector.role_note.isVisible()
    row = inspector.status.findData("published")
    item = inspector.status.model().item(row)
    assert not item.isEnabled() and item.toolTip()
    settings = window.action_table["actionSettings"]
    assert not settings.isEnabled() and settings.toolTip()
    # The server says no even if the window were got round: one message, nothing changed.
    window.edits.edit_claim_field(draft_id, "status", "published")
    assert claim_service.get_claim(window.store, draft_id).review.status == "draft"
    assert window.last_message is not None
    assert "editor" in window.last_message.text() or "éditeur" in window.last_message.text()


def test_a_checker_may_mark_rate_and_set_in_review(checker_window):
    window, _published_id, draft_id = checker_window
    window.select_claim(draft_id)
    inspector = window.inspector
    inspector.verdict.setCurrentIndex(inspector.verdict_model.row_of("true"))
    inspector.status.setCurrentIndex(inspector.status.findData("in-review"))
    claim = claim_service.get_claim(window.store, draft_id)
    assert (claim.review.verdict, claim.review.status) == ("true", "in-review")
    assert claim.updated_by == window.store.user
    QApplication.processEvents()


def test_a_conflict_below_the_fold_is_scrolled_into_view(qtbot, make_window, desk):
    """At 1024x640 the inspector scrolls; the user types far below the panel's place."""
    from PySide6.QtWidgets import QScrollArea

    db, article_id, claim_id, other = desk
    window = shown_claim(make_window, db, article_id, claim_id)
    window.resize(1024, 640)
    box = window.inspector.parentWidget()
    while not isinstance(box, QScrollArea):
        box = box.parentWidget()
    bar = box.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    claim_service.update_claim(other, claim_id=claim_id, correction="2011")
    window.inspector.correction.setPlainText("2012")  # refused: their value beside mine
    panel = window.inspector.conflict
    assert panel.isVisible()
    top = lambda: panel.mapTo(box.widget(), panel.rect().topLeft()).y()  # noqa: E731
    qtbot.waitUntil(lambda: bar.value() <= top())
    assert bar.value() < bar.maximum()
