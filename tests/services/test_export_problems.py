"""Export problems carry what a program needs to word them itself: field, kind, detail."""

from __future__ import annotations

import pytest

from annotator.services import claims, exporting
from annotator.services.workspace import add_sample_article
from tests.support import PHRASE


@pytest.fixture
def sample(store) -> int:
    return add_sample_article(store)


def test_nothing_to_export_says_which_scope(store, sample):
    with pytest.raises(exporting.NothingToExportError) as raised:
        exporting.export(store, fmt="jsonld", article_id=sample)
    assert (raised.value.article_id, raised.value.status) == (sample, "all")
    assert str(raised.value) == f"export: nothing to export: no rated claims in article {sample}"


def test_problems_have_a_kind_and_details(store, sample):
    claim, _ = claims.add_claim_by_quote(
        store, article_id=sample, quote=PHRASE, verdict="false", claim_reviewed="x" * 90
    )
    claims.add_claim_by_quote(store, article_id=sample, quote="Fondée en 2003")  # no verdict
    result = exporting.export(store, fmt="jsonld")
    found = {(p.claim_id, p.field, p.kind): p for p in result.warnings}
    assert found[(claim.id, "claimReviewed", "too-long")].detail == {"length": 90, "limit": 75}
    assert (claim.id, "itemReviewed.author", "missing") in found
    assert (None, "author", "missing") in found  # no publisher.name
    placeholder = found[(None, "url", "placeholder")]
    assert placeholder.detail["count"] == 1
    unrated = found[(None, "reviewRating", "not-exported")]
    assert len(unrated.detail["claims"]) == 1
    # The command line's sentences are unchanged.
    assert found[(claim.id, "itemReviewed.author", "missing")].message == (
        f"claim {claim.id}: itemReviewed.author: no claimant: who made the claim?"
    )


def test_exportable_counts_and_problem_subjects(store, sample):
    assert exporting.exportable_counts(store, sample) == {"article": 0, "all": 0, "published": 0}
    claim, _ = claims.add_claim_by_quote(
        store, article_id=sample, quote=PHRASE, verdict="false", status="published"
    )
    claims.add_claim_by_quote(store, article_id=sample, quote="Fondée en 2003")
    assert exporting.exportable_counts(store, sample) == {"article": 1, "all": 1, "published": 1}
    title = "Renseignement : la DGSI prolonge son contrat avec Palantir"
    assert exporting.problem_subjects(store, [claim.id]) == {claim.id: (sample, title, PHRASE)}
