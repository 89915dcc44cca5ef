"""Every row of DESIGN.md's performance table: ours against a baseline run beside it.

    python bench/run.py              the table's sizes
    python bench/run.py --quick      smaller sizes and fewer runs (a few minutes on 2 cores)
    python bench/run.py --only search --only open-article
    python bench/run.py --growth     each row at three sizes (BENCHMARKS.md's growth table)

One JSON line per row on stdout: name, ratio (ours / baseline, lower is better),
target, baseline, size, median_s and what else the row measured. A row whose
module is missing (another branch not merged yet) is skipped with a line on stderr.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sqlite3
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `bench` and `annotator` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import emit

# In DESIGN.md's order: row name -> the module that measures it.
ROWS = {
    "import-text": "bench.import_bench",
    "import-html": "bench.import_bench",
    "import-jsonl-memory": "bench.import_bench",
    "open-article": "bench.gui_bench",
    "export-xml": "bench.export_bench",
    "search": "bench.search_bench",
    "gui-stall": "bench.gui_bench",
    "list-memory": "bench.gui_bench",
    "pg-import": "bench.pg_bench",
    "search-pg": "bench.pg_bench",
    "newsroom-load": "bench.newsroom_load",
}
Row = dict[str, Any]


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def load(module: str) -> Any | None:
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name not in (module, module.rsplit(".", 1)[0]):
            raise  # the module is there but something it needs is not: a real failure
        return None


# --- each module's rows, at the table's sizes or three sizes -----------------------------


def import_rows(module: Any, names: list[str], quick: bool) -> list[Row]:
    makers = getattr(module, "ROWS", None)
    if isinstance(makers, dict) and all(name in makers for name in names):
        return [makers[name](quick) for name in names]  # only the rows asked for
    return [r for r in module.run_rows(quick) if r["name"] in names]


def import_growth(module: Any, names: list[str]) -> list[Row]:
    """Three sizes by the module's quick size setting (it has no size parameter)."""
    mib = 1024 * 1024
    sizes = {"import-text": ("TEXT_QUICK", (1_000, 10_000, 30_000)),
             "import-html": ("HTML_QUICK", (20, 200, 600)),
             "import-jsonl-memory": ("JSONL_QUICK", ((20 * mib, 4_000), (50 * mib, 10_000),
                                                     (200 * mib, 40_000)))}  # fmt: skip
    rows = []
    for name in names:
        setting, values = sizes[name]
        makers = getattr(module, "ROWS", {})
        if not hasattr(module, setting) or name not in makers:
            say(f"growth: {module.__name__} has no {setting} or ROWS[{name!r}]; {name} skipped")
            continue
        saved = getattr(module, setting)
        try:
            for value in values:
                setattr(module, setting, value)
                rows.append(makers[name](True))
        finally:
            setattr(module, setting, saved)
    return rows


def export_at(module: Any, size: int, runs: int = 3) -> Row:
    """export_bench's row at any size (its run_rows knows two)."""
    from lxml import etree

    from annotator.services.exporting import export
    from annotator.store import open_store
    from bench.common import median_time, row

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        module.build_database(path, size)
        store = open_store(path)
        spec = module.to_spec(etree.fromstring(export(store, fmt="claimreview-xml").data))
        ours = median_time(lambda: export(store, fmt="claimreview-xml"), runs)
        base = median_time(lambda: module.bare_lxml(spec), runs)
        store.close()
    return row(
        "export-xml",
        ours,
        base,
        2.0,
        "bare lxml building + serialising the same elements, no validation",
        size,
    )


def module_rows(module_name: str, names: list[str], quick: bool, growth: bool) -> list[Row]:
    module = load(module_name)
    if module is None:
        for name in names:
            say(f"skipped {name}: {module_name} is not there (not merged yet?)")
        return []
    if module_name == "bench.import_bench":
        return import_growth(module, names) if growth else import_rows(module, names, quick)
    if module_name == "bench.export_bench":
        if growth:
            return [export_at(module, size) for size in (1_000, 10_000, 50_000)]
        return module.run_rows(quick)
    if module_name == "bench.search_bench":
        return module.growth_rows() if growth else module.run_rows(quick)
    if module_name in ("bench.pg_bench", "bench.newsroom_load"):
        return module.run_rows(quick, set(names))  # one size: --growth runs it as is
    if module_name == "bench.gui_bench":
        only = set(names)
        return module.growth_rows(only) if growth else module.run_rows(quick, only)
    raise ValueError(module_name)


# --- the run ------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    """What the numbers were measured on."""
    memory = 0
    with open("/proc/meminfo") as fh:
        for line in fh:
            if line.startswith("MemTotal:"):
                memory = int(line.split()[1]) * 1024
    try:
        import PySide6

        pyside = PySide6.__version__
    except ImportError:
        pyside = None
    return {
        "machine": platform.machine(),
        "nproc": len(os.sched_getaffinity(0)),
        "memory_gib": round(memory / 2**30, 1),
        "python": platform.python_version(),
        "pyside6": pyside,
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
    }


def selected(only: list[str] | None) -> list[str]:
    if not only:
        return list(ROWS)
    names = [n.strip() for item in only for n in item.split(",") if n.strip()]
    unknown = sorted(set(names) - set(ROWS))
    if unknown:
        raise SystemExit(f"unknown row(s) {', '.join(unknown)}; rows: {', '.join(ROWS)}")
    return [name for name in ROWS if name in names]


def run(names: list[str], *, quick: bool, growth: bool,
        out: Callable[[Row], None] = emit) -> list[Row]:  # fmt: skip
    results: list[Row] = []
    done: set[str] = set()
    for name in names:
        if name in done:
            continue
        module_name = ROWS[name]
        group = [n for n in names if ROWS[n] == module_name]  # one module's rows together
        done.update(group)
        started = time.perf_counter()
        try:
            rows = module_rows(module_name, group, quick, growth)
        except Exception:  # one broken row must not hide the others
            say(f"failed {', '.join(group)}:\n{traceback.format_exc()}")
            continue
        for result in rows:
            out(result)
            results.append(result)
        say(f"# {', '.join(group)}: {time.perf_counter() - started:.0f} s")
    return results


def markdown(results: list[Row]) -> str:
    lines = ["| row | size | ours (median) | baseline (median) | ratio | target |",
             "|---|---|---|---|---|---|"]  # fmt: skip
    for r in results:
        ours = f"{r['median_s'] * 1000:.1f} ms" if r.get("median_s") is not None else "—"
        if r["name"] == "list-memory":
            ours = f"{r['above_empty_mib']} MiB above empty"
        base = r.get("baseline_median_s")
        base_text = f"{base * 1000:.1f} ms" if base is not None else r["baseline"].split(" (")[0]
        lines.append(f"| {r['name']} | {r['size']} | {ours} | {base_text} | {r['ratio']} "
                     f"| ≤ {r['target']} |")  # fmt: skip
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="smaller sizes, fewer runs")
    parser.add_argument(
        "--only",
        action="append",
        metavar="NAME",
        help=f"only these rows (repeat, or a comma list): {', '.join(ROWS)}",
    )
    parser.add_argument(
        "--growth",
        "--sizes",
        dest="growth",
        action="store_true",
        help="each row at three sizes, for the growth table",
    )
    parser.add_argument(
        "--markdown",
        action="store_true",
        help="after the JSON lines, the results as a Markdown table (stderr)",
    )
    args = parser.parse_args(argv)
    say("# " + json.dumps(machine()))
    results = run(selected(args.only), quick=args.quick, growth=args.growth)
    if args.markdown:
        say(markdown(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
