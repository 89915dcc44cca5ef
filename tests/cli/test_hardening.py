"""What an adversarial run of the command line found (issue "Hardening"), case by case.

Each case must end with a clear message or the right result, exit 0 or 1 (never
70, never a signal, never a hang), and the database intact (`annotator check`).
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import main
from tests.support import PHRASE

ROOT = Path(__file__).resolve().parents[2]
TEXT = (
    "title: Palantir et la DGSI\ndate: 2019-11-28\nurl: https://news.example.fr/palantir\n\n"
    "Les outils de Palantir Technologies auraient aidé à localiser Oussama Ben Laden, "
    f"{PHRASE} au Pakistan. Selon l’équipe, « les services savaient ».\n"
)


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "desk.db"


@pytest.fixture
def run(db):
    runner = CliRunner()

    def invoke(*args: str, code: int | None = 0, database: Path | None = None):
        result = runner.invoke(main, ["--db", str(database or db), *args])
        if result.exception and not isinstance(result.exception, SystemExit):
            raise result.exception
        if code is not None:
            assert result.exit_code == code, (args, result.stdout, result.stderr)
        return result

    return invoke


@pytest.fixture
def article(run, tmp_path) -> int:
    path = tmp_path / "palantir.txt"
    path.write_text(TEXT, encoding="utf-8")
    run("import", str(path))
    return 1


def healthy(run) -> None:
    assert run("check").stdout == "ok\n"


# --- 1. writing over the database itself --------------------------------------------


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal"])
def test_backup_over_the_database_or_its_journal_is_refused(run, db, article, suffix):
    r = run("backup", f"{db}{suffix}", code=1)
    assert "database" in r.stderr and "in use" in r.stderr
    healthy(run)


def test_export_over_the_database_or_a_link_to_it_is_refused(run, db, article, tmp_path):
    run("claim", "add", "1", "--quote", PHRASE, "--verdict", "Faux")
    link = tmp_path / "link.json"
    link.symlink_to(db)
    for target in (db, f"{db}-wal", link):
        r = run("export", "--format", "jsonld", "-o", str(target), code=1)
        assert "in use" in r.stderr, r.stderr
    assert len(json.loads(run("claims", "--json").stdout)) == 1
    healthy(run)


def test_backup_while_an_import_writes_is_refused_and_the_file_stays_sound(db, tmp_path):
    folder = tmp_path / "lot"
    folder.mkdir()
    for i in range(400):
        (folder / f"a{i}.txt").write_text(f"Article {i}. " + "Texte. " * 300, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "annotator", "--db", str(db)]
    subprocess.run([*cmd, "articles"], env=env, check=True, capture_output=True)
    importing = subprocess.Popen(
        [*cmd, "import", str(folder)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    backup = subprocess.run([*cmd, "backup", str(db)], env=env, capture_output=True, text=True)
    _out, err = importing.communicate(timeout=300)
    assert backup.returncode == 1 and "in use" in backup.stderr
    assert importing.returncode == 0, err
    check = subprocess.run([*cmd, "check"], env=env, capture_output=True, text=True)
    assert check.stdout == "ok\n"


# --- 3. other fact-checkers' verdicts ------------------------------------------------


_NUMBERS = itertools.count(1)


def other_review(claim_reviewed: str, appearance: str | None) -> dict:
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"https://other.example/check/{next(_NUMBERS)}",
        "author": {"@type": "Organization", "name": "Other FC"},
        "claimReviewed": claim_reviewed,
        "reviewRating": {"@type": "Rating", "alternateName": "Faux"},
    }
    if appearance:
        review["itemReviewed"] = {
            "@type": "Claim",
            "appearance": [{"@type": "CreativeWork", "url": appearance}],
        }
    return review


def test_a_word_of_our_article_does_not_attach_another_sites_review(run, article, tmp_path):
    path = tmp_path / "reviews.json"
    path.write_text(json.dumps([
        other_review("Palantir", "https://unrelated.example/page"),
        other_review("v", None),
        other_review("Palantir", None),
        other_review(PHRASE, "https://unrelated.example/other"),
    ]), encoding="utf-8")  # fmt: skip
    r = run("import-reviews", str(path))
    assert r.stdout.strip() == "attached 0, external 4, failed 0"
    assert json.loads(run("claims", "--json").stdout) == []


def test_another_fact_checkers_review_of_our_article_is_never_exported_as_ours(
    run, article, tmp_path
):
    run("settings", "publisher.name", "Notre rédaction")
    path = tmp_path / "review.json"
    path.write_text(json.dumps(other_review(PHRASE, "https://news.example.fr/palantir")), "utf-8")
    assert run("import-reviews", str(path)).stdout.startswith("attached 1")
    r = run("export", "--format", "jsonld", code=1)
    assert "Other FC" in r.stderr
    # Our own verdict on it makes it ours.
    [claim] = json.loads(run("claims", "--json").stdout)
    run("claim", "add", "1", "--quote", "Oussama Ben Laden", "--verdict", "Vrai")
    out = run("export", "--format", "jsonld").stdout
    assert "Other FC" not in out and out.count('"ClaimReview"') == 1
    assert (
        f"claim {claim['id']}: reviewed by Other FC" in run("export", "--format", "jsonld").stderr
    )


def test_a_long_specific_quote_attaches_to_an_article_without_url(run, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT.replace("url: https://news.example.fr/palantir\n", ""), "utf-8")
    run("import", str(path))
    reviews = tmp_path / "r.json"
    reviews.write_text(json.dumps(other_review(PHRASE, None)), encoding="utf-8")
    assert run("import-reviews", str(reviews)).stdout.startswith("attached 1")


def test_a_rerun_says_already_present(run, article, tmp_path):
    path = tmp_path / "reviews.json"
    path.write_text(json.dumps([other_review(f"Claim {i}", None) for i in range(5)]), "utf-8")
    assert run("import-reviews", str(path)).stdout.strip() == "attached 0, external 5, failed 0"
    again = run("import-reviews", str(path)).stdout.strip()
    assert again == "attached 0, external 0, failed 0, already present 5"


# --- 5. search time grows with hits, not with article size ---------------------------


def test_search_in_a_long_article_full_of_hits_gives_a_bounded_snippet(run, tmp_path):
    path = tmp_path / "long.txt"
    words = ("chien chat maison " * 40_000).strip()  # 700 KB, 40,000 hits
    path.write_text(f"title: Long\n\n{words}\n", encoding="utf-8")
    run("import", str(path), "--max-size", "2000000")
    [hit] = json.loads(run("search", "chien", "--json").stdout)
    assert "[chien]" in hit["snippet"] and len(hit["snippet"]) < 300


# --- 6. FIFOs and other non-files ----------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_everywhere(run, tmp_path):
    fifo = tmp_path / "pipe.xml"
    os.mkfifo(fifo)
    for command in (["validate"], ["import-reviews"], ["import"]):
        r = run(*command, str(fifo), code=1)
        assert "not a regular file" in r.stderr


# --- 8. numbers and URLs that used to crash -----------------------------------------

HUGE = "99999999999999999999"


@pytest.mark.parametrize(
    "args",
    [
        ["show", HUGE],
        ["claims", "--article", HUGE],
        ["export", "--format", "jsonld", "--article", HUGE],
        ["claim", "add", HUGE, "--quote", "x"],
    ],
)
def test_a_twenty_digit_id_is_no_such_row(run, article, args):
    r = run(*args, code=1)
    assert "no such article" in r.stderr


def test_a_twenty_digit_limit_or_size_is_no_limit(run, article, tmp_path):
    assert run("search", "Palantir", "--limit", HUGE).exit_code == 0
    other = tmp_path / "other.txt"
    other.write_text("Un autre texte.", encoding="utf-8")
    assert run("import", str(other), "--max-size", HUGE).exit_code == 0
    assert run("import-reviews", str(other), "--max-size", HUGE, code=1).exit_code == 1


@pytest.mark.parametrize(
    "args",
    [
        ["claim", "add", "1", "--quote", PHRASE, "--source", "http://[::1"],
        ["settings", "publisher.url", "http://[::1"],
        ["settings", "publisher.logo", "https://a.example:abc/logo.png"],
        ["claim", "add", "1", "--quote", PHRASE, "--source", "http://:80"],
        ["claim", "add", "1", "--quote", PHRASE, "--source", "http://@"],
        ["claim", "add", "1", "--quote", PHRASE, "--source", "http://a.example:99999/"],
        ["claim", "add", "1", "--quote", PHRASE, "--source", "https://ex\u202eelpmaxe.com/"],
        ["claim", "add", "1", "--quote", PHRASE, "--source", "http://a.example/%zz"],
        ["claim", "add", "1", "--quote", PHRASE, "--source", "http://a.example/#a#b"],
    ],
)
def test_urls_that_are_not_urls_are_refused_at_input(run, article, args):
    r = run(*args, code=1)
    assert "url" in r.stderr.lower() and "internal error" not in r.stderr
    assert json.loads(run("claims", "--json").stdout) == []
    healthy(run)


def test_a_review_with_a_broken_url_is_one_failure_not_a_stop(run, article, tmp_path):
    path = tmp_path / "r.json"
    path.write_text(json.dumps([
        {**other_review("Une affirmation", None), "url": "http://[::1"},
        other_review("Une autre affirmation", None),
    ]), encoding="utf-8")  # fmt: skip
    r = run("import-reviews", str(path))
    assert r.stdout.strip().startswith("attached 0, external 2")


def test_a_field_too_large_for_any_export_is_refused_at_input(run, article):
    big = "x" * 1_000_001
    r = run("claim", "add", "1", "--quote", PHRASE, "--explanation", big, code=1)
    assert "explanation" in r.stderr and "1,000,001 characters" in r.stderr


# --- 9. dates --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["2019-02-30", "0000-01-01", "9999-12-31T25:00", "2019-01-01T10:00+99:00", "٢٠١٩-٠١-٠١",
     "2019-02-29", "2019-13"],
)  # fmt: skip
def test_impossible_dates_are_refused_naming_the_field(run, article, value):
    r = run("claim", "add", "1", "--quote", PHRASE, "--claim-date", value, code=1)
    assert "claim_date" in r.stderr


def test_front_matter_and_json_refuse_impossible_dates_alike(run, tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("---\ntitle: A\ndate: 2019-02-30\n---\nTexte.\n", encoding="utf-8")
    data = tmp_path / "b.json"
    data.write_text(json.dumps({"title": "B", "body": "Texte B.", "published": "2019-13-45"}))
    r = run("import", str(text), str(data), code=1)
    assert "imported 0" in r.stdout
    assert f"{text}: field date" in r.stderr and f"{data}: field published" in r.stderr


def test_validate_refuses_an_impossible_date_in_a_file(run, article, tmp_path):
    run("claim", "add", "1", "--quote", PHRASE, "--verdict", "Faux", "--claim-date", "2019-02-28")
    out = tmp_path / "out.xml"
    run("export", "--format", "claimreview-xml", "-o", str(out))
    assert run("validate", str(out)).exit_code == 0
    for bad in ("2019-02-29", "2019-02-30", "0000-02-28", "2019-02-28T25:00"):
        broken = tmp_path / f"broken-{bad}.xml"
        broken.write_text(out.read_text("utf-8").replace(">2019-02-28<", f">{bad}<"), "utf-8")
        r = run("validate", str(broken), code=1)
        assert ":" in r.stderr and "datePublished" in r.stderr


# --- 11. fact-check page URLs ------------------------------------------------------


@pytest.mark.parametrize("value", ["https://v.example/?lang=fr", "https://v.example/#top"])
def test_a_base_url_with_a_query_or_fragment_is_refused(run, value):
    r = run("settings", "factcheck.base_url", value, code=1)
    assert "factcheck.base_url" in r.stderr


def test_articles_with_the_same_title_get_different_pages_that_stay(run, tmp_path):
    run("settings", "factcheck.base_url", "https://verif.example.org/")
    for n, body in enumerate(("Le ciel est vert.", "La mer est rouge.", "Le feu est froid.")):
        (tmp_path / f"{n}.txt").write_text(f"title: ???\n\n{body}\n", encoding="utf-8")
        run("import", str(tmp_path / f"{n}.txt"))
    run("claim", "add", "1", "--quote", "Le ciel est vert", "--verdict", "Faux",
        "--status", "published")  # fmt: skip
    run("claim", "add", "2", "--quote", "La mer est rouge", "--verdict", "Faux")
    run("claim", "add", "3", "--quote", "Le feu est froid", "--verdict", "Faux")
    urls = {r["url"] for r in json.loads(run("export", "--format", "jsonld").stdout)["@graph"]}
    assert urls == {
        "https://verif.example.org/article#claim-1",
        "https://verif.example.org/article-2#claim-2",
        "https://verif.example.org/article-3#claim-3",
    }
    # Published: its page is written on the article and outlives the settings.
    run("settings", "factcheck.base_url", "https://ailleurs.example.org/")
    urls = {r["url"] for r in json.loads(run("export", "--format", "jsonld").stdout)["@graph"]}
    assert "https://verif.example.org/article#claim-1" in urls


# --- 13. permissions ----------------------------------------------------------------

SETPRIV = shutil.which("setpriv")


def as_unprivileged(*args: str) -> subprocess.CompletedProcess:
    """The CLI without root's power to ignore permissions (the suite runs as root)."""
    prefix = [SETPRIV, "--bounding-set=-all", "--inh-caps=-all", "--"] if os.geteuid() == 0 else []
    return subprocess.run(
        [*prefix, sys.executable, "-m", "annotator", *args],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip


needs_permissions = pytest.mark.skipif(
    os.name != "posix" or (os.geteuid() == 0 and SETPRIV is None),
    reason="needs POSIX permissions (and setpriv when run as root)",
)


@needs_permissions
def test_an_unreadable_folder_is_named_as_a_failure(db, tmp_path):
    (tmp_path / "in" / "locked").mkdir(parents=True)
    (tmp_path / "in" / "open.txt").write_text("Lisible.", encoding="utf-8")
    (tmp_path / "in" / "locked" / "hidden.txt").write_text("Caché.", encoding="utf-8")
    (tmp_path / "in" / "locked").chmod(0)
    try:
        r = as_unprivileged("--db", str(db), "import", str(tmp_path / "in"))
    finally:
        (tmp_path / "in" / "locked").chmod(0o755)
    assert r.returncode == 1
    assert r.stdout.strip() == "imported 1, duplicates 0, failed 1"
    assert f"{tmp_path / 'in' / 'locked'}: cannot read the folder: Permission denied" in r.stderr


@needs_permissions
def test_a_database_in_a_read_only_folder_is_read_and_says_so(run, db, article):
    folder = db.parent
    mode = stat.S_IMODE(folder.stat().st_mode)
    folder.chmod(0o555)
    try:
        listed = as_unprivileged("--db", str(db), "articles", "--json")
        added = as_unprivileged("--db", str(db), "claim", "add", "1", "--quote", PHRASE)
        checked = as_unprivileged("--db", str(db), "check")
    finally:
        folder.chmod(mode)
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout)[0]["title"] == "Palantir et la DGSI"
    assert "reading only" in listed.stderr
    assert added.returncode == 1 and "read-only" in added.stderr and "damaged" not in added.stderr
    assert checked.stdout == "ok\n"


# --- 14. export files -------------------------------------------------------------------


@pytest.fixture
def rated(run, article) -> None:
    run("claim", "add", "1", "--quote", PHRASE, "--verdict", "Faux")


def test_an_export_keeps_the_files_mode_and_a_new_one_follows_the_umask(run, rated, tmp_path):
    existing = tmp_path / "existing.jsonld"
    existing.write_text("old")
    existing.chmod(0o644)
    run("export", "--format", "jsonld", "-o", str(existing))
    assert stat.S_IMODE(existing.stat().st_mode) == 0o644
    old = os.umask(0o027)
    try:
        run("export", "--format", "jsonld", "-o", str(tmp_path / "new.jsonld"))
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.jsonld").stat().st_mode) == 0o640


def test_an_export_through_a_symlink_writes_its_target(run, rated, tmp_path):
    target = tmp_path / "real.jsonld"
    target.write_text("old")
    link = tmp_path / "link.jsonld"
    link.symlink_to(target)
    run("export", "--format", "jsonld", "-o", str(link))
    assert link.is_symlink() and "ClaimReview" in target.read_text("utf-8")


def test_stale_temporary_files_of_a_killed_export_are_cleaned(run, rated, tmp_path):
    stale = tmp_path / ".out.jsonld.abcd1234.annotator-part"
    stale.write_text("half")
    os.utime(stale, (1, 1))
    fresh = tmp_path / ".out.jsonld.efgh5678.annotator-part"
    fresh.write_text("another export, running now")
    run("export", "--format", "jsonld", "-o", str(tmp_path / "out.jsonld"))
    assert not stale.exists() and fresh.exists()
    assert [p.name for p in tmp_path.glob("*.annotator-part")] == [fresh.name]


# --- 15. our own big exports read back ------------------------------------------------


@pytest.mark.slow
def test_a_large_export_round_trips_without_options(run, tmp_path):
    from annotator.services import articles as article_service
    from annotator.services import claims as claim_service
    from annotator.services.articles import import_paths
    from annotator.store import open_store

    folder = tmp_path / "big"
    folder.mkdir()
    for n in range(250):
        sentences = " ".join(f"Phrase {n}-{k} sur le sujet." for k in range(10))
        (folder / f"{n}.txt").write_text(f"title: Article {n}\n\n{sentences}\n", "utf-8")
    db = tmp_path / "big.db"
    with open_store(db) as store:
        import_paths(store, [folder])
        explanation = "Une longue explication. " * 400  # 9.6 KB each
        ids = {row["title"]: row["id"] for row in article_service.list_articles(store)}
        for n in range(250):
            for k in range(10):
                claim_service.add_claim_by_quote(
                    store, article_id=ids[f"Article {n}"], quote=f"Phrase {n}-{k} sur",
                    verdict="Faux", explanation=explanation,
                )  # fmt: skip
    out = tmp_path / "big.xml"
    run("export", "--format", "claimreview-xml", "-o", str(out), database=db)
    assert out.stat().st_size > 21 * 1024 * 1024  # over the old 20 MB read limit
    assert run("validate", str(out)).exit_code == 0
    again = run("import-reviews", str(out), database=db).stdout.strip()
    assert again == "attached 0, external 0, failed 0, already present 2500"


# --- 16. quotes as people type them -----------------------------------------------


def test_a_quote_typed_in_nfd_or_with_straight_apostrophes_is_found(run, article):
    import unicodedata

    run("claim", "add", "1", "--quote", unicodedata.normalize("NFD", PHRASE))
    run("claim", "add", "1", "--quote", 'Selon l\'équipe, "les services savaient"')
    quotes = [c["quote"] for c in json.loads(run("claims", "--json").stdout)]
    assert quotes == [PHRASE, "Selon l’équipe, « les services savaient »"]


# --- 17. what the terminal shows ---------------------------------------------------


def test_file_names_with_control_characters_are_shown_escaped(run, tmp_path):
    weird = tmp_path / "evil\n\x1b[31mname.json"
    weird.write_text("{not json", encoding="utf-8")
    r = run("import-reviews", str(weird), code=1)
    assert "\x1b" not in r.stderr and r.stderr.count("\n") == 1
    assert "\\x1b" in r.stderr and "\\n" in r.stderr


def test_a_symbolic_link_loop_is_called_a_loop(run, tmp_path):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    for command in ("import", "import-reviews", "validate"):
        r = run(command, str(tmp_path / "a.txt"), code=1)
        assert "link loop" in r.stderr, (command, r.stderr)
