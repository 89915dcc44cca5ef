"""`annotator import-reviews`, `annotator search` and the publisher exports, as scripts use them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner
from rdflib.compare import isomorphic

from annotator.cli import main
from tests.support import PHRASE as BEN_LADEN

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "reviews"
DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "claimreview"
SUMMARY = re.compile(r"attached (\d+), external (\d+), failed (\d+)(?:, already present (\d+))?")


@pytest.fixture
def run(db):
    runner = CliRunner()
    where = db

    def invoke(*args: str, code: int | None = 0, db: Path | None = None):
        result = runner.invoke(main, ["--db", str(db or where), *args], catch_exceptions=False)
        if code is not None:
            assert result.exit_code == code, (result.stdout, result.stderr)
        assert "Traceback" not in result.stdout + result.stderr
        return result

    return invoke


def test_import_reviews_summary_failures_and_exit_code(run, tmp_path):
    r = run("import-reviews", str(FIXTURES / "array.json"), str(FIXTURES / "graph.jsonld"))
    assert r.stdout.strip() == "attached 0, external 3, failed 0"
    assert r.stderr == ""
    r = run("import-reviews", str(FIXTURES), str(tmp_path / "nope.json"), code=1)
    _attached, external, failed, present = SUMMARY.fullmatch(r.stdout.strip()).groups()
    assert int(failed) == 3 and int(external) >= 9 and int(present) == 3
    assert f"{FIXTURES / 'lines.jsonl'}#line-4: invalid JSON" in r.stderr
    assert f"{FIXTURES / 'no_review.json'}: no ClaimReview found" in r.stderr
    assert f"{tmp_path / 'nope.json'}: no such file or folder" in r.stderr


def test_a_json_nested_100000_levels_is_a_failure_not_a_crash(run, tmp_path):
    deep = tmp_path / "deep.json"
    deep.write_bytes(b"[" * 100_000 + b"]" * 100_000)
    r = run("import-reviews", str(deep), code=1)
    assert r.stdout.strip() == "attached 0, external 0, failed 1"
    assert f"{deep}: JSON nested more than" in r.stderr


def test_usage_errors_exit_2(run):
    assert run("import-reviews", code=2).exit_code == 2
    assert run("search", code=2).exit_code == 2


def _mark_sample(run, sample: Path, db: Path | None = None) -> None:
    run("import", str(sample), db=db)
    run(
        "claim", "add", "1", "--quote", BEN_LADEN, "--verdict", "Faux", "--correction", "2011",
        "--claimant", "Jean Dupont", "--explanation", "</script><!-- & Ben Laden est mort en 2011",
        "--source", "https://www.britannica.com/event/killing-of-Osama-bin-Laden", db=db,
    )  # fmt: skip
    run("claim", "add", "1", "--quote", "Palantir Technologies", "--occurrence", "2",
        "--verdict", "Vrai", "--status", "published", db=db)  # fmt: skip
    run("claim", "add", "1", "--quote", "un contrat de trois ans", "--verdict", "mixed", db=db)


def test_running_example_round_trip_through_the_command_line(run, shared_sample, tmp_path):
    _mark_sample(run, shared_sample)
    first = tmp_path / "first.xml"
    run("export", "--format", "claimreview-xml", "-o", str(first))
    fresh = tmp_path / "fresh.db"
    run("import", str(shared_sample), db=fresh)
    r = run("import-reviews", str(first), db=fresh)
    assert r.stdout.strip() == "attached 3, external 0, failed 0"
    again = run("import-reviews", str(first), db=fresh)
    assert again.stdout.strip() == "attached 0, external 0, failed 0, already present 3"
    assert len(json.loads(run("claims", "--json", db=fresh).stdout)) == 3  # not duplicated
    second = tmp_path / "second.xml"
    run("export", "--format", "claimreview-xml", "-o", str(second), db=fresh)
    one = rdflib.Graph().parse(first, format="xml")
    two = rdflib.Graph().parse(second, format="xml")
    assert isomorphic(one, two)


def test_html_export_is_a_safe_script_snippet_per_article(run, shared_sample):
    _mark_sample(run, shared_sample)
    html = run("export", "--format", "html").stdout
    assert html.count('<script type="application/ld+json">') == 1
    assert len(re.findall("</script", html, re.I)) == 1
    block = html.split('<script type="application/ld+json">\n', 1)[1].split("</script>")[0]
    document = json.loads(block)
    assert len(document["@graph"]) == 3


def test_web_annotation_export_and_reading_it_back(run, shared_sample, tmp_path):
    _mark_sample(run, shared_sample)
    out = tmp_path / "annotations.json"
    run("export", "--format", "web-annotation", "-o", str(out))
    document = json.loads(out.read_text(encoding="utf-8"))
    items = document["first"]["items"]
    assert {i["motivation"] for i in items} == {"assessing"}
    before = json.loads(run("claims", "--json").stdout)
    fresh = tmp_path / "fresh.db"
    run("import", str(shared_sample), db=fresh)
    assert run("import-reviews", str(out), db=fresh).stdout.strip() == (
        "attached 3, external 0, failed 0"
    )
    after = json.loads(run("claims", "--json", db=fresh).stdout)
    keys = ("id", "quote", "start", "end", "verdict", "status", "correction", "explanation",
            "claimant", "sources")  # fmt: skip

    def view(claims):
        return [{k: c[k] for k in keys} | {"sources": [s["url"] for s in c["sources"]]}
                for c in claims]  # fmt: skip

    assert view(after) == view(before)


def test_search_json_and_text(run, shared_sample):
    _mark_sample(run, shared_sample)
    run("import-reviews", str(FIXTURES / "graph.jsonld"))
    hits = json.loads(run("search", "--json", "etats", "unis").stdout)
    assert hits and all({"kind", "id", "snippet", "title", "score"} <= set(h) for h in hits)
    assert ("review", 1) in [(h["kind"], h["id"]) for h in hits]
    hits = json.loads(run("search", "commando", "--json").stdout)
    assert {h["kind"] for h in hits} == {"article", "claim"}
    lines = run("search", "Palantir").stdout.splitlines()
    assert {line.split()[0] for line in lines[::2]} == {"article", "claim"}
    assert "[Palantir]" in lines[1]  # the snippet, under its hit
    assert run("search", "licorne").stdout.strip() == "no match"


@pytest.mark.parametrize(
    "query", ['"', "-", "-commando", "--json-like", "(a OR", "a AND", "x:y", "*", "NEAR("]
)
def test_search_queries_with_fts_syntax_never_fail(run, shared_sample, query):
    run("import", str(shared_sample))
    r = run("search", query)
    assert r.stdout.strip()
    r = run("search", "--json", query)
    assert isinstance(json.loads(r.stdout), list)


@pytest.mark.shared_data
def test_every_real_record_is_kept_and_found(run):
    if not DATA.exists():
        pytest.skip("../shared is absent (as on a user's clone)")
    r = run("import-reviews", str(DATA))
    attached, external, failed = map(int, SUMMARY.fullmatch(r.stdout.strip()).groups()[:3])
    assert failed == 0 and attached + external >= 0.9 * (attached + external + failed)
    hits = json.loads(run("search", "--json", "Vitamin D can cure cancer").stdout)
    assert hits[0]["kind"] == "review" and "Vitamin" in hits[0]["snippet"]
    hits = json.loads(run("search", "--json", "desnutrição venezuelanos").stdout)
    assert [h["kind"] for h in hits] == ["review"]
