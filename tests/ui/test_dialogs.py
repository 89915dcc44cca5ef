"""Export and settings dialogs: pre-flight problems, jump to the claim, checked settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from annotator.services import claims as claim_service
from annotator.services import settings as settings_service
from annotator.store import open_store

PHRASE = "tué par un commando américain en 2001"


def test_export_dialog_lists_problems_and_double_click_shows_the_claim(
    make_window, sample_db, tmp_path, qtbot
):
    pytest.importorskip("annotator.io.claimreview")
    with open_store(sample_db) as store:
        claim, _ = claim_service.add_claim_by_quote(
            store, article_id=1, quote=PHRASE, verdict="false",
            claim_reviewed="Oussama Ben Laden a été tué par un commando américain en 2001 au "
            "Pakistan, après des années de traque",
        )  # fmt: skip
        other, _ = claim_service.add_claim_by_quote(store, article_id=1, quote="Fondée en 2003")
    window = make_window(sample_db)
    window.reveal_claim(other.id)
    dialog = window.export_dialog()
    qtbot.addWidget(dialog)
    assert dialog.fmt() == "claimreview-xml" and dialog.scope_article.isChecked()
    target = tmp_path / "out.xml"
    dialog.path.setText(str(target))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=30_000)
    assert target.exists()
    items = [dialog.problems.item(i) for i in range(dialog.problems.count())]
    mine = [i for i in items if i.data(Qt.ItemDataRole.UserRole) == claim.id]
    assert mine and "claimReviewed" in mine[0].text()
    dialog.problems.itemActivated.emit(mine[0])
    assert window.current_claim().id == claim.id


def test_export_with_nothing_to_export_writes_nothing(make_window, sample_db, tmp_path, qtbot):
    pytest.importorskip("annotator.io.claimreview")
    window = make_window(sample_db)
    dialog = window.export_dialog()
    qtbot.addWidget(dialog)
    target = tmp_path / "out.xml"
    dialog.path.setText(str(target))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=30_000)
    assert not target.exists()
    assert dialog.message.text().startswith("Rien n'a été écrit")


def test_export_dialog_writes_a_valid_file(make_window, sample_db, tmp_path, qtbot):
    pytest.importorskip("annotator.io.claimreview")
    with open_store(sample_db) as store:
        claim_service.add_claim_by_quote(
            store, article_id=1, quote=PHRASE, verdict="false", correction="2011",
            sources=["https://www.bbc.com/news/world-south-asia-13256676"],
        )  # fmt: skip
    window = make_window(sample_db)
    dialog = window.export_dialog()
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "out.xml"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "out.xml").exists(), timeout=30_000)
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=30_000)
    assert "1 vérification exportée" in dialog.message.text()
    assert b"ClaimReview" in (tmp_path / "out.xml").read_bytes()


def test_settings_dialog_checks_every_value_before_saving(make_window, sample_db, qtbot):
    from annotator.ui.dialogs import SettingsDialog

    window = make_window(sample_db)
    dialog = SettingsDialog(window, window.store)
    qtbot.addWidget(dialog)
    dialog.edits["publisher.name"].setText("Les Vérificateurs")
    dialog.edits["publisher.url"].setText("javascript:alert(1)")
    dialog.save()
    assert dialog.error.isVisibleTo(dialog) and "http" in dialog.error.text()
    assert settings_service.get_settings(window.store)["publisher.name"] is None
    dialog.edits["publisher.url"].setText("https://verif.example.org")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = settings_service.get_settings(window.store)
    assert saved["publisher.name"] == "Les Vérificateurs"
    assert saved["publisher.url"] == "https://verif.example.org"
