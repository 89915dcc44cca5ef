"""Fixtures for the window tests: offscreen Qt, isolated settings, no stray threads."""

from __future__ import annotations

import os
import threading
from pathlib import Path

# pytest-qt aborts without a display unless a platform is chosen first.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


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


def _write_articles(folder: Path, count: int, *, prefix: str = "article") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"{prefix}-{n:03d}.txt"
        path.write_text(
            f"title: {prefix.capitalize()} numéro {n}\ndate: 2020-01-{n % 28 + 1:02d}\n\n"
            f"Texte {n} de l'article {prefix}, avec des accents : été, à, ç.\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


@pytest.fixture
def write_articles():
    """write_articles(folder, count, prefix=...) -> the .txt files written."""
    return _write_articles


@pytest.fixture
def articles_folder(tmp_path) -> Path:
    folder = tmp_path / "articles"
    _write_articles(folder, 5)
    return folder
