"""Rows open-article, gui-stall and list-memory: the real window, offscreen, beside baselines."""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `bench` and `annotator` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import emit, paragraph_text, row, sentence

ROOT = Path(__file__).resolve().parent.parent
VERDICTS = ("true", "mostly-true", "mixed", "mostly-false", "false", "unproven", None)
WINDOW = (1400, 850)

# (body bytes, claims): the table's size, and the three sizes of the growth table.
OPEN_SIZE = (1_000_000, 2_000)
OPEN_GROWTH = ((100_000, 200), (1_000_000, 2_000), (10_000_000, 20_000))
STALL_SIZE = 10_000
STALL_GROWTH = (1_000, 10_000, 30_000)
LIST_SIZE = 100_000
LIST_GROWTH = (10_000, 100_000, 1_000_000)
TICK_MS = 5  # the stall probe's timer
MIB = 1024 * 1024


# --- Qt, quietly and with throwaway settings ------------------------------------------

_HOME: tempfile.TemporaryDirectory | None = None
_APP: Any = None


def application() -> Any:
    """The QApplication with our look; settings (layout, recent files) in a temporary folder.

    Set up once: ensure_application() applies the style sheet to every widget again.
    """
    global _HOME, _APP
    if _APP is not None:
        return _APP
    # Offscreen, display or not: the same numbers on any machine; one language.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["ANNOTATOR_UI_LANGUAGE"] = "fr"
    from PySide6.QtCore import QSettings, qInstallMessageHandler

    if _HOME is None:
        _HOME = tempfile.TemporaryDirectory(prefix="annotator-bench-home-")
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, _HOME.name)

        def quiet(_kind: Any, _context: Any, message: str) -> None:
            if "propagateSizeHints" not in message:  # the offscreen platform says it per window
                sys.stderr.write(message + "\n")

        qInstallMessageHandler(quiet)
    from annotator.ui.app import ensure_application

    _APP = ensure_application()
    return _APP


def open_window(db: Path) -> Any:
    from annotator.ui import create_main_window

    app = application()
    window = create_main_window(db)
    window.resize(*WINDOW)
    window.show()
    deadline = time.monotonic() + 5
    while not window.isVisible() and time.monotonic() < deadline:
        app.processEvents()
    for _ in range(10):
        app.processEvents()
    return window


def close_window(window: Any) -> None:
    window.close()
    window.deleteLater()
    app = application()
    for _ in range(5):
        app.processEvents()


def until_painted(widget: Any, action: Callable[[], object], timeout: float = 10.0) -> float:
    """Seconds from `action()` to the end of the event-loop pass that painted `widget`.

    That pass is the frame the user sees: whatever else changed in the window
    (lists, labels, legend) is painted in it too, and counted.
    """
    from PySide6.QtCore import QEvent, QObject

    class Watch(QObject):
        painted = False

        def eventFilter(self, _watched: Any, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    app = application()
    watch = Watch()
    widget.installEventFilter(watch)
    try:
        start = time.perf_counter()
        action()
        while not watch.painted:
            app.processEvents()
            if time.perf_counter() - start > timeout:
                raise RuntimeError(f"{widget.objectName() or widget} was never painted")
        return time.perf_counter() - start
    finally:
        widget.removeEventFilter(watch)


def paired(ours: Callable[[], float], base: Callable[[], float], runs: int) -> tuple[float, float]:
    """Both sides alternately (the same noise for both); the median of each."""
    ours_t, base_t = [], []
    for _ in range(runs):
        for fn, times in ((base, base_t), (ours, ours_t)):
            gc.collect()
            times.append(fn())
    return statistics.median(ours_t), statistics.median(base_t)


# --- open-article ----------------------------------------------------------------------


def build_open_database(path: Path, size: int, claims: int, seed: int = 17) -> tuple[str, str]:
    """A short article (shown first) and a long one with many claims; returns both bodies."""
    from annotator.domain.anchoring import selector_for
    from annotator.domain.model import Article, Claim, Review, Source
    from annotator.store import open_store, repo

    rng = random.Random(seed)
    short = paragraph_text(rng, 5_000)
    body = paragraph_text(rng, size)
    store = open_store(path)
    with store.write():
        # The article shown before: newer, so first in the list, with a few claims.
        first = repo.insert_article(store, Article(
            title="Palantir et la DGSI : le contrat prolongé", body=short,
            url="https://news.example.org/palantir", published="2019-11-28",
        ))  # fmt: skip
        long_id = repo.insert_article(store, Article(
            title="Rapport d'enquête intégral : renseignement et données, 2001-2019",
            body=body, url="https://news.example.org/rapport", published="2019-11-27",
            author="Jeanne Martin",
        ))  # fmt: skip
        spots = [(first, short, n * 900 + 40) for n in range(5)]
        step = len(body) // claims
        spots += [(long_id, body, n * step + rng.randint(0, step // 3)) for n in range(claims)]
        for n, (article_id, text, start) in enumerate(spots):
            if n % 20 == 7:  # some claims overlap the one before (underline lanes)
                start = max(start - step // 2, 0)
            end = min(start + rng.randint(15, 90), len(text))
            selector = selector_for(text, start, end)
            orphan = article_id == long_id and n % 400 == 3  # lost in an earlier version
            repo.insert_claim(store, Claim(
                article_id=article_id, exact=selector.exact, prefix=selector.prefix,
                suffix=selector.suffix, start=None if orphan else start,
                end=None if orphan else end, anchor="orphan" if orphan else "exact",
                claimant="Un élu",
                review=Review(verdict=rng.choice(VERDICTS), explanation=sentence(rng, 30),
                              correction="2011" if n % 5 == 0 else None,
                              status=rng.choice(("draft", "in-review", "published"))),
                sources=[Source(url=f"https://source.example.org/{n}", title="Source")]
                if n % 3 == 0 else [],
            ))  # fmt: skip
    store.close()
    return short, body


def open_article_row(size: tuple[int, int] = OPEN_SIZE, runs: int = 21) -> dict:
    from annotator.ui.articleview import ArticleView

    body_bytes, claims = size
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "open.db"
        short, body = build_open_database(db, body_bytes, claims)
        window = open_window(db)
        model = window.article_model
        short_row = model.row_of(1)
        long_row = model.row_of(2)
        assert window.current_article_id() == 1

        # The baseline: the same widget class, as big as the window's, on its own.
        view = ArticleView()
        view.resize(window.view.size())
        view.show()

        def ours() -> float:
            if window.current_article_id() != 1:
                until_painted(window.view.viewport(), lambda: window.select_article_row(short_row))
            gc.collect()
            return until_painted(
                window.view.viewport(), lambda: window.select_article_row(long_row)
            )

        def base() -> float:
            until_painted(view.viewport(), lambda: view.setPlainText(short))
            gc.collect()
            return until_painted(view.viewport(), lambda: view.setPlainText(body))

        ours(), base()  # warm up both (fonts, caches)
        median_ours, median_base = paired(ours, base, runs)
        # What was timed showed the article and its highlights.
        anchored = claims - sum(1 for n in range(5, claims + 5) if n % 400 == 3)
        assert window.current_article_id() == 2
        assert len(window.view.highlight_ranges()) == anchored
        assert window.claim_model.rowCount() == claims

        # The same path in parts, to see where the time goes: the view alone with its
        # highlights (no database, no window), then with the database reads.
        from annotator.services import articles, browse

        store, styles = window.store, window.styles
        briefs = browse.claim_briefs(store, 2)

        def view_alone() -> float:
            until_painted(view.viewport(), lambda: view.setPlainText(short))
            gc.collect()
            return until_painted(view.viewport(), lambda: view.show_article(body, briefs, styles))

        def view_and_database() -> float:
            until_painted(view.viewport(), lambda: view.setPlainText(short))
            gc.collect()
            return until_painted(view.viewport(), lambda: view.show_article(
                articles.get_article(store, 2).body, browse.claim_briefs(store, 2), styles
            ))  # fmt: skip

        median_view, base_view = paired(view_alone, base, runs)
        median_db, base_db = paired(view_and_database, base, runs)
        view.close()
        close_window(window)
    # The row is DESIGN.md's "show an article with its highlights": the article
    # view showing the body and its 2,000 claims read from the database, until its
    # first paint. The whole window's frame (claim table, legend, header updated in
    # the same pass) is reported beside it: a fixed ~9 ms that does not grow with
    # the article, which weighs more here because setPlainText of 1 MB takes 4-6 ms
    # on this machine, not the ~14 ms DESIGN.md measured (see BENCHMARKS.md).
    result = row(
        "open-article", median_db, base_db, 2.0,
        "setPlainText of the same body in the same widget class (ArticleView), shown, "
        "until its first paint, no highlights",
        f"{body_bytes // 1000} KB body, {claims} claims",
    )  # fmt: skip
    result["runs"] = runs
    result["parts"] = {
        "view_with_highlights_ratio": round(median_view / base_view, 3),
        "whole_window_ratio": round(median_ours / median_base, 3),
        "view_with_highlights_s": round(median_view, 4),
        "whole_window_s": round(median_ours, 4),
    }
    result["measured"] = (
        "the article view showing the body and claims read from the database (one "
        "article read, one claim-brief query), with highlights, until its first paint"
    )
    return result


# --- gui-stall -------------------------------------------------------------------------


def write_articles(folder: Path, count: int, seed: int = 29) -> None:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        title = sentence(rng, 8)[:-1]
        text = paragraph_text(rng, 5_000)
        (folder / f"{n:06d}.txt").write_text(
            f"---\ntitle: {title} ({n})\nurl: https://news.example.org/{n // 100}/{n}\n"
            f"date: 2019-{1 + n % 12:02d}-{1 + n % 28:02d}\n---\n{text}\n",
            encoding="utf-8",
        )


def stall_probe() -> tuple[Any, Callable[[], float]]:
    """A timer ticking every TICK_MS; returns it and a function giving the longest gap (s)."""
    from PySide6.QtCore import Qt, QTimer

    state = {"last": time.perf_counter(), "max": 0.0}

    def tick() -> None:
        now = time.perf_counter()
        state["max"] = max(state["max"], now - state["last"])
        state["last"] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)

    def start() -> None:
        state["last"] = time.perf_counter()
        state["max"] = 0.0
        timer.start()

    timer.start_probe = start  # type: ignore[attr-defined]
    return timer, lambda: state["max"]


def one_stall(folder: Path, db: Path, count: int) -> tuple[float, float]:
    """(longest stall, seconds) of one import of `folder` through the window."""
    app = application()
    window = open_window(db)
    timer, longest = stall_probe()
    done: list[Any] = []
    window.import_finished.connect(done.append)
    timer.start_probe()  # type: ignore[attr-defined]
    start = time.perf_counter()
    window.import_paths([str(folder)])
    while not done:
        app.processEvents()
        time.sleep(0.0005)  # an idle event loop would sleep too; the timer still wakes it
        if time.perf_counter() - start > 600:
            raise RuntimeError("the import did not finish in 10 minutes")
    # The pass that handled the end of the import (list reloaded, article shown) and the
    # repaint after it belong to the import too.
    settle = time.perf_counter()
    while time.perf_counter() - settle < 0.3:
        app.processEvents()
        time.sleep(0.0005)
    elapsed = time.perf_counter() - start
    timer.stop()
    report = done[0]
    assert report.imported == count and not report.failed, (report.imported, report.failed[:3])
    assert window.article_model.rowCount() == count
    close_window(window)
    return longest(), elapsed


def idle_gap(seconds: float = 1.0) -> float:
    """The same probe on an idle event loop: what the machine itself adds."""
    app = application()
    timer, longest = stall_probe()
    timer.start_probe()  # type: ignore[attr-defined]
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.0005)
    timer.stop()
    return longest()


def gui_stall_row(count: int = STALL_SIZE, runs: int = 3) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        write_articles(folder, count)
        stalls, times = [], []
        for n in range(runs):
            stall, elapsed = one_stall(folder, Path(tmp) / f"gui-{n}.db", count)
            stalls.append(stall)
            times.append(elapsed)
        idle = idle_gap()
    stall = statistics.median(stalls)
    result = {
        "name": "gui-stall",
        "ratio": round(stall / 0.100, 3),
        "target": 1.0,
        "baseline": "100 ms (ratio = longest event-loop stall / 100 ms)",
        "size": f"{count} articles x 5 KB",
        "median_s": round(stall, 4),
        "stalls_s": [round(s, 4) for s in stalls],
        "import_s": round(statistics.median(times), 2),
        "idle_gap_s": round(idle, 4),
        "probe": f"QTimer every {TICK_MS} ms in the GUI thread; stall = longest gap between ticks",
    }
    return result


# --- list-memory -----------------------------------------------------------------------


def build_list_database(path: Path, count: int, seed: int = 31) -> None:
    """`count` short articles, written in bulk (the list never reads bodies)."""
    from annotator.store import open_store, repo

    rng = random.Random(seed)
    store = open_store(path)
    stamp = repo.now()
    with store.write():
        batch = []
        for n in range(count):
            body = f"{n} " + paragraph_text(rng, 300)
            batch.append((
                f"{sentence(rng, 9)[:-1]} ({n})", body, f"https://news.example.org/{n}",
                f"20{10 + n % 15:02d}-{1 + n % 12:02d}-{1 + n % 28:02d}", f"h{n}", stamp,
            ))  # fmt: skip
            if len(batch) == 5_000 or n == count - 1:
                store.conn.executemany(
                    "INSERT INTO articles (title, body, url, published, content_hash,"
                    " imported_at) VALUES (?, ?, ?, ?, ?, ?)",
                    batch,
                )
                batch = []
        store.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
    store.close()


def _memory() -> dict[str, int]:
    """This process's resident memory now and at its peak (bytes), from /proc."""
    found = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            found[key] = int(value.split()[0]) * 1024
    return found


def memory_child(db: str, browse: bool) -> dict:
    """In a process of its own: a window on `db`; with `browse`, the whole list scrolled."""
    app = application()
    window = open_window(Path(db))
    rows = window.article_model.rowCount()
    if browse:
        listing = window.article_list
        model = window.article_model
        listing.setFocus()
        for step in range(101):  # jumps over the whole list, as a scroll bar drag does
            listing.scrollTo(model.index(min(rows - 1, step * rows // 100), 0))
            app.processEvents()
        listing.scrollToBottom()
        app.processEvents()
        for r in (rows - 1, rows // 2, 0):  # open a few articles on the way
            window.select_article_row(r)
            app.processEvents()
        # The filters re-query the whole list.
        window.search.setText("gouvernement")
        app.processEvents()
        window.search.setText("")
        app.processEvents()
    gc.collect()
    memory = _memory()
    close_window(window)
    return {"rows": rows, "rss": memory["VmRSS"], "peak": memory["VmHWM"]}


def _child(db: Path, browse: bool) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), "--memory-child", str(db)]
    if browse:
        command.append("--browse")
    done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)
    if done.returncode != 0:
        raise RuntimeError(f"memory child failed: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def list_memory_row(count: int = LIST_SIZE, runs: int = 3) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        empty_db, db = Path(tmp) / "empty.db", Path(tmp) / "list.db"
        from annotator.store import open_store

        open_store(empty_db).close()
        build_list_database(db, count)
        empties, peaks = [], []
        for _ in range(runs):
            empty = _child(empty_db, browse=False)
            listed = _child(db, browse=True)
            assert listed["rows"] == count, listed
            empties.append(empty["rss"])
            peaks.append(listed["peak"])
    empty_rss, peak = statistics.median(empties), statistics.median(peaks)
    above = peak - empty_rss
    return {
        "name": "list-memory",
        "ratio": round(above / (200 * MIB), 3),
        "target": 1.0,
        "baseline": "200 MiB above the RSS of an empty window (separate processes)",
        "size": f"{count} articles",
        "median_s": None,
        "peak_rss_mib": round(peak / MIB, 1),
        "empty_window_rss_mib": round(empty_rss / MIB, 1),
        "above_empty_mib": round(above / MIB, 1),
    }


# --- the rows --------------------------------------------------------------------------


def run_rows(quick: bool, only: set[str] | None = None) -> list[dict]:
    rows = {
        "open-article": lambda: open_article_row(OPEN_SIZE, 15 if quick else 31),
        "gui-stall": lambda: gui_stall_row(STALL_SIZE, 2 if quick else 5),
        "list-memory": lambda: list_memory_row(LIST_SIZE, 1 if quick else 3),
    }
    return [make() for name, make in rows.items() if only is None or name in only]


def growth_rows(only: set[str] | None = None) -> list[dict]:
    makers: list[tuple[str, Callable[[], dict]]] = []
    makers += [("open-article", lambda s=s: open_article_row(s, 15)) for s in OPEN_GROWTH]
    makers += [("gui-stall", lambda c=c: gui_stall_row(c, 1)) for c in STALL_GROWTH]
    makers += [("list-memory", lambda c=c: list_memory_row(c, 1)) for c in LIST_GROWTH]
    return [make() for name, make in makers if only is None or name in only]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller sizes, fewer runs")
    parser.add_argument("--only", action="append", help="only this row (repeatable)")
    parser.add_argument("--memory-child", metavar="DB", help=argparse.SUPPRESS)
    parser.add_argument("--browse", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.memory_child:
        print(json.dumps(memory_child(args.memory_child, args.browse)), flush=True)
        return
    for result in run_rows(args.quick, set(args.only) if args.only else None):
        emit(result)


if __name__ == "__main__":
    main()
