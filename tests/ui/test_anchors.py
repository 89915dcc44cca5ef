"""Claims after a new version of their article: a proposed place to accept or reject,
orphans to anchor again by hand, each step undoable."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from annotator import cli, resources
from annotator.services import articles
from annotator.services import claims as claim_service
from annotator.store import open_store
from tests.support import PHRASE, select_text

AUDIT = "Des élus demandent néanmoins un audit indépendant"


def claim_json(db: Path, claim_id: int) -> dict:
    result = CliRunner().invoke(cli.main, ["--db", str(db), "claims", "--json"])
    assert result.exit_code == 0, result.output
    return next(c for c in json.loads(result.stdout) if c["id"] == claim_id)


def import_versions(db: Path, tmp_path: Path, quote: str, old: str, new: str) -> tuple[int, int]:
    """The sample (with its url) as version 1 with a claim on `quote`, then version 2
    where `old` became `new`; returns (version 2's id, the claim's id)."""
    text = resources.path("sample-article.txt").read_text(encoding="utf-8")
    assert old in text
    first, second = tmp_path / "v1.txt", tmp_path / "v2.txt"
    first.write_text(text, encoding="utf-8")
    second.write_text(text.replace(old, new), encoding="utf-8")
    with open_store(db) as store:
        v1 = articles.import_paths(store, [first]).changes.articles
        claim, _ = claim_service.add_claim_by_quote(
            store, article_id=min(v1), quote=quote, verdict="false", correction="2011"
        )
        report = articles.import_paths(store, [second])
    assert report.imported == 1
    return max(report.changes.articles), claim.id  # the new version is the newest row


def test_a_proposed_place_shows_old_and_new_then_accept_undo_reject(
    make_window, db_path, tmp_path, qtbot, qtmodeltester
):
    v2, claim_id = import_versions(
        db_path, tmp_path, PHRASE, "en 2001 au Pakistan", "en 2011 au Pakistan"
    )
    before = claim_json(db_path, claim_id)
    assert (before["anchor"], before["quote"], before["article_id"]) == ("needs-review", PHRASE, v2)

    window = make_window(db_path)
    window.show()
    qtbot.waitExposed(window)
    # The article's card says a place is to check.
    counts = window.article_model.attention(v2)
    assert (counts.needs_review, counts.orphans) == (1, 0)
    assert window.attention_texts(counts) == ["1 à vérifier"]

    window.reveal_claim(claim_id)
    inspector = window.inspector
    panel = inspector.anchor_review
    assert not panel.isHidden()
    old, new = panel.texts()
    assert "localiser Oussama Ben Laden, tué par un commando américain en 2001 au Pakistan" in old
    assert "localiser Oussama Ben Laden, tué par un commando américain en 2011 au Pakistan" in new
    # Provisional in the view (dashed, "?") and marked in the claim list.
    assert window.view.provisional() == {claim_id}
    row = window.claim_model.row_of(claim_id)
    index = window.claim_model.index(row, 0)
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert index.data(Qt.ItemDataRole.AccessibleDescriptionRole) == "ancrage à vérifier"
    assert window.findChild(QAction, "actionAcceptAnchor").isEnabled()
    window.grab()  # paints the card, the provisional highlight and the panel

    accept = window.findChild(QPushButton, "acceptAnchorButton")
    assert accept.text() == "Accepter"
    accept.click()
    accepted = claim_json(db_path, claim_id)
    assert (accepted["anchor"], accepted["quote"], accepted["verdict"]) == (
        "exact", "tué par un commando américain en 2011", "false",
    )  # fmt: skip
    stack = window.undo_stack
    assert stack.undoText() == f"Accepter le nouvel ancrage de « {PHRASE} »"
    assert panel.isHidden() and window.view.provisional() == frozenset()
    assert window.article_model.attention(v2).needs_review == 0

    window.findChild(QAction, "actionUndo").trigger()
    undone = claim_json(db_path, claim_id)
    assert (undone["anchor"], undone["quote"], undone["start"]) == (
        "needs-review", PHRASE, before["start"],
    )  # fmt: skip
    assert not panel.isHidden() and window.view.provisional() == {claim_id}
    assert window.current_claim().id == claim_id

    window.findChild(QPushButton, "rejectAnchorButton").click()
    rejected = claim_json(db_path, claim_id)
    assert (rejected["anchor"], rejected["start"], rejected["quote"]) == ("orphan", None, PHRASE)
    assert stack.undoText() == f"Rejeter le nouvel ancrage de « {PHRASE} »"
    # An orphan: listed last, marked, no highlight; the inspector says what to do.
    model = window.claim_model
    assert model.claim_id(model.rowCount() - 1) == claim_id
    assert model.index(model.rowCount() - 1, 0).data(Qt.ItemDataRole.FontRole).italic()
    assert claim_id not in window.view.provisional()
    assert len(window.view.highlight_ranges()) == 0
    assert not inspector.anchor_note.isHidden() and "Orpheline" in inspector.anchor_note.text()
    assert not inspector.anchor_here_button.isHidden()
    assert window.article_model.attention(v2) == (0, 1)
    window.grab()
    qtmodeltester.check(window.claim_model)  # with an orphan and its marks
    qtmodeltester.check(window.article_model)

    window.findChild(QAction, "actionUndo").trigger()
    assert claim_json(db_path, claim_id)["anchor"] == "needs-review"
    assert window.view.provisional() == {claim_id}
    window.findChild(QAction, "actionRedo").trigger()
    assert claim_json(db_path, claim_id)["anchor"] == "orphan"


def test_an_orphan_is_anchored_here_and_undone(make_window, db_path, tmp_path):
    v2, claim_id = import_versions(
        db_path, tmp_path, AUDIT, "Des élus demandent néanmoins un audit indépendant de l'outil.",
        "",
    )  # fmt: skip
    assert claim_json(db_path, claim_id)["anchor"] == "orphan"
    window = make_window(db_path)
    model = window.claim_model
    assert model.claim_id(model.rowCount() - 1) == claim_id  # listed, at the end
    window.reveal_claim(claim_id)
    button = window.inspector.anchor_here_button
    assert not button.isHidden() and button.text() == "Ancrer ici"

    button.click()  # nothing selected: says what to do, changes nothing
    assert "Sélectionnez" in window.statusBar().currentMessage()
    assert not window.undo_stack.canUndo()

    target = "Les données traitées restent sur le réseau interne"
    select_text(window.view, target)
    assert window.findChild(QAction, "actionAnchorHere").isEnabled()
    button.click()
    anchored = claim_json(db_path, claim_id)
    assert (anchored["anchor"], anchored["quote"], anchored["article_id"]) == (
        "exact", target, v2,
    )  # fmt: skip
    assert anchored["verdict"] == "false"  # the review stays with the claim
    assert window.undo_stack.undoText() == f"Ancrer « {target[:39]}… » ici"
    assert len(window.view.highlight_ranges()) == 1
    assert window.current_claim().id == claim_id
    assert button.isHidden()

    window.findChild(QAction, "actionUndo").trigger()
    undone = claim_json(db_path, claim_id)
    assert (undone["anchor"], undone["start"], undone["quote"]) == ("orphan", None, AUDIT)
    assert window.view.highlight_ranges() == []
    window.findChild(QAction, "actionRedo").trigger()
    assert claim_json(db_path, claim_id)["quote"] == target
