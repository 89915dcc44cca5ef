"""The running example end to end in the window: mark, rate, correct, source, undo, redo."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QPlainTextEdit, QTextEdit, QWidget

from annotator import cli
from annotator.services import articles
from annotator.store import open_store
from tests.support import PHRASE, select_text, utf16_len

REPO = Path(__file__).resolve().parents[2]
RUNNING_EXAMPLE = REPO.parent / "shared" / "samples" / "palantir-dgsi-2019-11.txt"

# Before the claim: an emoji, a flag (two code points, four UTF-16 units), a
# ZWJ sequence, a combining accent with no precomposed form, and NFD accents
# that import turns into NFC.
UNICODE_TEXT = (
    "title: Unicode avant l'affirmation\n"
    "date: 2019-11-28\n\n"
    "Réaction 😀 du ministère 🇫🇷 : « l'équipe 👩‍💻 a vérifié » q\u0307 et "
    + unicodedata.normalize("NFD", "Oussama Ben Laden, élément déjà connu, ")
    + f"{PHRASE} au Pakistan 🔎, après des années de traque.\n"
)

OWN_TEXT = (
    "date 2019-11\n"
    "Palantir et la DGSI. Les outils de Palantir auraient aidé à localiser "
    f"Oussama Ben Laden, {PHRASE} au Pakistan, après des années de traque.\n"
)


def claims_json(db: Path) -> list[dict]:
    result = CliRunner().invoke(cli.main, ["--db", str(db), "claims", "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def article_body(db: Path, article_id: int) -> str:
    result = CliRunner().invoke(cli.main, ["--db", str(db), "show", str(article_id), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["body"]


def import_file(db: Path, path: Path) -> None:
    with open_store(db) as store:
        report = articles.import_paths(store, [path])
    assert report.imported == 1, report.failed


def select_article(window, title_part: str) -> None:
    article_list = window.findChild(QAbstractItemView, "articleList")
    model = article_list.model()
    rows = [r for r in range(model.rowCount()) if title_part in model.index(r, 0).data()]
    assert rows, f"no article titled {title_part!r}"
    article_list.setCurrentIndex(model.index(rows[0], 0))


def select_phrase(window, phrase: str) -> None:
    view = window.findChild(QWidget, "articleView")
    assert isinstance(view, QPlainTextEdit | QTextEdit)
    assert view.isReadOnly()
    select_text(view, phrase)  # Qt positions are UTF-16 code units
    assert view.textCursor().selectedText() == phrase


def action(window, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def walk(window, db: Path, title_part: str, monkeypatch) -> None:
    """Mark the phrase, rate it Faux, correct it, source it; check; undo all; redo."""
    from annotator.ui import dialogs

    select_article(window, title_part)
    select_phrase(window, PHRASE)
    action(window, "actionMarkClaim").trigger()

    combo = window.findChild(QComboBox, "verdictCombo")
    faux = combo.findText("Faux")
    assert faux >= 0
    combo.setCurrentIndex(faux)
    window.findChild(QWidget, "correctionEdit").setPlainText("2011")
    source = {
        "url": "https://www.bbc.com/news/world-south-asia-13256676",
        "title": "Osama Bin Laden killed",
    }
    monkeypatch.setattr(dialogs.SourceDialog, "ask", classmethod(lambda cls, *a, **k: source))
    action(window, "actionAddSource").trigger()

    [claim] = claims_json(db)
    body = article_body(db, claim["article_id"])
    assert body[claim["start"] : claim["end"]] == PHRASE
    assert claim["start"] == body.index(PHRASE)
    assert claim["quote"] == PHRASE
    assert claim["verdict"] == "false"
    assert claim["correction"] == "2011"
    assert [s["url"] for s in claim["sources"]] == [source["url"]]
    claim_id = claim["id"]

    undo, redo = action(window, "actionUndo"), action(window, "actionRedo")
    for _ in range(10):
        if not claims_json(db):
            break
        undo.trigger()
    assert claims_json(db) == []
    assert not window.findChild(QAbstractItemView, "claimList").model().rowCount()

    redo.trigger()
    [back] = claims_json(db)
    assert back["id"] == claim_id
    assert (back["start"], back["end"]) == (claim["start"], claim["end"])
    assert window.findChild(QAbstractItemView, "claimList").model().rowCount() == 1
    while redo.isEnabled():
        redo.trigger()
    [again] = claims_json(db)
    # The same claim, every field; undo and redo were changes too (a later revision).
    history = ("revision", "updated_at")
    assert {k: v for k, v in again.items() if k not in history} == {
        k: v for k, v in claim.items() if k not in history
    }
    assert again["revision"] > claim["revision"]


@pytest.mark.skipif(not RUNNING_EXAMPLE.exists(), reason="../shared/samples is absent")
def test_running_example_from_shared_sample(make_window, db_path, monkeypatch):
    import_file(db_path, RUNNING_EXAMPLE)
    window = make_window(db_path)
    walk(window, db_path, "Palantir", monkeypatch)


def test_running_example_on_own_text(make_window, db_path, tmp_path, monkeypatch):
    path = tmp_path / "palantir.txt"
    path.write_text(OWN_TEXT, encoding="utf-8")
    import_file(db_path, path)
    window = make_window(db_path)
    walk(window, db_path, "Palantir", monkeypatch)


def test_emoji_flags_and_combining_accents_before_the_claim(
    make_window, db_path, tmp_path, monkeypatch
):
    path = tmp_path / "unicode.txt"
    path.write_bytes(UNICODE_TEXT.encode("utf-8"))
    import_file(db_path, path)
    window = make_window(db_path)
    view = window.findChild(QWidget, "articleView")
    select_article(window, "Unicode")
    text = view.toPlainText()
    assert unicodedata.is_normalized("NFC", text)
    assert utf16_len(text[: text.index(PHRASE)]) > text.index(PHRASE)  # offsets do differ
    walk(window, db_path, "Unicode", monkeypatch)


def test_highlight_covers_exactly_the_claim_after_emoji(make_window, db_path, tmp_path):
    path = tmp_path / "unicode.txt"
    path.write_bytes(UNICODE_TEXT.encode("utf-8"))
    import_file(db_path, path)
    result = CliRunner().invoke(
        cli.main,
        ["--db", str(db_path), "claim", "add", "1", "--quote", PHRASE, "--verdict", "Faux"],
    )
    assert result.exit_code == 0, result.output
    window = make_window(db_path)
    select_article(window, "Unicode")
    view = window.findChild(QWidget, "articleView")
    [(start, end, verdict)] = view.highlight_ranges()
    cursor = view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == PHRASE
    assert verdict == "false"
