"""import-reviews through the services: attached, external, failed, never duplicated."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.domain import Article
from annotator.services import claims as claim_service
from annotator.services import exporting
from annotator.services import reviews as svc
from annotator.services import settings as settings_service
from annotator.services.articles import import_article
from annotator.store import SCHEMA_VERSION, open_store, repo
from tests.support import PHRASE as QUOTE

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "reviews"
BODY = (
    "Palantir travaille pour la CIA. Et au Pakistan, les technologies de la société US ont "
    "contribué à la localisation d’Oussama Ben Laden, tué par un commando américain en 2001 "
    "après des années de traque. La DGSI renouvelle son contrat."
)
URL = "https://news.example.com/palantir"


def add_article(store, *, url: str | None = URL, body: str = BODY, title: str = "Palantir") -> int:
    return import_article(store, Article(title=title, body=body, url=url)).article_id


def review(**fields) -> dict:
    node = {
        "@context": "http://schema.org",
        "@type": "ClaimReview",
        "url": "https://afp.example.com/ben-laden",
        "claimReviewed": QUOTE,
        "author": {"@type": "Organization", "name": "AFP Factuel"},
        "reviewRating": {"@type": "Rating", "alternateName": "Faux", "ratingValue": "1"},
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": "Person", "name": "Un site"},
            "datePublished": "2019-11-27",
            "appearance": {"@type": "CreativeWork", "url": URL},
        },
        "datePublished": "2019-12-01",
        "reviewBody": "Il a été tué en 2011.",
    }
    node.update(fields)
    return node


def run(store, *documents, name: str = "reviews.json"):
    data = json.dumps(list(documents) if len(documents) > 1 else documents[0]).encode()
    return svc.import_review_data(store, data, name)


def test_a_review_of_a_known_article_is_attached_by_appearance_url(store):
    article_id = add_article(store)
    report = run(store, review())
    assert report.summary == "attached 1, external 0, failed 0"
    (claim,) = repo.claims_for_article(store, article_id)
    assert BODY[claim.start : claim.end] == QUOTE and claim.anchor == "exact"
    assert claim.review.verdict == "false"  # "Faux" is on our scale
    assert (claim.claimant, claim.claim_date) == ("Un site", "2019-11-27")
    assert claim.review.explanation == "Il a été tué en 2011."
    assert claim.review.status == "draft"  # theirs, not published by us
    provenance = repo.review_provenance(store, [claim.id])[claim.id]
    assert provenance == {
        "review_url": "https://afp.example.com/ben-laden",
        "rating_label": None,
        "reviewed_by": "AFP Factuel",
    }
    # Their review stays readable as published (their date, the raw JSON).
    assert repo.count_external_reviews(store) == 1
    assert report.changes.claims == {claim.id}


def test_attached_by_quote_when_no_url_matches(store):
    article_id = add_article(store, url=None)
    report = svc.import_review_data(
        store, (FIXTURES / "annotation.json").read_bytes(), "annotation.json"
    )
    assert report.summary == "attached 1, external 0, failed 0"
    (claim,) = repo.claims_for_article(store, article_id)
    assert BODY[claim.start : claim.end] == QUOTE
    assert claim.review.verdict == "false" and claim.review.explanation == "It was 2011."


def test_a_quote_not_in_the_text_makes_an_orphan_claim_to_place(store):
    article_id = add_article(store)
    report = run(store, review(claimReviewed="Ben Laden est mort en 2001"))
    assert report.attached == 1
    (claim,) = repo.claims_for_article(store, article_id)
    assert (claim.start, claim.end, claim.anchor) == (None, None, "orphan")
    assert claim.exact == "Ben Laden est mort en 2001"
    assert any("orphan" in note for _, note in report.notes)


def test_a_label_not_on_our_scale_is_kept_never_dropped(store):
    add_article(store)
    rating = {"@type": "Rating", "alternateName": "Engañoso", "ratingValue": "2"}
    report = run(store, review(reviewRating=rating))
    (claim,) = repo.list_claims(store)
    assert claim.review.verdict is None
    provenance = repo.review_provenance(store, [claim.id])[claim.id]
    assert provenance["rating_label"] == "Engañoso"
    assert any("'Engañoso' is not on the rating scale" in note for _, note in report.notes)


def test_any_other_review_is_kept_external_with_its_fields(store):
    report = svc.import_review_data(store, (FIXTURES / "single.json").read_bytes(), "s.json")
    assert report.summary == "attached 0, external 1, failed 0"
    row = repo.get_external_review(store, report.outcomes[0].id)
    assert row["url"] == "https://verif.example.org/5g-covid"
    assert row["publisher"] == "Vérif Exemple"
    assert row["claim_reviewed"] == "Les antennes 5G propagent le coronavirus, dit l'auteur"
    assert (row["claimant"], row["claim_date"]) == ("Un internaute", "2020-06-20 09:15")
    assert (row["rating_label"], row["rating_value"]) == ("Incorrect", 1.0)
    assert (row["best_rating"], row["worst_rating"]) == (5.0, 1.0)
    assert (row["language"], row["date_published"]) == ("fr", "2020-06-22T12:26:08+05:30")
    assert row["appearance_url"] == "https://social.example.com/post/1"
    assert row["origin"] == "s.json"
    assert json.loads(row["raw"])["@type"] == ["Review", "ClaimReview"]


def test_reimporting_the_same_files_adds_nothing(store, tmp_path):
    add_article(store)
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps([review(), review(url="https://x.example/2", claimReviewed="Z")]))
    first = svc.import_review_files(store, [path, FIXTURES])
    counts = (
        len(repo.list_claims(store)),
        repo.count_external_reviews(store),
    )
    again = svc.import_review_files(store, [path, FIXTURES])
    assert (len(repo.list_claims(store)), repo.count_external_reviews(store)) == counts
    # Nothing new: said as such, not as "attached N" (each outcome still says where).
    assert (again.attached, again.external, again.failed) == (0, 0, first.failed)
    assert again.duplicates == first.attached + first.external + first.duplicates
    assert again.summary.endswith(f", already present {again.duplicates}")
    assert len(again.outcomes) == len(first.outcomes)


def test_failures_are_named_and_the_rest_is_kept(store, tmp_path):
    report = svc.import_review_files(
        store, [FIXTURES / "lines.jsonl", FIXTURES / "no_review.json", tmp_path / "missing.json"]
    )
    assert report.external == 2
    reasons = dict(report.failed)
    assert "invalid JSON" in reasons[f"{FIXTURES / 'lines.jsonl'}#line-4"]
    assert reasons[str(tmp_path / "missing.json")] == "no such file or folder"
    assert reasons[str(FIXTURES / "no_review.json")] == "no ClaimReview found"
    assert report.summary == "attached 0, external 2, failed 3"


def test_a_folder_is_read_recursively_and_the_size_limit_holds(store, tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.jsonld").write_text(json.dumps(review(url="https://a.example/1")))
    (tmp_path / "notes.txt").write_text("not read: not a review suffix")
    (tmp_path / "big.json").write_text(json.dumps(review(reviewBody="x" * 5000)))
    report = svc.import_review_files(store, [tmp_path], max_bytes=2000)
    assert report.external == 1
    assert report.failed == [
        (str(tmp_path / "big.json"), "file over the size limit of 2,000 bytes")
    ]


# --- our own exports -----------------------------------------------------------------


def mark_three(store, article_id: int) -> None:
    claim_service.add_claim_by_quote(
        store, article_id=article_id, quote=QUOTE, verdict="Faux", correction="2011",
        claimant="Jean Dupont", claim_date="2019-11-27", explanation="Mort en 2011 & pas <avant>.",
        sources=["https://www.britannica.com/event/killing-of-Osama-bin-Laden"],
    )  # fmt: skip
    claim_service.add_claim_by_quote(
        store, article_id=article_id, quote="Palantir travaille pour la CIA", verdict="true",
        status="published", claim_reviewed="Palantir a la CIA pour client",
    )  # fmt: skip
    claim_service.add_claim_by_quote(
        store, article_id=article_id, quote="La DGSI renouvelle son contrat", verdict="unproven"
    )


def test_our_export_into_a_database_with_other_claims_keeps_ids_free_and_page(tmp_path):
    with open_store(tmp_path / "a.db") as a:
        settings_service.set_setting(a, "publisher.name", "Vérif'Exemple")
        settings_service.set_setting(a, "factcheck.base_url", "https://verif.example.org/")
        settings_service.set_setting(a, "language", "en")
        mark_three(a, add_article(a))
        exported = exporting.export(a, fmt="claimreview-xml").data
    with open_store(tmp_path / "b.db") as b:
        other = add_article(b, url="https://other.example/x", body="Un autre texte, sans rien.")
        claim_service.add_claim_by_quote(b, article_id=other, quote="autre texte", verdict="true")
        article_id = add_article(b)
        report = svc.import_review_data(b, exported, "a.xml")
        assert report.summary == "attached 3, external 0, failed 0"
        claims = repo.claims_for_article(b, article_id)
        # Claim 1 was taken: that one got a new id; 2 and 3 kept theirs.
        assert sorted(c.id for c in claims) == [2, 3, 4]
        assert repo.get_article(b, article_id).fact_check_url == (
            "https://verif.example.org/palantir"
        )
        current = settings_service.get_settings(b)
        assert current["publisher.name"] == "Vérif'Exemple"
        assert current["language"] == "en"
        assert current["factcheck.base_url"] is None  # the page went on the article instead
        notes = " ".join(note for _, note in report.notes)
        assert "publisher.name was not set" in notes
        by_quote = {c.exact: c for c in claims}
        palantir = by_quote["Palantir travaille pour la CIA"]
        assert palantir.review.claim_reviewed == "Palantir a la CIA pour client"
        assert palantir.review.status == "published"
        assert by_quote[QUOTE].review.claim_reviewed is None  # it was the quote itself
        assert by_quote[QUOTE].sources[0].url.startswith("https://www.britannica.com/")
        assert svc.import_review_data(b, exported, "a.xml").duplicates == 3


def test_a_set_setting_is_never_changed_by_an_import(tmp_path):
    with open_store(tmp_path / "a.db") as a:
        settings_service.set_setting(a, "publisher.name", "Them")
        mark_three(a, add_article(a))
        exported = exporting.export(a, fmt="jsonld").data
    with open_store(tmp_path / "b.db") as b:
        settings_service.set_setting(b, "publisher.name", "Us")
        add_article(b)
        svc.import_review_data(b, exported, "a.jsonld")
        assert settings_service.get_settings(b)["publisher.name"] == "Us"
        reviewed_by = {p["reviewed_by"] for p in repo.review_provenance(b, [1, 2, 3]).values()}
        assert reviewed_by == {"Them"}  # another newsroom's checks say so


def test_web_annotation_export_read_back_recreates_the_claims(tmp_path):
    with open_store(tmp_path / "a.db") as a:
        mark_three(a, add_article(a, url=None))
        before = repo.list_claims(a)
        exported = exporting.export(a, fmt="web-annotation").data
    with open_store(tmp_path / "b.db") as b:
        add_article(b, url=None)
        report = svc.import_review_data(b, exported, "a.json")
        assert report.summary == "attached 3, external 0, failed 0"
        after = repo.list_claims(b)

    def fields(c):
        return (
            c.id, c.start, c.end, c.exact, c.prefix, c.suffix, c.anchor, c.claimant,
            c.claim_date, c.review.verdict, c.review.claim_reviewed, c.review.explanation,
            c.review.correction, c.review.status, c.review.date_published,
            [(s.url, s.title, s.publisher, s.date, s.quote) for s in c.sources],
        )  # fmt: skip

    assert [fields(c) for c in after] == [fields(c) for c in before]


# --- the migration ------------------------------------------------------------------


def test_a_version_1_database_is_upgraded_and_keeps_its_data(tmp_path):
    """A file from before review provenance existed (kept as users have it)."""
    import shutil

    path = tmp_path / "old.db"
    shutil.copy(Path(__file__).resolve().parents[1] / "fixtures/databases/annotator-v1.db", path)
    with open_store(path) as s:
        assert s.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        (claim,) = repo.list_claims(s)
        assert claim.review.verdict == "false"
        assert repo.review_provenance(s, [claim.id])[claim.id]["review_url"] is None
    assert (tmp_path / "old.db.v1.bak").exists()


@pytest.mark.parametrize("fmt", ["jsonld", "html"])
def test_jsonld_and_html_exports_read_back_too(tmp_path, fmt):
    with open_store(tmp_path / "a.db") as a:
        mark_three(a, add_article(a))
        exported = exporting.export(a, fmt=fmt).data
        xml = exporting.export(a, fmt="claimreview-xml").data
    with open_store(tmp_path / "b.db") as b:
        add_article(b)
        assert svc.import_review_data(b, exported, f"a.{fmt}").attached == 3
        assert exporting.export(b, fmt="claimreview-xml").data == xml


def test_bad_citations_and_broken_text_never_reach_the_database(store):
    add_article(store)
    node = review(
        citation=[
            {"@type": "CreativeWork", "url": "javascript:alert(1)", "name": "x"},
            "file:///etc/passwd",
            {"@type": "CreativeWork", "url": "https://ok.example/source", "name": "OK"},
        ],
        reviewBody="Broken \ud800 text",
    )
    data = json.dumps(node).encode()  # json.dumps writes the lone half as \ud800
    report = svc.import_review_data(store, data, "r.json")
    assert report.summary == "attached 1, external 0, failed 0"
    (claim,) = repo.list_claims(store)
    assert [s.url for s in claim.sources] == ["https://ok.example/source"]
    assert claim.review.explanation == "Broken \ufffd text"
    notes = [note for _, note in report.notes]
    assert sum("left out" in note for note in notes) == 2
    raw = json.loads(repo.get_external_review(store, 1)["raw"])
    assert raw["citation"][0]["url"] == "javascript:alert(1)"  # kept as read, never used
