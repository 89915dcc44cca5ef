"""`annotator --db postgresql://… import` when the server ends the connection midway:
one line in words, exit 1, and only whole batches in the database."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from annotator.cli import main
from tests import postgres

ROOT = Path(__file__).resolve().parents[2]


def test_import_cut_off_is_one_line_and_exit_1(server, tmp_path, write_articles, monkeypatch):
    folder = tmp_path / "lot"
    write_articles(folder, 100)
    postgres.small_batches(monkeypatch, 30)
    cut = postgres.cut_after_first_batch(monkeypatch, server)
    result = CliRunner().invoke(main, ["--db", server.url, "import", str(folder)])
    assert cut["pid"] is not None
    assert result.exit_code == 1, (result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"error: {server.url}: lost the connection to the server")
    assert "nothing of the batch being written was saved" in lines[0]
    assert "the 30 articles of the batches before it are in the database" in lines[0]
    assert result.stdout == ""  # no summary that would say it went well
    assert postgres.whole_articles(server) == (30, 30)


def test_a_real_import_whose_backend_is_terminated(server, tmp_path, write_articles):
    """The CLI in its own process, its connection ended from outside by an administrator
    while it waits inside its first batch: no timing, the batch is held by a lock."""
    folder = tmp_path / "lot"
    write_articles(folder, 50)
    with postgres.connect(server.url) as admin:
        # The lock every import takes to write articles (store.lock_articles): held here,
        # the import waits for it inside its transaction.
        admin.execute("SELECT pg_advisory_lock(hashtext('annotator.articles'))")
        process = subprocess.Popen(
            [sys.executable, "-m", "annotator", "--db", server.url, "import", str(folder)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )  # fmt: skip
        try:
            pid = None
            deadline = time.monotonic() + 60
            while pid is None and process.poll() is None and time.monotonic() < deadline:
                row = admin.execute(
                    "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                    " AND application_name = 'annotator' AND wait_event_type = 'Lock'"
                    " AND pid <> pg_backend_pid()"
                ).fetchone()
                pid = row[0] if row else None
                time.sleep(0.05)
            assert pid is not None, process.communicate(timeout=60)
            postgres.terminate(server, pid)
        finally:
            admin.execute("SELECT pg_advisory_unlock_all()")
        out, err = process.communicate(timeout=120)
    assert process.returncode == 1, (out, err)
    lines = err.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"error: {server.url}: lost the connection to the server")
    assert "nothing of the batch being written was saved, no batch was saved before" in lines[0]
    assert postgres.whole_articles(server) == (0, 0)
