"""DESIGN.md's layers are checked by a tool, not only written down."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "annotator"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_import_linter_contracts_hold():
    from importlinter.cli import lint_imports

    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        assert lint_imports(no_cache=True, no_logo=True) == 0
    finally:
        os.chdir(cwd)


def test_every_io_module_has_a_rank_in_the_io_contract():
    """A module missing from the io layers would be free to close a cycle."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (contract,) = [
        c
        for c in config["tool"]["importlinter"]["contracts"]
        if c.get("containers") == ["annotator.io"]
    ]
    ranked = {name.strip() for layer in contract["layers"] for name in layer.split("|")}
    modules = {path.stem for path in (PACKAGE / "io").glob("*.py") if path.stem != "__init__"}
    assert modules - ranked == set()


def test_only_ui_imports_qt():
    offenders = [
        str(path.relative_to(ROOT))
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts[:1]
        and any(m.split(".")[0] in ("PySide6", "shiboken6") for m in _imports(path))
    ]
    assert offenders == []


def test_cli_runs_without_qt_installed(tmp_path):
    """A CLI must run on a machine with no display (and even without PySide6)."""
    blocker = tmp_path / "PySide6"
    blocker.mkdir()
    (blocker / "__init__.py").write_text("raise ImportError('PySide6 blocked by the test')\n")
    env = {**os.environ, "PYTHONPATH": f"{tmp_path}{os.pathsep}{ROOT}"}
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("DISPLAY", None)
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "--db", str(tmp_path / "x.db"), "articles", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def _calls_to(path: Path, method: str) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == method
    ]


def test_every_statement_is_in_the_store():
    """SQL lives in annotator/store alone: it is what lets a second engine sit behind the
    same functions, and the store's error mapping see every statement."""
    found = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if "store" not in path.relative_to(PACKAGE).parts[:1]
        for method in ("execute", "executemany", "executescript")
        for line in _calls_to(path, method)
    ]
    assert not found, f"statements outside annotator/store: {found}"


def _module_imports() -> dict[str, set[str]]:
    """Each annotator module -> the annotator modules it imports (at the top or inside a
    function: a lazy import still ties the two together)."""
    modules = {}
    for path in PACKAGE.rglob("*.py"):
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        modules[name] = path
    edges: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                    target = ".".join([*parts, *([node.module] if node.module else [])])
                else:
                    target = node.module or ""
                submodules = {f"{target}.{a.name}" for a in node.names} & modules.keys()
                others = [a for a in node.names if f"{target}.{a.name}" not in modules]
                found = submodules | ({target} if others else set())
            elif isinstance(node, ast.Import):
                found = {alias.name for alias in node.names}
            else:
                continue
            edges[name] |= (found & modules.keys()) - {name}
    return edges


def test_no_import_cycle_between_modules():
    """A cycle means neither module can be understood (or moved) without the other."""
    edges = _module_imports()
    cycles = []
    for start in sorted(edges):
        seen, todo = set(), list(edges[start])
        while todo:
            module = todo.pop()
            if module == start:
                cycles.append(start)
                break
            if module not in seen:
                seen.add(module)
                todo.extend(edges[module])
    assert not cycles, f"modules on an import cycle: {cycles}"


def test_every_module_fits_in_a_reader_s_head():
    """No module of the program over 600 lines, the window under 500: past that a file
    holds several jobs, and the next person cannot tell where a change goes."""
    sizes = {
        str(path.relative_to(ROOT)): len(path.read_text(encoding="utf-8").splitlines())
        for path in PACKAGE.rglob("*.py")
    }
    too_long = {path: lines for path, lines in sizes.items() if lines > 600}
    assert not too_long, f"modules over 600 lines: {too_long}"
    assert sizes["annotator/ui/mainwindow.py"] < 500
