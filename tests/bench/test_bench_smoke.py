"""The benchmark's code paths at tiny sizes: each row is one valid JSON line with its fields.

No timing is asserted here (bench/run.py measures; a test on a shared machine
would only be flaky): these tests make sure the benchmark runs at all.
"""

from __future__ import annotations

import importlib
import json
import sys
import types
from pathlib import Path

import pytest

# Each benchmark row run at a tiny size.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
FIELDS = {"name", "ratio", "target", "baseline", "size", "median_s"}


@pytest.fixture(autouse=True)
def _bench_importable(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT))


def check(result: dict, name: str) -> dict:
    """One JSON line with the fields of DESIGN.md's performance table."""
    line = json.dumps(result, ensure_ascii=False)
    assert "\n" not in line
    back = json.loads(line)
    assert set(back) >= FIELDS, FIELDS - set(back)
    assert back["name"] == name
    assert isinstance(back["ratio"], int | float) and back["ratio"] >= 0
    assert isinstance(back["target"], int | float) and back["target"] > 0
    assert back["baseline"] and back["size"]
    return back


@pytest.fixture
def gui(qapp, tmp_path, monkeypatch):
    """bench.gui_bench on the test's QApplication, with settings in a temporary folder."""
    from PySide6.QtCore import QSettings

    from annotator.ui.app import ensure_application

    gui_bench = importlib.import_module("bench.gui_bench")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    monkeypatch.setattr(gui_bench, "_APP", ensure_application())
    return gui_bench


def test_open_article_row(gui):
    result = check(gui.open_article_row((20_000, 20), runs=1), "open-article")
    assert result["baseline_median_s"] > 0 and result["runs"] == 1


def test_gui_stall_row(gui):
    result = check(gui.gui_stall_row(12, runs=1), "gui-stall")
    assert result["median_s"] == max(result["stalls_s"]) > 0


def test_list_memory_row(gui):
    # The two windows it compares run in processes of their own.
    result = check(gui.list_memory_row(300, runs=1), "list-memory")
    assert result["peak_rss_mib"] > 0 and result["empty_window_rss_mib"] > 0


def test_search_row():
    search_bench = importlib.import_module("bench.search_bench")
    result = check(search_bench.search_row(60, runs=1), "search")
    assert result["queries"] == len(search_bench.QUERIES)


def test_export_row_at_any_size():
    run = importlib.import_module("bench.run")
    check(run.export_at(importlib.import_module("bench.export_bench"), 20, runs=1), "export-xml")


def test_import_rows_by_their_quick_size(monkeypatch):
    import_bench = importlib.import_module("bench.import_bench")
    if not hasattr(import_bench, "ROWS"):
        pytest.skip("bench.import_bench has no ROWS yet")
    monkeypatch.setattr(import_bench, "TEXT_QUICK", 8)
    monkeypatch.setattr(import_bench, "HTML_QUICK", 3)
    monkeypatch.setattr(import_bench, "JSONL_QUICK", (200_000, 40))
    run = importlib.import_module("bench.run")
    names = ["import-text", "import-html", "import-jsonl-memory"]
    rows = run.import_rows(import_bench, names, quick=True)
    assert [check(r, r["name"])["name"] for r in rows] == names


def test_run_prints_one_line_per_row_and_skips_a_missing_module(monkeypatch, capsys):
    run = importlib.import_module("bench.run")
    fake = types.ModuleType("bench.fake_bench")
    fake.run_rows = lambda quick: [  # type: ignore[attr-defined]
        {"name": "export-xml", "ratio": 1.0, "target": 2.0, "baseline": "b", "size": 1,
         "median_s": 0.1, "baseline_median_s": 0.1}
    ]  # fmt: skip
    monkeypatch.setitem(sys.modules, "bench.fake_bench", fake)
    monkeypatch.setattr(run, "ROWS", {"export-xml": "bench.fake_bench",
                                      "search": "bench.not_written_yet"})  # fmt: skip
    monkeypatch.setattr(run, "module_rows", _module_rows_for(run))
    assert run.main(["--quick", "--markdown"]) == 0
    out, err = capsys.readouterr()
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["name"] for line in lines] == ["export-xml"]
    assert "skipped search: bench.not_written_yet is not there" in err
    assert "| export-xml |" in err
    with pytest.raises(SystemExit):
        run.main(["--only", "no-such-row"])


def _module_rows_for(run):
    real = run.module_rows

    def module_rows(module_name, names, quick, growth):
        if module_name == "bench.fake_bench":
            return run.load(module_name).run_rows(quick)
        return real(module_name, names, quick, growth)

    return module_rows
