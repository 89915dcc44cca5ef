"""An import killed (SIGKILL) at five random moments, then resumed: nothing lost or doubled."""

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


def _count(db: Path) -> int:
    conn = sqlite3.connect(db, timeout=30)
    try:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # the schema is not there yet
        return 0
    finally:
        conn.close()


def _state(db: Path) -> tuple[int, int]:
    """(articles, distinct origins), after checking the file and its index are sound."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES('integrity-check', 1)")
        total, origins, hashes = conn.execute(
            "SELECT count(*), count(DISTINCT origin), count(DISTINCT content_hash) FROM articles"
        ).fetchone()
        assert total == origins == hashes, "an article stored twice"
        return total, origins
    finally:
        conn.close()


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_five_random_kills_then_resume(tmp_path):
    folder = tmp_path / "lot"
    folder.mkdir()
    total = 6000
    for n in range(total):
        kind = n % 3
        name = f"{n:05d}." + ("txt", "md", "json")[kind]
        words = " ".join(f"mot{(n * 13 + i) % 1009}" for i in range(60))
        if kind == 2:
            text = f'{{"title": "Dépêche {n}", "body": "Article {n} : {words}"}}'
        else:
            text = f"---\ntitle: Dépêche {n}\n---\nArticle {n} : {words}\n"
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / "crash.db"
    rng = random.Random(20261128)
    # Random moments, taken as random points of progress (so that each kill lands
    # mid-import whatever the machine's speed), plus a random delay past them.
    moments = sorted(rng.sample(range(100, total - 1500), 5))  # commits come by 1,000
    counts = []
    for moment in moments:
        proc = subprocess.Popen(
            [sys.executable, "-m", "annotator", "--db", str(db), "import", str(folder)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=ENV,
        )
        deadline = time.monotonic() + 300
        while proc.poll() is None and time.monotonic() < deadline:
            if db.exists() and _count(db) >= moment:
                break
            time.sleep(0.002)
        time.sleep(rng.uniform(0, 0.05))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        counts.append(_state(db)[0])
    print("articles kept after each kill:", counts)
    assert counts == sorted(counts), "a kill lost articles that an earlier run had kept"
    assert 0 < counts[-1] < total, "the kills did not land mid-import"
    done = subprocess.run(
        [sys.executable, "-m", "annotator", "--db", str(db), "import", str(folder)],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr
    before = counts[-1] if counts else 0
    assert done.stdout.strip() == (f"imported {total - before}, duplicates {before}, failed 0")
    assert _state(db) == (total, total)
