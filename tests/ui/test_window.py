"""The main window: first start, selection, keyboard, inspector edits, undo, languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from PySide6.QtCore import QEvent, QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QComboBox, QToolTip

from annotator import cli
from annotator.services import claims as claim_service
from annotator.store import open_store
from tests.support import PHRASE, select_text


def run_cli(*args: str) -> str:
    result = CliRunner().invoke(cli.main, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def claims_of(db) -> list[dict]:
    return json.loads(run_cli("--db", str(db), "claims", "--json"))


def as_written(claims: list[dict]) -> list[dict]:
    """Claims without their history (revision, time): what undo must put back."""
    return [{k: v for k, v in c.items() if k not in ("revision", "updated_at")} for c in claims]


def test_first_start_opens_the_default_database_with_the_sample(make_window, isolated_environment):
    window = make_window(None)
    assert (isolated_environment / "data" / "annotator.db").exists()
    assert window.article_model.rowCount() == 1
    assert window.current_article_id() is not None
    assert "Palantir" in window.view.toPlainText()
    assert window.article_list.currentIndex().row() == 0


def test_run_opens_the_window_and_returns_the_exit_code(qapp, isolated_environment):
    from annotator.ui import run

    seen = []

    def look_then_quit():
        windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"]
        seen.extend(w.isVisible() and "Palantir" in w.view.toPlainText() for w in windows)
        QApplication.exit(3)

    QTimer.singleShot(0, look_then_quit)
    assert run(None) == 3
    assert seen == [True]


def test_mark_without_a_selection_says_what_to_do(make_window, sample_db):
    window = make_window(sample_db)
    window.findChild(QAction, "actionMarkClaim").trigger()
    assert claims_of(sample_db) == []
    assert "Sélectionnez" in window.statusBar().currentMessage()


def test_new_claim_is_selected_with_the_verdict_focused(make_window, sample_db, qtbot):
    window = make_window(sample_db)
    window.show()
    qtbot.waitExposed(window)
    select_text(window.view, f"  {PHRASE} ".strip())
    window.findChild(QAction, "actionMarkClaim").trigger()
    [claim] = claims_of(sample_db)
    assert window.current_claim().id == claim["id"]
    assert window.claim_list.currentIndex().row() == 0
    assert window.inspector.quote.text() == f"« {PHRASE} »"
    assert window.focusWidget() is window.findChild(QComboBox, "verdictCombo")
    assert window.undo_stack.undoText().startswith("Marquer l'affirmation")


def test_selection_with_blanks_around_is_trimmed(make_window, sample_db):
    window = make_window(sample_db)
    text = window.view.toPlainText()
    start = text.index(PHRASE) - 1
    cursor = window.view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(PHRASE) + 2, QTextCursor.MoveMode.KeepAnchor)
    window.view.setTextCursor(cursor)
    assert cursor.selectedText() == f" {PHRASE} "
    window.findChild(QAction, "actionMarkClaim").trigger()
    assert claims_of(sample_db)[0]["quote"] == PHRASE


def test_clicking_a_highlight_selects_its_claim_and_hover_shows_the_verdict(
    make_window, sample_db, qtbot, add_claim
):
    first = add_claim(sample_db, "Fondée en 2003", verdict="true")
    second = add_claim(sample_db, PHRASE, verdict="Faux", correction="2011")
    window = make_window(sample_db)
    window.show()
    qtbot.waitExposed(window)
    view = window.view
    cursor = QTextCursor(view.document())
    text = view.toPlainText()
    cursor.setPosition(text.index(PHRASE) + 3)
    point = view.cursorRect(cursor).center()
    assert view.claims_at(point) == [second]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.current_claim().id == second
    assert window.inspector.verdict.currentText() == "Faux"

    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    assert "Faux" in QToolTip.text() and "2011" in QToolTip.text()
    QToolTip.hideText()

    far = QPoint(view.viewport().width() - 3, view.viewport().height() - 3)
    assert view.claims_at(far) == []
    assert first in [c.id for c in window.claim_model.claims()]


def test_next_and_previous_claim_follow_the_text_order(make_window, sample_db, add_claim):
    later = add_claim(sample_db, "Des élus demandent")
    earlier = add_claim(sample_db, "Fondée en 2003")
    middle = add_claim(sample_db, PHRASE)
    window = make_window(sample_db)
    next_, previous = (
        window.findChild(QAction, n) for n in ("actionNextClaim", "actionPreviousClaim")
    )
    assert next_.shortcut().toString() == "F8"
    order = []
    for _ in range(4):
        next_.trigger()
        order.append(window.current_claim().id)
    assert order == [earlier, middle, later, earlier]
    previous.trigger()
    assert window.current_claim().id == later


def test_every_field_is_saved_at_once_and_typing_is_one_undo_entry(
    make_window, sample_db, add_claim
):
    claim_id = add_claim(sample_db, PHRASE)
    window = make_window(sample_db)
    window.reveal_claim(claim_id)
    inspector = window.inspector
    for text in ("B", "Ben", "Ben Laden a été tué en 2011"):
        inspector.explanation.setPlainText(text)
    inspector.claimant.setText("Rédaction")
    inspector.claim_date.setText("2019-11")  # a date being typed: saved once valid
    inspector.claim_date.setText("2019-11-2x")  # not a date: not saved, field flagged
    assert inspector.claim_date.property("invalid") is True
    inspector.status.setCurrentIndex(inspector.status.findData("published"))
    inspector.claim_reviewed.setText("Ben Laden tué en 2001")

    [claim] = claims_of(sample_db)
    assert claim["explanation"] == "Ben Laden a été tué en 2011"
    assert (claim["claimant"], claim["claim_date"], claim["status"]) == (
        "Rédaction",
        "2019-11",
        "published",
    )
    assert claim["date_published"]  # publishing stamps the date
    assert claim["claim_reviewed"] == "Ben Laden tué en 2001"
    stack = window.undo_stack
    assert [stack.text(i) for i in range(stack.count())] == [
        "Modifier l'explication",
        "Modifier l'auteur de l'affirmation",
        "Modifier la date de l'affirmation",
        "Statut : Publié",
        "Modifier l'affirmation vérifiée",
    ]
    while stack.canUndo():
        window.findChild(QAction, "actionUndo").trigger()
    [claim] = claims_of(sample_db)
    assert (claim["explanation"], claim["claimant"], claim["status"]) == (None, None, "draft")
    assert inspector.explanation.toPlainText() == ""


def test_verdict_entries_are_named_and_undo_twice_leaves_nothing(make_window, sample_db):
    window = make_window(sample_db)
    select_text(window.view, PHRASE)
    window.findChild(QAction, "actionMarkClaim").trigger()
    combo = window.findChild(QComboBox, "verdictCombo")
    combo.setCurrentIndex(combo.findText("Faux"))
    assert window.undo_stack.undoText() == "Verdict : Faux"
    assert window.findChild(QAction, "actionUndo").text() == "&Annuler : Verdict : Faux"
    assert claims_of(sample_db)[0]["verdict"] == "false"
    undo = window.findChild(QAction, "actionUndo")
    undo.trigger()
    assert claims_of(sample_db)[0]["verdict"] is None
    assert combo.currentIndex() == 0
    undo.trigger()
    assert claims_of(sample_db) == []
    assert not undo.isEnabled()


def test_delete_and_undo_restore_the_claim_with_its_id_and_sources(
    make_window, sample_db, add_claim
):
    claim_id = add_claim(sample_db, PHRASE, verdict="false", sources=["https://example.org/a"])
    window = make_window(sample_db)
    window.reveal_claim(claim_id)
    before = claims_of(sample_db)
    window.findChild(QAction, "actionDeleteClaim").trigger()
    assert claims_of(sample_db) == []
    assert window.current_claim() is None
    assert window.view.highlight_ranges() == []
    window.findChild(QAction, "actionUndo").trigger()
    assert as_written(claims_of(sample_db)) == as_written(before)
    assert claims_of(sample_db)[0]["revision"] > before[0]["revision"]  # a change too
    assert window.current_claim().id == claim_id
    assert len(window.view.highlight_ranges()) == 1


def test_sources_add_edit_remove_with_undo(make_window, sample_db, monkeypatch, add_claim):
    from annotator.ui import dialogs

    claim_id = add_claim(sample_db, PHRASE)
    window = make_window(sample_db)
    window.reveal_claim(claim_id)
    answers = iter([
        {"url": "https://www.bbc.com/news/world-south-asia-13256676", "title": "BBC",
         "publisher": "BBC News", "date": "2011-05-02", "quote": "killed"},
        {"url": "https://www.bbc.com/news/world-south-asia-13256676", "title": "BBC News, 2 May",
         "publisher": "BBC News", "date": "2011-05-02", "quote": "killed"},
    ])  # fmt: skip
    monkeypatch.setattr(dialogs.SourceDialog, "ask", classmethod(lambda cls, *a: next(answers)))
    window.findChild(QAction, "actionAddSource").trigger()
    table = window.inspector.sources
    assert table.model().rowCount() == 1
    table.selectRow(0)
    window.findChild(QAction, "actionEditSource").trigger()
    assert claims_of(sample_db)[0]["sources"][0]["title"] == "BBC News, 2 May"
    # Editing a cell in place is an undoable edit too.
    model = table.model()
    assert model.setData(model.index(0, 2), "BBC")
    assert claims_of(sample_db)[0]["sources"][0]["publisher"] == "BBC"
    window.findChild(QAction, "actionRemoveSource").trigger()
    assert claims_of(sample_db)[0]["sources"] == []
    undo = window.findChild(QAction, "actionUndo")
    undo.trigger()
    assert claims_of(sample_db)[0]["sources"][0]["publisher"] == "BBC"
    undo.trigger()
    undo.trigger()
    assert claims_of(sample_db)[0]["sources"][0]["title"] == "BBC"
    undo.trigger()
    assert claims_of(sample_db)[0]["sources"] == []


def test_only_http_sources_are_accepted(make_window, sample_db, monkeypatch, qtbot, add_claim):
    from annotator.ui import dialogs

    dialog = dialogs.SourceDialog(None)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    for url, accepted in (("javascript:alert(1)", False), ("ftp://x.org/a", False),
                          ("https://x.org/a", True), ("", False)):  # fmt: skip
        dialog.url.setText(url)
        assert ok.isEnabled() is accepted, url

    claim_id = add_claim(sample_db, PHRASE)
    window = make_window(sample_db)
    window.reveal_claim(claim_id)
    bad = {"url": "javascript:alert(1)", "title": None, "publisher": None, "date": None,
           "quote": None}  # fmt: skip
    monkeypatch.setattr(dialogs.SourceDialog, "ask", classmethod(lambda cls, *a: bad))
    window.findChild(QAction, "actionAddSource").trigger()
    assert claims_of(sample_db)[0]["sources"] == []
    assert "http" in window.last_message.text()
    assert not window.undo_stack.canUndo()


def test_claim_reviewed_counter_warns_when_long_or_naming_the_verdict(
    make_window, sample_db, add_claim
):
    claim_id = add_claim(sample_db, PHRASE)
    window = make_window(sample_db)
    window.reveal_claim(claim_id)
    inspector = window.inspector
    assert inspector.counter.text() == f"{len(PHRASE)} / 75"
    assert inspector.counter.property("warning") is False
    inspector.claim_reviewed.setText("x" * 80)
    assert inspector.counter.text().startswith("80 / 75")
    assert inspector.counter.property("warning") is True
    inspector.claim_reviewed.setText("C'est faux : Ben Laden tué en 2001")
    assert inspector.counter.property("warning") is True
    assert "Faux" in inspector.counter.toolTip()


def test_search_and_filters(make_window, sample_db, tmp_path, write_articles, add_claim):
    from annotator.services import articles

    with open_store(sample_db) as store:
        articles.import_paths(store, write_articles(tmp_path / "in", 3))
    add_claim(sample_db, PHRASE, verdict="false", status="in-review")
    window = make_window(sample_db)
    model = window.article_model
    assert model.rowCount() == 4
    window.search.setText("palantir")
    assert model.rowCount() == 1 and "Palantir" in model.index(0, 0).data()
    assert window.article_count.text() == "1 article correspond"
    window.search.setText("")
    window.verdict_filter.setCurrentIndex(window.verdict_filter.findData("false"))
    assert model.rowCount() == 1
    window.verdict_filter.setCurrentIndex(0)
    window.status_filter.setCurrentIndex(window.status_filter.findData("no-claims"))
    assert model.rowCount() == 3
    window.status_filter.setCurrentIndex(window.status_filter.findData("in-review"))
    assert model.rowCount() == 1


def test_language_switch_translates_the_window_and_the_verdicts(make_window, sample_db, add_claim):
    claim_id = add_claim(sample_db, PHRASE, verdict="false")
    window = make_window(sample_db)
    window.reveal_claim(claim_id)
    mark = window.findChild(QAction, "actionMarkClaim")
    assert mark.text() == "&Marquer l'affirmation"
    assert mark.shortcut().toString() == "Ctrl+M"
    window.findChild(QAction, "actionLanguage_en").trigger()
    assert mark.text() == "&Mark claim"
    combo = window.findChild(QComboBox, "verdictCombo")
    assert combo.currentText() == "False"
    assert combo.findText("Faux") == combo.currentIndex()  # French labels still found
    assert window.claim_model.index(0, 1).data() == "False"
    assert QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "annotator",
                     "annotator").value("language") == "en"  # fmt: skip
    window.set_language("fr")
    assert combo.currentText() == "Faux"


def test_opening_a_foreign_file_is_refused_and_changes_nothing(make_window, sample_db, tmp_path):
    window = make_window(sample_db)
    foreign = tmp_path / "notes.db"
    foreign.write_bytes(b"not a database at all")
    assert window.open_database(str(foreign)) is False
    assert "not an Annotator database" in window.last_message.text()
    assert foreign.read_bytes() == b"not a database at all"
    assert window.store.path == str(sample_db)
    other = tmp_path / "other.db"
    assert window.open_database(str(other), create=True)
    assert window.article_model.rowCount() == 0
    assert window.windowTitle().startswith("other.db")
    assert str(other) in window.recent_databases()


def test_layout_is_remembered(make_window, sample_db):
    window = make_window(sample_db)
    window.show()
    window.resize(760, 560)  # the offscreen screen is 800×600
    window.main_splitter.setSizes([200, 300, 260])
    sizes = window.main_splitter.sizes()
    window.close()
    again = make_window(sample_db)
    again.show()
    assert (again.width(), again.height()) == (760, 560)
    assert again.main_splitter.sizes() == sizes


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_action_has_a_text_and_shortcuts_show_in_menus(make_window, sample_db, language):
    window = make_window(sample_db)
    window.set_language(language)
    for action in window.findChildren(QAction):
        if action.objectName().startswith("action"):
            assert action.text(), action.objectName()
    names = ("actionMarkClaim", "actionDeleteClaim", "actionUndo", "actionRedo",
             "actionNextClaim", "actionPreviousClaim", "actionImport", "actionExport")  # fmt: skip
    for name in names:
        action = window.findChild(QAction, name)
        assert not action.shortcut().isEmpty(), name
        assert action.menu() is None and action.associatedObjects(), name


def test_recent_databases_survive_a_restart_with_one_entry(make_window, sample_db, tmp_path):
    """QSettings reads a one-item list back as a string: never listed letter by letter."""
    from PySide6.QtGui import QAction as Action

    first = tmp_path / "first.db"
    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "annotator",
                         "annotator")  # fmt: skip
    ini = settings.fileName()
    del settings
    # What the first launch left: Qt writes a list of one path as a plain value.
    Path(ini).parent.mkdir(parents=True, exist_ok=True)
    Path(ini).write_text(f"[General]\nrecentDatabases={first}\n", encoding="utf-8")
    window = make_window(sample_db)  # the second launch
    assert window.recent_databases() == [str(sample_db), str(first)]
    window.recent_menu.aboutToShow.emit()
    texts = [a.text() for a in window.recent_menu.actions() if isinstance(a, Action)]
    assert texts == [str(sample_db), str(first)]
    other = tmp_path / "other.db"
    assert window.open_database(str(other), create=True)
    assert window.recent_databases() == [str(other), str(sample_db), str(first)]


def own_text(db, claim_id: int) -> str | None:
    """The claimReviewed the user wrote (`claims --json` shows the quote in its place)."""
    with open_store(db) as store:
        return claim_service.get_claim(store, claim_id).review.claim_reviewed


def test_claim_reviewed_shows_what_will_be_exported(make_window, sample_db, add_claim):
    """Empty, claimReviewed exports the quote: the field shows it, marked as such."""
    claim_id = add_claim(sample_db, PHRASE)
    window = make_window(sample_db)
    window.reveal_claim(claim_id)
    inspector = window.inspector
    field, origin = inspector.claim_reviewed, inspector.reviewed_origin
    assert field.text() == PHRASE
    assert origin.isVisibleTo(inspector) and origin.text() == "d'après la citation"
    assert field.property("fromQuote") is True
    assert own_text(sample_db, claim_id) is None  # shown, not saved
    assert not window.undo_stack.canUndo()

    field.setText("Ben Laden a été tué en 2001")
    assert own_text(sample_db, claim_id) == "Ben Laden a été tué en 2001"
    assert not origin.isVisibleTo(inspector) and field.property("fromQuote") is False

    window.findChild(QAction, "actionUndo").trigger()
    assert own_text(sample_db, claim_id) is None
    assert field.text() == PHRASE and origin.isVisibleTo(inspector)

    # Emptied by the user: the quote is what is exported, and shown again once they leave.
    field.setText("")
    field.editingFinished.emit()
    assert field.text() == PHRASE and own_text(sample_db, claim_id) is None


def _point_at(view, position: int):
    cursor = QTextCursor(view.document())
    cursor.setPosition(position)
    return view.cursorRect(cursor).center()


def test_a_dragged_selection_takes_whole_words(make_window, sample_db, qtbot):
    from PySide6.QtTest import QTest

    window = make_window(sample_db)
    window.resize(1400, 850)
    window.show()
    qtbot.waitExposed(window)
    view = window.view
    text = view.toPlainText()
    start = text.index("premier contrat") + 3  # inside "premier"
    end = text.index("avait été signé") + 4  # "avai|t"
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=_point_at(view, start))
    for step in (0.3, 0.6, 1.0):
        a, b = _point_at(view, start), _point_at(view, end)
        QTest.mouseMove(viewport, a + (b - a) * step)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=_point_at(view, end))
    assert view.textCursor().selectedText() == "premier contrat avait"
    window.findChild(QAction, "actionMarkClaim").trigger()
    assert claims_of(sample_db)[0]["quote"] == "premier contrat avait"


def test_a_keyboard_selection_may_keep_part_of_a_word(make_window, sample_db, qtbot):
    window = make_window(sample_db)
    window.show()
    qtbot.waitExposed(window)
    view = window.view
    cursor = view.textCursor()
    cursor.setPosition(view.toPlainText().index("Palantir Technologies"))
    view.setTextCursor(cursor)
    for _ in range(5):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.textCursor().selectedText() == "Palan"
    window.findChild(QAction, "actionMarkClaim").trigger()
    assert claims_of(sample_db)[0]["quote"] == "Palan"


@pytest.mark.parametrize(
    ("text", "span", "words"),
    [
        ("Le premier contrat avait été", (3, 22), (3, 24)),  # "premier contrat avai"
        ("Le premier contrat avait été", (3, 10), (3, 10)),  # whole already
        ("en 2001, au", (4, 6), (3, 7)),  # "00" -> "2001", not the comma
        ("l'exposition aux", (4, 8), (2, 12)),  # stops at the apostrophe
        ("🔎 tué par", (3, 7), (2, 9)),  # code points, after an emoji
    ],
)
def test_whole_words(text, span, words):
    from annotator.ui.articleview import whole_words

    assert whole_words(text, *span) == words


def _characters_a_line(window) -> float:
    view = window.view
    text_width = view.viewport().width() - 2 * view.document().documentMargin()
    return text_width / view.fontMetrics().averageCharWidth()


def _settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.isVisible())
    QApplication.processEvents()


def test_a_small_window_keeps_the_article_readable(make_window, sample_db, qtbot, add_claim):
    """At 1024×640 the article kept about 180 px (two to four words a line)."""
    from PySide6.QtWidgets import QScrollArea

    claim_id = add_claim(sample_db, PHRASE, verdict="false")
    window = make_window(sample_db)
    window.resize(1024, 640)
    window.show()
    _settle(qtbot, window)
    window.reveal_claim(claim_id)
    QApplication.processEvents()
    left, centre, right = window.main_splitter.sizes()
    assert _characters_a_line(window) >= 45
    assert centre >= 400 and left < 330 and right < 440  # the panels gave way
    assert window.legend.height() < 90  # the legend flows on a few lines, not one a line
    # The narrower inspector still shows its fields whole.
    scroll = window.findChild(QScrollArea, "inspectorScroll")
    assert window.inspector.minimumSizeHint().width() <= scroll.viewport().width()

    # Made smaller by the user: the article still keeps its width.
    window.resize(1440, 900)
    QApplication.processEvents()
    window.main_splitter.setSizes([500, 400, 540])
    window.resize(1024, 640)
    QApplication.processEvents()
    assert _characters_a_line(window) >= 45


def test_a_layout_saved_in_a_big_window_stays_readable_in_a_small_one(
    make_window, sample_db, qtbot
):
    window = make_window(sample_db)
    window.resize(1440, 900)
    window.show()
    _settle(qtbot, window)
    window.main_splitter.setSizes([420, 500, 520])
    saved = window.main_splitter.sizes()
    window.close()
    again = make_window(sample_db)
    again.resize(1440, 900)  # offscreen, a restored geometry is clipped to its 800×600 screen
    again.show()
    _settle(qtbot, again)
    assert again.main_splitter.sizes() == saved  # remembered
    again.resize(1024, 640)
    QApplication.processEvents()
    assert _characters_a_line(again) >= 45


def test_the_first_window_fits_the_screen(make_window, sample_db):
    """The first start asked for 1400×850 whatever the screen (offscreen: 800×600)."""
    window = make_window(sample_db)
    room = window.screen().availableGeometry()
    assert window.width() <= room.width() and window.height() <= room.height()
