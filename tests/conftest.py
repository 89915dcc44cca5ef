"""Shared fixtures; Qt runs offscreen unless told otherwise (no display in CI)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# pytest-qt aborts before any test without a display and no platform set.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SAMPLE = SHARED / "samples" / "palantir-dgsi-2019-11.txt"


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory, monkeypatch):
    """No test touches the real user data folder or a database named by the environment."""
    home = tmp_path_factory.mktemp("data-home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    monkeypatch.delenv("ANNOTATOR_DB", raising=False)


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def store(db_path):
    from annotator.store import open_store

    s = open_store(db_path)
    yield s
    s.close()


@pytest.fixture
def shared_sample() -> Path:
    if not SAMPLE.exists():
        pytest.skip("../shared is absent (as on a user's clone)")
    return SAMPLE
