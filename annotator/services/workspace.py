"""Which database file to use, and opening it (with the sample on first use)."""

from __future__ import annotations

import os
from datetime import UTC
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

import platformdirs

from annotator.services.changes import Changes
from annotator.store import (
    Store,
    StoreError,
    backup,
    check_file,
    is_shared,
    open_store,
    way_back,
)
from annotator.store.pg import DEFAULT_SCHEMA, parse_location

__all__ = [
    "Changes", "Store", "StoreError", "Workspace", "backup_database", "check_database",
    "default_db_path", "is_shared", "log_bug", "open_database", "open_workspace",
    "shared_address", "shared_label", "shared_parts", "way_back",
]  # fmt: skip

ENV_DB = "ANNOTATOR_DB"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir("annotator", appauthor=False))


def default_db_path() -> Path:
    return data_dir() / "annotator.db"


Location = Path | str  # a desk's file, or a newsroom's `postgresql://` address


def _location(value: str | os.PathLike[str]) -> Location:
    text = os.fspath(value)
    return text.strip() if is_shared(text.strip()) else Path(text).expanduser()


def resolve_db_path(path: str | os.PathLike[str] | None) -> tuple[Location, bool]:
    """(where, is_default): --db, else $ANNOTATOR_DB, else the user data file. Where is
    a file's Path, or a shared database's address (str).

    An empty value is a mistake (an unset shell variable), never the default.
    """
    if path is not None:
        if not os.fspath(path).strip():
            raise StoreError("--db: the database path is empty; name a file")
        return _location(path), False
    env = os.environ.get(ENV_DB)
    if env is not None:
        if not env.strip():
            raise StoreError(f"{ENV_DB} is set but empty; name a file or unset it")
        return _location(env), False
    return default_db_path(), True


def open_database(path: str | os.PathLike[str] | None = None) -> Store:
    """Open the chosen database; the default one is created holding the sample."""
    db_path, is_default = resolve_db_path(path)
    if isinstance(db_path, str):
        return open_store(db_path)
    fresh = not db_path.exists() or db_path.stat().st_size == 0
    store = open_store(db_path)
    if fresh and is_default:
        add_sample_article(store)
    return store


class Workspace:
    """What the window holds: one open database, where it is, and how its background
    jobs get a connection of their own (the store's policy: never the file by path,
    no second check, no second migration). Services take `workspace.store`."""

    def __init__(self, store: Store):
        self.store = store

    @property
    def location(self) -> str:
        """The database file's path (or a shared database's address, no password)."""
        return self.store.path

    @property
    def name(self) -> str:
        """Short, for a window title: the file's name, or user@host/database."""
        if self.shared:
            return shared_label(self.store.path)
        return Path(self.store.path).name

    @property
    def shared(self) -> bool:
        """A newsroom's database (PostgreSQL), not a desk's file."""
        return self.store.dialect == "postgresql"

    @property
    def read_only(self) -> bool:
        return bool(getattr(self.store, "read_only", False))

    def open_worker(self) -> Workspace:
        """Another connection to the same database, for one job; close it when done."""
        return Workspace(self.store.open_worker())

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_workspace(
    path: str | os.PathLike[str] | None = None,
    *,
    create: bool = True,
    password: str | None = None,
) -> Workspace:
    """open_database for the window: None is the default database (with the sample);
    a path names a file, created when `create`; a shared database's address opens it
    with `password` when the user typed one (kept in memory only, by the store)."""
    if path is not None and is_shared(os.fspath(path).strip()):
        return Workspace(open_store(os.fspath(path).strip(), password=password))
    if path is None or create:
        return Workspace(open_database(path))
    return Workspace(open_store(path, create=False))


SSL_MODES = ("", "prefer", "require", "verify-full")  # "": libpq's default (or PGSSLMODE)


def shared_address(
    *,
    host: str,
    database: str,
    user: str = "",
    port: int | None = None,
    schema: str = "",
    sslmode: str = "",
) -> str:
    """A shared database's address from its parts, each quoted as a URL needs:
    `postgresql://user@host:port/database?schema=…&sslmode=…`. Never a password.
    An empty host is this computer's server, through its local socket."""
    if not database.strip():
        raise StoreError("the database name is empty", kind="no-database-name")
    if sslmode not in SSL_MODES:
        raise StoreError(f"sslmode {sslmode!r}: one of prefer, require, verify-full")
    host = host.strip()
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"  # an IPv6 address
    elif not host.startswith("["):
        host = quote(host, safe="")  # a socket folder (/var/run/postgresql) too
    netloc = f"{quote(user.strip(), safe='')}@" if user.strip() else ""
    netloc += host + (f":{int(port)}" if port else "")
    query = []
    if schema.strip() and schema.strip() != DEFAULT_SCHEMA:
        query.append(("schema", schema.strip()))
    if sslmode:
        query.append(("sslmode", sslmode))
    url = f"postgresql://{netloc}/{quote(database.strip(), safe='')}"
    if query:
        url += "?" + urlencode(query)
    parse_location(url)  # a schema name the server would refuse is said now
    return url


def shared_parts(url: str) -> dict[str, str]:
    """The parts of a shared database's address, as `shared_address` takes them (texts;
    "" where the address says nothing). Any password in it is left out."""
    _libpq, schema, shown = parse_location(url)
    parts = urlsplit(shown)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    host = parts.netloc.rpartition("@")[2]
    host = host.rsplit(":", 1)[0] if not host.endswith("]") and ":" in host else host
    return {
        "host": unquote(host.strip("[]")),
        "port": str(parts.port or ""),
        "database": unquote(parts.path.lstrip("/")),
        "user": unquote(parts.username or ""),
        "schema": schema,
        "sslmode": query.get("sslmode", ""),
    }


def shared_label(url: str) -> str:
    """A shared database as people name it: user@host/database (its schema too, when
    not the usual one); this computer's server is `localhost`. No password."""
    _libpq, schema, shown = parse_location(url)
    parts = urlsplit(shown)
    user = unquote(parts.username or "")
    host = unquote(parts.hostname or "") or "localhost"
    if parts.port and parts.port != 5432:
        host = f"{host}:{parts.port}"
    database = unquote(parts.path.lstrip("/")) or user
    label = f"{user}@{host}/{database}" if user else f"{host}/{database}"
    return label if schema == DEFAULT_SCHEMA else f"{label} ({schema})"


def check_database(path: str | os.PathLike[str] | None = None) -> tuple[Path, list[str]]:
    """(the file, its problems in words): [] when healthy. Never opens it for writing
    when it is damaged."""
    db_path, _ = resolve_db_path(path)
    return db_path, check_file(db_path)


def add_sample_article(store: Store) -> int:
    from annotator.services.articles import import_sample

    return import_sample(store)


def log_path() -> Path:
    return data_dir() / "annotator.log"


def log_bug(text: str) -> Path | None:
    """Append a bug's traceback to the log in the data folder; its path, or None."""
    from datetime import datetime

    try:
        path = log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        with path.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {stamp}\n{text}\n")
        return path
    except OSError:
        return None


def backup_database(store: Store, target: str | os.PathLike[str]) -> None:
    """A consistent copy: SQLite's online backup of a desk's file, even while in use; a
    shared database written as a SQLite file that any desk opens."""
    if store.dialect == "postgresql":
        from annotator.store.transfer import backup_to_sqlite

        backup_to_sqlite(store, target)
    else:
        backup(store, target)
