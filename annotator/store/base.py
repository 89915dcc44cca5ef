"""What every store is, whichever engine holds the data: statements with `?` placeholders,
short write transactions, and the errors the environment causes, in words."""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from annotator.errors import UserError


class StoreError(UserError):
    """The database cannot be used: damaged, foreign, newer, locked, unwritable, out of
    reach. Said to the user in words; nothing was changed.

    `kind` says what went wrong in a word a caller can test and word in its own
    language (the window's messages); `where` is the database as people are shown
    it (a file, or a server address without its password). Both may be empty.
    """

    def __init__(self, message: str, *, kind: str = "", where: str = ""):
        super().__init__(message)
        self.kind = kind
        self.where = where


class NotAllowedError(StoreError):
    """The server refused a change this login's role may not make (`what`: which)."""

    def __init__(self, message: str, what: str = "", *, where: str = ""):
        super().__init__(message, kind="not-allowed", where=where)
        self.what = what


class IntegrityError(Exception):
    """A row broke a constraint (a race between writers, or our bug): the statement
    changed nothing. The same class whatever the engine."""


_SAVEPOINTS = itertools.count(1)


class Listener:
    """Notifications of other connections' changes: `payloads()` returns those that came
    since the last call (never waits); `close()` hangs up."""

    def payloads(self) -> list[str]:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


class Store:
    """One connection to one database. Only annotator.store knows which engine it is:
    the SQLite file of one desk (store.db) or a newsroom's PostgreSQL (store.postgres).

    Queries are written once, with `?` placeholders and the SQL both engines
    share; where they differ, a query asks `dialect`.
    """

    dialect = ""
    path = ""  # what the user named: a file, or a server address without its password
    read_only = False

    # --- what each engine provides -------------------------------------------------------

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """One statement; a cursor (fetchone, fetchall, iteration, description)."""
        raise NotImplementedError

    def id_set(self, ids: Iterable[Any]) -> tuple[str, Any]:
        """(SQL, parameter) for "the set of these values", whatever their number:
        `WHERE x IN {sql}` with the one parameter."""
        raise NotImplementedError

    @property
    def in_transaction(self) -> bool:
        raise NotImplementedError

    def begin(self) -> None:
        """Start a write transaction; it waits for other writers as the engine makes it."""
        raise NotImplementedError

    def commit(self) -> None:
        raise NotImplementedError

    def rollback(self) -> None:
        raise NotImplementedError

    def open_worker(self) -> Store:
        """Another connection to the same database, for a background job."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def check_journal(self) -> None:
        """After a commit: raise StoreError if something outside lost it (SQLite's WAL)."""

    @property
    def user(self) -> str:
        """Who makes the changes through this store (recorded as their author)."""
        raise NotImplementedError

    def after_explicit_id(self, table: str) -> None:
        """A row went in with an id of ours (undo, a copy): the engine's next id must pass it."""

    def lock_articles(self) -> None:
        """Inside a write: one writer of articles at a time (SQLite has only one writer)."""

    def data_version(self) -> int:
        """A number that changes when another connection commits to the database (what
        a desk polls cheaply when its engine sends no notifications); 0 where it does."""
        return 0

    def listen(self) -> Listener | None:
        """A connection of its own that hears what other connections change, as they
        commit (None: this engine does not tell; poll `data_version`)."""
        return None

    @property
    def session_id(self) -> int | None:
        """This connection's id as the notifications name it (None: they do not)."""
        return None

    # --- the same for every engine -------------------------------------------------------

    def insert(
        self, table: str, row: dict[str, Any], *, returning: str | None = "id", conflict: str = ""
    ) -> Any:
        """Insert one row (an `id` of None lets the engine choose it); the new row's
        `returning` column, or None when `conflict` ("ON CONFLICT DO NOTHING") kept
        the row out."""
        columns = [k for k, v in row.items() if not (k == "id" and v is None)]
        sql = (
            f"INSERT INTO {table} ({', '.join(f'{chr(34)}{c}{chr(34)}' for c in columns)})"
            f" VALUES ({', '.join('?' * len(columns))}) {conflict}"
        )
        if returning is None:
            self.execute(sql, [row[c] for c in columns])
            return None
        found = self.execute(f"{sql} RETURNING {returning}", [row[c] for c in columns]).fetchall()
        if row.get("id") is not None:
            self.after_explicit_id(table)
        return found[0][0] if found else None

    # --- the same for every engine -------------------------------------------------------

    def refuse_if_read_only(self) -> None:
        if self.read_only:
            raise StoreError(
                f"{self.path}: opened read-only (the file or its folder cannot be written); "
                "nothing was changed"
            )

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Rows as dicts (column name -> value)."""
        cursor = self.execute(sql, params)
        names = [d[0] for d in cursor.description or ()]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    @contextlib.contextmanager
    def savepoint(self, name: str | None = None) -> Iterator[None]:
        """A part of the caller's transaction that lands whole or not at all."""
        name = name or f"sp{next(_SAVEPOINTS)}"
        self.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            if self.in_transaction:
                self.execute(f"ROLLBACK TO SAVEPOINT {name}")
                self.execute(f"RELEASE SAVEPOINT {name}")
            raise
        self.execute(f"RELEASE SAVEPOINT {name}")

    @contextlib.contextmanager
    def write(self) -> Iterator[Store]:
        """One short write transaction (nested calls become savepoints)."""
        self.refuse_if_read_only()
        if self.in_transaction:
            with self.savepoint():
                yield self
            return
        self.begin()
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        self.commit()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
