"""Where the data lives: a desk's SQLite file, or a newsroom's PostgreSQL. Opening,
migrations, transactions, queries; the only package that knows which engine it is."""

import os

from annotator.store import pg
from annotator.store.base import IntegrityError, NotAllowedError, Store, StoreError
from annotator.store.check import check_file
from annotator.store.db import (
    SCHEMA_VERSION,
    DamagedDatabaseError,
    SQLiteStore,
    backup,
    open_sqlite,
    way_back,
)


def is_shared(location: object) -> bool:
    """A newsroom's shared database (a `postgresql://` address), not a desk's file."""
    return pg.is_url(location)


def open_store(
    location: str | os.PathLike[str], *, create: bool = True, password: str | None = None
) -> Store:
    """Open a desk's SQLite file (created when `create`) or a newsroom's PostgreSQL
    database (`postgresql://…`, prepared by `annotator newsroom init`; `password`, when
    the user typed one, is kept in memory by the store for its worker connections)."""
    if pg.is_url(location):
        return pg.open_postgres(str(location), password=password)
    return open_sqlite(location, create=create)


__all__ = [
    "SCHEMA_VERSION", "DamagedDatabaseError", "IntegrityError", "NotAllowedError",
    "SQLiteStore", "Store", "StoreError", "backup", "check_file", "is_shared", "open_store",
    "way_back",
]  # fmt: skip
