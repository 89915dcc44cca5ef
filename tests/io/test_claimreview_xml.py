"""ClaimReview RDF/XML: the golden sample, the XSD profile and hostile input."""

from __future__ import annotations

import os
import re
import socket
from pathlib import Path

import pytest
from lxml import etree

from annotator.domain import Article, Claim, Review, Source, default_scale, find_quote, selector_for
from annotator.io import claimreview_xml
from annotator.io.claimreview import (
    ExportError,
    Publisher,
    review_url,
    to_claimreview_xml,
    to_jsonld,
    validate_claimreview_xml,
)
from tests.support import PHRASE as QUOTE

GOLDEN = Path(__file__).parent / "golden" / "sample-claimreview.xml"
SCHEMA = "http://schema.org/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"

BODY = (
    "Palantir a notamment travaillé pour le Pentagone et la CIA en Afghanistan et en Irak. "
    "Et au Pakistan, les technologies de la société US ont contribué à la localisation "
    "d’Oussama Ben Laden, tué par un commando américain en 2001 après des années de traque."
    "La renommée de Palantir s'étend bien au-delà du domaine du renseignement."
)


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the exporter tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def sample_article() -> Article:
    return Article(
        title="Palantir et la DGSI : le contrat renouvelé",
        body=BODY,
        url="https://www.example.fr/palantir-dgsi",
        published="2019-11",
        author="Jean Dupont",
        language="fr",
        fact_check_url="https://factcheck.example.org/palantir-dgsi",
        id=12,
    )


def sample_claim(article: Article, claim_id: int = 1, quote: str = QUOTE) -> Claim:
    start, end = find_quote(article.body, quote)
    sel = selector_for(article.body, start, end)
    return Claim(
        article_id=article.id or 0,
        exact=sel.exact,
        start=start,
        end=end,
        prefix=sel.prefix,
        suffix=sel.suffix,
        claimant="Jean Dupont",
        claim_date="2019-11-19",
        review=Review(
            verdict="false",
            explanation=(
                "Oussama Ben Laden a été tué le 2 mai 2011 à Abbottabad, au Pakistan, lors "
                "d'un raid des forces spéciales américaines, et non en 2001."
            ),
            correction="2011",
            status="published",
            date_published="2019-11-20",
        ),
        sources=[
            Source(
                url="https://www.britannica.com/event/killing-of-Osama-bin-Laden",
                title="Killing of Osama bin Laden",
                publisher="Encyclopaedia Britannica",
                date="2011-05-02",
            )
        ],
        id=claim_id,
    )


def sample_publisher() -> Publisher:
    return Publisher(
        name="Vérif'Exemple",
        url="https://factcheck.example.org/",
        logo="https://factcheck.example.org/logo.png",
        base_url="https://factcheck.example.org",
        language="fr",
    )


def sample_items() -> list[tuple[Article, Claim]]:
    article = sample_article()
    return [(article, sample_claim(article))]


def export(items=None, publisher=None) -> bytes:
    return to_claimreview_xml(
        items if items is not None else sample_items(),
        default_scale(),
        publisher or sample_publisher(),
    )


# --- golden ------------------------------------------------------------------------


def test_sample_matches_the_golden_file():
    data = export()
    if os.environ.get("UPDATE_GOLDEN") == "1":
        GOLDEN.write_bytes(data)
    assert data == GOLDEN.read_bytes(), (
        "the export changed; if intended, regenerate with "
        "UPDATE_GOLDEN=1 pytest tests/io/test_claimreview_xml.py"
    )


def test_golden_file_is_valid_against_the_xsd():
    assert validate_claimreview_xml(GOLDEN.read_bytes(), "golden") == []


def test_export_is_utf8_with_declaration_and_pretty_printed():
    data = export()
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n<rdf:RDF")
    assert "Palantir et la DGSI : le contrat renouvelé".encode() in data
    assert b"\n    <schema:url " in data


def test_sample_shape():
    root = etree.fromstring(export())
    ns = {
        "rdf": RDF,
        "schema": SCHEMA,
        "oa": "http://www.w3.org/ns/oa#",
        "ann": "urn:annotator:ns#",
    }
    (review,) = root.findall("schema:ClaimReview", ns)
    about = "https://factcheck.example.org/palantir-dgsi#claim-1"
    assert review.get(f"{{{RDF}}}about") == about
    assert review.find("schema:url", ns).get(f"{{{RDF}}}resource") == about
    assert review.findtext("schema:claimReviewed", namespaces=ns) == QUOTE
    rating = review.find("schema:reviewRating/schema:Rating", ns)
    assert [child.tag.split("}")[1] for child in rating] == [
        "ratingValue",
        "bestRating",
        "worstRating",
        "alternateName",
    ]
    assert rating.findtext("schema:alternateName", namespaces=ns) == "Faux"
    assert rating.findtext("schema:ratingValue", namespaces=ns) == "1"
    claim = review.find("schema:itemReviewed/schema:Claim", ns)
    assert claim.findtext("schema:author/schema:Person/schema:name", namespaces=ns) == "Jean Dupont"
    selector = claim.find("ann:anchor/oa:SpecificResource/oa:hasSelector/oa:TextQuoteSelector", ns)
    assert selector.findtext("oa:exact", namespaces=ns) == QUOTE
    start = int(claim.findtext(".//oa:TextPositionSelector/oa:start", namespaces=ns))
    end = int(claim.findtext(".//oa:TextPositionSelector/oa:end", namespaces=ns))
    assert BODY[start:end] == QUOTE  # code points, not UTF-16 units or bytes
    assert review.findtext("ann:correction", namespaces=ns) == "2011"
    assert review.findtext("ann:status", namespaces=ns) == "published"
    assert review.findtext("schema:inLanguage", namespaces=ns) == "fr"


# --- review URLs -------------------------------------------------------------------


def test_review_url_uses_the_fact_check_page_then_the_base_url():
    article = sample_article()
    claim = sample_claim(article, claim_id=3)
    pub = sample_publisher()
    assert review_url(article, claim, pub) == "https://factcheck.example.org/palantir-dgsi#claim-3"
    article.fact_check_url = None
    assert review_url(article, claim, pub) == (
        "https://factcheck.example.org/palantir-et-la-dgsi-le-contrat-renouvele#claim-3"
    )
    pub.base_url = "https://factcheck.example.org/checks/"
    assert review_url(article, claim, pub) == (
        "https://factcheck.example.org/checks/palantir-et-la-dgsi-le-contrat-renouvele#claim-3"
    )
    pub.base_url = None
    assert review_url(article, claim, pub) is None


def test_review_url_replaces_a_fragment_of_the_page():
    article = sample_article()
    article.fact_check_url = "https://factcheck.example.org/page#top"
    claim = sample_claim(article, claim_id=9)
    assert review_url(article, claim, sample_publisher()) == (
        "https://factcheck.example.org/page#claim-9"
    )


def test_claims_of_one_article_share_the_page_with_a_fragment_each():
    article = sample_article()
    items = [
        (article, sample_claim(article, 1)),
        (article, sample_claim(article, 2, "des années de traque")),
    ]
    root = etree.fromstring(export(items))
    abouts = [node.get(f"{{{RDF}}}about") for node in root]
    assert abouts == [
        "https://factcheck.example.org/palantir-dgsi#claim-1",
        "https://factcheck.example.org/palantir-dgsi#claim-2",
    ]


def test_unproven_has_no_number():
    items = sample_items()
    items[0][1].review.verdict = "unproven"
    root = etree.fromstring(export(items))
    rating = root.find(f".//{{{SCHEMA}}}Rating")
    assert [child.tag for child in rating] == [f"{{{SCHEMA}}}alternateName"]
    assert rating[0].text == "Invérifiable"


def test_labels_follow_the_publisher_language():
    items = sample_items()
    pub = sample_publisher()
    pub.language = "en-GB"
    root = etree.fromstring(export(items, pub))
    assert root.findtext(f".//{{{SCHEMA}}}alternateName") == "False"
    assert root.findtext(f".//{{{SCHEMA}}}inLanguage") == "en-GB"


# --- text safety -------------------------------------------------------------------


def test_xml_illegal_characters_never_reach_the_output():
    items = sample_items()
    claim = items[0][1]
    claim.review.explanation = "avant\x00\x0b\ud800\ufffe\uffffaprès"
    claim.review.correction = "20\x0c11"
    claim.exact = "tué\x00 par un commando\ud800 américain en 2001"
    claim.claimant = "Jean\x1f Dupont"
    data = export(items)
    assert validate_claimreview_xml(data) == []
    text = data.decode("utf-8")
    for bad in ("\x00", "\x0b", "\x0c", "\x1f", "\ufffe", "\uffff"):
        assert bad not in text
    assert "&#" not in text  # not smuggled in as character references either
    root = etree.fromstring(data)
    assert root.findtext(f".//{{{SCHEMA}}}reviewBody") == "avantaprès"
    assert root.findtext(".//{urn:annotator:ns#}correction") == "2011"
    assert root.findtext(f".//{{{SCHEMA}}}claimReviewed") == QUOTE
    jsonld = to_jsonld(items, default_scale(), sample_publisher())
    jsonld.encode("utf-8")  # no lone surrogate left
    assert "\\u0000" not in jsonld and "\\u000b" not in jsonld and "\\ud800" not in jsonld


AWKWARD = "a < b && c > d \"quoted\" 'single' ]]> 🙂🇫🇷 مرحبا بالعالم עברית \t tab\nline\r\n"


def test_awkward_text_survives_exactly():
    items = sample_items()
    claim = items[0][1]
    claim.review.explanation = AWKWARD
    claim.review.correction = AWKWARD
    claim.claimant = "«Ali» بن عبد الله & Co <i>"
    data = export(items)
    assert validate_claimreview_xml(data) == []
    root = etree.fromstring(data)
    assert root.findtext(f".//{{{SCHEMA}}}reviewBody") == AWKWARD
    assert root.findtext(".//{urn:annotator:ns#}correction") == AWKWARD
    assert root.findtext(f".//{{{SCHEMA}}}Person/{{{SCHEMA}}}name") == "«Ali» بن عبد الله & Co <i>"


# --- the XSD -----------------------------------------------------------------------


def _without(tag: str) -> bytes:
    root = etree.fromstring(GOLDEN.read_bytes())
    target = root.find(f".//{{{SCHEMA}}}{tag}")
    target.getparent().remove(target)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


@pytest.mark.parametrize("tag", ["url", "claimReviewed", "reviewRating"])
def test_a_missing_required_element_is_reported_with_its_line(tag):
    data = _without(tag)
    errors = validate_claimreview_xml(data, "check.xml")
    assert errors, f"a ClaimReview without {tag} passed the XSD"
    match = re.match(r"^check\.xml:(\d+): (.*)$", errors[0])
    assert match, errors
    line = int(match.group(1))
    assert 3 <= line <= data.count(b"\n")
    assert f"schema:{tag}" in match.group(2)


def test_alternate_name_is_required():
    errors = validate_claimreview_xml(_without("alternateName"), "x.xml")
    assert errors and "schema:alternateName" in errors[0]


def test_unknown_elements_are_rejected():
    data = GOLDEN.read_bytes().replace(
        b"<schema:inLanguage>", b"<schema:headline>x</schema:headline><schema:inLanguage>"
    )
    errors = validate_claimreview_xml(data, "x.xml")
    assert errors and "schema:headline" in errors[0]


def test_datatypes_are_pinned():
    # xsd:date would make a different graph from the JSON-LD (schema:Date).
    data = GOLDEN.read_bytes().replace(
        b'rdf:datatype="http://schema.org/Date">2019-11-20',
        b'rdf:datatype="http://www.w3.org/2001/XMLSchema#date">2019-11-20',
    )
    assert validate_claimreview_xml(data, "x.xml")
    data = GOLDEN.read_bytes().replace(
        b'<schema:ratingValue rdf:datatype="http://www.w3.org/2001/XMLSchema#integer">',
        b"<schema:ratingValue>",
    )
    assert validate_claimreview_xml(data, "x.xml")
    data = GOLDEN.read_bytes().replace(
        b'<schema:url rdf:resource="https://factcheck.example.org/palantir-dgsi#claim-1"/>',
        b"<schema:url>https://factcheck.example.org/palantir-dgsi#claim-1</schema:url>",
    )
    assert validate_claimreview_xml(data, "x.xml")


def test_non_http_urls_are_rejected_by_the_xsd():
    data = GOLDEN.read_bytes().replace(
        b"https://www.britannica.com/event/killing-of-Osama-bin-Laden", b"javascript:alert(1)"
    )
    assert validate_claimreview_xml(data, "x.xml")


def test_two_reviews_with_one_url_are_rejected():
    root = etree.fromstring(GOLDEN.read_bytes())
    root.append(etree.fromstring(etree.tostring(root[0])))
    errors = validate_claimreview_xml(etree.tostring(root), "x.xml")
    assert errors and "unique" in " ".join(errors).lower()


def test_the_root_must_be_rdf():
    root = etree.fromstring(GOLDEN.read_bytes())
    errors = validate_claimreview_xml(etree.tostring(root[0]), "x.xml")
    assert errors and "rdf:RDF" in errors[0]


def test_a_doctype_with_entities_is_refused_and_not_expanded():
    data = (
        b'<?xml version="1.0"?>\n'
        b'<!DOCTYPE rdf:RDF [<!ENTITY boom "EXPANDED">'
        b'<!ENTITY ext SYSTEM "file:///etc/passwd">]>\n'
        + GOLDEN.read_bytes()
        .split(b"\n", 1)[1]
        .replace(b"2011</ann:correction>", b"&boom;&ext;</ann:correction>")
    )
    errors = validate_claimreview_xml(data, "evil.xml")
    assert len(errors) == 1
    assert errors[0].startswith("evil.xml:2: ")
    assert "DOCTYPE" in errors[0]
    assert "EXPANDED" not in errors[0] and "root:" not in errors[0]


def test_an_entity_bomb_is_refused_quickly():
    bomb = b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n'
    previous = "lol"
    for i in range(1, 10):
        bomb += f'<!ENTITY lol{i} "{("&" + previous + ";") * 10}">\n'.encode()
        previous = f"lol{i}"
    bomb += b']>\n<rdf:RDF xmlns:rdf="%s">&lol9;</rdf:RDF>' % RDF.encode()
    errors = validate_claimreview_xml(bomb, "bomb.xml")
    assert len(errors) == 1 and "DOCTYPE" in errors[0]


def test_malformed_xml_gives_the_line():
    data = GOLDEN.read_bytes().replace(b"</schema:claimReviewed>", b"</schema:claimreviewed>")
    errors = validate_claimreview_xml(data, "broken.xml")
    assert len(errors) == 1
    line = GOLDEN.read_bytes().split(b"</schema:claimReviewed>")[0].count(b"\n") + 1
    assert errors[0].startswith(f"broken.xml:{line}: malformed XML")


def test_not_xml_at_all():
    assert validate_claimreview_xml(b"", "empty.xml")[0].startswith("empty.xml:1: ")
    assert validate_claimreview_xml(b"\x00\xff garbage", "bin.xml")[0].startswith("bin.xml:1: ")


def test_schema_compiles_offline_from_local_files():
    claimreview_xml._schema.cache_clear()
    schema = claimreview_xml._schema()
    assert schema is claimreview_xml._schema()  # compiled once, then cached
    xsd_dir = Path(claimreview_xml.resources.path("claimreview.xsd")).parent
    for path in [xsd_dir / "claimreview.xsd", *sorted((xsd_dir / "xsd").glob("*.xsd"))]:
        for location in re.findall(rb'schemaLocation="([^"]+)"', path.read_bytes()):
            assert b"://" not in location, f"{path.name} imports {location!r} from the network"


# --- never half-valid --------------------------------------------------------------


def test_an_export_that_breaks_the_xsd_raises_and_returns_nothing(monkeypatch):
    # A bug that would emit a bad value must be caught by the XSD, not written.
    original = claimreview_xml.build_tree

    def broken(reviews, org):
        root = original(reviews, org)
        root[0].find(f"{{{SCHEMA}}}claimReviewed").addnext(etree.Element(f"{{{SCHEMA}}}oops"))
        return root

    monkeypatch.setattr(claimreview_xml, "build_tree", broken)
    with pytest.raises(ExportError) as caught:
        export()
    (problem,) = caught.value.problems
    assert problem.claim_id == 1 and problem.severity == "error"
    assert problem.field == "oops"
    assert "claim 1" in str(caught.value) and re.search(r"line \d+", str(caught.value))
