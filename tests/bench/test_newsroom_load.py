"""The newsroom-load row's lost-update check can fail: it flags a write that another one
was applied over, on made-up histories and on a real one (a desk that skips the
revision check), and passes a history where every write was kept or refused."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from annotator.domain.model import Article
from annotator.services import claims as claim_service
from annotator.services.articles import import_article
from annotator.store import open_store
from tests.support import PHRASE

ROOT = Path(__file__).resolve().parents[2]
BODY = f"Oussama Ben Laden, {PHRASE} au Pakistan, après des années de traque. " * 3


@pytest.fixture
def load(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT))
    return importlib.import_module("bench.newsroom_load")


def add(claim: int, revision: int = 1) -> dict:
    return {"kind": "add", "claim": claim, "revision": revision,
            "fields": {"exact": "tué", "status": "draft"}}  # fmt: skip


def update(claim: int, expected: int, produced: int, **fields: str) -> dict:
    return {"kind": "update", "claim": claim, "expected": expected, "revision": produced,
            "fields": fields}  # fmt: skip


def final(revision: int, **fields: str | None) -> dict:
    state = {"revision": revision, "exact": "tué", "status": "draft", "verdict": None,
             "explanation": None, "correction": None}  # fmt: skip
    state.update(fields)
    return state


def test_a_history_kept_whole_passes(load):
    log = [
        add(1),
        update(1, 1, 3, verdict="false", explanation="a"),
        update(1, 3, 4, explanation="b"),  # verdict stays the first write's
        add(2),
    ]
    assert load.lost_writes(log, {1: final(4, verdict="false", explanation="b"),
                                  2: final(1)}) == []  # fmt: skip


def test_a_value_written_over_is_flagged(load):
    log = [add(1), update(1, 1, 2, explanation="a"), update(1, 2, 3, explanation="b")]
    lost = load.lost_writes(log, {1: final(3, explanation="a")})
    assert [w["fields"] for w in lost] == [{"explanation": "b"}]
    assert "explanation is 'a'" in lost[0]["reason"]


def test_two_acknowledged_writes_from_one_revision_are_flagged(load):
    # Both made from revision 2 and both acknowledged: the second went over the first,
    # even though the final state shows the second's value.
    first, second = update(1, 2, 3, correction="2011"), update(1, 2, 4, correction="2001")
    lost = load.lost_writes([add(1), update(1, 1, 2, verdict="true"), first, second],
                            {1: final(4, verdict="true", correction="2001")})  # fmt: skip
    assert [w["fields"] for w in lost] == [first["fields"]]
    assert "made from revision 2" in lost[0]["reason"]


def test_a_claim_gone_or_behind_is_flagged(load):
    log = [add(1), update(1, 1, 5, verdict="false"), add(2)]
    lost = load.lost_writes(log, {1: final(3, verdict="false")})
    reasons = sorted(w["reason"] for w in lost)
    assert reasons == ["the claim is at revision 3, behind this write's", "the claim is gone"]


def _two_desks(load, db: str):
    with open_store(db) as store:
        article = import_article(store, Article(title="Palantir", body=BODY)).article_id
    desks = [load.Desk(n, db, [article], [], seed=n) for n in (1, 2)]
    claim = desks[0].mark(article, BODY)
    return desks, claim


def test_a_real_write_that_skips_the_revision_check_is_flagged(load, db):
    """Desk 1 reads a claim; desk 2 rates it (acknowledged); desk 1 then saves its own
    rating without the revision check, as a buggy service would: desk 2's is lost."""
    (one, two), claim = _two_desks(load, db)
    try:
        seen = claim_service.get_claim(one.store, claim.id).revision
        two.update(claim.id, seen, verdict="true", explanation="desk 2")
        changes = claim_service.update_claim(one.store, claim_id=claim.id, verdict="false",
                                             explanation="desk 1")  # fmt: skip
        produced = changes.revisions[claim.id]
        log = [*one.log, *two.log,
               {"kind": "update", "claim": claim.id, "expected": seen, "revision": produced,
                "fields": {"verdict": "false", "explanation": "desk 1"}}]  # fmt: skip
        lost = load.lost_writes(log, load.final_state(one.store))
        assert [w["fields"]["explanation"] for w in lost] == ["desk 2"]
    finally:
        for desk in (one, two):
            desk.store.close()


def test_the_same_race_through_the_service_loses_nothing(load, db):
    (one, two), claim = _two_desks(load, db)
    try:
        seen = claim_service.get_claim(one.store, claim.id).revision
        two.update(claim.id, seen, verdict="true", explanation="desk 2")
        with pytest.raises(claim_service.ClaimChangedError):
            one.update(claim.id, seen, verdict="false", explanation="desk 1")
        assert load.lost_writes([*one.log, *two.log], load.final_state(one.store)) == []
        assert [w["kind"] for w in one.log + two.log] == ["add", "update"]
    finally:
        for desk in (one, two):
            desk.store.close()


@pytest.mark.slow
def test_the_row_runs_with_a_few_desks(load):
    """The whole row at a tiny size on the local server (skipped without one)."""
    pg_bench = importlib.import_module("bench.pg_bench")
    try:
        result = load.newsroom_load_row(True, load.Size(articles=40, desks=3, seconds=3.0))
    except pg_bench.NoServerError as exc:
        pytest.skip(str(exc))
    assert result["name"] == "newsroom-load" and result["errors"] == 0, result["error_samples"]
    assert result["lost_updates"] == 0 and result["operations"] > 0
    assert set(result["p95_s"]) == set(load.OPERATIONS) and result["ratio"] > 0
