"""Roles the database enforces: a checker (through Annotator or straight with SQL, as psql
would) cannot publish or change a published claim or the settings; an editor can."""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest
from click.testing import CliRunner

from annotator.cli import main
from tests import postgres
from tests.support import PHRASE

ROOT = Path(__file__).resolve().parents[2]
TEXT = (
    "title: Palantir\nurl: https://news.example.fr/p\n\n"
    f"Oussama Ben Laden, {PHRASE} au Pakistan, après des années de traque. " * 2
)


@pytest.fixture(scope="module")
def people(pg_server):
    """Two logins made with `newsroom add-user`, over TCP with their passwords."""
    if isinstance(pg_server, str):
        postgres.unavailable(pg_server)
    suffix = secrets.token_hex(3)
    logins = {"checker": f"checker_{suffix}", "editor": f"editor_{suffix}"}
    passwords = {role: secrets.token_urlsafe(12) for role in logins}
    for role, name in logins.items():
        result = CliRunner().invoke(
            main, ["--db", pg_server.url, "newsroom", "add-user", name, "--role", role],
            input=passwords[role] + "\n",
        )  # fmt: skip
        assert result.exit_code == 0, result.output
        assert passwords[role] not in result.output
    with postgres.connect(pg_server.url) as conn:
        port = conn.execute("SHOW port").fetchone()[0]
    host = urlsplit(pg_server.admin).hostname or "127.0.0.1"
    database = urlsplit(pg_server.url).path
    urls = {
        role: f"postgresql://{name}:{quote(passwords[role])}@{host}:{port}{database}"
        for role, name in logins.items()
    }
    yield logins, urls
    with postgres.connect(pg_server.admin) as conn:
        for name in logins.values():
            conn.execute(f'DROP OWNED BY "{name}"')
            conn.execute(f'DROP ROLE IF EXISTS "{name}"')


@pytest.fixture
def team(people, pg_server, tmp_path):
    postgres.empty(pg_server)
    logins, urls = people
    article = tmp_path / "p.txt"
    article.write_text(TEXT, encoding="utf-8")
    run(urls["checker"], "import", str(article))
    run(urls["checker"], "claim", "add", "1", "--quote", PHRASE, "--verdict", "Faux")
    return logins, urls


def run(db: str, *args: str, code: int = 0):
    result = CliRunner().invoke(main, ["--db", db, *args])
    assert result.exit_code == code, (args, result.stdout, result.stderr)
    return result


def test_a_checker_cannot_publish_an_editor_can(team):
    logins, urls = team
    refused = run(urls["checker"], "claim", "set", "1", "--status", "published", code=1)
    [line] = refused.stderr.splitlines()
    assert "not allowed" in line and "only an editor may publish" in line
    assert ("secret" not in line and logins["checker"] in line) or "@" in line
    run(urls["checker"], "claim", "set", "1", "--status", "in-review")
    run(urls["editor"], "claim", "set", "1", "--status", "published")
    [claim] = json.loads(run(urls["checker"], "claims", "--json").stdout)
    assert (claim["status"], claim["updated_by"]) == ("published", logins["editor"])
    refused = run(urls["checker"], "claim", "set", "1", "--explanation", "autre", code=1)
    assert "change a published" in refused.stderr
    run(urls["checker"], "claim", "delete", "1", code=1)
    run(urls["checker"], "settings", "publisher.name", "Moi", code=1)
    run(urls["editor"], "settings", "publisher.name", "La rédaction")


def test_a_checker_with_plain_sql_cannot_bypass_it(team):
    _logins, urls = team
    import psycopg

    with psycopg.connect(urls["checker"], autocommit=True) as conn:
        for sql in (
            "UPDATE annotator.reviews SET status = 'published' WHERE claim_id = 1",
            "INSERT INTO annotator.settings VALUES ('publisher.name', 'x')",
            "ALTER TABLE annotator.reviews DISABLE TRIGGER reviews_guard",
            "DROP TRIGGER reviews_guard ON annotator.reviews",
        ):
            with pytest.raises(psycopg.Error):
                conn.execute(sql)
        # What a checker may do, it may do.
        conn.execute("UPDATE annotator.reviews SET explanation = 'ok' WHERE claim_id = 1")
        by = conn.execute("SELECT updated_by, current_user FROM annotator.claims").fetchone()
        assert by[0] == by[1]  # the server wrote who, not the client
        conn.execute("UPDATE annotator.claims SET updated_by = 'someone_else', revision = 99")
        forged = conn.execute("SELECT updated_by, revision FROM annotator.claims").fetchone()
        assert forged[0] == by[1] and forged[1] != 99  # neither can be written by hand
    run(urls["checker"], "claim", "set", "1", "--add-source", "https://www.example.org/2011")
    run(urls["editor"], "claim", "set", "1", "--status", "published")
    with psycopg.connect(urls["checker"], autocommit=True) as conn:
        for sql in (
            "UPDATE annotator.reviews SET status = 'draft' WHERE claim_id = 1",
            "DELETE FROM annotator.claims WHERE id = 1",
            "DELETE FROM annotator.sources",
            # A cascade runs as the tables' owner: deleting the article must be refused
            # itself, or the published claim would go with it.
            "DELETE FROM annotator.articles",
        ):
            with pytest.raises(psycopg.Error):
                conn.execute(sql)
        assert conn.execute("SELECT count(*) FROM annotator.claims").fetchone()[0] == 1


def test_two_edits_from_the_same_revision_one_wins_the_other_names_it(team):
    logins, urls = team
    [claim] = json.loads(run(urls["checker"], "claims", "--json").stdout)
    seen = str(claim["revision"])
    run(urls["editor"], "claim", "set", "1", "--explanation", "A", "--if-revision", seen)
    lost = run(urls["checker"], "claim", "set", "1", "--explanation", "B", "--if-revision", seen,
               code=1)  # fmt: skip
    assert logins["editor"] in lost.stderr and "revision" in lost.stderr


def test_twenty_claims_added_at_once_all_land(team):
    _logins, urls = team
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    words = TEXT.split("\n\n", 1)[1].split()[:20]
    procs = []
    for n, word in enumerate(words):
        occurrence = words[:n].count(word) + 1
        procs.append(subprocess.Popen(
            [sys.executable, "-m", "annotator", "--db", urls["checker"], "claim", "add", "1",
             "--quote", word, "--occurrence", str(occurrence)],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        ))  # fmt: skip
    results = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), results
    assert len(json.loads(run(urls["checker"], "claims", "--json").stdout)) == 21


def _wait_for(feed, want, limit=20.0):
    """Poll as the window does until `want(changes)`; the limit only stops a hang (the
    2-second promise is the window's timer, tried in two real windows)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        seen = feed.poll()
        if want(seen):
            return seen
        time.sleep(0.05)
    return None


def test_another_desk_sees_a_change_and_not_its_own(team):
    logins, urls = team
    from annotator.services import claims as claim_service
    from annotator.services.live import Feed
    from annotator.store import open_store

    watcher = open_store(urls["checker"])
    feed = Feed(watcher)
    try:
        # Its own change: the desk knows it already, the feed does not repeat it.
        claim_service.update_claim(watcher, claim_id=1, explanation="Vu par la vérificatrice.")
        run(urls["editor"], "claim", "set", "1", "--verdict", "Vrai")
        seen = _wait_for(feed, lambda c: 1 in c.claims)
        assert seen is not None and seen.by == {logins["editor"]}
        assert claim_service.get_claim(watcher, 1).review.verdict == "true"
        assert not feed.poll()  # nothing twice
    finally:
        feed.close()
        watcher.close()
