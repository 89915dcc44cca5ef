"""Full-text search over articles, claims and external reviews; similar reviews."""

from __future__ import annotations

import json

import pytest

from annotator.domain import Article
from annotator.services import claims as claim_service
from annotator.services import reviews as review_service
from annotator.services import settings as settings_service
from annotator.services.articles import import_article
from annotator.services.search import search, similar_reviews
from annotator.store import repo
from tests.support import PHRASE as QUOTE

BODY = (
    "Les États-Unis ont financé la DGSI. Et au Pakistan, Oussama Ben Laden a été "
    "tué par un commando américain en 2001 après des années de traque."
)


@pytest.fixture
def filled(store):
    article_id = import_article(
        store, Article(title="Palantir et la DGSI", body=BODY, url="https://n.example/p")
    ).article_id
    other = import_article(
        store, Article(title="Météo", body="Il pleuvra demain sur la Bretagne.")
    ).article_id
    claim, _ = claim_service.add_claim_by_quote(
        store, article_id=article_id, quote=QUOTE, verdict="Faux", correction="2011",
        explanation="Le raid d'Abbottabad date du 2 mai 2011.",
    )  # fmt: skip
    reviews = [
        {"@type": "ClaimReview", "url": "https://afp.example/ben-laden",
         "claimReviewed": "Ben Laden aurait été tué par un commando américain en 2001",
         "author": {"name": "AFP Factuel"}, "reviewRating": {"alternateName": "Faux"},
         "datePublished": "2019-12-01"},
        {"@type": "ClaimReview", "url": "https://other.example/vaccins",
         "claimReviewed": "Les vaccins contiennent des puces électroniques",
         "author": {"name": "Les Décodeurs"}, "reviewRating": {"alternateName": "Faux"}},
        {"@type": "ClaimReview", "url": "https://en.example/bin-laden",
         "claimReviewed": "Bin Laden was killed by US commandos in 2001",
         "author": {"name": "Fact Desk"}, "reviewRating": {"alternateName": "False"}},
    ]  # fmt: skip
    report = review_service.import_review_data(store, json.dumps(reviews).encode(), "r.json")
    assert report.summary == "attached 0, external 3, failed 0"
    return {"article": article_id, "other": other, "claim": claim.id}


def kinds(hits) -> list[tuple[str, int]]:
    return [(h.kind, h.id) for h in hits]


def test_finds_articles_claims_and_reviews_best_first_with_snippets(store, filled):
    hits = search(store, "commando américain")
    assert {h.kind for h in hits} == {"article", "claim", "review"}
    assert all(h.snippet and "[" in h.snippet for h in hits)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    claim = next(h for h in hits if h.kind == "claim")
    assert claim.id == filled["claim"] and claim.article_id == filled["article"]
    assert claim.verdict == "Faux"
    review = next(h for h in hits if h.kind == "review")
    assert review.checked_by == "AFP Factuel" and review.url == "https://afp.example/ben-laden"
    article = next(h for h in hits if h.kind == "article")
    assert article.title == "Palantir et la DGSI"


def test_accents_and_case_do_not_matter(store, filled):
    assert ("article", filled["article"]) in kinds(search(store, "etats-unis"))
    assert ("article", filled["other"]) in kinds(search(store, "METEO"))
    assert ("article", filled["other"]) in kinds(search(store, "bretagne"))
    assert kinds(search(store, "electroniques")) == [("review", 2)]


def test_words_are_prefixes_and_all_must_match_first(store, filled):
    hits = search(store, "abbott")
    assert kinds(hits) == [("claim", filled["claim"])]
    assert "Abbottabad" in hits[0].snippet
    assert kinds(search(store, "vaccins puces")) == [("review", 2)]
    # Nothing has every word: the closest matches still come back.
    assert ("review", 2) in kinds(search(store, "vaccins licornes"))


@pytest.mark.parametrize(
    "query",
    ['"', '""', "'", "-", "--", "*", "a*b", ":", "title:x", "(", ")", "(a OR", "AND", "OR NOT",
     "NEAR(a b)", "^", "{body}: x", "\\", "%", "é\"è", "\x00", "   ", "🙂", "[]", "a - b"],
)  # fmt: skip
def test_fts_syntax_in_a_query_never_raises(store, filled, query):
    assert isinstance(search(store, query), list)


def test_operator_words_in_capitals_are_left_out_unless_alone(store, filled):
    assert kinds(search(store, "vaccins AND puces")) == [("review", 2)]
    assert kinds(search(store, "(vaccins OR licornes) NOT puces")) == [("review", 2)]
    assert isinstance(search(store, "AND"), list)


def test_only_the_latest_version_of_an_article_is_found(store):
    first = import_article(
        store, Article(title="V", body="Première version du texte.", url="https://v.example/a")
    ).article_id
    second = import_article(
        store, Article(title="V", body="Seconde version du texte.", url="https://v.example/a")
    ).article_id
    assert kinds(search(store, "texte")) == [("article", second)]
    assert first != second


def test_an_empty_database_and_a_limit(store, filled):
    assert search(store, "") == []
    assert len(search(store, "la", limit=1)) == 1


def test_similar_reviews_say_who_checked_it_and_the_verdict(store, filled):
    settings_service.set_setting(store, "publisher.name", "Vérif'Exemple")
    found = similar_reviews(store, "tué par un commando américain en 2001")
    assert [(s.kind, s.checked_by, s.verdict) for s in found] == [
        ("claim", "Vérif'Exemple", "Faux"),
        ("review", "AFP Factuel", "Faux"),
    ]
    assert found[0].score >= found[1].score > 0.3
    assert found[1].url == "https://afp.example/ben-laden"
    assert found[1].date == "2019-12-01"
    # The claim being marked is not offered to itself; unrelated reviews never are.
    again = similar_reviews(store, QUOTE, exclude_claim_id=filled["claim"])
    assert [(s.kind, s.id) for s in again] == [("review", 1)]
    assert similar_reviews(store, "Il pleuvra demain") == []
    assert similar_reviews(store, "la le de") == []


def test_similar_reviews_skip_claims_not_checked_yet_and_keep_foreign_labels(store, filled):
    article = filled["article"]
    draft, _ = claim_service.add_claim_by_quote(store, article_id=article, quote="DGSI")
    assert all(s.id != draft.id for s in similar_reviews(store, "DGSI", limit=10))
    review = {
        "@type": "ClaimReview", "url": "https://x.example/dgsi",
        "claimReviewed": "Les États-Unis ont financé la DGSI",
        "author": {"name": "Newtral"}, "reviewRating": {"alternateName": "Engañoso"},
        "itemReviewed": {"appearance": {"url": "https://n.example/p"}},
    }  # fmt: skip
    review_service.import_review_data(store, json.dumps(review).encode(), "x.json")
    attached = [c for c in repo.claims_for_article(store, article) if c.exact.startswith("Les")]
    assert len(attached) == 1
    found = similar_reviews(store, "Les Etats-Unis financent la DGSI")
    assert ("claim", attached[0].id, "Engañoso", "Newtral") in [
        (s.kind, s.id, s.verdict, s.checked_by) for s in found
    ]
