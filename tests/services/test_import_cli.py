"""`annotator import` as scripts and users run it: output, exit codes, progress, kill and resume."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "import"


def annotator(db: Path, *args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "annotator", "--db", str(db), *args],
        capture_output=True, text=True, timeout=300, **kwargs,
    )  # fmt: skip


def test_summary_failures_and_exit_codes(tmp_path):
    db = tmp_path / "a.db"
    folder = tmp_path / "in"
    shutil.copytree(FIXTURES, folder)
    run = annotator(db, "import", str(folder))
    assert run.returncode == 1
    imported, _duplicates, failed = (
        int(part.split()[-1]) for part in run.stdout.strip().split(", ")
    )
    assert run.stdout.startswith("imported ") and imported >= 20
    lines = run.stderr.splitlines()
    assert len(lines) == failed  # piped: no progress bar, one line per failure
    assert "Traceback" not in run.stderr
    assert f"{folder / 'empty.txt'}: empty file" in lines
    assert f"{folder / 'no-article.html'}: no article text found in the page" in lines
    assert f"{folder / 'rss2.xml'}#entry-3: no article text in this entry" in run.stderr
    assert all(": " in line for line in lines)
    again = annotator(db, "import", str(folder / "article.md"), str(folder / "*.rss"))
    assert again.returncode == 1  # billion-laughs.rss and xxe-local.rss still fail
    only_good = annotator(db, "import", str(folder / "article.md"), str(folder / "atom.xml"))
    assert (only_good.returncode, only_good.stdout.strip()) == (
        0, "imported 0, duplicates 4, failed 0",
    )  # fmt: skip
    assert annotator(db, "import").returncode == 2
    assert annotator(db, "import", "--max-size", "0", str(folder)).returncode == 2


def test_max_size_flag(tmp_path):
    db = tmp_path / "a.db"
    big = tmp_path / "big.txt"
    big.write_text("Un article. " * 1000, encoding="utf-8")
    run = annotator(db, "import", "--max-size", "5000", str(big))
    assert run.returncode == 1
    assert run.stderr.strip() == f"{big}: file over the size limit of 5,000 bytes"


MARKER = "Ben Laden a été tué en 2011"
# What damaged downloads and concatenations leave in a UTF-8 file, byte for byte.
BROKEN_UTF8 = {
    "lone-latin1.txt": b"Il a \xe9crit ceci.",
    "overlong.txt": b"Une barre \xc0\xaf et un nul \xe0\x80\x80 trop longs.",
    "surrogate.txt": b"Une moiti\xc3\xa9 de paire : \xed\xa0\xbd.",
    "truncated.txt": b"La fin est coup\xc3\xa9e \xe2\x80",
    "concatenated.txt": "Puis un fichier en windows-1252 : élève, café.".encode("cp1252"),
    "concatenated-marker.txt": f"Ici en windows-1252 : {MARKER}.".encode("cp1252"),
    "page.html": b"<p>Un octet perdu : \xff.</p>",
}


def test_broken_utf8_imports_intact_with_a_warning(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, broken in BROKEN_UTF8.items():
        head = f"Début valide… {MARKER if 'marker' not in name else 'ici'}.\n\n".encode()
        if name.endswith(".html"):
            head = (
                "<html><head><meta charset='utf-8'><title>Page</title></head><body><article>"
                f"<p>Début valide… {MARKER}, écrit par une rédaction très sérieuse.</p>"
            ).encode()
            broken += b"</article></body></html>"
        (folder / name).write_bytes(head + broken + b"\n")
    # Too damaged to read without guessing: refused with the count and the offset.
    ruined = "Les élèves ont retrouvé l’école. ".encode() * 10 + b"\xc0\xaf\xed\xa0\x80 " * 10
    (folder / "ruined.txt").write_bytes(ruined)
    db = tmp_path / "a.db"
    run = annotator(db, "import", str(folder))
    assert run.returncode == 1, run.stderr
    assert run.stdout.strip() == f"imported {len(BROKEN_UTF8)}, duplicates 0, failed 1"
    lines = run.stderr.splitlines()
    warned = {line.split(": ")[1] for line in lines if line.startswith("warning: ")}
    assert warned == {str(folder / name) for name in BROKEN_UTF8}
    assert f"warning: {folder / 'lone-latin1.txt'}: 1 byte not valid UTF-8 replaced by U+FFFD" in (
        run.stderr
    )
    assert (
        f"{folder / 'ruined.txt'}: not one text encoding: mostly UTF-8, but 50 bytes" in run.stderr
    )
    listed = json.loads(annotator(db, "articles", "--json").stdout)
    bodies = [
        json.loads(annotator(db, "show", str(a["id"]), "--json").stdout)["body"] for a in listed
    ]
    assert len(bodies) == len(BROKEN_UTF8)
    for body in bodies:
        assert MARKER in body, body
        assert "Ã" not in body and "Ä" not in body  # never mojibake
    assert sum("élève, café" in body for body in bodies) == 1  # the windows-1252 part, read as such


def test_claims_follow_a_new_version_and_show_their_anchor(tmp_path):
    db = tmp_path / "a.db"
    url = "https://www.example.org/2019/11/palantir"
    v1 = tmp_path / "v1.md"
    v1.write_text(
        f"---\nurl: {url}\n---\nIntroduction.\n\nBen Laden, tué par un commando américain "
        "en 2001, selon l'article.\n\nFin.",
        encoding="utf-8",
    )
    assert annotator(db, "import", str(v1)).returncode == 0
    claim = annotator(db, "claim", "add", "1", "--quote", "tué par un commando américain en 2001")
    assert claim.returncode == 0
    v2 = tmp_path / "v2.md"
    v2.write_text(v1.read_text(encoding="utf-8").replace("2001", "2011"), encoding="utf-8")
    run = annotator(db, "import", str(v2))
    assert run.stdout.strip() == "imported 1, duplicates 0, failed 0"
    (listed,) = json.loads(annotator(db, "claims", "--json").stdout)
    assert listed["article_id"] == 2 and listed["anchor"] == "needs-review"
    assert listed["quote"] == "tué par un commando américain en 2001"
    shown = json.loads(annotator(db, "show", "2", "--json").stdout)
    assert shown["origin"] == str(v2) and shown["url"] == url


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_progress_bar_on_a_terminal_only(tmp_path):
    import pty

    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(30):
        (folder / f"{n}.txt").write_text(f"Article numéro {n}.", encoding="utf-8")
    main_fd, child_fd = pty.openpty()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "annotator", "--db", str(tmp_path / "a.db"), "import",
             str(folder)],
            stdout=subprocess.PIPE, stderr=child_fd, timeout=300,
        )  # fmt: skip
        os.close(child_fd)
        child_fd = -1
        seen = b""
        while True:
            try:
                chunk = os.read(main_fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    finally:
        if child_fd >= 0:
            os.close(child_fd)
        os.close(main_fd)
    assert proc.returncode == 0
    assert proc.stdout.decode().strip() == "imported 30, duplicates 0, failed 0"
    text = seen.decode("utf-8", "replace")
    assert "30/30" in text and "files/s" in text and ("left" in text or "done" in text)


def _count(db: Path) -> int:
    try:
        conn = sqlite3.connect(db, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found |= {int(p) for p in task.read_text().split()}
    return found


def _kill_midway(db: Path, folder: Path) -> tuple[int, set[int]]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "annotator", "--db", str(db), "import", str(folder)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    children: set[int] = set()
    deadline = time.monotonic() + 120
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            if Path("/proc").exists():
                children |= _children(proc.pid)
            if db.exists() and _count(db) > 0:
                break  # at least one batch is in: kill it now, mid-way
            time.sleep(0.005)
    finally:
        proc.kill()
        proc.wait()
    return _count(db), children


def _check(db: Path) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        total, hashes, origins = conn.execute(
            "SELECT count(*), count(DISTINCT content_hash), count(DISTINCT origin) FROM articles"
        ).fetchone()
        assert total == hashes == origins
        # Full-text index and table agree: no half-stored article.
        conn.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES('integrity-check', 1)")
        # The index merges its segments again once a batch is in (never left off).
        merging = conn.execute("SELECT v FROM articles_fts_config WHERE k = 'automerge'")
        assert merging.fetchone() in (None, (4,))
    finally:
        conn.close()


@pytest.mark.slow
def test_killed_import_keeps_what_is_done_and_resumes_without_duplicates(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    total = 12_000
    for n in range(total):
        (folder / f"{n:05d}.txt").write_text(
            f"---\nurl: https://www.example.org/{n}\n---\nArticle {n} : "
            + " ".join(f"mot{(n * 7 + i) % 997}" for i in range(40)),
            encoding="utf-8",
        )
    db = tmp_path / "k.db"
    after_kill, _children_seen = _kill_midway(db, folder)
    assert 0 < after_kill < total, after_kill  # killed mid-way, something kept
    _check(db)
    run = annotator(db, "import", str(folder))
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == (
        f"imported {total - after_kill}, duplicates {after_kill}, failed 0"
    )
    _check(db)
    assert _count(db) == total
    again = annotator(db, "import", str(folder))
    assert again.stdout.strip() == f"imported 0, duplicates {total}, failed 0"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
def test_killed_import_of_web_pages_leaves_no_worker_behind(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    page = (FIXTURES / "article.html").read_text(encoding="utf-8")
    pages = 400  # more than the reader keeps ready: it stops giving the workers tasks
    for n in range(pages):
        (folder / f"p{n:03d}.html").write_text(
            page.replace("palantir-dgsi", f"palantir-dgsi-{n}").replace(
                "trois ans", f"{n + 3} ans"
            ),
            encoding="utf-8",
        )
    db = tmp_path / "k.db"
    assert annotator(db, "articles").returncode == 0  # creates the file
    # Another connection holds the write lock: the import's writer waits, its
    # workers finish what they were given and sit idle, waiting for more.
    lock = sqlite3.connect(db, isolation_level=None)
    lock.execute("BEGIN IMMEDIATE")
    proc = subprocess.Popen(
        [sys.executable, "-m", "annotator", "--db", str(db), "import", str(folder)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        children: set[int] = set()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(children) < 2:
            children |= _children(proc.pid)
            time.sleep(0.01)
        time.sleep(2)  # the workers are done with their first tasks by now
    finally:
        proc.kill()
        proc.wait()
        lock.execute("ROLLBACK")
        lock.close()
    assert children, "the import used no worker process"

    def alive() -> list[int]:
        # A zombie's /proc entry stays until it is reaped; it holds no memory.
        return [
            c for c in children
            if Path(f"/proc/{c}").exists()
            and "Z" not in Path(f"/proc/{c}/stat").read_text().split(")")[-1][:3]
        ]  # fmt: skip

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and alive():
        time.sleep(0.05)
    assert alive() == []
    _check(db)
    run = annotator(db, "import", str(folder))
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == f"imported {pages}, duplicates 0, failed 0"
