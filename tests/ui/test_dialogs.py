"""Export and settings dialogs: pre-flight problems, jump to the claim, checked settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from annotator.services import claims as claim_service
from annotator.services import settings as settings_service
from annotator.store import open_store
from tests.support import PHRASE


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


def test_export_with_nothing_to_export_offers_nothing_and_says_why(
    make_window, sample_db, tmp_path, qtbot
):
    window = make_window(sample_db)
    dialog = window.export_dialog()
    qtbot.addWidget(dialog)
    target = tmp_path / "out.xml"
    dialog.path.setText(str(target))
    assert not dialog.export_button.isEnabled()
    assert not any(b.isEnabled() for b in (dialog.scope_article, dialog.scope_all,
                                           dialog.scope_published))  # fmt: skip
    assert dialog.message.text().startswith("Rien à exporter")
    assert dialog.scope_article.toolTip() == (
        "Aucune affirmation de cet article n'a encore de verdict."
    )
    dialog.start_export()
    assert not target.exists() and not window.running_jobs()


def test_the_file_label_is_a_mnemonic_for_the_path(make_window, sample_db, qtbot):
    """Given a layout, QFormLayout.addRow makes a label with no buddy: "F&ichier" showed."""
    from PySide6.QtWidgets import QFormLayout, QLabel

    window = make_window(sample_db)
    dialog = window.export_dialog()
    qtbot.addWidget(dialog)
    form = dialog.findChild(QFormLayout)
    for row, field in ((0, dialog.format), (2, dialog.path)):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
        assert isinstance(label, QLabel) and label.buddy() is field, row
    assert dialog.findChild(QLabel, "exportPathLabel").text() == "F&ichier"


def test_only_scopes_that_can_succeed_are_offered(
    make_window, sample_db, tmp_path, qtbot, add_claim
):
    from annotator.services import articles

    with open_store(sample_db) as store:
        articles.import_paths(store, [_article_file(tmp_path)])
    # A draft with a verdict in the sample (article 1).
    add_claim(sample_db, PHRASE, verdict="false")
    window = make_window(sample_db)
    window.show_article(2)  # the other article: no claims
    dialog = window.export_dialog()
    qtbot.addWidget(dialog)
    assert not dialog.scope_article.isEnabled()
    assert dialog.scope_all.isEnabled() and dialog.scope_all.isChecked()
    assert dialog.scope_all.text() == "&Toutes les vérifications (1)"
    assert not dialog.scope_published.isEnabled()
    assert dialog.export_button.isEnabled()


def _article_file(folder):
    path = folder / "autre.txt"
    path.write_text("title: Un autre article\n\nRien à vérifier ici.\n", encoding="utf-8")
    return path


def test_the_dialog_remembers_format_scope_and_folder(
    make_window, sample_db, tmp_path, qtbot, add_claim
):
    add_claim(sample_db, PHRASE, verdict="false", status="published")
    window = make_window(sample_db)
    dialog = window.export_dialog()
    qtbot.addWidget(dialog)
    assert dialog.scope_article.isChecked()  # a first export: this article
    dialog.format.setCurrentIndex(dialog.format.findData("jsonld"))
    dialog.scope_published.setChecked(True)
    folder = tmp_path / "exports"
    folder.mkdir()
    dialog.path.setText(str(folder / "checks.jsonld"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: (folder / "checks.jsonld").exists(), timeout=30_000)
    qtbot.waitUntil(lambda: not window.running_jobs(), timeout=30_000)
    dialog.close()

    again = window.export_dialog()
    qtbot.addWidget(again)
    assert again.fmt() == "jsonld"
    assert again.scope_published.isChecked() and not again.scope_article.isChecked()
    assert again.path.text().startswith(str(folder))


def test_an_existing_file_is_replaced_only_when_the_user_agrees(
    make_window, sample_db, tmp_path, qtbot, monkeypatch, add_claim
):
    from annotator.ui.dialogs import ExportDialog

    add_claim(sample_db, PHRASE, verdict="false")
    window = make_window(sample_db)
    target = tmp_path / "out.xml"
    target.write_text("mine", encoding="utf-8")
    asked = []
    answer = [False]
    monkeypatch.setattr(
        ExportDialog, "confirm_overwrite", lambda self, path: asked.append(path) or answer[0]
    )
    dialog = window.export_dialog()
    qtbot.addWidget(dialog)
    dialog.path.setText(str(target))
    dialog.export_button.click()
    assert asked == [target] and not window.running_jobs()
    assert target.read_text(encoding="utf-8") == "mine"
    assert dialog.message.text() == "Rien n'a été écrit : le fichier a été conservé."
    answer[0] = True
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not window.running_jobs(), timeout=30_000)
    assert b"ClaimReview" in target.read_bytes()


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


TITLE = "Renseignement : la DGSI prolonge son contrat avec Palantir"


def test_export_problems_speak_the_window_language(
    make_window, sample_db, tmp_path, qtbot, add_claim
):
    """Not "claim 1: itemReviewed.author: …" nor "annotator settings …": the article's
    title, the claim's words, the field's label, and a button to the dialog that fixes it."""
    from annotator.ui.dialogs import SettingsDialog

    # No claimant, no publisher name, no base address: warnings.
    add_claim(sample_db, PHRASE, verdict="false")
    window = make_window(sample_db)
    dialog = window.export_dialog()
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "out.xml"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "out.xml").exists(), timeout=30_000)
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=30_000)
    texts = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    joined = "\n".join(texts)
    for english in ("claim 1", "itemReviewed", "annotator settings", "publisher:", "no claimant"):
        assert english not in joined, english
    claimant = next(t for t in texts if "Auteur (qui l'a dit)" in t)
    assert claimant == (
        "⚠ « tué par un commando américain en 2001 » dans « Renseignement : la DGSI prolonge "
        "son contrat… » — Auteur (qui l'a dit) : non renseigné (qui a fait cette affirmation ?)"
    )
    # Named by the settings dialog's own label for the field.
    assert any(t.startswith("⚠ Nom de la rédaction : non renseigné") for t in texts)
    assert any("Paramètres de l'éditeur…" in t for t in texts)
    # Long problems wrap instead of scrolling sideways.
    assert dialog.problems.wordWrap()
    assert dialog.problems.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    # The dialog that fixes the settings is one click away.
    assert dialog.settings_button.isVisibleTo(dialog)
    assert dialog.settings_button.text() == "Paramètres de l'éditeur…"
    dialog.settings_button.click()
    opened = dialog.findChild(SettingsDialog)
    assert opened is not None and opened.isVisible()
    opened.reject()


def test_export_problems_in_english(make_window, sample_db, tmp_path, qtbot, add_claim):
    add_claim(sample_db, PHRASE, verdict="false", claim_reviewed="x" * 90)
    window = make_window(sample_db)
    window.set_language("en")
    dialog = window.export_dialog()
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "out.jsonld"))
    dialog.format.setCurrentIndex(dialog.format.findData("jsonld"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "out.jsonld").exists(), timeout=30_000)
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=30_000)
    texts = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any(
        t.endswith("— Claim as reviewed (claimReviewed): 90 characters, Google recommends "
                   "about 75 (write a shorter restatement)") for t in texts
    ), texts  # fmt: skip
    assert dialog.message.text().startswith("Exported 1 review to ")


def test_nothing_to_export_names_the_article(make_window, sample_db, tmp_path, qtbot):
    window = make_window(sample_db)
    job = window.export_to(str(tmp_path / "out.xml"), fmt="claimreview-xml", article_id=1)
    with qtbot.waitSignal(job.failed, timeout=30_000):
        pass
    assert window.last_message.text() == (
        f"Rien à exporter : « {TITLE} » n'a encore aucune affirmation évaluée."
    )
    assert not (tmp_path / "out.xml").exists()


def test_settings_errors_name_the_field_in_the_window_language(make_window, sample_db, qtbot):
    from annotator.ui.dialogs import SettingsDialog

    window = make_window(sample_db)
    dialog = SettingsDialog(window, window.store)
    qtbot.addWidget(dialog)
    dialog.edits["factcheck.base_url"].setText("verif.example.org/pages")
    dialog.save()
    assert dialog.error.text() == (
        "Adresse de base des pages de vérification : seules les adresses web complètes "
        "commençant par http:// ou https:// sont acceptées."
    )
    dialog.edits["factcheck.base_url"].setText("")
    dialog.edits["language"].setText("français")
    dialog.save()
    assert dialog.error.text() == (
        "Langue des exports (fr, en…) : ce n'est pas un code de langue comme fr ou en."
    )


def test_qt_own_dialogs_are_translated(make_window, sample_db, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel

    make_window(sample_db)
    picker = QFileDialog(None, "Exporter vers")
    picker.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(picker)
    # Qt's own French file lacks these two (Qt 6 gave them a mnemonic): ours has them.
    assert picker.findChild(QLabel, "lookInLabel").text() == "&Voir dans :"
    assert picker.findChild(QLabel, "fileTypeLabel").text() == "Fichiers de &type :"
    cancel = picker.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Annuler"


def test_the_settings_button_waits_for_a_problem_it_fixes(make_window, sample_db, qtbot, add_claim):
    add_claim(sample_db, PHRASE, verdict="false")
    window = make_window(sample_db)
    dialog = window.export_dialog()
    qtbot.addWidget(dialog)
    assert not dialog.settings_button.isVisibleTo(dialog)


def test_a_failed_export_started_elsewhere_lists_its_problems(make_window, sample_db, tmp_path,
                                                               qtbot, add_claim):  # fmt: skip
    add_claim(sample_db, PHRASE, status="published")
    window = make_window(sample_db)
    job = window.export_to(str(tmp_path / "out.xml"), fmt="claimreview-xml", status="published")
    with qtbot.waitSignal(job.failed, timeout=30_000):
        pass
    box = window.last_message
    assert (
        box.text() == "Rien n'a été écrit : 1 problème est à corriger d'abord (voir les détails)."
    )
    assert "Verdict : aucun (évaluez l'affirmation avant d'exporter)" in box.detailedText()
    assert not (tmp_path / "out.xml").exists()
