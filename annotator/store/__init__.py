"""The SQLite file through sqlite-utils: opening, migrations, transactions, queries."""

from annotator.store.db import SCHEMA_VERSION, Store, StoreError, backup, open_store

__all__ = ["SCHEMA_VERSION", "Store", "StoreError", "backup", "open_store"]
