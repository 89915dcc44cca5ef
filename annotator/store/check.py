"""`annotator check`: every problem in a database, in words; a damaged file never written."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from annotator import fileguard
from annotator.store.db import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    DamagedDatabaseError,
    StoreError,
    _connect,
    _inspect,
    _read_only_uri,
    environment_error,
    is_writable,
)

# Invariants of our own tables that SQLite cannot know: (what is wrong, query of the
# offending ids). The same list is what a PostgreSQL store checks.
_INVARIANTS = (
    (
        "claims without a review row",
        "SELECT c.id FROM claims c LEFT JOIN reviews r ON r.claim_id = c.id"
        " WHERE r.claim_id IS NULL",
    ),
    (
        "claims whose span lies outside their article's text",
        "SELECT c.id FROM claims c JOIN articles a ON a.id = c.article_id"
        ' WHERE c."end" > length(a.body)',
    ),
    (
        "claims anchored as exact or moved whose quote is not the text at their offsets",
        "SELECT c.id FROM claims c JOIN articles a ON a.id = c.article_id"
        " WHERE c.anchor IN ('exact', 'moved')"
        ' AND substr(a.body, c.start + 1, c."end" - c.start) != c.exact',
    ),
    (
        "claims left on an older version of their article",
        "SELECT c.id FROM claims c JOIN articles a ON a.id = c.article_id"
        " WHERE a.superseded_by IS NOT NULL",
    ),
)
# Full-text indexes checked against their content (FTS5's own integrity-check).
_FTS_CHECKS = (
    ("articles_fts", "INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)"),
    ("claims_fts", "INSERT INTO claims_fts(claims_fts) VALUES ('integrity-check')"),
    (
        "external_reviews_fts",
        "INSERT INTO external_reviews_fts(external_reviews_fts, rank)"
        " VALUES ('integrity-check', 1)",
    ),
)


def _ids(rows: list[tuple], limit: int = 10) -> str:
    ids = [str(r[0]) for r in rows[:limit]]
    return ", ".join(ids) + (f" and {len(rows) - limit} more" if len(rows) > limit else "")


# PostgreSQL keeps its own foreign keys and its pages' integrity; what it cannot
# know is ours: the same invariants, and search columns in step with their text.
_PG_SEARCH_CHECKS = (
    (
        "articles whose search words are out of step with their text",
        "SELECT id FROM articles WHERE fts IS DISTINCT FROM"
        " (setweight(to_tsvector('annotator_search', title), 'A')"
        " || setweight(to_tsvector('annotator_search', body), 'D'))"
        " AND length(body) < 500000",
    ),
    (
        "claims missing from search",
        "SELECT c.id FROM claims c LEFT JOIN claim_search s ON s.claim_id = c.id"
        " WHERE s.claim_id IS NULL",
    ),
    (
        "other fact-checkers' reviews missing from search",
        "SELECT id FROM external_reviews WHERE fts IS NULL",
    ),
)


def check_shared(url: str) -> list[str]:
    """Every problem in a newsroom's database (PostgreSQL), in words; [] when healthy."""
    from annotator.store.pg import open_postgres

    with open_postgres(url) as store:
        problems = []
        for what, sql in (*_INVARIANTS, *_PG_SEARCH_CHECKS):
            rows = store.execute(sql).fetchall()
            if rows:
                problems.append(f"{what}: {_ids(rows)}")
        return problems


def check_file(path: str | os.PathLike[str]) -> list[str]:
    """Every problem found in a database file, in words; [] when it is healthy.

    SQLite's integrity_check and foreign_key_check run on a read-only
    connection: a damaged file is never written to. Only a file that passes
    them gets the full-text index checks, inside a transaction rolled back.
    """
    name = str(path)
    if name.startswith(("postgresql://", "postgres://")):
        return check_shared(name)
    p = Path(name)
    if not p.exists():
        raise StoreError(f"{name}: no such database")
    if p.is_dir():
        raise StoreError(f"{name}: is a folder, not a database file")
    if p.stat().st_size == 0:
        return []
    try:
        app_id, version, tables = _inspect(name, quick_check=False)
    except DamagedDatabaseError as exc:
        return exc.problems
    except StoreError as exc:
        return [str(exc).removeprefix(f"{name}: ")]
    if app_id != APPLICATION_ID and tables > 0:
        return ["an SQLite file of another program, not an Annotator database"]
    if version > SCHEMA_VERSION:
        return [f"written by a newer version of Annotator (schema {version})"]
    problems: list[str] = []
    conn = sqlite3.connect(_read_only_uri(name), uri=True, timeout=30, isolation_level=None)
    fileguard.register(name)
    try:
        problems += [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
            problems.append(f"{table} row {rowid}: refers to a missing row of {parent}")
        if problems or version < SCHEMA_VERSION:
            return problems
        for what, sql in _INVARIANTS:
            rows = conn.execute(sql).fetchall()
            if rows:
                problems.append(f"{what}: {_ids(rows)}")
    except sqlite3.DatabaseError as exc:
        return [*problems, str(exc)]
    finally:
        conn.close()
        fileguard.unregister(name)
    if not is_writable(name):
        return problems  # FTS5's integrity-check needs a write transaction
    conn = _connect(name)
    try:
        conn.execute("PRAGMA busy_timeout = 30000")
        conn.execute("BEGIN IMMEDIATE")
        for table, sql in _FTS_CHECKS:
            try:
                conn.execute(sql)
            except sqlite3.DatabaseError as exc:
                problems.append(
                    f"full-text index {table} does not match its table ({exc}); "
                    f"INSERT INTO {table}({table}) VALUES ('rebuild') repairs it"
                )
    except sqlite3.OperationalError as exc:
        raise environment_error(name, exc) from exc
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.close()
        fileguard.unregister(name)
    return problems
