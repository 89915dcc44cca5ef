"""The command line, as scripts use it (click's CliRunner over the real database)."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from annotator.cli import main
from tests.support import PHRASE as BEN_LADEN


@pytest.fixture
def run(db):
    runner = CliRunner()

    def invoke(*args: str, code: int | None = 0):
        result = runner.invoke(main, ["--db", db, *args], catch_exceptions=False)
        if code is not None:
            assert result.exit_code == code, (result.stdout, result.stderr)
        return result

    return invoke


def test_running_example_on_the_shared_sample(run, shared_sample):
    out = run("import", str(shared_sample)).stdout
    assert out.strip() == "imported 1, duplicates 0, failed 0"
    articles = json.loads(run("articles", "--json").stdout)
    assert len(articles) == 1 and articles[0]["published"] == "2019-11"
    assert {"id", "title", "published", "url", "claims"} <= set(articles[0])
    claim_id = run(
        "claim",
        "add",
        str(articles[0]["id"]),
        "--quote",
        BEN_LADEN,
        "--verdict",
        "Faux",
        "--correction",
        "2011",
        "--source",
        "https://www.britannica.com/event/killing-of-Osama-bin-Laden",
    ).stdout.strip()
    assert claim_id.isdigit()
    claims = json.loads(run("claims", "--json").stdout)
    assert len(claims) == 1
    c = claims[0]
    assert {"id", "article_id", "quote", "start", "end", "anchor", "verdict", "status"} <= set(c)
    body = json.loads(run("show", str(articles[0]["id"]), "--json").stdout)["body"]
    assert body[c["start"] : c["end"]] == BEN_LADEN
    assert (c["verdict"], c["anchor"], c["status"], c["correction"]) == (
        "false",
        "exact",
        "draft",
        "2011",
    )


def test_quote_not_in_article_is_a_message_not_a_traceback(run, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Un texte sans la phrase cherchée.", encoding="utf-8")
    run("import", str(f))
    result = run("claim", "add", "1", "--quote", "pas dans le texte", code=1)
    assert "quote not found" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert json.loads(run("claims", "--json").stdout) == []


def test_unknown_verdict_and_unknown_article(run, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Le ciel est vert.", encoding="utf-8")
    run("import", str(f))
    r = run("claim", "add", "1", "--quote", "ciel", "--verdict", "Pinocchio", code=1)
    assert "unknown verdict" in r.stderr and "Faux" in r.stderr
    r = run("show", "42", code=1)
    assert "article 42: no such article" in r.stderr


def test_import_failures_named_with_exit_1(run, tmp_path):
    (tmp_path / "ok.txt").write_text("Un article.", encoding="utf-8")
    (tmp_path / "vide.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    r = run("import", str(tmp_path), code=1)
    assert r.stdout.strip() == "imported 1, duplicates 0, failed 2"
    assert f"{tmp_path / 'vide.txt'}: empty file" in r.stderr
    assert f"{tmp_path / 'image.txt'}: binary file (a PNG image), not text" in r.stderr
    r = run("import", str(tmp_path / "ok.txt"))
    assert r.stdout.strip() == "imported 0, duplicates 1, failed 0"


def test_usage_errors_exit_2(run):
    assert run("import", code=2).exit_code == 2
    assert run("export", "--format", "pdf", code=2).exit_code == 2


def test_new_named_database_starts_empty(run):
    assert json.loads(run("articles", "--json").stdout) == []


def test_default_database_holds_the_sample(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    result = CliRunner().invoke(main, ["articles", "--json"], catch_exceptions=False)
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert len(rows) == 1 and rows[0]["published"] == "2019-11-27"
    assert (tmp_path / "xdg" / "annotator" / "annotator.db").exists()
    show = CliRunner().invoke(main, ["show", str(rows[0]["id"]), "--json"])
    assert BEN_LADEN in json.loads(show.stdout)["body"]


def test_env_variable_names_the_database(tmp_path, monkeypatch):
    monkeypatch.setenv("ANNOTATOR_DB", str(tmp_path / "env.db"))
    result = CliRunner().invoke(main, ["articles", "--json"])
    assert result.exit_code == 0 and json.loads(result.stdout) == []
    assert (tmp_path / "env.db").exists()


def test_settings_show_set_and_refuse(run):
    run("settings", "publisher.name", "AFP Factuel")
    run("settings", "factcheck.base_url", "https://factuel.afp.com/")
    assert run("settings", "publisher.name").stdout.strip() == "AFP Factuel"
    listing = run("settings").stdout
    assert "publisher.name = AFP Factuel" in listing
    r = run("settings", "publisher.logo", "javascript:alert(1)", code=1)
    assert "publisher.logo" in r.stderr and "http" in r.stderr
    r = run("settings", "colour", "blue", code=1)
    assert "unknown key 'colour'" in r.stderr


def test_backup_and_damaged_database(run, tmp_path):
    run("articles")
    r = run("backup", str(tmp_path / "copy.db"))
    assert "backup written" in r.stdout
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all" * 50)
    r = CliRunner().invoke(main, ["--db", str(bad), "articles"])
    assert r.exit_code == 1 and "not an Annotator database" in r.stderr
    assert bad.read_bytes() == b"not a database at all" * 50


def test_every_command_has_help():
    for name, command in main.commands.items():
        assert command.help, f"command {name} has no help text"


def _mark_sample(run, shared_sample):
    run("import", str(shared_sample))
    return run(
        "claim",
        "add",
        "1",
        "--quote",
        BEN_LADEN,
        "--verdict",
        "Faux",
        "--correction",
        "2011",
        "--source",
        "https://www.britannica.com/event/killing-of-Osama-bin-Laden",
    ).stdout.strip()


def test_running_example_exports_valid_claimreview(run, shared_sample, tmp_path):
    import rdflib
    from rdflib.namespace import RDF

    _mark_sample(run, shared_sample)
    out = tmp_path / "review.xml"
    result = run("export", "--format", "claimreview-xml", "-o", str(out))
    assert "placeholder" in result.stderr  # no factcheck.base_url yet: said, not fatal
    assert run("validate", str(out)).stdout.strip() == f"{out}: valid"

    schema = rdflib.Namespace("http://schema.org/")
    graph = rdflib.Graph().parse(out, format="xml")
    reviews = list(graph.subjects(RDF.type, schema.ClaimReview))
    assert len(reviews) == 1
    review = reviews[0]
    rating = graph.value(review, schema.reviewRating)
    assert str(graph.value(rating, schema.alternateName)) == "Faux"
    assert graph.value(review, schema.url) is not None
    assert str(graph.value(review, schema.claimReviewed)) == BEN_LADEN
    claim = graph.value(review, schema.itemReviewed)
    assert (claim, RDF.type, schema.Claim) in graph


def test_export_to_stdout_and_jsonld(run, shared_sample):
    _mark_sample(run, shared_sample)
    xml = run("export", "--format", "claimreview-xml").stdout
    assert xml.startswith("<?xml") and "schema:ClaimReview" in xml
    data = json.loads(run("export", "--format", "jsonld").stdout)
    assert data["@context"] == "https://schema.org"


def test_validate_rejects_missing_required_fields(run, shared_sample, tmp_path):
    _mark_sample(run, shared_sample)
    out = tmp_path / "review.xml"
    run("export", "--format", "claimreview-xml", "-o", str(out))
    text = out.read_text(encoding="utf-8")
    start = text.index("<schema:claimReviewed>")
    end = text.index("</schema:claimReviewed>") + len("</schema:claimReviewed>")
    broken = tmp_path / "broken.xml"
    broken.write_text(text[:start] + text[end:], encoding="utf-8")
    r = run("validate", str(broken), code=1)
    assert "claimReviewed" in r.stderr and f"{broken}:" in r.stderr
    assert re.search(r":\d+:", r.stderr), "line numbers"
    garbage = tmp_path / "garbage.xml"
    garbage.write_text("<rdf:RDF", encoding="utf-8")
    assert run("validate", str(garbage), code=1).stderr


def test_export_published_only_and_incomplete_export_fails(run, shared_sample, tmp_path):
    _mark_sample(run, shared_sample)
    r = run("export", "--format", "claimreview-xml", "--status", "published", code=1)
    assert "nothing to export" in r.stderr
    run("claim", "add", "1", "--quote", "Palantir Technologies", "--status", "published")
    out = tmp_path / "x.xml"
    r = run(
        "export", "--format", "claimreview-xml", "--status", "published", "-o", str(out), code=1
    )
    assert "claim 2" in r.stderr and "reviewRating" in r.stderr
    assert not out.exists(), "a half-valid file is never written"


def test_a_bug_is_logged_with_its_traceback_not_shown(run, monkeypatch, tmp_path):
    from annotator.services import articles as article_service
    from annotator.services import workspace

    monkeypatch.setattr(workspace, "data_dir", lambda: tmp_path / "data")

    def broken(*args, **kwargs):
        raise ZeroDivisionError("a bug of ours")

    monkeypatch.setattr(article_service, "list_articles", broken)
    result = run("articles", code=70)
    assert "internal error (ZeroDivisionError: a bug of ours)" in result.stderr
    assert "Traceback" not in result.stderr
    log = (tmp_path / "data" / "annotator.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "ZeroDivisionError: a bug of ours" in log
