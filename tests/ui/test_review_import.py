"""File ▸ Import reviews (ClaimReview): a worker job with progress and a summary."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from annotator.ui.jobs import running_jobs
from tests.support import PHRASE

OTHER_CHECKS = Path(__file__).parent / "data" / "other-checks.json"


def test_the_file_menu_imports_reviews_in_a_worker(make_window, sample_db, tmp_path, qtbot):
    broken = tmp_path / "broken.json"
    broken.write_text("{ not json", encoding="utf-8")
    window = make_window(sample_db)
    action = window.findChild(QAction, "actionImportReviews")
    assert action.text() == "Importer des &vérifications (ClaimReview)…"
    assert action in window.file_menu.actions()

    progress: list[tuple[int, int]] = []
    job = window.import_review_paths([OTHER_CHECKS, broken])
    job.progressed.connect(lambda done, total, _c: progress.append((done, total)))
    with qtbot.waitSignal(window.reviews_imported, timeout=20_000) as imported:
        pass
    report = imported.args[0]
    assert (report.attached, report.external, len(report.failed)) == (0, 3, 1)
    assert running_jobs() == [] and not job.is_running()
    assert progress and progress[-1] == (2, 2)
    box = window.last_message
    assert box.objectName() == "reviewImportSummary"
    assert box.text() == (
        "Vérifications importées : 0 rattachées à des articles, 3 externes (autres rédactions), "
        "1 en échec"
    )
    assert "broken.json" in box.detailedText()
    assert "1 vérification ou fichier n'a pas pu être lu" in box.informativeText()
    assert window.statusBar().currentMessage() == box.text()

    # What was imported is found at once.
    window.search.setText("oussama")
    assert [h.checked_by for h in window.review_hits.model.hits()] == ["AFP Factuel"]


def test_reviews_of_our_articles_are_attached_and_shown(
    make_window, sample_db, tmp_path, qtbot, monkeypatch, add_claim
):
    claim_id = add_claim(sample_db, "Fondée en 2003")
    window = make_window(sample_db)
    window.reveal_claim(claim_id)
    ours = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": "https://verif.example.org/palantir#claim-9",
        "author": {"@type": "Organization", "name": "Les Vérificateurs"},
        "claimReviewed": PHRASE,
        "reviewRating": {"@type": "Rating", "ratingValue": 1, "alternateName": "Faux"},
        "itemReviewed": {
            "@type": "Claim",
            "appearance": {
                "@type": "CreativeWork",
                "url": "https://www.example.org/actualites/2019/11/dgsi-palantir-contrat",
            },
        },
    }
    path = tmp_path / "ours.jsonld"
    path.write_text(json.dumps(ours), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(path)], ""))
    window.findChild(QAction, "actionImportReviews").trigger()
    with qtbot.waitSignal(window.reviews_imported, timeout=20_000) as imported:
        pass
    assert (imported.args[0].attached, imported.args[0].external) == (1, 0)
    # The attached review is a claim of the article shown, listed and highlighted.
    assert window.claim_model.rowCount() == 2
    assert len(window.view.highlight_ranges()) == 2
    assert window.current_claim().id == claim_id  # the selection stays
    assert window.article_model.row(0).claims == 2
