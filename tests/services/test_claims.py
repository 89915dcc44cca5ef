"""Marking, reviewing, sourcing and deleting claims through the services."""

from __future__ import annotations

import pytest

from annotator.domain.anchoring import QuoteNotFoundError
from annotator.domain.model import Source
from annotator.domain.rating import UnknownVerdictError
from annotator.domain.text import InvalidURLError
from annotator.io.errors import InputError
from annotator.io.text_import import parse_text
from annotator.services import claims as svc
from annotator.services.articles import import_article
from annotator.store import repo
from tests.support import PHRASE as QUOTE

TEXT = "Et au Pakistan, Oussama Ben Laden, tué par un commando américain en 2001 après des années."


@pytest.fixture
def article_id(store):
    return import_article(store, parse_text(TEXT, "t.txt")).article_id


def test_mark_by_quote_stores_offsets_selector_and_review(store, article_id):
    claim, changes = svc.add_claim_by_quote(
        store,
        article_id=article_id,
        quote=QUOTE,
        verdict="Faux",
        correction="2011",
        sources=["https://www.britannica.com/event/killing-of-Osama-bin-Laden"],
    )
    assert TEXT[claim.start : claim.end] == QUOTE
    assert claim.prefix == TEXT[max(0, claim.start - 32) : claim.start]
    assert claim.review.verdict == "false"
    assert claim.review.correction == "2011"
    assert [s.url for s in claim.sources] == [
        "https://www.britannica.com/event/killing-of-Osama-bin-Laden"
    ]
    assert changes.claims == {claim.id} and changes.articles == {article_id}


@pytest.mark.parametrize("verdict", ["Pinocchio", "faux-ish"])
def test_unknown_verdict_changes_nothing(store, article_id, verdict):
    with pytest.raises(UnknownVerdictError):
        svc.add_claim_by_quote(store, article_id=article_id, quote=QUOTE, verdict=verdict)
    assert repo.list_claims(store) == []


def test_quote_not_found_changes_nothing(store, article_id):
    with pytest.raises(QuoteNotFoundError):
        svc.add_claim_by_quote(store, article_id=article_id, quote="tué en 2011")
    assert repo.list_claims(store) == []


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,x"])
def test_non_http_sources_refused(store, article_id, url):
    with pytest.raises(InvalidURLError):
        svc.add_claim_by_quote(store, article_id=article_id, quote=QUOTE, sources=[url])
    assert repo.list_claims(store) == []


def test_update_fields_and_publish_stamps_date(store, article_id):
    claim, _ = svc.add_claim_by_quote(store, article_id=article_id, quote=QUOTE)
    svc.update_claim(
        store,
        claim_id=claim.id,
        verdict="false",
        explanation="Raid du 2 mai 2011.",
        claimant="Le Média",
        claim_date="2019-11-20",
        status="published",
    )
    got = svc.get_claim(store, claim.id)
    assert got.review.verdict == "false"
    assert got.review.explanation == "Raid du 2 mai 2011."
    assert got.claimant == "Le Média"
    assert got.review.status == "published" and got.review.date_published
    with pytest.raises(InputError, match="claim_date"):
        svc.update_claim(store, claim_id=claim.id, claim_date="hier")
    with pytest.raises(InputError, match="status"):
        svc.update_claim(store, claim_id=claim.id, status="fini")


def test_delete_and_restore_keep_id_review_and_sources(store, article_id):
    claim, _ = svc.add_claim_by_quote(
        store,
        article_id=article_id,
        quote=QUOTE,
        verdict="false",
        sources=["https://example.org/a", "https://example.org/b"],
    )
    removed, changes = svc.delete_claim(store, claim_id=claim.id)
    assert changes.removed_claims == {claim.id}
    assert repo.list_claims(store) == []
    assert store.execute("SELECT count(*) FROM sources").fetchone()[0] == 0
    svc.restore_claim(store, removed)
    again = svc.get_claim(store, claim.id)
    assert again.review.verdict == "false"
    assert [s.url for s in again.sources] == ["https://example.org/a", "https://example.org/b"]
    assert [s.id for s in again.sources] == [s.id for s in removed.sources]


def test_sources_add_update_remove(store, article_id):
    claim, _ = svc.add_claim_by_quote(store, article_id=article_id, quote=QUOTE)
    source, _ = svc.add_source(
        store,
        claim_id=claim.id,
        url="https://example.org/x",
        title="Raid d'Abbottabad",
        date="2011-05-02",
    )
    svc.update_source(store, source_id=source.id, publisher="Britannica")
    got = svc.get_claim(store, claim.id).sources[0]
    assert (got.title, got.publisher, got.date) == ("Raid d'Abbottabad", "Britannica", "2011-05-02")
    with pytest.raises(InvalidURLError):
        svc.update_source(store, source_id=source.id, url="javascript:void(0)")
    claim_id, position, removed, _ = svc.remove_source(store, source_id=source.id)
    assert (claim_id, position, removed.url) == (claim.id, 0, "https://example.org/x")
    assert svc.get_claim(store, claim.id).sources == []


def test_span_outside_article_refused(store, article_id):
    with pytest.raises(InputError, match="span"):
        svc.mark_claim(store, article_id=article_id, start=5, end=10_000)
    with pytest.raises(InputError, match="blank"):
        svc.mark_claim(store, article_id=article_id, start=2, end=3)


@pytest.mark.parametrize(
    "before",
    [
        "🇫🇷🇺🇸 drapeaux, ",
        "👍🏽 emoji, ",
        "e\u0301te\u0301 (NFD), ",
        "lignes\r\nWindows\r\n",
        "\ufeffBOM puis ",
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 hors BMP ",
    ],
)
def test_offsets_are_code_points_after_emoji_flags_nfd_crlf(store, before):
    from annotator.io.text_import import read_text_article

    data = (before + TEXT).encode("utf-8")
    art = import_article(store, read_text_article(data, "emoji.txt")).article_id
    claim, _ = svc.add_claim_by_quote(store, article_id=art, quote=QUOTE)
    body = repo.get_article(store, art).body
    assert body[claim.start : claim.end] == QUOTE
    assert claim.end - claim.start == len(QUOTE)


def test_text_that_is_not_utf8_is_refused_naming_the_field(store, article_id):
    with pytest.raises(InputError, match="explanation"):
        svc.add_claim_by_quote(
            store, article_id=article_id, quote=QUOTE, explanation="octets \udce9 invalides"
        )
    with pytest.raises(InputError, match="source title"):
        svc.add_claim_by_quote(
            store,
            article_id=article_id,
            quote=QUOTE,
            sources=[Source(url="https://a.org/", title="\udce9")],
        )
    assert repo.list_claims(store) == []
