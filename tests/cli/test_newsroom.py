"""A newsroom's shared database on a real PostgreSQL server, from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import main
from tests import postgres
from tests.support import PHRASE, SOURCE

TEXT = (
    "title: Palantir et la DGSI\nurl: https://news.example.fr/palantir\ndate: 2019-11-28\n\n"
    f"Les outils de Palantir auraient aidé à localiser Oussama Ben Laden, {PHRASE} "
    "au Pakistan, après des années de traque. Les États-Unis ont salué l'opération.\n"
)


@pytest.fixture
def fresh_database(server):
    """An empty database of its own (not the run's), dropped afterwards."""
    name = f"{server.name}_fresh"
    with postgres.connect(server.admin) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    yield server.url_for(name)
    with postgres.connect(server.admin) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run(db: str, *args: str, code: int = 0):
    result = CliRunner().invoke(main, ["--db", db, *args])
    assert result.exit_code == code, (args, result.stdout, result.stderr)
    return result


def running_example(db: str, article: Path) -> None:
    run(db, "settings", "publisher.name", "Vérif Express")
    run(db, "settings", "factcheck.base_url", "https://verif.example.org/")
    run(db, "import", str(article))
    run(
        db, "claim", "add", "1", "--quote", PHRASE, "--verdict", "Faux", "--correction", "2011",
        "--claimant", "Un site", "--claim-date", "2019-11-27", "--source", SOURCE,
    )  # fmt: skip


@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "palantir.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_the_running_example_gives_the_same_graph_on_both_engines(server, article, tmp_path):
    rdflib = pytest.importorskip("rdflib")
    from rdflib.compare import isomorphic

    desk = str(tmp_path / "desk.db")
    graphs = []
    for db in (desk, server.url):
        running_example(db, article)
        out = tmp_path / f"{'pg' if db == server.url else 'sqlite'}.xml"
        run(db, "export", "--format", "claimreview-xml", "-o", str(out))
        assert run(db, "validate", str(out)).exit_code == 0
        graphs.append(rdflib.Graph().parse(out, format="xml"))
    assert isomorphic(*graphs)


def test_search_on_the_server_ignores_accents(server, article):
    running_example(server.url, article)
    hits = json.loads(run(server.url, "search", "etats unis", "--json").stdout)
    assert hits and hits[0]["kind"] == "article" and "[États]" in hits[0]["snippet"]
    hits = json.loads(run(server.url, "search", "tue commando", "--json").stdout)
    assert {h["kind"] for h in hits} == {"article", "claim"}
    assert set(hits[0]) >= {"kind", "id", "snippet"}


def test_init_twice_is_harmless_and_refuses_a_database_of_others(fresh_database):
    first = run("-", "newsroom", "init", fresh_database).stdout
    assert "created" in first
    assert "nothing to do" in run("-", "newsroom", "init", fresh_database).stdout
    assert run(fresh_database, "articles").stdout.startswith("no articles")
    with postgres.connect(fresh_database) as conn:
        conn.execute("CREATE TABLE public.payroll (id int)")
        conn.execute("DROP SCHEMA annotator CASCADE")
    refused = run("-", "newsroom", "init", fresh_database, code=1)
    assert "other tables" in refused.stderr and "--schema" in refused.stderr
    assert "created" in run("-", "newsroom", "init", fresh_database, "--schema", "desk").stdout
    assert run(f"{fresh_database}?schema=desk", "articles").exit_code == 0


def test_push_twice_adds_nothing_and_keeps_every_quote_at_its_offsets(server, article, tmp_path):
    desk = str(tmp_path / "desk.db")
    running_example(desk, article)
    run(desk, "claim", "add", "1", "--quote", "Oussama Ben Laden", "--verdict", "Vrai")
    first = run(desk, "push", "--to", server.url).stdout
    assert "articles 1, claims 2, sources 1" in first
    again = run(desk, "push", "--to", server.url).stdout
    assert "articles 0, claims 0, sources 0" in again
    body = json.loads(run(server.url, "show", "1", "--json").stdout)["body"]
    claims = json.loads(run(server.url, "claims", "--json").stdout)
    assert len(claims) == 2
    for claim in claims:
        assert body[claim["start"] : claim["end"]] == claim["quote"]


def test_a_backup_of_the_server_is_a_file_any_desk_opens(server, article, tmp_path):
    running_example(server.url, article)
    copy = tmp_path / "copy.db"
    run(server.url, "backup", str(copy))
    on_server = json.loads(run(server.url, "claims", "--json").stdout)
    on_desk = json.loads(run(str(copy), "claims", "--json").stdout)
    assert on_desk == on_server
    assert run(str(copy), "check").stdout == "ok\n"
    assert json.loads(run(str(copy), "search", "commando", "--json").stdout)


def test_a_server_that_is_down_is_one_clear_line():
    result = CliRunner().invoke(main, ["--db", "postgresql://127.0.0.1:1/nowhere", "articles"])
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert "no server answers" in line


def test_check_on_the_server(server, article):
    running_example(server.url, article)
    assert run(server.url, "check").stdout == "ok\n"
    with postgres.connect(server.url) as conn:
        conn.execute("DELETE FROM annotator.claim_search")
    result = run(server.url, "check", code=1)
    assert "claims missing from search" in result.stdout
