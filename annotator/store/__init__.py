"""The SQLite file through sqlite-utils: opening, migrations, transactions, queries."""

from annotator.store.db import (
    SCHEMA_VERSION,
    DamagedDatabaseError,
    IntegrityError,
    Store,
    StoreError,
    backup,
    check_file,
    open_store,
    way_back,
)

__all__ = [
    "SCHEMA_VERSION", "DamagedDatabaseError", "IntegrityError", "Store", "StoreError", "backup",
    "check_file", "open_store", "way_back",
]  # fmt: skip
