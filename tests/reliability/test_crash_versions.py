"""New versions and reverts imported, killed (SIGKILL) at random moments, then resumed.

Each page has a claim, so each version re-anchors it (computed before the write
lock, written in a short transaction). After every kill the file is sound and no
version is half there; the resumed import ends with exactly three versions of
each page, the last one a revert to the first text, and every claim on it.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
PAGES = 500


def _text(n: int, version: int) -> str:
    head = f"Dépêche {n}. " + ("Chapeau ajouté par la rédaction. " if version == 2 else "")
    return (
        head
        + f"Le ministre affirme que le chômage a baissé de {n % 40 + 2} % en 2019. "
        + (" ".join(f"mot{(n * 7 + i) % 503}" for i in range(80)))
    )


def _write(folder: Path, version: int) -> None:
    folder.mkdir(parents=True)
    for n in range(PAGES):
        (folder / f"page-{n:04d}.txt").write_text(
            f"---\ntitle: Page {n}\nurl: https://www.example.org/{n}\n---\n{_text(n, version)}",
            encoding="utf-8",
        )


def _versions(db: Path) -> int:
    conn = sqlite3.connect(db, timeout=30)
    try:
        return conn.execute("SELECT count(*) FROM articles WHERE version > 1").fetchone()[0]
    finally:
        conn.close()


def _sound(db: Path) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        # A version is whole: every claim is on a latest version, every latest
        # version has the page's claim.
        assert conn.execute(
            "SELECT count(*) FROM claims c JOIN articles a ON a.id = c.article_id"
            " WHERE a.superseded_by IS NOT NULL"
        ).fetchone() == (0,)
        assert conn.execute(
            "SELECT count(*) FROM articles a WHERE a.superseded_by IS NULL"
            " AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id)"
        ).fetchone() == (0,)
        assert conn.execute(
            "SELECT count(*) FROM (SELECT url, version FROM articles GROUP BY url, version"
            " HAVING count(*) > 1)"
        ).fetchone() == (0,), "a version stored twice"
    finally:
        conn.close()


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_versions_and_reverts_killed_then_resumed(tmp_path):
    from annotator.services import claims as claim_service
    from annotator.services.articles import import_paths
    from annotator.store import open_store, repo

    db = tmp_path / "versions.db"
    _write(tmp_path / "1", 1)
    _write(tmp_path / "2", 2)
    _write(tmp_path / "3", 1)  # the page reverted to its first text: other files
    with open_store(db) as store:
        assert import_paths(store, [tmp_path / "1"]).imported == PAGES
        for row in repo.list_articles(store):
            claim_service.add_claim_by_quote(
                store, article_id=row["id"], quote="le chômage a baissé de", verdict="false"
            )
    rng = random.Random(20261205)
    total = 2 * PAGES
    counts = []
    for moment in sorted(rng.sample(range(20, total // 2), 3)):
        proc = subprocess.Popen(
            [sys.executable, "-m", "annotator", "--db", str(db), "import",
             str(tmp_path / "2"), str(tmp_path / "3")],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV,
        )  # fmt: skip
        deadline = time.monotonic() + 300
        while proc.poll() is None and time.monotonic() < deadline:
            if _versions(db) >= moment:
                break
            time.sleep(0.002)
        time.sleep(rng.uniform(0, 0.05))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        _sound(db)
        counts.append(_versions(db))
    print("versions kept after each kill:", counts)
    assert counts == sorted(counts), "a kill lost versions that an earlier run had kept"
    assert counts[0] > 0 and counts[-1] < total, "the kills did not land mid-import"
    for _again in range(2):
        done = subprocess.run(
            [sys.executable, "-m", "annotator", "--db", str(db), "import",
             str(tmp_path / "1"), str(tmp_path / "2"), str(tmp_path / "3")],
            capture_output=True, text=True, env=ENV, timeout=600,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        _sound(db)
    assert done.stdout.strip() == f"imported 0, duplicates {3 * PAGES}, failed 0"
    with open_store(db) as store:
        rows = repo.list_articles(store)
        assert len(rows) == PAGES and {r["version"] for r in rows} == {3}
        for row in rows:
            n = int(row["title"].split()[-1])
            assert repo.get_article(store, row["id"]).body == _text(n, 1)
        claims = repo.list_claims(store)
        assert len(claims) == PAGES
        assert {c.anchor for c in claims} <= {"exact", "moved"}
