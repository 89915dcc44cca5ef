"""A plain `pip install .` works outside the checkout: schema.sql and resources/ ship inside."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

# Builds a wheel and installs it in a fresh virtual environment.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (found,) = out.glob("annotator-*.whl")
    return found


def test_wheel_carries_schema_and_resources(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "annotator/_data/schema.sql" in names
    for resource in ("rating-scale.json", "sample-article.txt", "claimreview.xsd"):
        assert f"annotator/_data/resources/{resource}" in names
    assert any(n.startswith("annotator/_data/resources/xsd/") for n in names)


def test_installed_wheel_runs_outside_the_checkout(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    env = {**os.environ, "PYTHONPATH": str(target), "XDG_DATA_HOME": str(tmp_path / "xdg")}
    work = tmp_path / "elsewhere"
    work.mkdir()

    def annotator(*args: str) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "annotator", *args],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    where = subprocess.run(
        [sys.executable, "-c", "import annotator; print(annotator.__file__)"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert where.startswith(str(target))
    rows = json.loads(annotator("articles", "--json"))  # default db: created with the sample
    assert len(rows) == 1
    claim = annotator(
        "claim",
        "add",
        str(rows[0]["id"]),
        "--quote",
        "tué par un commando américain en 2001",
        "--verdict",
        "Faux",
    ).strip()
    out = work / "out.xml"
    annotator("export", "--format", "claimreview-xml", "-o", str(out))
    assert annotator("validate", str(out)).strip().endswith("valid")
    assert claim.isdigit()
