"""One file, several connections in one process, and other processes: nothing lost.

On POSIX, closing any descriptor of the database file drops every SQLite
lock the process holds; another process then deletes the WAL under the live
connection (issue: "Nothing damaged"). These tests fail if anything in the
process opens the file by hand while a connection is open.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from annotator import fileguard
from annotator.io import importers
from annotator.io.errors import InputError
from annotator.services import claims
from annotator.services.articles import import_paths
from annotator.store import DamagedDatabaseError, StoreError, check_file, open_store

ROOT = Path(__file__).resolve().parents[2]
PHRASE = "Le ciel est vert"


def annotator(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "annotator", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )


def integrity(db: Path) -> str:
    conn = sqlite3.connect(f"{db.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def seeded(tmp_path) -> Path:
    seed = tmp_path / "seed.txt"
    seed.write_text(f"{PHRASE}, a dit le ministre.", encoding="utf-8")
    return seed


def test_two_opens_in_one_process_and_another_process_stay_consistent(tmp_path, seeded):
    db = tmp_path / "desk.db"
    window = open_store(db)
    import_paths(window, [seeded])
    job = open_store(db)  # a second open of the same file, as a job once did
    worker = window.open_worker()  # and the job's connection as it is now
    job.close()
    worker.close()

    listed = annotator(db, "articles")
    assert listed.returncode == 0, listed.stderr
    assert Path(f"{db}-wal").exists(), "the WAL was deleted under the live connection"

    claim, _ = claims.add_claim_by_quote(window, article_id=1, quote=PHRASE)
    seen = annotator(db, "claims", "--json")
    assert seen.returncode == 0, seen.stderr
    assert f'"id": {claim.id}' in seen.stdout, "the other process does not see the edit"
    assert integrity(db) == "ok"
    window.close()
    assert integrity(db) == "ok"
    assert annotator(db, "check").stdout.strip() == "ok"


def test_a_worker_connection_does_not_check_or_migrate_again(tmp_path, monkeypatch):
    db = tmp_path / "desk.db"
    with open_store(db) as store:
        from annotator.store import db as db_module

        def boom(*_a, **_k):
            raise AssertionError("a worker must not inspect the file again")

        monkeypatch.setattr(db_module, "_inspect", boom)
        monkeypatch.setattr(db_module, "_migrate", boom)
        with store.open_worker() as worker:
            assert worker.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert worker.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_opening_the_file_by_hand_while_connected_is_refused(tmp_path):
    db = tmp_path / "desk.db"
    link = tmp_path / "link.db"
    with open_store(db):
        link.symlink_to(db)
        for path in (db, Path(f"{db}-wal"), Path(f"{db}-shm"), link):
            with pytest.raises(fileguard.DatabaseFileError, match="database"):
                path.read_bytes()
        with pytest.raises(fileguard.DatabaseFileError):
            Path(f"{db}-wal").unlink()
        other = tmp_path / "export.xml"
        other.write_text("<x/>")
        with pytest.raises(fileguard.DatabaseFileError):
            os.replace(other, db)
        assert fileguard.database_in_use(link) == str(db)
    # Closed: the file is an ordinary file again.
    assert db.read_bytes().startswith(b"SQLite format 3\x00")
    assert fileguard.database_in_use(db) is None


def test_a_hard_link_to_the_database_is_recognised(tmp_path):
    db = tmp_path / "desk.db"
    with open_store(db):
        os.link(db, tmp_path / "other-name.bin")
        assert fileguard.database_in_use(tmp_path / "other-name.bin") == str(db)
        # A journal under another name, and a link to that: found by inode.
        os.link(f"{db}-wal", tmp_path / "notes.txt")
        (tmp_path / "to-notes.txt").symlink_to(tmp_path / "notes.txt")
        for name in ("notes.txt", "to-notes.txt"):
            assert fileguard.database_in_use(tmp_path / name) == str(db)
            with pytest.raises(InputError, match="database Annotator is using"):
                importers.read_bytes(tmp_path / name)
        (tmp_path / "article.txt").write_text("Ben Laden", "utf-8")  # one name: not ours
        assert fileguard.database_in_use(tmp_path / "article.txt") is None


def test_damaged_file_is_refused_in_words_with_the_way_back(tmp_path, seeded):
    db = tmp_path / "desk.db"
    with open_store(db) as store:
        import_paths(store, [seeded])
        for i in range(200):
            claims.add_claim_by_quote(store, article_id=1, quote=PHRASE, explanation=f"n° {i}")
    (tmp_path / "desk.db.v1.bak").write_bytes(b"")  # as a migration leaves one
    size = db.stat().st_size
    with db.open("r+b") as fh:  # no connection is open: allowed
        fh.seek(size // 2)
        fh.write(os.urandom(4096))
    before = db.read_bytes()
    with pytest.raises(DamagedDatabaseError) as caught:
        open_store(db)
    message = str(caught.value)
    assert "damaged" in message and "left untouched" in message
    assert "desk.db.v1.bak" in message
    assert message.count("\n") == 0 and len(message) < 900, message
    assert db.read_bytes() == before, "a damaged file was written to"
    assert check_file(db), "check_file found nothing wrong"


def test_check_file_is_empty_on_a_healthy_file(tmp_path, seeded):
    db = tmp_path / "desk.db"
    with open_store(db) as store:
        import_paths(store, [seeded])
        claims.add_claim_by_quote(store, article_id=1, quote=PHRASE, verdict="Faux")
        assert check_file(db) == []  # while in use, too
    assert check_file(db) == []


def test_check_file_finds_an_index_that_does_not_match(tmp_path, seeded):
    db = tmp_path / "desk.db"
    with open_store(db) as store:
        import_paths(store, [seeded])
        # The index loses its rows behind the table's back.
        store.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('delete-all')")
    problems = check_file(db)
    assert any("articles_fts" in p for p in problems), problems


def test_check_file_finds_a_claim_whose_quote_left_its_offsets(tmp_path, seeded):
    db = tmp_path / "desk.db"
    with open_store(db) as store:
        import_paths(store, [seeded])
        claim, _ = claims.add_claim_by_quote(store, article_id=1, quote=PHRASE)
        store.conn.execute('UPDATE claims SET start = start + 1, "end" = "end" + 1')
    problems = check_file(db)
    assert any(f"{claim.id}" in p and "quote" in p for p in problems), problems


def test_deleted_wal_under_a_live_connection_is_reported(tmp_path, seeded):
    db = tmp_path / "desk.db"
    with open_store(db) as store:
        import_paths(store, [seeded])
        # Another program deletes the journal (from this process: a subprocess).
        subprocess.run([sys.executable, "-c", f"import os; os.unlink({str(db) + '-wal'!r})"])
        with pytest.raises(StoreError, match="journal"):
            claims.add_claim_by_quote(store, article_id=1, quote=PHRASE)
