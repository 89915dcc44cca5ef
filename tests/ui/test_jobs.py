"""Import and export in a worker thread: progress, cancel, drop, failures, no stray thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QPushButton

from annotator.errors import UserError
from annotator.ui.jobs import Job, running_jobs


def test_import_runs_in_a_worker_thread_with_progress(make_window, db_path, articles_folder, qtbot):
    window = make_window(db_path)
    progress: list[tuple[int, int, str]] = []
    threads: set[int] = set()

    job = window.import_paths([articles_folder])
    job.progressed.connect(lambda d, t, c: progress.append((d, t, c)))
    with qtbot.waitSignal(job.finished, timeout=20_000) as finished:
        pass
    report = finished.args[0]
    assert (report.imported, report.duplicates, report.failed) == (5, 0, [])
    assert progress[-1][:2] == (5, 5)
    assert [d for d, _, _ in progress] == sorted(d for d, _, _ in progress)
    assert all(t == 5 for _, t, _ in progress)
    assert not job.is_running() and running_jobs() == []
    assert window.article_model.rowCount() == 5
    assert window.current_article_id() is not None
    assert "Importés : 5" in window.statusBar().currentMessage()
    assert threading.get_ident() not in threads


def test_the_work_runs_off_the_gui_thread_and_the_window_keeps_working(qtbot, qapp):
    gui = threading.get_ident()
    release = threading.Event()
    seen = {}

    def work(progress):
        seen["thread"] = threading.get_ident()
        progress(0, 1, "x")
        release.wait(10)
        return "done"

    job = Job(work).start()
    qtbot.waitUntil(lambda: "thread" in seen)
    # The event loop still runs while the work is blocked.
    qtbot.wait(20)
    assert job.is_running()
    release.set()
    with qtbot.waitSignal(job.finished, timeout=10_000) as finished:
        pass
    assert finished.args == ["done"]
    assert seen["thread"] != gui


def test_cancelling_stops_between_files_and_keeps_what_was_imported(
    make_window, db_path, tmp_path, qtbot, monkeypatch, write_articles
):
    from annotator.ui import jobs

    paths = write_articles(tmp_path / "many", 6)
    gate = threading.Event()
    reached = threading.Event()
    real = jobs._Worker._progress

    def held_progress(self, done, total, current):
        if done == 2:
            reached.set()
            gate.wait(10)  # hold the worker after two files until the test has cancelled
        return real(self, done, total, current)

    monkeypatch.setattr(jobs._Worker, "_progress", held_progress)
    window = make_window(db_path)
    job = window.import_paths(paths)
    qtbot.waitUntil(reached.is_set)
    job.progress_dialog.findChild(QPushButton).click()  # the Cancel button
    assert job.cancelled
    gate.set()
    with qtbot.waitSignal(job.finished, timeout=10_000) as finished:
        pass
    report = finished.args[0]
    assert report.cancelled and report.imported == 2
    assert window.article_model.rowCount() == 2
    assert "(annulé)" in window.statusBar().currentMessage()


def test_failures_are_named_and_the_rest_is_imported(make_window, db_path, tmp_path, qtbot):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text("Un article valable.", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    window = make_window(db_path)
    with qtbot.waitSignal(window.import_finished, timeout=20_000) as finished:
        window.import_paths([folder])
    report = finished.args[0]
    assert report.imported == 1 and len(report.failed) == 2
    message = window.last_message
    assert message is not None and "2 fichiers" in message.text()
    assert "empty.txt" in message.detailedText() and "image.txt" in message.detailedText()


def test_repairs_are_shown_in_the_import_summary(make_window, db_path, tmp_path, qtbot):
    folder = tmp_path / "repaired"
    folder.mkdir()
    (folder / "broken.txt").write_bytes(
        "Début valide… Ben Laden a été tué en 2011.".encode() + b"\xe9"
    )
    window = make_window(db_path)
    with qtbot.waitSignal(window.import_finished, timeout=20_000) as finished:
        window.import_paths([folder])
    report = finished.args[0]
    assert report.imported == 1 and report.failed == [] and len(report.warnings) == 1
    message = window.last_message
    assert message is not None and "1 fichier importé avec une réparation" in message.text()
    assert f"warning: {folder / 'broken.txt'}: 1 byte not valid UTF-8" in message.detailedText()


def test_a_bug_in_the_work_is_not_swallowed(qtbot, qapp):
    def work(progress):
        raise RuntimeError("a bug")

    job = Job(work)
    failed = []
    job.failed.connect(failed.append)
    with qtbot.captureExceptions() as exceptions:
        job.start()
        qtbot.waitUntil(lambda: not job.is_running() and not running_jobs(), timeout=10_000)
        qtbot.wait(50)
    assert [str(e[1]) for e in exceptions] == ["a bug"]
    assert failed == []


def test_a_user_error_in_the_work_is_reported(qtbot, qapp):
    def work(progress):
        raise UserError("disk full")

    job = Job(work)
    with qtbot.waitSignal(job.failed, timeout=10_000) as failed:
        job.start()
    assert str(failed.args[0]) == "disk full"


def _drop(window, paths: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(window, drop)
    return drop


def test_dropping_files_on_the_window_imports_them(make_window, db_path, articles_folder, qtbot):
    window = make_window(db_path)
    assert window.acceptDrops()
    files = sorted(articles_folder.glob("*.txt"))[:2]
    with qtbot.waitSignal(window.import_finished, timeout=20_000) as finished:
        drop = _drop(window, files)
    assert drop.isAccepted()
    assert finished.args[0].imported == 2
    assert window.article_model.rowCount() == 2


def test_dropping_something_that_is_not_a_file_is_refused(make_window, db_path):
    window = make_window(db_path)
    mime = QMimeData()
    mime.setText("just text")
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_closing_the_window_stops_its_jobs(make_window, db_path, tmp_path, write_articles):
    window = make_window(db_path)
    job = window.import_paths(write_articles(tmp_path / "some", 30))
    window.close()
    assert not job.is_running()
    assert running_jobs() == []


def test_export_runs_in_a_worker_and_writes_the_file(make_window, sample_db, tmp_path, qtbot):
    pytest.importorskip("annotator.io.claimreview")
    from annotator.services import claims as claim_service
    from annotator.store import open_store

    with open_store(sample_db) as store:
        claim_service.add_claim_by_quote(
            store, article_id=1, quote="tué par un commando américain en 2001", verdict="false",
            correction="2011", sources=["https://www.bbc.com/news/world-south-asia-13256676"],
        )  # fmt: skip
    window = make_window(sample_db)
    target = tmp_path / "out.jsonld"
    with qtbot.waitSignal(
        window.export_to(str(target), fmt="jsonld", article_id=1).finished, timeout=30_000
    ) as finished:
        pass
    assert finished.args[0].count == 1
    assert "ClaimReview" in target.read_text(encoding="utf-8")
