"""Opening the SQLite file: pragmas, migrations, refusing files we must not touch."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from annotator import resources
from annotator.errors import UserError

# 'Anno' in ASCII: tells our files apart from any other SQLite database.
APPLICATION_ID = 0x416E6E6F


class StoreError(UserError):
    """The database cannot be used: damaged, foreign, newer, locked or unwritable."""


# SQLite errors that the environment causes (not our bugs): shown as messages.
_ENVIRONMENT = {
    "database or disk is full": "the disk is full (or the database reached its size limit)",
    "database is locked": "another program holds the database locked; try again",
    "attempt to write a readonly database": "the database file or its folder is read-only",
    "disk i/o error": "a disk input/output error occurred",
    "unable to open database file": "the database file cannot be opened",
}


def environment_error(path: str, exc: sqlite3.Error) -> Exception:
    """StoreError for what the environment caused; the original error for our bugs."""
    text = str(exc).lower()
    for key, message in _ENVIRONMENT.items():
        if key in text:
            return StoreError(f"{path}: {message}; nothing was changed")
    return exc


def _migrations() -> list[tuple[str, str]]:
    """(name, sql) in order; PRAGMA user_version = how many are applied."""
    return [
        ("0001_initial", resources.schema_sql()),
        ("0002_review_provenance", _REVIEW_PROVENANCE),
    ]


# import-reviews: where an attached review came from, and a verdict label that
# is not on our scale (kept as given, never dropped).
_REVIEW_PROVENANCE = """
ALTER TABLE reviews ADD COLUMN review_url TEXT;
ALTER TABLE reviews ADD COLUMN rating_label TEXT;
ALTER TABLE reviews ADD COLUMN reviewed_by TEXT;
CREATE INDEX reviews_review_url ON reviews(review_url) WHERE review_url IS NOT NULL;
"""

SCHEMA_VERSION = 2  # len(_migrations()); checked by a test


def _connect(path: str) -> sqlite3.Connection:
    # isolation_level=None: we issue BEGIN IMMEDIATE ourselves (store.write),
    # so a writer waits for the lock (busy timeout) instead of failing on
    # upgrade from a read transaction.
    conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
    return conn


def _is_sqlite_file(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"


class Store:
    """One connection to one database file, with our pragmas and schema."""

    def __init__(self, db: sqlite_utils.Database, path: str):
        self.db = db
        self.path = path

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite_utils.Database]:
        """One short write transaction (nested calls become savepoints)."""
        if self.conn.in_transaction:
            with self.db.atomic():
                yield self.db
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            else:
                self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            raise environment_error(self.path, exc) from exc

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(path: str | os.PathLike[str], *, create: bool = True) -> Store:
    """Open (and create or upgrade) a database file, or raise StoreError.

    A file that is not ours, damaged, or written by a newer version of the
    program is refused and left untouched.
    """
    p = Path(path)
    name = str(p)
    exists = p.exists() and p.stat().st_size > 0
    if p.exists() and p.is_dir():
        raise StoreError(f"{name}: is a folder, not a database file")
    if exists and not _is_sqlite_file(p):
        raise StoreError(f"{name}: not an Annotator database (not an SQLite file); left untouched")
    if not exists and not create:
        raise StoreError(f"{name}: no such database")
    if not exists:
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{name}: cannot create the folder: {exc.strerror}") from exc

    try:
        conn = _connect(name)
    except sqlite3.Error as exc:
        raise StoreError(f"{name}: cannot open: {exc}") from exc
    try:
        store = _prepare(conn, p, exists)
    except StoreError:
        conn.close()
        raise
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{name}: damaged or unreadable database ({exc}); left untouched") from exc
    return store


def _prepare(conn: sqlite3.Connection, p: Path, existed: bool) -> Store:
    name = str(p)
    # Read-only checks first: nothing is written to a file we refuse.
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if existed and app_id != APPLICATION_ID and tables > 0:
        raise StoreError(f"{name}: an SQLite file of another program; left untouched")
    migrations = _migrations()
    if version > len(migrations):
        raise StoreError(
            f"{name}: written by a newer version of Annotator (schema {version}, this "
            f"program knows {len(migrations)}); update Annotator to open it"
        )
    if existed and tables > 0:
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise StoreError(f"{name}: damaged database ({check}); left untouched")

    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 30000")
    try:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    except sqlite3.OperationalError as exc:
        raise StoreError(f"{name}: cannot open for writing ({exc})") from exc
    if mode.lower() != "wal" and not os.access(name, os.W_OK):
        raise StoreError(f"{name}: the file is read-only")
    conn.execute("PRAGMA synchronous = NORMAL")

    db = sqlite_utils.Database(conn, execute_plugins=False)
    store = Store(db, name)
    if version < len(migrations):
        if existed and version > 0:
            _backup_before_migration(store, version)
        _migrate(store, version, migrations)
    return store


def _backup_before_migration(store: Store, version: int) -> None:
    target = Path(f"{store.path}.v{version}.bak")
    backup(store, target)


def _migrate(store: Store, version: int, migrations: list[tuple[str, str]]) -> None:
    conn = store.conn
    for index in range(version, len(migrations)):
        name, sql = migrations[index]
        try:
            conn.execute("BEGIN IMMEDIATE")
            # executescript would COMMIT first; run statement by statement instead.
            for statement in _split_sql(sql):
                conn.execute(statement)
            if index == 0:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                _seed(conn)
            conn.execute(f"PRAGMA user_version = {index + 1}")
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(f"{store.path}: migration {name} failed: {exc}") from exc


def _split_sql(sql: str) -> list[str]:
    statements, current = [], ""
    for line in sql.splitlines(keepends=True):
        if not current and (not line.strip() or line.strip().startswith("--")):
            continue
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current)
            current = ""
    if current.strip():
        statements.append(current)
    return statements


def _seed(conn: sqlite3.Connection) -> None:
    from annotator.domain.rating import default_scale

    scale = default_scale()
    cur = conn.execute("INSERT INTO rating_scales(name) VALUES (?)", (scale.name,))
    scale_id = cur.lastrowid
    for position, r in enumerate(scale.ratings):
        conn.execute(
            "INSERT INTO ratings(scale_id, key, value, label_fr, label_en, color, position)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (scale_id, r.key, r.value, r.label("fr"), r.label("en"), r.color, position),
        )


def backup(store: Store, target: str | os.PathLike[str]) -> None:
    """A consistent copy through SQLite's online backup API, even while in use."""
    target_path = Path(target)
    tmp = target_path.with_name(target_path.name + ".part")
    try:
        dest = sqlite3.connect(str(tmp))
        try:
            store.conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        shutil.move(str(tmp), str(target_path))
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise StoreError(f"{target_path}: backup failed: {exc}") from exc
