"""Which database file to use, and opening it (with the sample on first use)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC
from pathlib import Path

import platformdirs

from annotator import resources
from annotator.store import Store, StoreError, backup, check_file, open_store, way_back

__all__ = [
    "Changes", "Store", "backup_database", "check_database", "default_db_path", "log_bug",
    "open_database", "open_worker", "way_back",
]  # fmt: skip

ENV_DB = "ANNOTATOR_DB"
SAMPLE_ORIGIN = "resources/sample-article.txt"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir("annotator", appauthor=False))


def default_db_path() -> Path:
    return data_dir() / "annotator.db"


def resolve_db_path(path: str | os.PathLike[str] | None) -> tuple[Path, bool]:
    """(path, is_default): --db, else $ANNOTATOR_DB, else the user data file.

    An empty value is a mistake (an unset shell variable), never the default.
    """
    if path is not None:
        if not os.fspath(path).strip():
            raise StoreError("--db: the database path is empty; name a file")
        return Path(path).expanduser(), False
    env = os.environ.get(ENV_DB)
    if env is not None:
        if not env.strip():
            raise StoreError(f"{ENV_DB} is set but empty; name a file or unset it")
        return Path(env).expanduser(), False
    return default_db_path(), True


def open_database(path: str | os.PathLike[str] | None = None) -> Store:
    """Open the chosen database; the default one is created holding the sample."""
    db_path, is_default = resolve_db_path(path)
    fresh = not db_path.exists() or db_path.stat().st_size == 0
    store = open_store(db_path)
    if fresh and is_default:
        add_sample_article(store)
    return store


def open_worker(store: Store) -> Store:
    """A connection of its own for a background job, on the same database as `store`.

    The connection policy is the store's (annotator.store.db): jobs never open
    the file by path (no second check, no second migration).
    """
    return store.open_worker()


def check_database(path: str | os.PathLike[str] | None = None) -> tuple[Path, list[str]]:
    """(the file, its problems in words): [] when healthy. Never opens it for writing
    when it is damaged."""
    db_path, _ = resolve_db_path(path)
    return db_path, check_file(db_path)


def add_sample_article(store: Store) -> int:
    from annotator.io.text_import import read_text_article
    from annotator.services.articles import import_article

    data = resources.path("sample-article.txt").read_bytes()
    article = read_text_article(data, SAMPLE_ORIGIN)
    return import_article(store, article).article_id


@dataclass
class Changes:
    """What a write changed, so a view can refresh just that."""

    articles: set[int] = field(default_factory=set)
    claims: set[int] = field(default_factory=set)
    removed_claims: set[int] = field(default_factory=set)
    settings: bool = False

    def __bool__(self) -> bool:
        return bool(self.articles or self.claims or self.removed_claims or self.settings)

    def merge(self, other: Changes) -> Changes:
        self.articles |= other.articles
        self.claims |= other.claims
        self.removed_claims |= other.removed_claims
        self.settings = self.settings or other.settings
        return self


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
    """A consistent copy through SQLite's online backup API, even while in use."""
    backup(store, target)
