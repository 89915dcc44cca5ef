"""Opening the SQLite file: pragmas, migrations, refusing files we must not touch."""

from __future__ import annotations

import contextlib
import importlib.resources
import json
import os
import shutil
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import sqlite_utils

from annotator import fileguard, resources
from annotator.store.base import IntegrityError, Store, StoreError

# 'Anno' in ASCII: tells our files apart from any other SQLite database.
APPLICATION_ID = 0x416E6E6F


_ENVIRONMENT = {
    "database or disk is full": "the disk is full (or the database reached its size limit)",
    "database is locked": "another program holds the database locked; try again",
    "attempt to write a readonly database": "the database file or its folder is read-only",
    "disk i/o error": "a disk input/output error occurred",
    "unable to open database file": "the database file cannot be opened",
    "database disk image is malformed": (
        "the database is damaged; run `annotator check`, then go back to a backup"
    ),
    "file is not a database": "the file is not a database (damaged or replaced)",
}


def environment_error(path: str, exc: sqlite3.Error) -> Exception:
    """StoreError for what the environment caused; the original error for our bugs."""
    text = str(exc).lower()
    for key, message in _ENVIRONMENT.items():
        if key in text:
            return StoreError(f"{path}: {message}; nothing was changed")
    return exc


def _migrations() -> list[tuple[str, str]]:
    """(name, sql) of every migration in order; PRAGMA user_version = how many a file
    has had. A new file is made from schema.sql (today's tables) in one step; an older
    file climbs these (tests/store/test_migrations.py: both end the same)."""
    folder = importlib.resources.files("annotator.store") / "migrations"
    names = sorted(p.name for p in folder.iterdir() if p.name.endswith(".sql"))
    return [(name.removesuffix(".sql"), (folder / name).read_text("utf-8")) for name in names]


SCHEMA_VERSION = len(_migrations())


# How the window, its background jobs and the command line share one file.
#
# Every connection to a database file comes from here. The first one a
# process opens on a file (`open_store`) inspects it through SQLite itself,
# on a read-only connection (never with Python's open(): closing any
# descriptor of the file would drop this process's SQLite locks, see
# annotator.fileguard), refuses what is foreign, newer or damaged, and
# migrates. The window's jobs (import, export, review import) then take
# their own connection from `Store.open_worker()`, which only connects and
# sets the pragmas: the file was checked and migrated by the window's open.
# WAL lets those readers and one writer at a time work side by side; each
# write is one short BEGIN IMMEDIATE transaction (`Store.write`).


def _read_only_uri(path: str) -> str:
    """A read-only URI for a file; `immutable` when its folder cannot be written and it
    has no WAL (nobody can be writing it then, and SQLite could not make the -shm)."""
    uri = f"{Path(path).absolute().as_uri()}?mode=ro"
    folder = os.path.dirname(os.path.abspath(path))
    if not os.access(folder, os.W_OK) and not os.path.exists(path + "-wal"):
        uri += "&immutable=1"
    return uri


def is_writable(path: str) -> bool:
    """Can a connection write this file (the file, and its folder for the WAL)?"""
    folder = os.path.dirname(os.path.abspath(path))
    return os.access(path, os.W_OK) and os.access(folder, os.W_OK)


def _connect(path: str, *, read_only: bool = False) -> sqlite3.Connection:
    # isolation_level=None: we issue BEGIN IMMEDIATE ourselves (store.write),
    # so a writer waits for the lock (busy timeout) instead of failing on
    # upgrade from a read transaction.
    if read_only:
        conn = sqlite3.connect(
            _read_only_uri(path), uri=True, timeout=30, isolation_level=None,
            check_same_thread=False,
        )  # fmt: skip
    else:
        conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
    fileguard.register(path)
    return conn


def _set_pragmas(conn: sqlite3.Connection, name: str, *, read_only: bool = False) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 30000")
    if read_only:
        conn.execute("PRAGMA query_only = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return
    try:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    except sqlite3.OperationalError as exc:
        raise StoreError(f"{name}: cannot open for writing ({exc})") from exc
    if mode.lower() != "wal" and not os.access(name, os.W_OK):
        raise StoreError(f"{name}: the file is read-only")
    conn.execute("PRAGMA synchronous = NORMAL")
    # A first read opens (or creates) the WAL: from here on it must stay.
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()


def _wal_identity(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path + "-wal")
    except OSError:
        return None
    return st.st_dev, st.st_ino


class SQLiteStore(Store):
    """One connection to one SQLite file, with our pragmas and schema."""

    dialect = "sqlite"

    def __init__(self, db: sqlite_utils.Database, path: str, *, read_only: bool = False):
        self.db = db
        self.path = path
        # A file (or folder) we may not write is opened for reading: every
        # write says so instead of failing halfway.
        self.read_only = read_only
        self._closed = False
        # The WAL lives as long as any connection is open: if it disappears or
        # is replaced under ours, another program deleted it and our commits
        # since then are lost. Checked after each commit (one stat).
        self._wal = _wal_identity(path)

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    @property
    def user(self) -> str:
        """The desk's `user.name` setting, else the login of this computer."""
        row = self.conn.execute("SELECT value FROM settings WHERE key = 'user.name'").fetchone()
        if row and row[0].strip():
            return row[0]
        import getpass

        try:
            return getpass.getuser()
        except (KeyError, OSError):  # no name for this uid (a container)
            return "desk"

    def execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        """One statement; `?` placeholders. Errors the environment causes become
        StoreError (disk full, locked, read-only, damaged), ours stay bugs."""
        try:
            return self.conn.execute(sql, params)
        except sqlite3.IntegrityError as exc:
            raise IntegrityError(str(exc)) from exc
        except sqlite3.OperationalError as exc:
            raise environment_error(self.path, exc) from exc
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.ProgrammingError):
                raise
            raise environment_error(self.path, exc) from exc

    def id_set(self, ids: Iterable[Any]) -> tuple[str, Any]:
        return "(SELECT value FROM json_each(?))", json.dumps(sorted(set(ids)))

    @property
    def in_transaction(self) -> bool:
        return self.conn.in_transaction

    def begin(self) -> None:
        """BEGIN IMMEDIATE: one writer at a time, a second one waits (busy timeout)."""
        self.refuse_if_read_only()
        self.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        self.execute("COMMIT")
        self.check_journal()

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def open_worker(self) -> SQLiteStore:
        """Another connection to the same file, for a background job (its own thread).

        Only connects and sets the pragmas: this file was checked and migrated
        when this store was opened.
        """
        conn = _connect(self.path, read_only=self.read_only)
        try:
            _set_pragmas(conn, self.path, read_only=self.read_only)
        except BaseException:
            conn.close()
            fileguard.unregister(self.path)
            raise
        db = sqlite_utils.Database(conn, execute_plugins=False)
        return SQLiteStore(db, self.path, read_only=self.read_only)

    def data_version(self) -> int:
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def check_journal(self) -> None:
        """Raise StoreError if the WAL was deleted or replaced under this connection."""
        if self._wal is None:
            self._wal = _wal_identity(self.path)
            return
        if _wal_identity(self.path) != self._wal:
            raise StoreError(
                f"{self.path}: another program deleted or replaced the database's journal "
                f"({Path(self.path).name}-wal) while it was in use: the changes just made "
                "may be lost. Close Annotator, then run `annotator check`"
            )

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.db.close()
        fileguard.unregister(self.path)


MAX_PROBLEMS_SHOWN = 3


def _problems_text(problems: list[str], limit: int = MAX_PROBLEMS_SHOWN) -> str:
    shown = ["; ".join(" ".join(p.split())[:160] for p in problems[:limit])]
    if len(problems) > limit:
        shown.append(f"and {len(problems) - limit} more")
    return ", ".join(shown)


def way_back(path: str) -> str:
    """What to do with a damaged file, in words: the copies that exist."""
    p = Path(path)
    copies = sorted(p.parent.glob(glob_escape(p.name) + ".v*.bak"))
    if copies:
        newest = max(copies, key=lambda c: c.stat().st_mtime)
        return (
            f"To get your work back, open the copy made before the last upgrade ({newest}) "
            "or your latest backup (`annotator backup FILE` makes one)"
        )
    return (
        "To get your work back, open your latest backup (`annotator backup FILE` makes one); "
        "`annotator check` lists every problem"
    )


def glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


class DamagedDatabaseError(StoreError):
    """quick_check or integrity_check found problems: the file is left untouched."""

    def __init__(self, path: str, problems: list[str]):
        self.problems = problems
        super().__init__(
            f"{path}: the database is damaged ({_problems_text(problems)}); it was left "
            f"untouched. {way_back(path)}"
        )


def _inspect(name: str, *, quick_check: bool) -> tuple[int, int, int]:
    """(application_id, user_version, tables) read through SQLite on a read-only
    connection; refuses a file that is not SQLite or is damaged. Writes nothing."""
    uri = _read_only_uri(name)
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=30, isolation_level=None)
    except sqlite3.Error as exc:
        raise StoreError(f"{name}: cannot open: {exc}") from exc
    fileguard.register(name)
    try:
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            if "not a database" in str(exc) or "encrypted" in str(exc):
                raise StoreError(
                    f"{name}: not an Annotator database (not an SQLite file); left untouched"
                ) from exc
            raise
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if quick_check and tables > 0 and app_id == APPLICATION_ID:
            problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
            if problems != ["ok"]:
                raise DamagedDatabaseError(name, problems)
        return app_id, version, tables
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabaseError(name, [str(exc)]) from exc
    finally:
        conn.close()
        fileguard.unregister(name)


def open_sqlite(path: str | os.PathLike[str], *, create: bool = True) -> SQLiteStore:
    """Open (and create or upgrade) a database file, or raise StoreError.

    A file that is not ours, damaged, or written by a newer version of the
    program is refused and left untouched. The first open of a file in this
    process also runs SQLite's quick_check; later ones (another window on
    the same file) trust it.
    """
    p = Path(path)
    name = str(p)
    if not name:
        raise StoreError("the database path is empty: name a file")
    if p.is_dir():
        raise StoreError(f"{name}: is a folder, not a database file")
    try:
        exists = p.exists() and p.stat().st_size > 0
    except OSError as exc:
        raise StoreError(f"{name}: cannot open: {exc.strerror or exc}") from exc
    if not exists and not create:
        raise StoreError(f"{name}: no such database")
    if exists:
        app_id, version, tables = _inspect(name, quick_check=not fileguard.is_open(name))
        if app_id != APPLICATION_ID and tables > 0:
            raise StoreError(f"{name}: an SQLite file of another program; left untouched")
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{name}: written by a newer version of Annotator (schema {version}, this "
                f"program knows {SCHEMA_VERSION}); update Annotator to open it"
            )
    else:
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{name}: cannot create the folder: {exc.strerror}") from exc

    read_only = exists and not is_writable(name)
    try:
        conn = _connect(name, read_only=read_only)
    except sqlite3.Error as exc:
        raise StoreError(f"{name}: cannot open: {exc}") from exc
    try:
        store = _prepare(conn, p, exists, read_only=read_only)
    except BaseException as exc:
        conn.close()
        fileguard.unregister(name)
        if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, StoreError):
            raise StoreError(
                f"{name}: damaged or unreadable database ({exc}); left untouched"
            ) from exc
        raise
    return store


def _prepare(conn: sqlite3.Connection, p: Path, existed: bool, *, read_only: bool) -> SQLiteStore:
    name = str(p)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    _set_pragmas(conn, name, read_only=read_only)
    db = sqlite_utils.Database(conn, execute_plugins=False)
    store = SQLiteStore(db, name, read_only=read_only)
    migrations = _migrations()
    if version < len(migrations) and read_only:
        raise StoreError(
            f"{name}: needs an upgrade to this version of Annotator (schema {version} to "
            f"{len(migrations)}), but the file or its folder cannot be written; left untouched"
        )
    if version == 0:
        _create(store, len(migrations))
    elif version < len(migrations):
        if existed:
            _backup_before_migration(store, version)
        _migrate(store, version, migrations)
    return store


def _create(store: SQLiteStore, version: int) -> None:
    """Today's tables from schema.sql, the seed rows, our id and version: one step."""
    conn = store.conn
    try:
        conn.execute("BEGIN IMMEDIATE")
        for statement in _split_sql(resources.schema_sql()):
            conn.execute(statement)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        _seed(conn)
        conn.execute(f"PRAGMA user_version = {version}")
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise StoreError(f"{store.path}: cannot create the tables: {exc}") from exc


def _backup_before_migration(store: SQLiteStore, version: int) -> None:
    target = Path(f"{store.path}.v{version}.bak")
    backup(store, target)


def _migrate(store: SQLiteStore, version: int, migrations: list[tuple[str, str]]) -> None:
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
    fileguard.refuse_database(target_path, "overwrite")
    tmp = target_path.with_name(target_path.name + ".part")
    fileguard.refuse_database(tmp, "overwrite")
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
