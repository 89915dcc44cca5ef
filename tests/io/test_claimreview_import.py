"""Reading ClaimReview in every shape publishers produce, and refusing bad input clearly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.domain import Article, Claim, Review, Source, default_scale, find_quote, selector_for
from annotator.io.claimreview import Publisher, to_claimreview_xml, to_jsonld
from annotator.io.claimreview_import import (
    MAX_DEPTH,
    loads,
    normalize_date,
    read_reviews,
)
from annotator.io.errors import InputError

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "reviews"


def read(name: str):
    return read_reviews((FIXTURES / name).read_bytes(), name)


def only(name: str):
    result = read(name)
    assert result.failed == []
    assert len(result.records) == 1
    return result.records[0]


def test_single_object_with_type_list_odd_date_entities_and_stray_cr():
    r = only("single.json")
    assert r.url == "https://verif.example.org/5g-covid"
    assert r.claim_reviewed == "Les antennes 5G propagent le coronavirus, dit l'auteur"
    assert r.rating_label == "Incorrect"
    assert (r.rating_value, r.best_rating, r.worst_rating) == (1.0, 5.0, 1.0)
    assert r.publisher == "Vérif Exemple"  # author given as a list
    assert r.claimant == "Un internaute"
    assert r.date_published == "2020-06-22T12:26:08+05:30"  # "+5:30" repaired
    assert r.language == "fr"
    assert r.appearance_urls == [
        "https://social.example.com/post/1",
        "https://social.example.com/post/2",
    ]
    assert not r.ours
    assert json.loads(r.raw)["claimReviewed"].endswith("l&#039;auteur")  # raw kept as read


def test_array_without_context_and_type_alias():
    result = read("array.json")
    assert [r.source for r in result.records] == ["array.json#item-1", "array.json#item-2"]
    second = result.records[1]
    assert second.rating_label == "Pants on fire" and second.rating_value is None
    assert second.date_published == "2021-03-03"  # "March 3, 2021"


def test_graph_resolves_author_references():
    r = only("graph.jsonld")
    assert r.publisher == "Faits Vérifiés"
    assert r.claim_date == "2021-05-04T08:00:00+0200"


def test_json_lines_read_line_by_line_and_a_broken_line_is_named():
    result = read("lines.jsonl")
    assert [r.source for r in result.records] == ["lines.jsonl#line-1", "lines.jsonl#line-3"]
    assert len(result.failed) == 1
    source, reason = result.failed[0]
    assert source == "lines.jsonl#line-4" and "invalid JSON" in reason


def test_html_page_reads_ld_json_blocks_and_ignores_broken_non_reviews():
    result = read("page.html")
    assert result.failed == []  # the broken block is not a review
    (r,) = result.records
    assert r.source == "page.html#script-3"
    assert r.language == "fr"  # from <html lang>
    assert r.claim_reviewed.endswith("</script-like text")
    assert r.claimant == "Un compte anonyme"


def test_html_block_that_mentions_claimreview_but_is_broken_is_a_failure():
    page = b"""<html><head><script type="application/ld+json">
    {"@type": "ClaimReview", "claimReviewed": "x}</script></head></html>"""
    result = read_reviews(page, "p.html")
    assert result.records == []
    assert result.failed[0][0] == "p.html" and "invalid JSON" in result.failed[0][1]


def test_data_commons_feed_google_api_and_expanded_json_ld():
    feed = only("datafeed.json")
    assert feed.appearance_urls == ["https://social.example.com/p/9"]
    assert feed.rating_label == "Falsch" and feed.claimant == "Max Muster"
    google = read("google.json").records
    assert [g.publisher for g in google] == ["Checker One", "two.example.org"]
    assert {g.claim_reviewed for g in google} == {"Drinking bleach cures malaria"}
    assert google[0].rating_label == "False" and google[0].language == "en"
    assert google[0].claim_date == "2020-03-01T10:00:00Z"
    expanded = only("expanded.jsonld")
    assert expanded.claim_reviewed == "Wind turbines cause drought"
    assert expanded.publisher == "Expanded Facts"
    assert (expanded.rating_label, expanded.rating_value) == ("Unsupported", 2.0)


def test_web_annotation_with_an_assessing_body():
    r = only("annotation.json")
    assert r.rating_label == "False"
    assert r.explanation == "It was 2011."
    assert r.selector.exact == "tué par un commando américain en 2001"
    assert r.appearance_urls == ["https://news.example.com/palantir"]


def test_a_file_without_reviews_says_so():
    result = read("no_review.json")
    assert result.records == [] and result.failed == [("no_review.json", "no ClaimReview found")]


def test_review_without_claim_or_url_fails_and_the_others_are_kept():
    data = json.dumps(
        [
            {"@type": "ClaimReview", "reviewRating": {"alternateName": "False"}},
            {"@type": "ClaimReview", "claimReviewed": "kept", "url": "https://k.example/1"},
        ]
    ).encode()
    result = read_reviews(data, "f.json")
    assert [r.claim_reviewed for r in result.records] == ["kept"]
    assert result.failed == [
        ("f.json#item-1", "neither claimReviewed nor url: nothing identifies this review")
    ]


# --- bad input --------------------------------------------------------------------


def test_json_nested_100000_levels_is_an_input_error_not_a_recursion_error():
    deep = b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(InputError, match=f"nested more than {MAX_DEPTH} levels"):
        read_reviews(deep, "deep.json")
    objects = ('{"a":' * 100_000 + "1" + "}" * 100_000).encode()
    with pytest.raises(InputError, match="nested"):
        read_reviews(objects, "deep.json")
    lines = b'{"@type": "ClaimReview", "url": "https://x.example/1"}\n' + b"[" * 5000 + b"\n"
    result = read_reviews(lines, "deep.jsonl")
    assert len(result.records) == 1 and "nested" in result.failed[0][1]


def test_brackets_inside_strings_do_not_count_as_depth():
    text = json.dumps({"@type": "ClaimReview", "url": "https://x.example/1", "x": "[" * 500})
    assert loads(text, "s.json")["x"] == "[" * 500


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"   \n\t ", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        (b"just some words", "not JSON-LD"),
        (b"{not json", "invalid JSON"),
        (b"<root><a/></root>", "not ClaimReview RDF/XML"),
        (b"<?xml version='1.0'?><rdf:RDF xmlns:rdf='x'", "malformed XML"),
    ],
)
def test_bad_files_are_refused_with_a_reason(data, reason):
    with pytest.raises(InputError, match=reason):
        read_reviews(data, "bad")


def test_xml_entities_are_never_expanded_nor_fetched():
    bomb = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">&lol3;</rdf:RDF>"""
    with pytest.raises(InputError, match="DOCTYPE"):
        read_reviews(bomb, "bomb.xml")
    external = b"""<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY x SYSTEM "http://attacker.example/x">]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">&x;</rdf:RDF>"""
    with pytest.raises(InputError, match="DOCTYPE"):
        read_reviews(external, "ext.xml")


def test_html_entities_are_not_resolved_from_outside():
    page = b"""<!DOCTYPE html SYSTEM "http://attacker.example/dtd"><html><head>
<script type="application/ld+json">{"@type":"ClaimReview","url":"https://h.example/1",
"claimReviewed":"a &amp; b"}</script></head></html>"""
    (r,) = read_reviews(page, "p.html").records
    assert r.claim_reviewed == "a & b"  # publishers' entities decoded in text, never fetched


def test_utf16_and_bom_encodings_are_read():
    data = json.dumps(
        {"@type": "ClaimReview", "url": "https://u.example/1", "claimReviewed": "été"}
    )
    for encoded in (
        data.encode("utf-16"),
        b"\xef\xbb\xbf" + data.encode(),
        data.encode("utf-16-le"),
    ):
        (r,) = read_reviews(encoded, "u.json").records
        assert r.claim_reviewed == "été"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2020-06-22", "2020-06-22"),
        ("2019-11", "2019-11"),
        ("2020-06-22T12:26:08+5:30", "2020-06-22T12:26:08+05:30"),
        ("2020-03-27T10:46:13+0200", "2020-03-27T10:46:13+0200"),
        ("2020-06-23 20:02", "2020-06-23 20:02"),
        ("2020-6-3T7:05", "2020-06-03T07:05"),
        ("2020-06-23T20:02:00 UTC", "2020-06-23T20:02:00Z"),
        ("Tue, 23 Jun 2020 20:02:00 +0200", "2020-06-23T20:02:00+02:00"),
        ("June 22, 2020", "2020-06-22"),
        ("2020-02-31", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_dates_in_the_forms_publishers_write(given, expected):
    assert normalize_date(given) == expected


# --- our own exports ---------------------------------------------------------------

BODY = (
    "Et au Pakistan, les technologies de la société US ont contribué à la localisation "
    "d’Oussama Ben Laden, tué par un commando américain en 2001 après des années de traque."
)


def ours() -> list[tuple[Article, Claim]]:
    article = Article(
        title="Palantir", body=BODY, url="https://www.example.fr/palantir", id=3,
        fact_check_url="https://verif.example.org/palantir",
    )  # fmt: skip
    start, end = find_quote(BODY, "tué par un commando américain en 2001")
    sel = selector_for(BODY, start, end)
    claim = Claim(
        article_id=3, exact=sel.exact, start=start, end=end, prefix=sel.prefix,
        suffix=sel.suffix, claimant="Jean <Dupont> & fils", claim_date="2019-11-19", id=7,
        review=Review(verdict="false", explanation="  Tué en 2011 &amp; pas avant\r\n",
                      correction="2011", status="published", date_published="2019-11-20"),
        sources=[Source(url="https://www.britannica.com/x", title="Brit", quote="killed")],
    )  # fmt: skip
    return [(article, claim)]


def publisher() -> Publisher:
    return Publisher(name="Vérif", url="https://verif.example.org/", language="fr")


@pytest.mark.parametrize("fmt", ["xml", "jsonld"])
def test_our_exports_read_back_with_every_field(fmt):
    items = ours()
    if fmt == "xml":
        data = to_claimreview_xml(items, default_scale(), publisher())
    else:
        data = to_jsonld(items, default_scale(), publisher()).encode()
    (r,) = read_reviews(data, "ours").records
    assert r.ours and r.claim_id_hint == 7
    assert r.url == "https://verif.example.org/palantir#claim-7"
    assert (r.rating_label, r.rating_value) == ("Faux", 1.0)
    assert r.claimant == "Jean <Dupont> & fils"  # our text is never unescaped
    assert r.explanation == "  Tué en 2011 &amp; pas avant\r\n"
    assert (r.correction, r.status, r.date_published) == ("2011", "published", "2019-11-20")
    assert r.selector.exact == "tué par un commando américain en 2001"
    assert (r.selector.start, r.selector.end) == (items[0][1].start, items[0][1].end)
    assert r.selector.prefix == items[0][1].prefix
    assert r.target_source == "https://www.example.fr/palantir"
    assert [(s.url, s.title, s.quote) for s in r.sources] == [
        ("https://www.britannica.com/x", "Brit", "killed")
    ]
    assert (r.publisher, r.publisher_url, r.language) == (
        "Vérif",
        "https://verif.example.org/",
        "fr",
    )


def test_whole_pages_wrapped_in_json_by_crawlers_are_read():
    page = (FIXTURES / "page.html").read_text(encoding="utf-8")
    wrapped = json.dumps({"url": "https://page.example.fr/tour-eiffel", "page": page})
    (r,) = read_reviews(wrapped.encode(), "fixture.json").records
    assert r.source == "fixture.json#page#script-3"
    assert r.url == "https://page.example.fr/tour-eiffel" and r.language == "fr"


def test_trailing_commas_left_by_page_templates_are_forgiven():
    page = b"""<html><head><script type="application/ld+json">
    {"@type": "ClaimReview", "url": "https://t.example/1", "claimReviewed": "a, b",
     "reviewRating": {"alternateName": "Faux",},}
    </script></head></html>"""
    (r,) = read_reviews(page, "t.html").records
    assert (r.claim_reviewed, r.rating_label) == ("a, b", "Faux")


def test_half_of_a_utf16_pair_becomes_a_replacement_character():
    data = rb'{"@type": "ClaimReview", "url": "https://s.example/1",' + (
        rb' "claimReviewed": "a\ud800b \ud83d\ude00"}'
    )
    (r,) = read_reviews(data, "s.json").records
    assert r.claim_reviewed == "a\ufffdb 😀"
    r.raw.encode("utf-8")  # storable
