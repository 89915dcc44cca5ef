"""No lost update: several desks (real connections) edit the same claims; every
acknowledged write is in the final state or was refused, on both engines."""

from __future__ import annotations

import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.domain.model import Article
from annotator.services import claims as claim_service
from annotator.services.articles import import_article
from annotator.store import open_store
from tests.support import PHRASE

BODY = f"Oussama Ben Laden, {PHRASE} au Pakistan, après des années de traque. " * 3


@pytest.fixture
def article_id(store) -> int:
    return import_article(store, Article(title="Palantir", body=BODY)).article_id


def test_each_change_grows_the_revision_and_says_who(store, article_id):
    claim, _ = claim_service.add_claim_by_quote(store, article_id=article_id, quote=PHRASE)
    assert claim.revision >= 1 and claim.updated_by == store.user and claim.updated_at
    steps = [
        lambda r: claim_service.update_claim(store, claim_id=claim.id, verdict="Faux",
                                             expected_revision=r),
        lambda r: claim_service.add_source(store, claim_id=claim.id, url="https://a.example/1",
                                           expected_revision=r),
        lambda r: claim_service.update_claim(store, claim_id=claim.id, correction="2011",
                                             expected_revision=r),
    ]  # fmt: skip
    revision = claim.revision
    for step in steps:
        step(revision)
        after = claim_service.get_claim(store, claim.id).revision
        assert after > revision
        revision = after


def test_an_edit_from_an_older_revision_is_refused_naming_who(db, store, article_id):
    claim, _ = claim_service.add_claim_by_quote(store, article_id=article_id, quote=PHRASE)
    with open_store(db) as other:
        claim_service.update_claim(other, claim_id=claim.id, verdict="Vrai",
                                   expected_revision=claim.revision)  # fmt: skip
        who = other.user
    with pytest.raises(claim_service.ClaimChangedError) as refused:
        claim_service.update_claim(store, claim_id=claim.id, verdict="Faux",
                                   expected_revision=claim.revision)  # fmt: skip
    assert refused.value.updated_by == who and who in str(refused.value)
    assert claim_service.get_claim(store, claim.id).review.verdict == "true"
    with pytest.raises(claim_service.ClaimChangedError):
        claim_service.delete_claim(store, claim_id=claim.id, expected_revision=claim.revision)


def test_desks_marking_different_claims_at_once_all_succeed(db, store, article_id):
    quotes = BODY.split(" ")
    errors: list[BaseException] = []
    made: list[int] = []

    def desk(n: int) -> None:
        try:
            with open_store(db) as own:
                word = quotes[n]
                occurrence = quotes[:n].count(word) + 1
                claim, _ = claim_service.add_claim_by_quote(
                    own, article_id=article_id, quote=word, occurrence=occurrence
                )
                made.append(claim.id)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=desk, args=(n,)) for n in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(set(made)) == 20
    assert len(claim_service.list_claims(store, article_id=article_id)) == 20


EDITS = st.lists(
    st.tuples(
        st.integers(0, 2),  # which desk
        st.integers(0, 2),  # which claim
        st.sampled_from(["explanation", "correction", "verdict"]),
        st.booleans(),  # from the revision the desk saw last (stale) or a fresh one
    ),
    min_size=1,
    max_size=25,
)


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(edits=EDITS)
def test_every_acknowledged_write_is_kept_or_was_refused(db, edits):
    from tests import postgres

    if db.startswith("postgresql"):
        postgres.empty(postgres.Server(admin="", url=db, name=""))
    else:
        from pathlib import Path

        for suffix in ("", "-wal", "-shm"):
            Path(db + suffix).unlink(missing_ok=True)
    desks = [open_store(db) for _ in range(3)]
    try:
        article = import_article(desks[0], Article(title="P", body=BODY)).article_id
        words = ["Oussama", "Pakistan", "traque"]
        ids = [
            claim_service.add_claim_by_quote(desks[0], article_id=article, quote=w)[0].id
            for w in words
        ]
        seen = {
            (d, c): claim_service.get_claim(desks[d], c).revision for d in range(3) for c in ids
        }
        last_acknowledged: dict[tuple[int, str], str] = {}
        values = {"verdict": ["Faux", "Vrai", "Mitigé"]}
        for n, (d, which, field, stale) in enumerate(edits):
            claim_id = ids[which]
            if not stale:
                seen[(d, claim_id)] = claim_service.get_claim(desks[d], claim_id).revision
            value = values.get(field, [f"{field} {n}"])[n % len(values.get(field, [0]))]
            try:
                claim_service.update_claim(
                    desks[d], claim_id=claim_id, expected_revision=seen[(d, claim_id)],
                    **{field: value},
                )  # fmt: skip
            except claim_service.ClaimChangedError:
                continue  # refused, said so: nothing of it may be in the final state
            last_acknowledged[(claim_id, field)] = value
            seen[(d, claim_id)] = claim_service.get_claim(desks[d], claim_id).revision
        keys = {"Faux": "false", "Vrai": "true", "Mitigé": "mixed"}
        for (claim_id, field), value in last_acknowledged.items():
            final = claim_service.get_claim(desks[1], claim_id).review
            assert getattr(final, field) == keys.get(value, value), (claim_id, field)
    finally:
        for desk in desks:
            desk.close()


def _sneak_in_after_commit(monkeypatch, store_class, db: str, claim_id: int) -> list[int]:
    """Right after the next commit of a store of `store_class`, another desk changes the
    claim (once): what a busy newsroom does between a write and a re-read."""
    commit = store_class.commit
    done: list[int] = []

    def commit_then_another_desk(self) -> None:
        commit(self)
        if not done:
            done.append(1)
            with open_store(db) as other:
                seen = claim_service.get_claim(other, claim_id).revision
                claim_service.update_claim(other, claim_id=claim_id, correction="other desk",
                                           expected_revision=seen)  # fmt: skip
                done.append(claim_service.get_claim(other, claim_id).revision)

    monkeypatch.setattr(store_class, "commit", commit_then_another_desk)
    return done


def test_a_write_says_the_revision_it_made_not_a_later_one(db, store, article_id, monkeypatch):
    """The revision to make the next edit from is the write's own, even when another desk
    changes the claim as soon as the write commits: an edit made from it is refused."""
    claim, changes = claim_service.add_claim_by_quote(store, article_id=article_id, quote=PHRASE)
    assert changes.revisions == {claim.id: claim.revision}
    other = _sneak_in_after_commit(monkeypatch, type(store), db, claim.id)
    changes = claim_service.update_claim(store, claim_id=claim.id, verdict="Faux",
                                         expected_revision=claim.revision)  # fmt: skip
    mine = changes.revisions[claim.id]
    assert claim.revision < mine < other[1]
    with pytest.raises(claim_service.ClaimChangedError):
        claim_service.update_claim(store, claim_id=claim.id, correction="2011",
                                   expected_revision=mine)  # fmt: skip
    assert claim_service.get_claim(store, claim.id).review.correction == "other desk"
    _source, added = claim_service.add_source(store, claim_id=claim.id, url="https://a.example/1",
                                              expected_revision=other[1])  # fmt: skip
    assert added.revisions[claim.id] == claim_service.get_claim(store, claim.id).revision


def test_claim_set_prints_the_revision_it_made(db, store, article_id, monkeypatch):
    """`claim set` prints the revision for the next --if-revision: its own write's, not
    one another desk made since (from which the next set would overwrite theirs)."""
    from click.testing import CliRunner

    from annotator.cli import main

    claim, _ = claim_service.add_claim_by_quote(store, article_id=article_id, quote=PHRASE)
    store_class = type(store)
    store.close()
    other = _sneak_in_after_commit(monkeypatch, store_class, db, claim.id)
    result = CliRunner().invoke(main, ["--db", db, "claim", "set", str(claim.id), "--verdict",
                                       "Faux", "--if-revision", str(claim.revision)])  # fmt: skip
    assert result.exit_code == 0, result.output
    printed = int(result.stdout.strip())
    assert claim.revision < printed < other[1]
    again = CliRunner().invoke(main, ["--db", db, "claim", "set", str(claim.id), "--correction",
                                      "2011", "--if-revision", str(printed)])  # fmt: skip
    assert again.exit_code == 1 and "revision" in again.stderr
