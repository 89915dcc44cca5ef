"""The window, its background jobs and other processes on one database file.

A job (import, export, review import) once opened a second store, whose
header sniffing with Python's open()/close() dropped the window's SQLite
locks: another process then deleted the WAL under the window's connection,
and the window's later edits were lost and the file damaged. Each test runs
a job, lets another process read, edits in the window, and checks from
outside.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QWidget

from tests.support import PHRASE, select_text

ROOT = Path(__file__).resolve().parents[2]
TEXT = (
    "title: Palantir et la DGSI\ndate: 2019-11-28\n\n"
    f"Les outils de Palantir auraient aidé à localiser Oussama Ben Laden, {PHRASE} "
    "au Pakistan, après des années de traque.\n"
)


def annotator(db: Path, *args: str) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    return result


def integrity(db: Path) -> str:
    conn = sqlite3.connect(f"{db.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def drop(window, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(window, enter)
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(window, event)
    assert event.isAccepted()


def mark_phrase_as_false(window) -> None:
    article_list = window.findChild(QAbstractItemView, "articleList")
    model = article_list.model()
    row = next(r for r in range(model.rowCount()) if "Palantir" in model.index(r, 0).data())
    article_list.setCurrentIndex(model.index(row, 0))
    select_text(window.findChild(QWidget, "articleView"), PHRASE)
    window.findChild(QAction, "actionMarkClaim").trigger()
    combo = window.findChild(QComboBox, "verdictCombo")
    combo.setCurrentIndex(combo.findText("Faux"))


def claims_outside(db: Path) -> list[dict]:
    result = annotator(db, "claims", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def check_edit_is_seen_from_outside(window, db: Path) -> None:
    wal = Path(f"{db}-wal")
    listed = annotator(db, "articles")  # another process reads while the window is open
    assert listed.returncode == 0, listed.stderr
    assert wal.exists(), "the WAL was deleted under the window's live connection"
    mark_phrase_as_false(window)
    seen = claims_outside(db)
    assert [(c["quote"], c["verdict"]) for c in seen] == [(PHRASE, "false")]
    assert wal.exists()
    assert integrity(db) == "ok"
    checked = annotator(db, "check")
    assert (checked.returncode, checked.stdout.strip()) == (0, "ok"), checked.stderr
    window.close()
    assert integrity(db) == "ok"
    assert [(c["quote"], c["verdict"]) for c in claims_outside(db)] == [(PHRASE, "false")]


@pytest.fixture
def article_file(tmp_path) -> Path:
    path = tmp_path / "drop" / "palantir.txt"
    path.parent.mkdir()
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_dropped_files_then_another_process_then_an_edit(make_window, db_path, article_file,
                                                         write_articles, qtbot):  # fmt: skip
    window = make_window(db_path)
    more = write_articles(article_file.parent / "more", 20)
    with qtbot.waitSignal(window.import_finished, timeout=60_000) as finished:
        drop(window, [article_file, *more])
    assert finished.args[0].imported == 21
    check_edit_is_seen_from_outside(window, db_path)


def test_an_export_then_another_process_then_an_edit(make_window, db_path, article_file,
                                                     tmp_path, qtbot):  # fmt: skip
    assert annotator(db_path, "import", str(article_file)).returncode == 0
    assert annotator(db_path, "claim", "add", "1", "--quote", "Oussama Ben Laden",
                     "--verdict", "Vrai").returncode == 0  # fmt: skip
    window = make_window(db_path)
    target = tmp_path / "export.xml"
    job = window.export_to(str(target), fmt="claimreview-xml")
    qtbot.waitUntil(lambda: not job.is_running() and target.exists(), timeout=60_000)
    qtbot.waitUntil(lambda: not window.running_jobs(), timeout=10_000)
    assert annotator(db_path, "articles").returncode == 0
    mark_phrase_as_false(window)
    quotes = {(c["quote"], c["verdict"]) for c in claims_outside(db_path)}
    assert quotes == {("Oussama Ben Laden", "true"), (PHRASE, "false")}
    assert Path(f"{db_path}-wal").exists()
    window.close()
    assert integrity(db_path) == "ok"
    assert annotator(db_path, "check").stdout.strip() == "ok"


def test_a_review_import_then_another_process_then_an_edit(make_window, db_path, article_file,
                                                           tmp_path, qtbot):  # fmt: skip
    assert annotator(db_path, "import", str(article_file)).returncode == 0
    reviews = tmp_path / "reviews.json"
    reviews.write_text(
        json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "url": "https://other.example/check/1",
                "author": {"@type": "Organization", "name": "Other FC"},
                "claimReviewed": "La Lune est en fromage",
                "reviewRating": {"@type": "Rating", "alternateName": "Faux"},
            }
        ),
        encoding="utf-8",
    )
    window = make_window(db_path)
    job = window.import_review_paths([reviews])
    qtbot.waitUntil(lambda: not window.running_jobs(), timeout=60_000)
    assert not job.is_running()
    check_edit_is_seen_from_outside(window, db_path)


def test_the_database_dropped_on_its_own_window_is_refused(make_window, db_path, qtbot):
    window = make_window(db_path)
    with qtbot.waitSignal(window.import_finished, timeout=30_000) as finished:
        drop(window, [db_path, Path(f"{db_path}-wal")])
    report = finished.args[0]
    assert report.imported == 0 and len(report.failed) == 2
    assert Path(f"{db_path}-wal").exists()
    window.close()
    assert integrity(db_path) == "ok"


def test_exporting_over_the_database_is_refused(make_window, db_path, article_file, qtbot):
    assert annotator(db_path, "import", str(article_file)).returncode == 0
    assert annotator(db_path, "claim", "add", "1", "--quote", PHRASE,
                     "--verdict", "Faux").returncode == 0  # fmt: skip
    window = make_window(db_path)
    with qtbot.waitSignal(window.export_to(str(db_path), fmt="jsonld").failed,
                          timeout=30_000) as failed:  # fmt: skip
        pass
    assert "in use" in str(failed.args[0])
    window.close()
    assert integrity(db_path) == "ok"
    assert len(claims_outside(db_path)) == 1


def test_a_damaged_file_at_start_is_said_in_a_dialog_and_left_alone(db_path, monkeypatch,
                                                                    article_file):  # fmt: skip
    from PySide6.QtWidgets import QMessageBox

    from annotator.ui import run

    assert annotator(db_path, "import", str(article_file)).returncode == 0
    with db_path.open("r+b") as fh:  # page 2 (a table's root) overwritten by garbage
        fh.seek(4096)
        fh.write(os.urandom(4096))
    before = db_path.read_bytes()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: said.append(text))
    assert run(str(db_path)) == 1
    [message] = said
    assert "damaged" in message and "backup" in message
    assert db_path.read_bytes() == before
