"""Importing articles: duplicates, versions and re-anchoring through the service."""

from __future__ import annotations

import pytest

from annotator.domain.model import Article
from annotator.services import claims as claim_svc
from annotator.services.articles import import_article, import_paths
from annotator.store import repo

V1 = (
    "Introduction sans rapport.\n\n"
    "Oussama Ben Laden, tué par un commando américain en 2001 après des années de traque.\n\n"
    "Conclusion de l'article."
)


def article(body: str, url: str | None = "https://www.example.org/a") -> Article:
    return Article(title="Palantir", body=body, url=url, origin="test")


def test_duplicate_text_is_not_stored_twice(store):
    first = import_article(store, article(V1))
    again = import_article(store, article(V1.replace("\n\n", "\n \n"), url=None))
    assert first.status == "imported" and again.status == "duplicate"
    assert again.article_id == first.article_id
    assert repo.count_articles(store) == 1


def _claim_on(store, article_id):
    claim, _ = claim_svc.add_claim_by_quote(
        store,
        article_id=article_id,
        quote="tué par un commando américain en 2001",
        verdict="false",
    )
    return claim


def test_new_version_moves_claim_when_certain(store):
    v1 = import_article(store, article(V1)).article_id
    claim = _claim_on(store, v1)
    v2_body = "Chapeau ajouté par la rédaction.\n\n" + V1
    v2 = import_article(store, article(v2_body))
    assert v2.status == "version" and v2.reanchored == {"moved": 1}
    moved = repo.get_claim(store, claim.id)
    assert moved.article_id == v2.article_id and moved.anchor == "moved"
    assert v2_body[moved.start : moved.end] == "tué par un commando américain en 2001"
    # Only the latest version is listed; it knows its predecessor.
    rows = repo.list_articles(store)
    assert [r["id"] for r in rows] == [v2.article_id]
    assert repo.get_article(store, v2.article_id).previous_id == v1
    assert repo.get_article(store, v2.article_id).version == 2


def test_corrected_claim_needs_review_never_silently_moved(store):
    v1 = import_article(store, article(V1)).article_id
    claim = _claim_on(store, v1)
    v2_body = V1.replace("en 2001", "en 2011")
    import_article(store, article(v2_body))
    got = repo.get_claim(store, claim.id)
    assert got.anchor == "needs-review"
    assert got.exact == "tué par un commando américain en 2001"  # the reviewed words stay
    assert v2_body[got.start : got.end] == "tué par un commando américain en 2011"


def test_removed_claim_is_orphan(store):
    v1 = import_article(store, article(V1)).article_id
    claim = _claim_on(store, v1)
    import_article(store, article("Un article entièrement réécrit sur un autre sujet."))
    got = repo.get_claim(store, claim.id)
    assert got.anchor == "orphan" and got.start is None


def test_import_paths_reports_failures_and_imports_the_rest(store, tmp_path):
    good = tmp_path / "bon.txt"
    good.write_text("Un article en français, tout à fait normal.", encoding="utf-8")
    empty = tmp_path / "vide.txt"
    empty.write_bytes(b"")
    report = import_paths(store, [good, empty, tmp_path / "absent.txt"])
    assert report.imported == 1
    reasons = dict(report.failed)
    assert reasons[str(empty)] == "empty file"
    assert "no such file" in reasons[str(tmp_path / "absent.txt")]
    assert report.summary == "imported 1, duplicates 0, failed 2"
    again = import_paths(store, [tmp_path])
    assert (again.imported, again.duplicates) == (0, 1)


def test_proposal_keeps_the_reviewed_words_and_context_until_accepted(store):
    v1 = import_article(store, article(V1)).article_id
    claim = _claim_on(store, v1)
    old_prefix = claim.prefix
    v2_body = V1.replace("en 2001", "en 2011")
    import_article(store, article(v2_body))
    got = repo.get_claim(store, claim.id)
    assert got.anchor == "needs-review"
    assert (got.exact, got.prefix) == ("tué par un commando américain en 2001", old_prefix)
    claim_svc.accept_anchor(store, claim_id=claim.id)
    accepted = repo.get_claim(store, claim.id)
    assert accepted.anchor == "exact"
    assert accepted.exact == "tué par un commando américain en 2011"
    assert accepted.review.verdict == "false"  # the review stays; the user decides


def test_rejected_proposal_is_an_orphan_then_marked_again(store):
    v1 = import_article(store, article(V1)).article_id
    claim = _claim_on(store, v1)
    v2_body = V1.replace("en 2001", "en 2011")
    v2 = import_article(store, article(v2_body)).article_id
    before = repo.get_claim(store, claim.id)
    claim_svc.reject_anchor(store, claim_id=claim.id)
    assert repo.get_claim(store, claim.id).anchor == "orphan"
    start = v2_body.index("commando")
    claim_svc.move_claim(store, claim_id=claim.id, start=start, end=start + len("commando"))
    moved = repo.get_claim(store, claim.id)
    assert (moved.anchor, moved.exact, moved.article_id) == ("exact", "commando", v2)
    claim_svc.set_anchor_state(store, before)  # undo puts back the proposal exactly
    again = repo.get_claim(store, claim.id)
    assert (again.anchor, again.start, again.exact) == ("needs-review", before.start, before.exact)


# --- a needs-review claim is never laundered (issue 17, item 2) ------------------------

U1 = (
    "Le ministre a parlé hier soir à la télévision.\n\n"
    "Selon lui, unemployment fell by 12% in 2019 after the reform.\n\n"
    "La suite de l'entretien portait sur autre chose."
)
REVIEWED = "unemployment fell by 12% in 2019"


def test_a_later_version_never_turns_a_proposal_into_an_exact_claim(store):
    v1 = import_article(store, article(U1)).article_id
    claim, _ = claim_svc.add_claim_by_quote(
        store, article_id=v1, quote=REVIEWED, verdict="Faux", status="published"
    )
    v2_body = U1.replace("12%", "15%")
    import_article(store, article(v2_body))
    assert repo.get_claim(store, claim.id).anchor == "needs-review"
    v3_body = v2_body + "\n\nUne phrase ajoutée ailleurs."
    v3 = import_article(store, article(v3_body))
    got = repo.get_claim(store, claim.id)
    assert (got.article_id, got.anchor) == (v3.article_id, "needs-review")
    assert got.exact == REVIEWED  # the words that were reviewed, not "15%"
    assert v3_body[got.start : got.end] == "unemployment fell by 15% in 2019"
    # Only a person makes the new words the claim's.
    claim_svc.accept_anchor(store, claim_id=claim.id)
    accepted = repo.get_claim(store, claim.id)
    assert (accepted.anchor, accepted.exact) == ("exact", "unemployment fell by 15% in 2019")


# --- settling a proposal: only what the person saw, only on the latest version --------


def test_accepting_a_proposal_that_changed_since_it_was_shown_is_refused(store):
    from annotator.io.errors import InputError

    v1 = import_article(store, article(U1)).article_id
    claim, _ = claim_svc.add_claim_by_quote(store, article_id=v1, quote=REVIEWED, verdict="false")
    import_article(store, article(U1.replace("12%", "15%")))
    shown = repo.get_claim(store, claim.id)
    # A newer version arrives while the proposal is on screen.
    import_article(store, article("Nouveau chapeau, plus long.\n\n" + U1.replace("12%", "18%")))
    with pytest.raises(InputError, match="changed since it was shown"):
        claim_svc.accept_anchor(store, claim_id=claim.id, start=shown.start, end=shown.end)
    assert repo.get_claim(store, claim.id).anchor == "needs-review"
    now = repo.get_claim(store, claim.id)
    claim_svc.accept_anchor(store, claim_id=claim.id, start=now.start, end=now.end)
    assert repo.get_claim(store, claim.id).exact == "unemployment fell by 18% in 2019"


def test_undo_never_puts_a_claim_back_on_an_older_version(store):
    from annotator.io.errors import InputError

    v1 = import_article(store, article(V1)).article_id
    claim = _claim_on(store, v1)
    before = repo.get_claim(store, claim.id)
    import_article(store, article("Chapeau.\n\n" + V1))
    with pytest.raises(InputError, match="newer version"):
        claim_svc.set_anchor_state(store, before)
    after = repo.get_claim(store, claim.id)
    assert after.article_id != v1 and after.anchor == "moved"


# --- a reordered article (issue 13, item 5) ---------------------------------------------

PARAGRAPHS = [
    "Introduction sans rapport avec la suite.",
    "Oussama Ben Laden, tué par un commando américain en 2001 après des années de traque.",
    "Conclusion de l'article, avec une phrase en 2001 aussi.",
]


def test_reordered_paragraphs_move_the_claim(store):
    v1 = import_article(store, article("\n\n".join(PARAGRAPHS))).article_id
    claim = _claim_on(store, v1)
    v2_body = "\n\n".join([PARAGRAPHS[1], PARAGRAPHS[2], PARAGRAPHS[0]])
    v2 = import_article(store, article(v2_body))
    assert v2.reanchored == {"moved": 1}
    got = repo.get_claim(store, claim.id)
    assert got.anchor == "moved"
    assert v2_body[got.start : got.end] == got.exact == "tué par un commando américain en 2001"


def test_a_short_quote_in_a_new_sentence_still_needs_review(store):
    body = "\n\n".join(PARAGRAPHS[:2])
    v1 = import_article(store, article(body)).article_id
    claim, _ = claim_svc.add_claim_by_quote(store, article_id=v1, quote="en 2001", verdict="false")
    v2_body = "Tout a changé. Ce fut en 2001, selon un autre récit.\n\n" + PARAGRAPHS[0]
    import_article(store, article(v2_body))
    got = repo.get_claim(store, claim.id)
    assert got.anchor in ("needs-review", "orphan")
    assert got.exact == "en 2001"


# --- re-anchoring outside the write lock, bounded (issue 17, item 7) ----------------------


def _long_article(words: int = 4000):
    import random

    rng = random.Random(3)
    vocab = [
        *("gouvernement", "chômage", "économie", "entreprises", "ministre", "président"),
        *("augmentation", "réforme", "le", "la", "de", "et", "en", "des", "une", "pour"),
        *("dans", "avec", "selon", "année"),
    ]
    return " ".join(rng.choice(vocab) for _ in range(words))


def _long_claim(store):
    body = _long_article()
    v1 = import_article(store, article(body)).article_id
    start = body.index(" ", 3000) + 1
    end = body.index(" ", start + 2000)
    claim, _ = claim_svc.mark_claim(store, article_id=v1, start=start, end=end, verdict="false")
    edited = body[: start + 1000] + " QUELQUES MOTS AJOUTÉS " + body[start + 1000 :]
    return claim, edited, start, end


def test_a_2000_character_claim_is_reanchored_quickly(store):
    import time

    claim, edited, start, end = _long_claim(store)
    began = time.monotonic()
    outcome = import_article(store, article(edited))
    took = time.monotonic() - began
    assert outcome.reanchored == {"needs-review": 1}
    got = repo.get_claim(store, claim.id)
    assert (got.start, got.end) == (start, end + len(" QUELQUES MOTS AJOUTÉS "))
    # 56 s on the development machine before; about 0.1 s now. Generous bound:
    # the work itself is counted in tests/domain/test_anchoring.py.
    assert took < 10


@pytest.mark.sqlite_only  # SQLite's one-writer lock, seen from a second connection
def test_another_writer_is_not_kept_waiting_by_the_reanchoring(store, db_path, monkeypatch):
    """While the claims are re-anchored, the file is not locked: another connection
    writes with a busy timeout of 0.2 s and succeeds."""
    import sqlite3

    from annotator.services import versions as service

    claim, edited, _start, _end = _long_claim(store)
    other = sqlite3.connect(db_path, timeout=0.2, isolation_level=None)
    writes = []
    real_follow = service.follow

    def follow_while_another_writes(*args, **kwargs):
        other.execute("BEGIN IMMEDIATE")  # raises "database is locked" if the import holds it
        other.execute("INSERT INTO settings(key, value) VALUES ('user.name', 'Marie')"
                      " ON CONFLICT(key) DO UPDATE SET value = excluded.value")  # fmt: skip
        other.execute("COMMIT")
        writes.append(True)
        return real_follow(*args, **kwargs)

    monkeypatch.setattr(service, "follow", follow_while_another_writes)
    outcome = import_article(store, article(edited))
    other.close()
    assert writes and outcome.anchored_in_lock == 0
    assert repo.get_claim(store, claim.id).article_id == outcome.article_id


@pytest.mark.sqlite_only  # SQLite's one-writer lock, seen from a second connection
def test_the_import_of_a_folder_reanchors_outside_the_write_lock(store, db_path, tmp_path,
                                                                 monkeypatch):  # fmt: skip
    import sqlite3

    from annotator.services import versions as service

    claim, edited, _start, _end = _long_claim(store)
    folder = tmp_path / "lot"
    folder.mkdir()
    for n in range(5):
        (folder / f"{n}.txt").write_text(f"Un article sans rapport, numéro {n}.", encoding="utf-8")
    (folder / "9.txt").write_text(
        "---\ntitle: Palantir\nurl: https://www.example.org/a\n---\n" + edited, encoding="utf-8"
    )
    other = sqlite3.connect(db_path, timeout=0.2, isolation_level=None)
    real_follow = service.follow

    def follow_while_another_writes(*args, **kwargs):
        other.execute("BEGIN IMMEDIATE")
        other.execute("COMMIT")
        return real_follow(*args, **kwargs)

    monkeypatch.setattr(service, "follow", follow_while_another_writes)
    report = import_paths(store, [folder], workers=0)
    other.close()
    assert (report.imported, report.versions, report.failed) == (6, 1, [])
    assert repo.get_claim(store, claim.id).anchor == "needs-review"


def test_a_claim_changed_while_anchors_were_computed_is_computed_again(store, db,
                                                                       monkeypatch):  # fmt: skip
    """Another writer moves one claim and marks a new one between the computing and the
    writing: neither is written from the stale computation, none is left behind."""
    from annotator.services import versions as service
    from annotator.store import open_store

    v1 = import_article(store, article(V1)).article_id
    claim = _claim_on(store, v1)
    v2_body = "Chapeau ajouté par la rédaction.\n\n" + V1
    real_plan = service.plan_version
    added = []

    def plan_then_another_writer(store_, art):
        plan = real_plan(store_, art)
        with open_store(db) as other:  # the window, meanwhile
            start = V1.index("Oussama")
            claim_svc.move_claim(other, claim_id=claim.id, start=start, end=start + 14)
            new, _ = claim_svc.add_claim_by_quote(other, article_id=v1, quote="Conclusion")
            added.append(new.id)
        return plan

    monkeypatch.setattr(service, "plan_version", plan_then_another_writer)
    outcome = import_article(store, article(v2_body))
    assert outcome.anchored_in_lock == 2
    moved = repo.get_claim(store, claim.id)
    assert (moved.article_id, moved.anchor) == (outcome.article_id, "moved")
    assert v2_body[moved.start : moved.end] == moved.exact == "Oussama Ben La"
    new = repo.get_claim(store, added[0])
    assert new.article_id == outcome.article_id and new.exact == "Conclusion"


def test_a_version_killed_while_written_leaves_nothing_half_done(store, monkeypatch):
    from annotator.services import versions as service

    v1 = import_article(store, article(V1)).article_id
    claim = _claim_on(store, v1)

    def fail(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(service.repo, "set_claim_anchor", fail)
    with pytest.raises(KeyboardInterrupt):
        import_article(store, article("Chapeau.\n\n" + V1))
    assert [r["id"] for r in repo.list_articles(store)] == [v1]
    assert repo.get_claim(store, claim.id).article_id == v1
    assert store.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


# --- a revert is a new version (issue 17, item 16) ----------------------------------------


def test_a_page_reverted_to_an_older_text_is_a_new_version(store):
    v1 = import_article(store, article(V1)).article_id
    claim = _claim_on(store, v1)
    v2_body = "Chapeau ajouté par la rédaction.\n\n" + V1
    v2 = import_article(store, article(v2_body)).article_id
    v3 = import_article(store, article(V1))
    assert (v3.status, v3.previous_id) == ("version", v2)
    assert repo.get_article(store, v3.article_id).version == 3
    assert [r["id"] for r in repo.list_articles(store)] == [v3.article_id]
    got = repo.get_claim(store, claim.id)
    assert (got.article_id, got.anchor) == (v3.article_id, "moved")
    assert V1[got.start : got.end] == got.exact
    # The latest text again, from anywhere, is a duplicate; so is a text without URL.
    assert import_article(store, article(V1)).status == "duplicate"
    assert import_article(store, article(V1, url=None)).status == "duplicate"
    assert import_article(store, article(v2_body, url=None)).status == "duplicate"
    assert import_article(store, article(v2_body, url="https://autre.example/")).status == (
        "duplicate"
    )


def test_a_proposal_follows_the_reviewed_words_to_a_revert_and_waits_for_a_person(store):
    v1 = import_article(store, article(U1)).article_id
    claim, _ = claim_svc.add_claim_by_quote(store, article_id=v1, quote=REVIEWED, verdict="false")
    import_article(store, article(U1.replace("12%", "15%")))
    v3 = import_article(store, article(U1, url="https://www.example.org/a"))
    assert v3.status == "version"
    got = repo.get_claim(store, claim.id)
    assert (got.article_id, got.anchor, got.exact) == (v3.article_id, "needs-review", REVIEWED)
    assert U1[got.start : got.end] == REVIEWED  # the proposal is the reviewed words again


def test_reimporting_the_files_of_several_versions_adds_nothing(store, tmp_path):
    """A folder holding v1, v2 and a revert to v1 (three files) imported twice, and each
    file again: the revert is a version once; the same files again are duplicates."""
    folder = tmp_path / "in"
    folder.mkdir()
    front = "---\ntitle: Palantir\nurl: https://www.example.org/a\n---\n"
    (folder / "1.txt").write_text(front + V1, encoding="utf-8")
    (folder / "2.txt").write_text(front + "Chapeau.\n\n" + V1, encoding="utf-8")
    (folder / "3.txt").write_text(front + V1, encoding="utf-8")
    first = import_paths(store, [folder])
    assert (first.imported, first.versions, first.duplicates) == (3, 2, 0)
    for again in ([folder], [folder / "1.txt"], [folder / "2.txt"], [folder / "3.txt"]):
        report = import_paths(store, again)
        assert (report.imported, report.versions) == (0, 0)
    (latest,) = repo.list_articles(store)
    assert latest["version"] == 3
    assert repo.get_article(store, latest["id"]).body == V1


def test_a_file_saved_again_over_with_the_old_text_is_a_revert(store, tmp_path):
    page = tmp_path / "page.txt"
    front = "---\ntitle: Palantir\nurl: https://www.example.org/a\n---\n"
    for body, versions in ((V1, 0), ("Chapeau.\n\n" + V1, 1), (V1, 1), (V1, 0)):
        page.write_text(front + body, encoding="utf-8")
        assert import_paths(store, [page]).versions == versions
    (latest,) = repo.list_articles(store)
    assert latest["version"] == 3


def test_a_database_of_schema_2_is_upgraded_and_takes_reverts(tmp_path):
    """A file written at schema 2 (a unique index on the text alone) takes a revert
    once upgraded."""
    import shutil
    from pathlib import Path

    from annotator.store import SCHEMA_VERSION, open_store

    path = tmp_path / "old.db"
    fixtures = Path(__file__).resolve().parents[1] / "fixtures" / "databases"
    shutil.copy(fixtures / "annotator-v2.db", path)
    with open_store(path) as s:
        assert s.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        first = repo.get_article(s, 1)
        url = "https://news.example.fr/palantir"
        import_article(s, Article(title="P", body="Chapeau.\n\n" + first.body, url=url))
        v3 = import_article(s, Article(title="P", body=first.body, url=url, origin="again"))
        assert v3.status == "version" and repo.get_article(s, v3.article_id).version == 3
        indexes = {row[1]: row[2] for row in s.execute("PRAGMA index_list(articles)")}
        assert indexes.get("articles_content_hash_version") == 1  # unique
        assert "articles_content_hash" not in indexes
    assert (tmp_path / "old.db.v2.bak").exists()
