"""A newsroom's shared database on PostgreSQL (≥ 14) through psycopg 3: the same store
as a desk's SQLite file, behind the same functions.

`--db postgresql://user@host/db` (a libpq URL; the password from PGPASSWORD,
~/.pgpass or a prompt, never written anywhere by us). Annotator's tables live
in one schema of that database (`annotator` unless the URL says
`?schema=NAME`), made by `annotator newsroom init`.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from annotator.store.base import IntegrityError, Listener, NotAllowedError, Store, StoreError

URL_SCHEMES = ("postgresql", "postgres")
DEFAULT_SCHEMA = "annotator"
APPLICATION = "annotator"
_SCHEMA_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


def is_url(location: object) -> bool:
    """A PostgreSQL address (`postgresql://…`), not a file path."""
    return isinstance(location, str) and location.split("://", 1)[0].lower() in URL_SCHEMES


def parse_location(url: str) -> tuple[str, str, str]:
    """(libpq URL without our own `schema` parameter, schema, URL shown to people:
    no password)."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    schema = next((v for k, v in query if k == "schema"), DEFAULT_SCHEMA)
    if not _SCHEMA_NAME.fullmatch(schema):
        raise StoreError(
            f"schema {schema!r}: a schema name is lower-case letters, digits and _, "
            "starting with a letter",
            kind="bad-schema",
        )

    def joined(netloc: str, pairs: list[tuple[str, str]]) -> str:
        # By hand: urlunsplit drops the empty host of postgresql:///db (a local socket).
        text = f"{parts.scheme}://{netloc}{parts.path}"
        return f"{text}?{urlencode(pairs)}" if pairs else text

    libpq = joined(parts.netloc, [(k, v) for k, v in query if k != "schema"])
    netloc = parts.netloc
    if "@" in netloc:
        user, _, host = netloc.rpartition("@")
        netloc = f"{user.split(':', 1)[0]}@{host}"
    shown = joined(netloc, [(k, v) for k, v in query if k != "password"])
    return libpq, schema, shown


# --- errors in words ------------------------------------------------------------------------


# What went wrong, as StoreError.kind: the window words each in its own language.
LOGIN_REFUSED = "login-refused"  # wrong user name or password, or none given
NO_DATABASE = "no-database"
NO_USER = "no-user"
UNREACHABLE = "unreachable"  # no server answers at this address
UNKNOWN_HOST = "unknown-host"
TIMEOUT = "timeout"
TLS = "tls"
CANNOT_CONNECT = "cannot-connect"  # refused for another reason, said by the server
NOT_PREPARED = "not-prepared"  # no Annotator schema or tables: `newsroom init` first
NEEDS_UPGRADE = "needs-upgrade"  # an older schema: `newsroom init` migrates it
NEWER = "newer"  # written by a newer Annotator
CONNECTION_LOST = "connection-lost"  # during a change: none of it was written
LOST_AT_COMMIT = "lost-at-commit"  # while the server saved it: whether it did is unknown
_LOSS_PHRASES = (
    "server closed the connection",
    "connection is closed",
    "consuming input failed",
    "terminating connection",
    "connection lost",
    "ssl syscall",
    "ssl connection has been closed",
)


def environment_error(
    where: str, exc: Exception, *, connecting: bool = False, broken: bool = False
) -> Exception:
    """StoreError in words for what the server or the network caused; our bugs as they are.

    `connecting`: the error came while opening the connection; `broken`: the
    connection is gone since (psycopg says so), whatever the words of the error.
    """
    import psycopg
    from psycopg import errors

    def error(kind: str, message: str) -> StoreError:
        return StoreError(f"{where}: {message}", kind=kind, where=where)

    text = " ".join(str(exc).split())
    lowered = text.lower()
    sqlstate = getattr(exc, "sqlstate", None) or ""
    lost = broken or sqlstate.startswith(("08", "57P0")) or any(p in lowered for p in _LOSS_PHRASES)
    if lost and not connecting:
        return error(
            CONNECTION_LOST,
            f"lost the connection to the server ({_first_line(exc)}); the change under way "
            "was not written (none of it), what was saved before is kept",
        )
    if isinstance(exc, errors.InsufficientPrivilege):
        reason = _first_line(exc)
        what = reason.removeprefix("only an editor may ") if "only an editor" in reason else ""
        return NotAllowedError(
            f"{where}: not allowed: {reason}; nothing was changed", what, where=where
        )
    if isinstance(exc, errors.DiskFull):
        return error("disk-full", "the server's disk is full; nothing was changed")
    if isinstance(exc, errors.ReadOnlySqlTransaction):
        return error("read-only", "the server is read-only (a replica?); nothing was changed")
    if isinstance(exc, errors.LockNotAvailable | errors.DeadlockDetected):
        return error("busy", "another desk holds what this change needs; try again")
    if isinstance(exc, errors.QueryCanceled):
        return error("too-long", "the server stopped the request (too long); try again")
    if isinstance(exc, errors.UndefinedTable | errors.InvalidSchemaName):
        return error(
            NOT_PREPARED,
            "no Annotator tables here; prepare the database with `annotator newsroom init URL`",
        )
    if isinstance(exc, psycopg.OperationalError):
        # A connection's errors come without a SQLSTATE: their words (English, libpq's
        # and the server's unless its lc_messages says otherwise) are all there is.
        if "authentication failed" in lowered or "no password supplied" in lowered:
            return error(LOGIN_REFUSED, "login refused (wrong user name or password)")
        if "does not exist" in lowered and "database" in lowered:
            return error(NO_DATABASE, "no such database on the server")
        if "role" in lowered and "does not exist" in lowered:
            return error(NO_USER, "no such user on the server")
        if "could not translate host name" in lowered or "failed to resolve host" in lowered:
            return error(UNKNOWN_HOST, "unknown server name")
        if "timeout" in lowered:
            return error(TIMEOUT, "the server did not answer in time")
        if (
            "connection refused" in lowered
            or "could not connect" in lowered
            or "no such file or directory" in lowered
        ):
            return error(UNREACHABLE, "no server answers at this address (is it running?)")
        if "ssl" in lowered:
            return error(TLS, f"the secure connection failed: {_first_line(exc)}")
        if connecting:
            return error(CANNOT_CONNECT, f"cannot connect: {_first_line(exc)}")
        return error(
            CONNECTION_LOST,
            f"lost the connection to the server ({_first_line(exc)}); the change under way "
            "was not written (none of it), what was saved before is kept",
        )
    return exc


def _first_line(exc: Exception) -> str:
    return (
        " ".join(str(exc).strip().splitlines()[0].split())
        if str(exc).strip()
        else type(exc).__name__
    )


# --- the store --------------------------------------------------------------------------------


@functools.lru_cache(maxsize=512)
def _placeholders(sql: str) -> str:
    """`?` to psycopg's `%s` (and a literal `%` doubled)."""
    return sql.replace("%", "%%").replace("?", "%s")


class PostgresStore(Store):
    """One connection to a newsroom's database, in its Annotator schema."""

    dialect = "postgresql"

    def __init__(self, conn: Any, libpq: str, schema: str, shown: str, password: str | None = None):
        self.conn = conn
        self.libpq = libpq
        # Typed by the user for this session: kept in memory for the worker connections
        # (open_worker), never written anywhere and never part of `libpq` or `path`.
        self._password = password
        self.schema = schema
        self.path = shown
        self.read_only = False
        self._closed = False
        self._user: str | None = None

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        import psycopg

        try:
            return self.conn.execute(_placeholders(sql) if params else sql, params or None)
        except psycopg.errors.IntegrityError as exc:
            raise IntegrityError(_first_line(exc)) from exc
        except psycopg.Error as exc:
            raise environment_error(self.path, exc, broken=self.conn.broken) from exc

    def id_set(self, ids: Iterable[Any]) -> tuple[str, Any]:
        values = sorted(set(ids))
        kind = "text" if values and isinstance(values[0], str) else "bigint"
        return f"(SELECT unnest(CAST(? AS {kind}[])))", values

    @property
    def in_transaction(self) -> bool:
        from psycopg import pq

        return self.conn.info.transaction_status != pq.TransactionStatus.IDLE

    def begin(self) -> None:
        self.execute("BEGIN")

    def commit(self) -> None:
        try:
            self.execute("COMMIT")
        except StoreError as exc:
            if exc.kind != CONNECTION_LOST:
                raise
            # The server may have saved it before the connection went: nobody knows.
            raise StoreError(
                f"{self.path}: lost the connection to the server while it saved the last "
                "change; whether it was saved is not known (look, or do it again)",
                kind=LOST_AT_COMMIT,
                where=self.path,
            ) from exc

    def rollback(self) -> None:
        import psycopg

        if self.in_transaction:
            # A connection that is gone committed nothing anyway.
            with contextlib.suppress(psycopg.OperationalError):
                self.conn.execute("ROLLBACK")

    @property
    def user(self) -> str:
        """The login as the server sees it: what its triggers record as the author."""
        if self._user is None:
            self._user = self.execute("SELECT current_user").fetchone()[0]
        return self._user

    def after_explicit_id(self, table: str) -> None:
        self.execute(
            f"SELECT setval(pg_get_serial_sequence(?, 'id'), (SELECT max(id) FROM {table}))",
            (table,),
        )

    def lock_articles(self) -> None:
        """Inside a write: one article writer at a time in the whole newsroom (what a
        text duplicates, which version is the latest), as SQLite's single writer is."""
        self.execute("SELECT pg_advisory_xact_lock(hashtext(?))", (f"{self.schema}.articles",))

    def open_worker(self) -> PostgresStore:
        return connect(self.libpq, self.schema, self.path, password=self._password)

    def listen(self) -> PostgresListener:
        """A connection of its own on which the notifications of this schema's triggers
        arrive (logic.sql: the channel is the schema's name)."""
        worker = self.open_worker()
        worker.execute(f'LISTEN "{self.schema}"')
        return PostgresListener(worker)

    @property
    def session_id(self) -> int:
        return int(self.conn.info.backend_pid)

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self.conn.close()


class PostgresListener(Listener):
    """LISTEN on a connection of its own: what came is read without waiting."""

    def __init__(self, store: PostgresStore):
        self.store = store

    def payloads(self) -> list[str]:
        return [note.payload for note in self.store.conn.notifies(timeout=0, stop_after=1000)]

    def close(self) -> None:
        self.store.close()


CONNECT_TIMEOUT = 10  # seconds: an address where nothing answers fails in words, soon


def connect(
    libpq: str, schema: str, shown: str, *, check: bool = True, password: str | None = None
) -> PostgresStore:
    """A connection in autocommit mode (transactions are explicit), in `schema`.

    `password`, when given, goes to libpq as a keyword, never into the address;
    without it libpq looks in PGPASSWORD, ~/.pgpass or a service file as usual.
    """
    import psycopg

    extra: dict[str, Any] = {"password": password} if password else {}
    try:
        conn = psycopg.connect(libpq, autocommit=True, application_name=APPLICATION,
                               connect_timeout=CONNECT_TIMEOUT, **extra)  # fmt: skip
    except psycopg.ProgrammingError as exc:
        raise StoreError(
            f"{shown}: not a database address ({_first_line(exc)})",
            kind="not-an-address", where=shown,
        ) from exc  # fmt: skip
    except psycopg.Error as exc:
        raise environment_error(shown, exc, connecting=True) from exc
    store = PostgresStore(conn, libpq, schema, shown, password)
    try:
        found = store.execute(
            "SELECT n.nspname FROM pg_namespace n WHERE n.nspname = ?", (schema,)
        ).fetchone()
        unaccent = _unaccent_schema(store) or "public"
        store.execute(f'SET search_path TO "{schema}", "{unaccent}", public')
        if check:
            if found is None:
                raise StoreError(
                    f"{shown}: no Annotator schema {schema!r} in this database; prepare it "
                    "with `annotator newsroom init URL`",
                    kind=NOT_PREPARED, where=shown,
                )  # fmt: skip
            version = _version(store)
            from annotator.store.db import SCHEMA_VERSION

            if version is None:
                raise StoreError(
                    f"{shown}: schema {schema!r} holds no Annotator tables; prepare it with "
                    "`annotator newsroom init URL`",
                    kind=NOT_PREPARED, where=shown,
                )  # fmt: skip
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"{shown}: written by a newer version of Annotator (schema {version}, this "
                    f"program knows {SCHEMA_VERSION}); update Annotator to open it",
                    kind=NEWER, where=shown,
                )  # fmt: skip
            if version < SCHEMA_VERSION:
                raise StoreError(
                    f"{shown}: needs an upgrade to this version of Annotator (schema {version} "
                    f"to {SCHEMA_VERSION}); run `annotator newsroom init URL`",
                    kind=NEEDS_UPGRADE, where=shown,
                )  # fmt: skip
    except BaseException:
        store.close()
        raise
    return store


def _unaccent_schema(store: PostgresStore) -> str | None:
    row = store.execute(
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace"
        " WHERE e.extname = 'unaccent'"
    ).fetchone()
    return row[0] if row else None


def _version(store: PostgresStore) -> int | None:
    import psycopg

    try:
        row = store.execute(
            f'SELECT value FROM "{store.schema}".meta WHERE key = ?', ("schema_version",)
        ).fetchone()
    except StoreError:
        return None
    except psycopg.Error:
        return None
    return int(row[0]) if row else None


def open_postgres(url: str, *, password: str | None = None) -> PostgresStore:
    """Open a newsroom's database, checked: its schema exists and is this version's.
    `password`: typed by the user, kept in memory only (see `connect`)."""
    libpq, schema, shown = parse_location(url)
    return connect(libpq, schema, shown, password=password)
