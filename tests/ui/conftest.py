"""Fixtures for the window tests: offscreen Qt, isolated settings, no stray threads, a
database with the sample, claims added through the service, the browser kept shut."""

from __future__ import annotations

import os
import threading
from pathlib import Path

# pytest-qt aborts without a display unless a platform is chosen first.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture
def add_claim():
    """add_claim(db, quote, article_id=1, **fields) -> the id of a claim marked on the
    quote's first occurrence (fields as `claims.add_claim_by_quote` takes them)."""
    from annotator.services import claims as claim_service
    from annotator.store import open_store

    def add(db, quote: str, *, article_id: int = 1, **fields) -> int:
        with open_store(db) as store:
            claim, _ = claim_service.add_claim_by_quote(
                store, article_id=article_id, quote=quote, **fields
            )
        assert claim.id is not None
        return claim.id

    return add


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """The addresses the window asked the browser to open (nothing is launched)."""
    from annotator.ui import panels

    seen: list[str] = []

    def launch(url) -> bool:
        seen.append(url.toString())
        return True

    monkeypatch.setattr(panels, "_launch", launch)
    return seen


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path_factory, monkeypatch):
    """Each test gets its own QSettings and default database folder."""
    from PySide6.QtCore import QSettings

    from annotator.services import workspace

    home = tmp_path_factory.mktemp("home")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home))
    monkeypatch.delenv("ANNOTATOR_DB", raising=False)
    monkeypatch.setenv("ANNOTATOR_UI_LANGUAGE", "fr")  # whatever the machine locale
    monkeypatch.setattr(workspace, "data_dir", lambda: home / "data")
    yield home


@pytest.fixture(autouse=True)
def no_threads_left():
    """A test fails if it leaves a worker thread running."""
    before = set(threading.enumerate())
    yield
    from annotator.ui import jobs

    assert not jobs.running_jobs(), "a worker thread is still running"
    # A QThread that ran Python code leaves a _DummyThread record behind after it ended.
    left = [
        t
        for t in threading.enumerate()
        if t not in before and t.is_alive() and type(t).__name__ != "_DummyThread"
    ]
    assert not left, f"threads left running: {left}"


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def make_window(qtbot):
    """create_main_window on a path; closed (jobs stopped, store closed) after the test."""
    from annotator.ui import create_main_window

    made = []

    def make(path):
        window = create_main_window(str(path) if path is not None else None)
        qtbot.addWidget(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()


@pytest.fixture
def sample_db(db_path) -> Path:
    """A database holding the bundled sample article."""
    from annotator.services.workspace import add_sample_article
    from annotator.store import open_store

    with open_store(db_path) as store:
        add_sample_article(store)
    return db_path


@pytest.fixture
def articles_folder(tmp_path, write_articles) -> Path:
    folder = tmp_path / "articles"
    write_articles(folder, 5)
    return folder
