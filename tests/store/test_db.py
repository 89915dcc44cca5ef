"""Opening the database: schema, pragmas, and files we must refuse untouched."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from annotator.store import SCHEMA_VERSION, StoreError, backup, open_store
from annotator.store.db import APPLICATION_ID, _migrations

# The SQLite file itself: its pragmas, refusals and backups.
pytestmark = pytest.mark.sqlite_only


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_has_schema_wal_and_foreign_keys(store):
    conn = store.conn
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {
        "articles",
        "claims",
        "reviews",
        "sources",
        "ratings",
        "rating_scales",
        "settings",
        "external_reviews",
        "articles_fts",
        "claims_fts",
    } <= tables
    assert conn.execute("SELECT count(*) FROM ratings").fetchone()[0] == 6


def test_schema_version_counts_the_migrations():
    assert len(_migrations()) == SCHEMA_VERSION


def test_reopening_keeps_data(db_path):
    with open_store(db_path) as s, s.write():
        s.conn.execute("INSERT INTO settings VALUES ('language', 'en')")
    with open_store(db_path) as s:
        assert s.conn.execute("SELECT value FROM settings").fetchone()[0] == "en"


def test_newer_database_is_refused_untouched(db_path):
    open_store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = digest(db_path)
    with pytest.raises(StoreError, match="newer version"):
        open_store(db_path)
    assert digest(db_path) == before


def test_file_that_is_not_sqlite_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"Mes notes de la semaine\n" * 100)
    before = digest(path)
    with pytest.raises(StoreError, match="not an Annotator database"):
        open_store(path)
    assert digest(path) == before


def test_other_programs_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(StoreError, match="another program"):
        open_store(path)
    assert digest(path) == before


def test_truncated_database_is_refused_untouched(db_path):
    with open_store(db_path) as s, s.write():
        for i in range(300):
            s.conn.execute(
                "INSERT INTO articles (title, body, content_hash, imported_at)"
                " VALUES (?, ?, ?, 'now')",
                (f"t{i}", "texte " * 200, f"h{i}"),
            )
    with open_store(db_path) as s:
        s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 3])
    for extra in ("-wal", "-shm"):
        (db_path.parent / (db_path.name + extra)).unlink(missing_ok=True)
    before = digest(db_path)
    with pytest.raises(StoreError, match=r"damaged|unreadable"):
        open_store(db_path)
    assert digest(db_path) == before


def test_folder_is_refused(tmp_path):
    with pytest.raises(StoreError, match="folder"):
        open_store(tmp_path)


def test_write_rolls_back_on_error(store):
    with pytest.raises(RuntimeError), store.write():
        store.conn.execute("INSERT INTO settings VALUES ('language', 'en')")
        raise RuntimeError("boom")
    assert store.conn.execute("SELECT count(*) FROM settings").fetchone()[0] == 0


def test_backup_is_a_working_copy(store, tmp_path):
    with store.write():
        store.conn.execute("INSERT INTO settings VALUES ('publisher.name', 'AFP Factuel')")
    target = tmp_path / "copy.db"
    backup(store, target)
    with open_store(target) as copy:
        assert copy.conn.execute("SELECT value FROM settings").fetchone()[0] == "AFP Factuel"


def test_full_text_index_ignores_accents(store):
    with store.write():
        store.conn.execute(
            "INSERT INTO articles (title, body, content_hash, imported_at)"
            " VALUES ('DGSI', 'Les États-Unis et la sécurité intérieure', 'h', 'now')"
        )
        store.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
    hits = store.conn.execute(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'etats securite'"
    ).fetchall()
    assert hits == [(1,)]


def test_full_disk_is_a_message_and_changes_nothing(store):
    from annotator.domain.model import Article
    from annotator.store import repo

    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")
    big = Article(title="Gros article", body="Un texte très long. " * 50_000)
    with pytest.raises(StoreError, match="disk is full"), store.write():
        repo.insert_article(store, big)
    assert repo.count_articles(store) == 0
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_locked_database_is_a_message(db_path):
    holder = open_store(db_path)
    other = open_store(db_path)
    other.conn.execute("PRAGMA busy_timeout = 50")
    holder.conn.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError, match="locked"), other.write():
            pass
    finally:
        holder.conn.execute("ROLLBACK")
        holder.close()
        other.close()
