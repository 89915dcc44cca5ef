"""Two writers on one file at once: both finish, nothing lost, no 'database is locked'."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Several annotator processes writing one file at once.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


def _folder(path: Path, name: str, count: int) -> Path:
    path.mkdir()
    for i in range(count):
        (path / f"{name}-{i:04d}.txt").write_text(
            f"---\ntitle: {name} {i}\n---\nArticle {i} du lot {name}. " + "Texte. " * 200,
            encoding="utf-8",
        )
    return path


def _annotator(db: Path, *args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "annotator", "--db", str(db), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def test_two_cli_imports_at_once(tmp_path):
    db = tmp_path / "shared.db"
    a = _folder(tmp_path / "a", "alpha", 150)
    b = _folder(tmp_path / "b", "beta", 150)
    subprocess.run(
        [sys.executable, "-m", "annotator", "--db", str(db), "articles"],
        check=True,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    first, second = _annotator(db, "import", str(a)), _annotator(db, "import", str(b))
    out1, err1 = first.communicate(timeout=600)
    out2, err2 = second.communicate(timeout=600)
    assert first.returncode == 0 and second.returncode == 0, (err1, err2)
    assert "locked" not in err1 + err2
    assert out1.strip() == out2.strip() == "imported 150, duplicates 0, failed 0"
    listing = _annotator(db, "articles", "--json")
    rows = json.loads(listing.communicate(timeout=120)[0])
    assert len(rows) == 300


def test_edit_while_an_import_runs(tmp_path):
    """The GUI's kind of write (a claim edit) goes through while a CLI import holds the file."""
    from annotator.services import claims, settings
    from annotator.services.articles import import_paths
    from annotator.store import open_store

    db = tmp_path / "shared.db"
    seed = tmp_path / "seed.txt"
    seed.write_text("Le ciel est vert, a dit le ministre.", encoding="utf-8")
    store = open_store(db)
    import_paths(store, [seed])
    claim, _ = claims.add_claim_by_quote(store, article_id=1, quote="Le ciel est vert")
    folder = _folder(tmp_path / "lot", "lot", 300)
    proc = _annotator(db, "import", str(folder))
    for i in range(60):
        claims.update_claim(store, claim_id=claim.id, explanation=f"Édition {i}")
        settings.set_setting(store, "publisher.name", f"Rédaction {i}")
    _out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    assert claims.get_claim(store, claim.id).review.explanation == "Édition 59"
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    count = store.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert count == 301
    store.close()
