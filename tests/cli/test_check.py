"""`annotator check`, and a damaged file refused in one line with the way back."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator import cli

TEXT = "title: Un article\n\nLe ciel est vert, a dit le ministre. " + "Remplissage. " * 600


def run(db: Path, *args: str):
    return CliRunner().invoke(cli.main, ["--db", str(db), *args])


@pytest.fixture
def filled_db(tmp_path) -> Path:
    db = tmp_path / "desk.db"
    for n in range(30):
        path = tmp_path / f"a{n}.txt"
        path.write_text(TEXT.replace("Un article", f"Article {n}") + f" numéro {n}", "utf-8")
    assert run(db, "import", str(tmp_path)).exit_code == 0
    for n in range(1, 31):
        assert run(db, "claim", "add", str(n), "--quote", "Le ciel est vert").exit_code == 0
    return db


def test_check_prints_ok_on_a_healthy_file(filled_db):
    result = run(filled_db, "check")
    assert result.exit_code == 0, result.output
    assert result.stdout == "ok\n"


def overwrite_a_page(db: Path, page: int) -> None:
    page_size = 4096
    with db.open("r+b") as fh:
        fh.seek(page * page_size)
        fh.write(os.urandom(page_size))


def test_check_exits_1_on_a_page_overwritten_by_garbage(filled_db):
    pages = filled_db.stat().st_size // 4096
    overwrite_a_page(filled_db, pages // 2)
    before = filled_db.read_bytes()
    result = run(filled_db, "check")
    assert result.exit_code == 1
    assert result.stdout.strip() and result.stdout.strip() != "ok"
    assert all(line.startswith(str(filled_db)) for line in result.stdout.splitlines())
    assert "backup" in result.stderr  # the way back
    assert filled_db.read_bytes() == before


def test_a_damaged_file_is_refused_in_one_line_and_never_written(filled_db):
    overwrite_a_page(filled_db, filled_db.stat().st_size // 4096 // 2)
    before = filled_db.read_bytes()
    for args in (["articles"], ["claims"], ["claim", "add", "1", "--quote", "Le ciel"]):
        result = run(filled_db, *args)
        assert result.exit_code == 1, result.output
        [line] = result.stderr.splitlines()
        assert "damaged" in line and "backup" in line
        assert len(line) < 900
    assert filled_db.read_bytes() == before


def test_check_on_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("pas une base", encoding="utf-8")
    result = run(path, "check")
    assert result.exit_code == 1
    assert "not an SQLite file" in result.stdout


def test_check_on_a_missing_file_says_so(tmp_path):
    result = run(tmp_path / "missing.db", "check")
    assert result.exit_code == 1
    assert "no such database" in result.stderr
    assert not (tmp_path / "missing.db").exists()


@pytest.mark.parametrize("value", ["", "  "])
def test_an_empty_db_path_is_an_error_not_the_default(tmp_path, value, monkeypatch):
    result = CliRunner().invoke(cli.main, ["--db", value, "articles"])
    assert result.exit_code == 1
    assert "empty" in result.stderr
    monkeypatch.setenv("ANNOTATOR_DB", value)
    result = CliRunner().invoke(cli.main, ["articles"])
    assert result.exit_code == 1
    assert "ANNOTATOR_DB" in result.stderr
