"""The command line end to end, as a user times it: `annotator import` of 10,000 plain-text
files of 5 KB into a new database (process start to exit, search index included), its
peak memory, then what the user does next (`articles`, `search`, `export`) and the
window's start on that database. Beside Label Studio's figures on the same kind of
machine (BENCHMARKS.md, *End to end*), which cannot be run here: no network.

    python bench/end_to_end.py             # 10,000 files, 3 runs of each
    python bench/end_to_end.py --count 2000 --runs 1

One JSON object on stdout: medians in seconds, peak RSS in MiB, and `bare_sql_s`: the
import-text row's baseline (bare executemany + one bulk FTS5 insert of the same rows,
already in memory) run beside it, the yardstick for figures taken on other days.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.import_bench import bare_executemany_then_fts, peak_rss, text_rows, write_text_files

ANNOTATOR = [sys.executable, "-m", "annotator"]


def timed(*args: str) -> float:
    start = time.perf_counter()
    subprocess.run([*ANNOTATOR, *args], check=True, capture_output=True)
    return time.perf_counter() - start


def window_start(db: Path) -> float:
    """From a new process to the window shown on the database with its list filled."""
    code = (
        "import time, sys; t = time.perf_counter()\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from annotator.ui import create_main_window\n"
        "w = create_main_window(sys.argv[1]); w.show(); QApplication.processEvents()\n"
        "assert w.article_model.rowCount() > 0\n"
        "print(time.perf_counter() - t)\n"
    )
    start = time.perf_counter()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    subprocess.run([sys.executable, "-c", code, str(db)], check=True, capture_output=True,
                   env=env)  # fmt: skip
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        rows = text_rows(options.count)
        write_text_files(rows, folder)
        imports, dbs = [], []
        for n in range(options.runs):
            db = Path(tmp) / f"run-{n}.db"
            imports.append(timed("--db", str(db), "import", str(folder)))
            dbs.append(db)
        # The import-text row's baseline on the same rows, in memory (no file read, no
        # process start): how fast this machine is now, to set the figures against
        # ones taken on another day (these machines are shared: their speed varies).
        bare = []
        for n in range(options.runs):
            start = time.perf_counter()
            bare_executemany_then_fts(rows, Path(tmp) / f"bare-{n}.db")
            bare.append(time.perf_counter() - start)
        db = dbs[-1]
        rss = peak_rss(*ANNOTATOR, "--db", str(Path(tmp) / "rss.db"), "import", str(folder))
        for n in range(0, options.count, max(options.count // 3, 1)):  # claims to export
            quote = " ".join(rows[n]["body"].split()[:6])  # files are imported in name order
            subprocess.run([*ANNOTATOR, "--db", str(db), "claim", "add", str(n + 1), "--quote",
                            quote, "--verdict", "false", "--status", "published"],
                           check=True, capture_output=True)  # fmt: skip
        out = Path(tmp) / "out.jsonld"
        figures = {
            "files": options.count,
            "megabytes": round(sum(p.stat().st_size for p in folder.iterdir()) / 1e6, 1),
            "import_s": round(statistics.median(imports), 2),
            "import_runs_s": [round(t, 2) for t in imports],
            "bare_sql_s": round(statistics.median(bare), 2),
            "import_to_bare_sql": round(statistics.median(imports) / statistics.median(bare), 2),
            "import_peak_rss_mib": round(rss / 2**20, 1),
            "start_s": round(statistics.median(timed("--version") for _ in range(5)), 2),
            "articles_json_s": round(timed("--db", str(db), "articles", "--json"), 2),
            "search_s": round(timed("--db", str(db), "search", "article"), 2),
            "export_s": round(
                timed(
                    "--db",
                    str(db),
                    "export",
                    "--format",
                    "jsonld",
                    "--status",
                    "all",
                    "-o",
                    str(out),
                ),
                2,
            ),
            "window_start_s": round(statistics.median(window_start(db) for _ in range(3)), 2),
        }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
