"""Row newsroom-load: many desks on one newsroom database at once, against one desk alone.

Each desk is an OS process of its own (multiprocessing, spawn) with its own
connection, as a fact-checker's window is. It loops, through the services the
window and the CLI use:

- open: an article read as the window shows it (the article, its claims' places
  and verdicts, the claim list's rows);
- mark: a claim added by quoting a phrase of that article (`add_claim_by_quote`);
- rate: its verdict and explanation set from the revision the mark returned
  (`update_claim(expected_revision=…)`);
- search: one of the search rows' 20 queries, as the window's search box runs it
  (`services.finder.find`: the matching articles best first, through their claims
  too, and other checkers' reviews; then the list's rows for them). `--search cli`
  runs `services.search.search` instead (`annotator search`: the 50 best articles,
  claims and reviews, each with a snippet made by the server: about 3 times the
  server's work);
- about one round in two, claim + edit: one of a few "hot" claims every desk
  works on is read, then changed from the revision read. Other desks change the
  same claims meanwhile, so some of these edits are refused (ClaimChangedError):
  a refusal is what the design promises, counted as `refused`, not as an error.

Think time. A fact-checker reads between two clicks: each desk pauses 0.5–1.0 s
(uniform, seeded) before each operation, and between reading a hot claim and
saving an edit of it (the typing). That is faster than people work (reading an
article takes minutes), so 50 such desks load the server more than 50 people do;
50 desks that never pause would measure two CPU cores shared by 50 Python
processes and the server, not a newsroom.

The baseline: one desk alone, the same loop on the same database for the same time,
pausing 0.05–0.1 s. With the desks' own pauses a minute gives it about a dozen of
each operation, and a p95 of a dozen values is their largest, which swings from
run to run by 2–3 times. A tenth of the pause gives ten times the samples, and
it is the harder baseline: a process that pauses less finds its caches warmer
(on this machine, one desk alone: open p50 1.9 ms pausing 0.5–1 s, 1.2 ms pausing
0.05–0.1 s, 0.7 ms not pausing at all; writes p50 4.7 / 4.2 / 3.8 ms). Not
pausing at all would make the desk alone a load of its own (about 100 operations
a second, its writes' p95 twice as long), a softer baseline. `--baseline-think
0.5 1` runs it with the desks' pauses.

Fairness of the timing: every module is imported, the connection opened and one
untimed round run (warm-up) before a barrier; all desks leave the barrier together
and only then start their clock. Latency is recorded for every operation of the
timed window, refused edits included.

No lost update. Every acknowledged write is logged by its desk: an add that returned
an id (with the values it wrote and the revision it got), an update that returned
(the fields it wrote, the revision it was made from and the revision it made, which
`update_claim` reads inside its own transaction and returns in `Changes.revisions`).
At the end the final state of every claim is read and `lost_writes` checks it: per
claim, the acknowledged updates ordered by the revision they were made from must not
overlap (one made from a revision older than the one a previous acknowledged write
produced was applied over it), each field must hold the value of its last
acknowledged write, and the revision must not be behind any acknowledged one.
`lost_updates` counts the writes it flags; `errors` counts every unexpected exception
(and every desk that did not report).

The database is the search rows' newsroom (`bench/search_bench.py`): 5 KB articles,
a published claim in every fifth, other checkers' reviews, pushed as `annotator push`
does, then vacuumed and analysed as autovacuum does on a running server.

Sizes: 10,000 articles, 50 desks for 60 s (`--quick`: 1,000 articles, 20 desks for
20 s). Ratio = the largest, over the operations, of the p95 latency with
all desks / the p95 of one desk alone. One run of each (a minute each): the
machine's noise is in BENCHMARKS.md.

    python bench/newsroom_load.py [--quick] [--desks N --seconds S --articles N]
                                  [--search cli] [--baseline-think MIN MAX]
    python bench/newsroom_load.py --connections   # how many the server accepts
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import multiprocessing
import os
import random
import re
import statistics
import sys
import tempfile
import threading
import time
import traceback
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `bench` and `annotator` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import emit
from bench.search_bench import QUERIES

NAME = "newsroom-load"
TARGET = 3.0
THINK_S = (0.5, 1.0)  # a fact-checker's pause before each operation
HOT_CLAIMS = 4  # claims every desk edits now and then
HOT_SHARE = 0.5  # the share of rounds that also edit a hot claim
# The desk alone pauses a tenth as long: ten times the samples in the same time (with
# the desks' pauses a minute gives it about a dozen of each operation: its p95 would be
# its largest). See the docstring for why this baseline is no softer.
BASELINE_THINK_S = (0.05, 0.1)
OPERATIONS = ("open", "mark", "rate", "search", "claim", "edit")
START_TIMEOUT_S = 600  # 50 spawned interpreters on 2 cores take a while to import


@dataclass(frozen=True)
class Size:
    articles: int
    desks: int
    seconds: float

    def text(self) -> str:
        return f"{self.desks} desks x {self.seconds:g} s, {self.articles} articles x 5 KB"


FULL = Size(articles=10_000, desks=50, seconds=60.0)
QUICK = Size(articles=1_000, desks=20, seconds=20.0)


# --- the lost-update check --------------------------------------------------------------------


def lost_writes(log: Iterable[dict], final: dict[int, dict[str, Any]]) -> list[dict]:
    """The acknowledged writes of `log` that the final state lost, each with `reason`.

    A log entry: {"kind": "add" | "update", "claim": id, "fields": {field: value},
    "revision": the revision it produced, "expected": the revision an update was
    made from}. `final`: claim id -> {"revision": …, field: value} as read at the end.
    """
    by_claim: dict[int, list[dict]] = defaultdict(list)
    for write in log:
        by_claim[write["claim"]].append(write)
    lost: dict[int, dict] = {}

    def flag(write: dict, reason: str) -> None:
        lost.setdefault(id(write), {**write, "reason": reason})

    for claim_id, writes in by_claim.items():
        now = final.get(claim_id)
        if now is None:
            for write in writes:
                flag(write, "the claim is gone")
            continue
        # The add first, then the updates in the order the row lock let them in: by the
        # revision each was made from (then the one it produced).
        ordered = sorted(
            writes,
            key=lambda w: (w["kind"] != "add", w.get("expected") or 0, w.get("revision") or 0),
        )
        for before, after in itertools.pairwise(ordered):
            made_from, made = after.get("expected"), before.get("revision")
            if made_from is not None and made is not None and made_from < made:
                flag(
                    before,
                    f"overwritten by a write made from revision {made_from}, before this "
                    f"one's {made}",
                )
        last: dict[str, dict] = {}
        for write in ordered:
            for field in write["fields"]:
                last[field] = write
        for field, write in last.items():
            if now.get(field) != write["fields"][field]:
                flag(write, f"{field} is {now.get(field)!r}, not {write['fields'][field]!r}")
        newest = max(writes, key=lambda w: w.get("revision") or 0)
        if (newest.get("revision") or 0) > now["revision"]:
            flag(newest, f"the claim is at revision {now['revision']}, behind this write's")
    return list(lost.values())


def added(claim: Any) -> dict:
    """The log entry of a claim an add returned: what it wrote, the revision it got."""
    return {"kind": "add", "claim": claim.id, "revision": claim.revision,
            "fields": {"exact": claim.exact, "status": claim.review.status}}  # fmt: skip


def final_state(store: Any) -> dict[int, dict[str, Any]]:
    """Every claim's revision and the fields desks write, as the database has them now."""
    from annotator.services import claims as claim_service

    return {
        c.id: {
            "revision": c.revision,
            "exact": c.exact,
            "status": c.review.status,
            "verdict": c.review.verdict,
            "explanation": c.review.explanation,
            "correction": c.review.correction,
        }
        for c in claim_service.list_claims(store)
        if c.id is not None
    }


# --- one desk ---------------------------------------------------------------------------------


class _Over(Exception):
    """The timed window is over."""


_PHRASE = re.compile(r"\S+")


class Desk:
    """One fact-checker's loop on its own connection (in its own process)."""

    def __init__(self, number: int, url: str, articles: list[int], hot: list[int], seed: int,
                 think: tuple[float, float] | None = THINK_S,
                 search: str = "window"):  # fmt: skip
        # Imported here, before the clock starts.
        from annotator.services import anchors, browse, finder
        from annotator.services import claims as claim_service
        from annotator.services import search as search_service
        from annotator.services import settings as settings_service
        from annotator.services.articles import get_article
        from annotator.store import open_store

        self.anchors, self.browse, self.finder = anchors, browse, finder
        self.claims, self.search_service = claim_service, search_service
        self.search = {"window": self.search_window, "cli": self.search_cli}.get(search)
        self.get_article = get_article
        self.timing = False  # True in the timed window only
        self.number = number
        self.rng = random.Random(seed)
        self.articles = articles
        self.hot = hot
        self.store = open_store(url)
        self.verdicts = [r.key for r in settings_service.rating_scale(self.store).ratings]
        self.latencies: dict[str, list[float]] = {op: [] for op in OPERATIONS}
        # Each statement's round trip by its first word (SELECT, COMMIT...): where the
        # operations' time goes.
        self.statements: dict[str, list[float]] = defaultdict(list)
        execute = self.store.execute

        def timed_execute(sql: str, params: Any = ()) -> Any:
            if not self.timing:
                return execute(sql, params)
            start = time.perf_counter()
            try:
                return execute(sql, params)
            finally:
                kind = sql.lstrip().split(None, 1)[0].upper() if sql.strip() else "?"
                self.statements[kind].append(time.perf_counter() - start)

        self.store.execute = timed_execute  # type: ignore[method-assign]
        self.log: list[dict] = []
        self.errors: list[str] = []
        self.error_count = 0
        self.refused = 0
        self.think = think
        self.deadline = float("inf")
        self.writes = 0
        self.cpu_s = 0.0
        # As the window does once it is up (annotator/ui/app.py): what the start made
        # lives as long as the process, and a full collection need not walk it.
        gc.collect()
        gc.freeze()

    # --- what the window does ---------------------------------------------------------------

    def open(self, article_id: int) -> str:
        article = self.get_article(self.store, article_id)
        self.browse.claim_briefs(self.store, article_id)
        self.browse.claim_rows(self.store, article_id)
        return article.body

    def mark(self, article_id: int, body: str) -> Any:
        words = list(_PHRASE.finditer(body))
        first = self.rng.randrange(max(1, len(words) - 6))
        last = min(len(words) - 1, first + self.rng.randint(2, 5))
        quote = body[words[first].start() : words[last].end()]
        claim, _ = self.claims.add_claim_by_quote(self.store, article_id=article_id, quote=quote)
        self.log.append(added(claim))  # acknowledged: the id came back
        return claim

    def update(self, claim_id: int, expected: int, **fields: str) -> int:
        """A change from the revision seen; the service says the revision it made (read
        inside its transaction: nobody else's change can be in it)."""
        changes = self.claims.update_claim(
            self.store, claim_id=claim_id, expected_revision=expected, **fields
        )
        produced = changes.revisions[claim_id]
        # Acknowledged: the transaction committed.
        self.log.append({"kind": "update", "claim": claim_id, "expected": expected,
                         "revision": produced, "fields": fields})  # fmt: skip
        return produced

    def search_window(self, words: str) -> int:
        """The window's search box: the matching articles best first (no snippets: the
        list does not show them), other checkers' reviews, the list's rows for them."""
        found = self.finder.find(self.store, words, mark=("\x02", "\x03"))
        rows = self.finder.ranked_rows(self.store, found.articles)
        self.anchors.anchor_counts(self.store, [r.id for r in rows])
        return len(rows)

    def search_cli(self, words: str) -> int:
        """`annotator search`: the 50 best articles, claims and reviews with snippets."""
        return len(self.search_service.search(self.store, words))

    # --- the loop -----------------------------------------------------------------------------

    def pause(self) -> None:
        if self.timing and self.think:
            time.sleep(self.rng.uniform(*self.think))
        if time.perf_counter() >= self.deadline:
            raise _Over

    def op(self, name: str, fn: Callable[[], Any]) -> Any:
        """Run one operation, timed; None if it failed (counted) or was refused."""
        start = time.perf_counter()
        try:
            value = fn()
        except self.claims.ClaimChangedError:
            self.refused += 1
            value = None
        except Exception as exc:  # every other exception is an error of the run
            self.error_count += 1
            if len(self.errors) < 5:
                self.errors.append(f"desk {self.number} {name}: {type(exc).__name__}: {exc}")
            return None
        if self.timing:
            self.latencies[name].append(time.perf_counter() - start)
        return value

    def round(self, *, hot: bool = True) -> None:
        self.pause()
        article_id = self.rng.choice(self.articles)
        body = self.op("open", lambda: self.open(article_id))
        if body is None:
            return
        self.pause()
        claim = self.op("mark", lambda: self.mark(article_id, body))
        if claim is not None:
            self.pause()
            self.writes += 1
            self.op("rate", lambda: self.update(
                claim.id, claim.revision, verdict=self.rng.choice(self.verdicts),
                explanation=f"desk {self.number}, write {self.writes}"))  # fmt: skip
        words = self.rng.choice(QUERIES)
        if self.search is not None:
            self.pause()
            self.op("search", lambda: self.search(words))
        if hot and self.hot and self.rng.random() < HOT_SHARE:
            self.pause()
            hot_id = self.rng.choice(self.hot)
            seen = self.op("claim", lambda: self.claims.get_claim(self.store, hot_id))
            if seen is None:
                return
            self.pause()  # the fact-checker types the correction
            self.writes += 1
            self.op("edit", lambda: self.update(
                hot_id, seen.revision, correction=f"desk {self.number}, write {self.writes}",
                explanation=f"desk {self.number}, write {self.writes}"))  # fmt: skip

    def run(self, seconds: float, start: Callable[[], None]) -> float:
        """One untimed round, the barrier, then rounds until `seconds` are over."""
        self.round(hot=False)
        start()
        self.timing = True
        began = time.perf_counter()
        cpu = time.process_time()
        self.deadline = began + seconds
        try:
            while True:
                self.round()
        except _Over:
            pass
        self.timing = False
        self.cpu_s = time.process_time() - cpu
        return time.perf_counter() - began

    def report(self, elapsed: float) -> dict:
        return {"desk": self.number, "latencies": self.latencies, "log": self.log,
                "errors": self.errors, "error_count": self.error_count,
                "refused": self.refused, "elapsed_s": elapsed, "cpu_s": self.cpu_s,
                "statements": self.statements}  # fmt: skip


def desk_main(number: int, url: str, articles: list[int], hot: list[int], seconds: float,
              seed: int, think: tuple[float, float] | None, search: str, barrier: Any,
              out: str) -> None:  # fmt: skip
    """A desk's process: its report as JSON in `out` (written even when it fails)."""
    report: dict[str, Any] = {"desk": number, "error_count": 1, "errors": []}
    try:
        desk = Desk(number, url, articles, hot, seed, think, search)
        try:
            elapsed = desk.run(seconds, lambda: barrier.wait(START_TIMEOUT_S))
            report = desk.report(elapsed)
        finally:
            desk.store.close()
    except BaseException:
        report["errors"] = [f"desk {number}: {traceback.format_exc(limit=4)}"]
        barrier.abort()  # the others do not wait for this one
    Path(out).write_text(json.dumps(report), encoding="utf-8")


# --- the run ----------------------------------------------------------------------------------


def run_desks(url: str, articles: list[int], hot: list[int], desks: int, seconds: float,
              seed: int = 7, think: tuple[float, float] | None = THINK_S,
              search: str = "window") -> list[dict]:  # fmt: skip
    """`desks` processes at once for `seconds`; their reports (a missing one is an error)."""
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(desks + 1)
    with tempfile.TemporaryDirectory(prefix="newsroom-load-") as tmp:
        outs = [os.path.join(tmp, f"desk-{n}.json") for n in range(desks)]
        processes = [
            ctx.Process(target=desk_main, args=(n, url, articles, hot, seconds, seed * 1000 + n,
                                                think, search, barrier, outs[n]), daemon=True)
            for n in range(desks)
        ]  # fmt: skip
        for process in processes:
            process.start()
        busy, waits, memory = None, None, None
        try:
            barrier.wait(START_TIMEOUT_S)  # everyone warm: the clock starts for all
            before = _cpu_times()
            waits = _sample_waits(url, seconds)
            busy = _busy(before, _cpu_times())
            memory = waits.pop("backend_private_mib_median", None)
        except threading.BrokenBarrierError:
            pass  # a desk failed before the start: its report says why
        for process in processes:
            process.join(seconds + START_TIMEOUT_S)
            if process.is_alive():
                process.kill()
                process.join()
        reports = []
        for n, out in enumerate(outs):
            try:
                reports.append(json.loads(Path(out).read_text(encoding="utf-8")))
            except (OSError, ValueError):
                code = processes[n].exitcode
                reports.append({"desk": n, "error_count": 1,
                                "errors": [f"desk {n}: no report (exit code {code})"]})  # fmt: skip
    if reports:
        reports[0]["machine_busy"] = busy
        reports[0]["server_waits"] = waits
        reports[0]["backend_private_mib"] = memory
    return reports


def _sample_waits(url: str, seconds: float, every: float = 0.1) -> dict[str, float]:
    """What the desks' server processes were doing, sampled every `every` s for `seconds`:
    the mean number of them busy on each thing (on the CPU, or waiting for a lock, the
    disk...); desks idle between two requests are not counted."""
    from bench.pg_bench import _connect

    counts: dict[str, int] = defaultdict(int)
    samples = 0
    end = time.perf_counter() + seconds
    with _connect(url) as conn:
        while time.perf_counter() < end:
            for kind, event in conn.execute(
                "SELECT wait_event_type, wait_event FROM pg_stat_activity"
                " WHERE datname = current_database() AND application_name = 'annotator'"
                " AND state NOT IN ('idle') AND pid <> pg_backend_pid()"
            ):
                counts[f"{kind}:{event}" if kind else "CPU"] += 1
            samples += 1
            time.sleep(every)
        pids = [row[0] for row in conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
            " AND application_name = 'annotator' AND pid <> pg_backend_pid()"
        )]  # fmt: skip
    waits = {k: round(v / samples, 3) for k, v in sorted(counts.items(), key=lambda kv: -kv[1])}
    memory = [m for m in map(_private_kib, pids) if m is not None]
    if memory:  # a server on this machine: what one connection costs it
        waits["backend_private_mib_median"] = round(statistics.median(memory) / 1024, 1)
    return waits


def _private_kib(pid: int) -> int | None:
    """Memory a process holds for itself alone (not the shared buffers), in KiB."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            return sum(int(line.split()[1]) for line in fh if line.startswith("Private_"))
    except (OSError, ValueError, IndexError):
        return None


def _cpu_times() -> tuple[int, int]:
    """(busy, total) jiffies of the whole machine, from /proc/stat (0, 0 elsewhere)."""
    try:
        with open("/proc/stat") as fh:
            values = [int(v) for v in fh.readline().split()[1:]]
    except OSError:
        return 0, 0
    idle = values[3] + (values[4] if len(values) > 4 else 0)  # idle + iowait
    return sum(values) - idle, sum(values)


def _busy(before: tuple[int, int], after: tuple[int, int]) -> float | None:
    """The share of the machine's CPU time that was busy between the two readings."""
    total = after[1] - before[1]
    return round((after[0] - before[0]) / total, 3) if total > 0 else None


def p95(values: list[float]) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def summary(reports: list[dict]) -> dict[str, Any]:
    latencies: dict[str, list[float]] = {op: [] for op in OPERATIONS}
    for report in reports:
        for op, values in report.get("latencies", {}).items():
            latencies[op].extend(values)
    statements: dict[str, list[float]] = defaultdict(list)
    for report in reports:
        for kind, values in report.get("statements", {}).items():
            statements[kind].extend(values)
    return {
        "statements": {
            kind: {
                "count": len(v),
                "p50_s": round(statistics.median(v), 4),
                "p95_s": round(p95(v) or 0, 4),
            }
            for kind, v in sorted(statements.items(), key=lambda kv: -len(kv[1]))
        },
        "operations": sum(len(v) for v in latencies.values()),
        "per_operation": {op: len(v) for op, v in latencies.items()},
        "p95_s": {op: round(p95(v), 4) if v else None for op, v in latencies.items()},
        "p50_s": {op: round(statistics.median(v), 4) if v else None for op, v in latencies.items()},
        "errors": sum(r.get("error_count", 0) for r in reports),
        "error_samples": [e for r in reports for e in r.get("errors", [])][:5],
        "refused": sum(r.get("refused", 0) for r in reports),
        "desks_cpu_s": round(sum(r.get("cpu_s", 0.0) for r in reports), 1),
        "machine_busy": reports[0].get("machine_busy") if reports else None,
        "server_waits": reports[0].get("server_waits") if reports else None,
        "backend_private_mib": reports[0].get("backend_private_mib") if reports else None,
        "log": [w for r in reports for w in r.get("log", [])],
    }


def load_newsroom(url: str, count: int) -> list[int]:
    """The search rows' newsroom: `count` articles of 5 KB, a published claim in every
    fifth, other checkers' reviews; built as a desk's file and pushed (`annotator push`).
    Then VACUUM ANALYZE, as autovacuum does on a server that has been running: a bulk
    load leaves up to 4 MB in each GIN index's pending list and the index's statistics
    empty, and the planner then scans all the articles for every search (BENCHMARKS.md).
    Returns the articles' ids."""
    from annotator.store import open_store
    from annotator.store.transfer import push
    from bench.search_bench import build_database

    with tempfile.TemporaryDirectory() as tmp:
        desk = Path(tmp) / "newsroom.db"
        build_database(desk, count)
        with open_store(desk) as source, open_store(url) as target:
            push(source, target)
            target.execute("VACUUM ANALYZE")
            return [r["id"] for r in target.query("SELECT id FROM articles ORDER BY id")]


def make_hot(url: str, articles: list[int], log: list[dict]) -> list[int]:
    """The claims every desk edits now and then (their adds go in `log`)."""
    from annotator.services import claims as claim_service
    from annotator.services.articles import get_article
    from annotator.store import open_store

    ids = []
    with open_store(url) as store:
        for article_id in articles[:HOT_CLAIMS]:
            quote = " ".join(get_article(store, article_id).body.split()[:4])
            claim, _ = claim_service.add_claim_by_quote(store, article_id=article_id, quote=quote)
            log.append(added(claim))
            ids.append(claim.id)
    return ids


def newsroom_load_row(quick: bool, size: Size | None = None, *,
                      baseline_think: tuple[float, float] = BASELINE_THINK_S,
                      search: str = "window") -> dict:  # fmt: skip
    from annotator.store import open_store
    from bench.pg_bench import database

    size = size or (QUICK if quick else FULL)
    with database(f"annotator_load_{os.getpid()}") as url:
        started = time.perf_counter()
        articles = load_newsroom(url, size.articles)
        loaded_s = time.perf_counter() - started
        setup_log: list[dict] = []
        hot = make_hot(url, articles, setup_log)
        # One desk alone first, on the smaller database (the harder baseline to beat).
        alone = summary(run_desks(url, articles, hot, 1, size.seconds, seed=1,
                                  think=baseline_think, search=search))  # fmt: skip
        many = summary(run_desks(url, articles, hot, size.desks, size.seconds, seed=2,
                                 search=search))  # fmt: skip
        with open_store(url) as store:
            final = final_state(store)
            max_connections = store.execute("SHOW max_connections").fetchone()[0]
        log = setup_log + alone.pop("log") + many.pop("log")
        lost = lost_writes(log, final)
    ratios = {
        op: round(many["p95_s"][op] / alone["p95_s"][op], 3)
        for op in OPERATIONS
        if many["p95_s"][op] and alone["p95_s"][op]
    }
    worst = max(ratios, key=lambda op: ratios[op]) if ratios else None
    return {
        "name": NAME,
        "ratio": ratios[worst] if worst else None,
        "target": TARGET,
        "baseline": "the same loop by one desk alone for the same time, same database, "
        + f"pausing {baseline_think[0]:g}-{baseline_think[1]:g} s"
        + " (ratio = the largest over operations of p95 at all desks / p95 of one desk)",
        "size": size.text() + (" (quick)" if quick and size == QUICK else ""),
        "median_s": many["p95_s"][worst] if worst else None,  # the ratio's p95 at all desks
        "baseline_median_s": alone["p95_s"][worst] if worst else None,
        "worst_operation": worst,
        "desks": size.desks,
        "seconds": size.seconds,
        "think_s": list(THINK_S),
        "baseline_think_s": list(baseline_think),
        "search": search,
        "operations": many["operations"],
        "errors": many["errors"] + alone["errors"],
        "lost_updates": len(lost),
        "refused": many["refused"],
        "acknowledged_writes": len(log),
        "p95_s": many["p95_s"],
        "baseline_p95_s": alone["p95_s"],
        "p50_s": many["p50_s"],
        "baseline_p50_s": alone["p50_s"],
        "ratios": ratios,
        "per_operation": many["per_operation"],
        "baseline_operations": alone["operations"],
        "baseline_refused": alone["refused"],
        "error_samples": (alone["error_samples"] + many["error_samples"])[:5],
        "lost_samples": lost[:3],
        "machine_busy": many["machine_busy"],
        "desks_cpu_s": many["desks_cpu_s"],
        "baseline_machine_busy": alone["machine_busy"],
        "server_waits": many["server_waits"],
        "backend_private_mib": many["backend_private_mib"],
        "statements": many["statements"],
        "baseline_statements": alone["statements"],
        "load_s": round(loaded_s, 1),
        "max_connections": int(max_connections),
    }


def connection_limit(most: int = 300) -> dict:
    """How many more connections the server accepts from an ordinary login (not a
    superuser: those have slots of their own) before it refuses, held a moment and
    closed. Opened over TCP with a throwaway role and password, dropped afterwards."""
    import secrets

    import psycopg

    from bench.pg_bench import ADMIN, _connect

    role, password = f"annotator_probe_{os.getpid()}", secrets.token_hex(12)
    with _connect(ADMIN) as admin:
        admin.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
        in_use = admin.execute("SELECT count(*) FROM pg_stat_activity"
                               " WHERE backend_type = 'client backend'").fetchone()[0]  # fmt: skip
        settings = dict(admin.execute(
            "SELECT name, setting FROM pg_settings WHERE name IN"
            " ('max_connections', 'superuser_reserved_connections')"
        ).fetchall())  # fmt: skip
    opened: list[Any] = []
    refusal, times = None, []
    try:
        while len(opened) < most:
            start = time.perf_counter()
            try:
                opened.append(psycopg.connect(host="127.0.0.1", dbname="postgres", user=role,
                                              password=password, connect_timeout=5))  # fmt: skip
            except psycopg.OperationalError as exc:
                refusal = " ".join(str(exc).split())[-120:]
                break
            times.append(time.perf_counter() - start)
    finally:
        for conn in opened:
            conn.close()
        with _connect(ADMIN) as admin:
            admin.execute(f"DROP ROLE IF EXISTS {role}")
    return {"accepted": len(opened), "client_connections_before": in_use, "refusal": refusal,
            "connect_ms_median": round(statistics.median(times) * 1000, 1) if times else None,
            **{k: int(v) for k, v in settings.items()}}  # fmt: skip


ROWS = {NAME: newsroom_load_row}


def run_rows(quick: bool, only: set[str] | None = None) -> list[dict]:
    from bench import pg_bench

    return pg_bench.run_rows(quick, only, rows=ROWS)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help=f"{QUICK.text()}")
    parser.add_argument("--desks", type=int, help="desks at once (default: the size's)")
    parser.add_argument("--seconds", type=float, help="the timed window (default: the size's)")
    parser.add_argument("--articles", type=int, help="articles in the database")
    parser.add_argument(
        "--search",
        choices=("window", "cli", "none"),
        default="window",
        help="the window's search box (services.finder, default), `annotator search` "
        "(services.search: 50 hits with snippets), or no search (to see what it costs)",
    )
    parser.add_argument(
        "--baseline-think",
        type=float,
        nargs=2,
        metavar=("MIN", "MAX"),
        default=BASELINE_THINK_S,
        help="the desk alone's pauses, in seconds (default: %(default)s)",
    )
    parser.add_argument(
        "--connections",
        action="store_true",
        help="only say how many connections the server accepts from an ordinary login",
    )
    args = parser.parse_args(argv)
    if args.connections:
        print(json.dumps(connection_limit()))
        return
    size = QUICK if args.quick else FULL
    size = Size(
        articles=args.articles or size.articles,
        desks=args.desks or size.desks,
        seconds=args.seconds or size.seconds,
    )
    from bench.pg_bench import NoServerError

    try:
        emit(newsroom_load_row(args.quick, size, baseline_think=tuple(args.baseline_think),
                               search=args.search))  # fmt: skip
    except NoServerError as exc:
        print(f"skipped {NAME}: {exc}", file=sys.stderr)


if __name__ == "__main__":
    main()
