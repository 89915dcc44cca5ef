"""Where the data lives: a desk's SQLite file, or a newsroom's PostgreSQL. Opening,
migrations, transactions, queries; the only package that knows which engine it is."""

from annotator.store.base import IntegrityError, Store, StoreError
from annotator.store.check import check_file
from annotator.store.db import (
    SCHEMA_VERSION,
    DamagedDatabaseError,
    SQLiteStore,
    backup,
    open_store,
    way_back,
)

__all__ = [
    "SCHEMA_VERSION", "DamagedDatabaseError", "IntegrityError", "SQLiteStore", "Store",
    "StoreError", "backup", "check_file", "open_store", "way_back",
]  # fmt: skip
