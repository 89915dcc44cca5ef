"""Every old schema version upgrades to today's, keeping its data (as TagStudio does)."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from annotator.services import claims as claim_service
from annotator.services import search as search_service
from annotator.services.articles import list_articles
from annotator.store import SCHEMA_VERSION, open_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "databases"
OLD = sorted(FIXTURES.glob("annotator-v*.db"))


def schema(path: Path) -> dict[str, object]:
    """What the tables are, not how their SQL was spelled (ALTER TABLE keeps the
    old text and appends): columns, keys, indexes, triggers, virtual tables."""
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    found: dict[str, object] = {}
    try:
        objects = conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        ).fetchall()
        for kind, name, table, sql in objects:
            if kind == "table" and not (sql or "").upper().startswith("CREATE VIRTUAL"):
                if name.endswith(("_data", "_idx", "_docsize", "_config", "_content")):
                    continue  # FTS5's own tables
                found[f"table {name}"] = (
                    conn.execute(f"PRAGMA table_info('{name}')").fetchall(),
                    conn.execute(f"PRAGMA foreign_key_list('{name}')").fetchall(),
                    sorted(row[1:] for row in conn.execute(f"PRAGMA index_list('{name}')")),
                )
            elif kind == "index":
                where = (sql or "").upper().partition(" WHERE ")[2]
                found[f"index {name}"] = (
                    table,
                    conn.execute(f"PRAGMA index_xinfo('{name}')").fetchall(),
                    " ".join(where.split()),
                )
            else:
                text = re.sub(r"--[^\n]*", "", sql or "")
                found[f"{kind} {name}"] = " ".join(text.replace('"', "").split())
    finally:
        conn.close()
    return found


def test_there_is_a_file_for_every_old_version():
    versions = {int(p.stem.rsplit("v", 1)[1]) for p in OLD}
    assert versions >= set(range(1, SCHEMA_VERSION))


@pytest.mark.parametrize("old", OLD, ids=[p.stem for p in OLD])
def test_an_old_file_upgrades_to_todays_schema_and_keeps_its_data(old, tmp_path):
    version = int(old.stem.rsplit("v", 1)[1])
    path = tmp_path / "desk.db"
    shutil.copy(old, path)
    with open_store(path) as store:
        assert store.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        [article] = list_articles(store)
        assert article["title"] == "Palantir et la DGSI"
        [claim] = claim_service.list_claims(store)
        assert claim.exact == "tué par un commando américain en 2001"
        assert (claim.review.verdict, claim.review.correction) == ("false", "2011")
        assert [s.url for s in claim.sources] == [
            "https://www.britannica.com/event/killing-of-Osama-bin-Laden"
        ]
        kinds = {hit.kind for hit in search_service.search(store, "commando fromage")}
        assert kinds == {"claim", "review"} or kinds >= {"claim"}
    if version < SCHEMA_VERSION:
        assert (tmp_path / f"desk.db.v{version}.bak").exists()
    fresh = tmp_path / "fresh.db"
    open_store(fresh).close()
    assert schema(path) == schema(fresh)
    with open_store(path) as store:
        assert store.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
