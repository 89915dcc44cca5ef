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


ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc):
    """Tests that take `store` or `db` run on both engines, unless marked sqlite_only."""
    if "engine" in metafunc.fixturenames:  # through `db` or `store`, as defined here
        only = metafunc.definition.get_closest_marker("sqlite_only")
        engines = ("sqlite",) if only else ENGINES
        metafunc.parametrize("engine", engines, indirect=True, scope="function")


@pytest.fixture
def engine(request) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def pg_server():
    from tests import postgres

    found = postgres.start()
    yield found
    if not isinstance(found, str):
        postgres.stop(found)


@pytest.fixture
def server(pg_server):
    """The run's PostgreSQL server with its database emptied (the test skips, saying how
    to get one, when none answers; CI requires one)."""
    from tests import postgres

    if isinstance(pg_server, str):
        postgres.unavailable(pg_server)
    postgres.empty(pg_server)
    return pg_server


@pytest.fixture
def db(engine, tmp_path, request) -> str:
    """Where a test's database is: a new SQLite file, or the run's PostgreSQL database,
    emptied (a `postgresql://` address)."""
    if engine == "sqlite":
        return str(tmp_path / "test.db")
    from tests import postgres

    server = request.getfixturevalue("pg_server")
    if isinstance(server, str):
        postgres.unavailable(server)
    postgres.empty(server)
    return server.url


@pytest.fixture
def store(db):
    from annotator.store import open_store

    s = open_store(db)
    yield s
    s.close()


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
def shared_sample() -> Path:
    if not SAMPLE.exists():
        pytest.skip("../shared is absent (as on a user's clone)")
    return SAMPLE
