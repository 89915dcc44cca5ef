"""Exporting claims whose article changed: the reviewed words, never a contradicting position."""

from __future__ import annotations

import json

import pytest
from lxml import etree

from annotator.domain.model import Article
from annotator.io.claimreview import ExportError
from annotator.services import claims as claim_svc
from annotator.services import exporting
from annotator.services import settings as settings_service
from annotator.services.articles import import_article
from annotator.store import repo

URL = "https://www.example.org/chomage"
V1 = (
    "Le ministre a parlé hier soir à la télévision.\n\n"
    "Selon lui, unemployment fell by 12% in 2019 after the reform.\n\n"
    "La suite de l'entretien portait sur autre chose."
)
REVIEWED = "unemployment fell by 12% in 2019"
OA = "http://www.w3.org/ns/oa#"


def article(body: str) -> Article:
    return Article(title="Chômage", body=body, url=URL, origin="test", published="2020-01-02")


@pytest.fixture
def laundering_case(store):
    """Issue 17, item 2: v1 rated Faux and published; v2 says 15%; v3 adds a sentence."""
    settings_service.set_setting(store, "publisher.name", "Vérif")
    settings_service.set_setting(store, "factcheck.base_url", "https://verif.example.org/")
    v1 = import_article(store, article(V1)).article_id
    claim, _ = claim_svc.add_claim_by_quote(
        store, article_id=v1, quote=REVIEWED, verdict="Faux", status="published",
        claimant="Le ministre", claim_date="2020-01-01",
    )  # fmt: skip
    v2 = V1.replace("12%", "15%")
    import_article(store, article(v2))
    v3 = v2 + "\n\nUne phrase ajoutée ailleurs."
    import_article(store, article(v3))
    return claim.id, v3


def test_publishing_a_needs_review_claim_is_refused_naming_it(store, laundering_case):
    claim_id, _body = laundering_case
    for fmt in exporting.FORMATS:
        with pytest.raises(ExportError) as caught:
            exporting.export(store, fmt=fmt, status="published")
        assert f"claim {claim_id}: anchor: needs review" in str(caught.value)


def test_any_other_export_warns_and_keeps_the_reviewed_words_without_position(
    store, laundering_case
):
    claim_id, _body = laundering_case
    xml = exporting.export(store, fmt="claimreview-xml")
    assert [w.claim_id for w in xml.warnings if w.field == "anchor"] == [claim_id]
    tree = etree.fromstring(xml.data)
    assert tree.findtext(f".//{{{OA}}}exact") == REVIEWED
    assert "15%" not in xml.data.decode()
    assert tree.find(f".//{{{OA}}}TextPositionSelector") is None

    graph = json.loads(exporting.export(store, fmt="jsonld").data)
    (review,) = graph if isinstance(graph, list) else [graph]
    assert review["claimReviewed"] == REVIEWED

    annotation = json.loads(exporting.export(store, fmt="web-annotation").data)
    selectors = annotation["target"]["selector"]
    selectors = selectors if isinstance(selectors, list) else [selectors]
    assert [s["type"] for s in selectors] == ["TextQuoteSelector"]
    assert selectors[0]["exact"] == REVIEWED


def test_once_accepted_the_new_words_are_exported_with_their_position(store, laundering_case):
    claim_id, body = laundering_case
    claim_svc.accept_anchor(store, claim_id=claim_id)
    result = exporting.export(store, fmt="web-annotation", status="published")
    assert not [w for w in result.warnings if w.field == "anchor"]
    annotation = json.loads(result.data)
    quote, position = annotation["target"]["selector"]
    assert quote["exact"] == "unemployment fell by 15% in 2019"
    assert body[position["start"] : position["end"]] == quote["exact"]


def test_a_position_that_is_not_the_quote_is_never_exported(store):
    """Whatever the claim's state, positions go out only where the text is the quote."""
    v1 = import_article(store, article(V1)).article_id
    claim, _ = claim_svc.add_claim_by_quote(store, article_id=v1, quote=REVIEWED, verdict="false")
    # An inconsistent row (as an older version could leave): exact, but offsets elsewhere.
    with store.write():
        store.execute('UPDATE claims SET start = 0, "end" = 10 WHERE id = ?', (claim.id,))
    for fmt in ("claimreview-xml", "web-annotation"):
        data = exporting.export(store, fmt=fmt).data.decode()
        assert "TextPositionSelector" not in data
        assert REVIEWED in data
    assert repo.get_claim(store, claim.id).anchor == "exact"
