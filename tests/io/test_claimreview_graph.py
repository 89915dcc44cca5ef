"""The XML and the JSON-LD export describe one RDF graph (read offline with rdflib)."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
import rdflib
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rdflib.compare import graph_diff, isomorphic
from rdflib.namespace import XSD

from annotator.domain import Article, Claim, Review, Source, default_scale, find_quote, selector_for
from annotator.domain.text import has_xml_illegal
from annotator.io import claimreview
from annotator.io.claimreview import (
    Publisher,
    to_claimreview_xml,
    to_jsonld,
    validate_claimreview_xml,
)

HERE = Path(__file__).parent
SDO = rdflib.Namespace("http://schema.org/")
OA = rdflib.Namespace("http://www.w3.org/ns/oa#")
ANN = rdflib.Namespace("urn:annotator:ns#")
# Our mirror of the schema.org context's definitions of the terms we use, so
# that rdflib never fetches https://schema.org.
CONTEXT = json.loads((HERE / "jsonld-context.json").read_text(encoding="utf-8"))["@context"]

BODY = (
    "Et au Pakistan, les technologies de la société US ont contribué à la localisation "
    "d’Oussama Ben Laden, tué par un commando américain en 2001 après des années de traque."
)


# rdflib's own JSON-LD parser builds a ConjunctiveGraph internally (rdflib 7.x).
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("something tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def make_claim(article: Article, claim_id: int, quote: str, verdict: str = "false") -> Claim:
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
            verdict=verdict,
            explanation="Ben Laden a été tué le 2 mai 2011, et non en 2001.",
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
                quote="killed on May 2, 2011",
            ),
            Source(url="https://en.wikipedia.org/wiki/Killing_of_Osama_bin_Laden"),
        ],
        id=claim_id,
    )


def article() -> Article:
    return Article(
        title="Palantir et la DGSI : le contrat renouvelé",
        body=BODY,
        url="https://www.example.fr/palantir-dgsi",
        published="2019-11",
        fact_check_url="https://factcheck.example.org/palantir-dgsi",
        id=12,
    )


def publisher() -> Publisher:
    return Publisher(
        name="Vérif'Exemple",
        url="https://factcheck.example.org/",
        logo="https://factcheck.example.org/logo.png",
        base_url="https://factcheck.example.org",
        language="fr",
    )


def sample_items() -> list[tuple[Article, Claim]]:
    a = article()
    return [(a, make_claim(a, 1, "tué par un commando américain en 2001"))]


def graphs(items, pub=None) -> tuple[rdflib.Graph, rdflib.Graph, dict]:
    pub = pub or publisher()
    xml = to_claimreview_xml(items, default_scale(), pub)
    text = to_jsonld(items, default_scale(), pub)
    document = json.loads(text)
    assert document["@context"] == "https://schema.org"
    offline = dict(document, **{"@context": CONTEXT})
    from_xml = rdflib.Graph().parse(data=xml, format="xml")
    from_json = rdflib.Graph().parse(data=json.dumps(offline), format="json-ld")
    return from_xml, from_json, document


def assert_same_graph(from_xml: rdflib.Graph, from_json: rdflib.Graph) -> None:
    if not isomorphic(from_xml, from_json):
        _, only_xml, only_json = graph_diff(from_xml, from_json)
        pytest.fail(
            "XML and JSON-LD differ:\n"
            + "\n".join(f"only in XML:  {t}" for t in sorted(only_xml))
            + "\n"
            + "\n".join(f"only in JSON: {t}" for t in sorted(only_json))
        )


def test_sample_xml_and_jsonld_are_one_graph():
    from_xml, from_json, _ = graphs(sample_items())
    assert len(from_xml) > 40
    assert_same_graph(from_xml, from_json)


def test_several_reviews_in_a_graph_are_one_graph_too():
    a = article()
    orphan = make_claim(a, 3, "des années de traque", verdict="mostly-true")
    orphan.start = orphan.end = None
    orphan.sources = []
    orphan.claimant = None
    items = [
        (a, make_claim(a, 1, "tué par un commando américain en 2001")),
        (a, make_claim(a, 2, "Oussama Ben Laden", verdict="unproven")),
        (a, orphan),
    ]
    from_xml, from_json, document = graphs(items)
    assert len(document["@graph"]) == 3
    assert_same_graph(from_xml, from_json)
    assert len(set(from_xml.subjects(rdflib.RDF.type, SDO.ClaimReview))) == 3


def test_one_claim_review_rated_faux_with_its_required_fields():
    from_xml, from_json, _ = graphs(sample_items())
    query = """
        PREFIX schema: <http://schema.org/>
        SELECT ?review ?url ?text ?claim WHERE {
            ?review a schema:ClaimReview ;
                    schema:url ?url ;
                    schema:claimReviewed ?text ;
                    schema:reviewRating/schema:alternateName "Faux" ;
                    schema:itemReviewed ?claim .
            ?claim a schema:Claim .
        }
    """
    for graph in (from_xml, from_json):
        rows = list(graph.query(query))
        assert len(rows) == 1
        review, url, text, _ = rows[0]
        page = "https://factcheck.example.org/palantir-dgsi#claim-1"
        assert review == url == rdflib.URIRef(page)
        assert str(text) == "tué par un commando américain en 2001"


def test_datatypes_follow_the_schema_org_context():
    from_xml, _, _ = graphs(sample_items())
    review = rdflib.URIRef("https://factcheck.example.org/palantir-dgsi#claim-1")
    assert from_xml.value(review, SDO.datePublished) == rdflib.Literal(
        "2019-11-20", datatype=SDO.Date
    )
    assert isinstance(from_xml.value(review, SDO.url), rdflib.URIRef)
    rating = from_xml.value(review, SDO.reviewRating)
    assert from_xml.value(rating, SDO.ratingValue) == rdflib.Literal(1, datatype=XSD.integer)
    author = from_xml.value(review, SDO.author)
    assert isinstance(from_xml.value(author, SDO.logo), rdflib.URIRef)
    claim = from_xml.value(review, SDO.itemReviewed)
    target = from_xml.value(claim, ANN.anchor)
    assert from_xml.value(target, OA.hasSource) == rdflib.URIRef(
        "https://www.example.fr/palantir-dgsi"
    )
    selectors = set(from_xml.objects(target, OA.hasSelector))
    kinds = {from_xml.value(s, rdflib.RDF.type) for s in selectors}
    assert kinds == {OA.TextQuoteSelector, OA.TextPositionSelector}


def test_the_context_mirror_agrees_with_the_exporter():
    # Every schema.org term the JSON-LD uses is in our mirror of the context,
    # and the exporter's idea of each term's coercion is the mirror's.
    _, _, document = graphs(sample_items())
    used: set[str] = set()

    def walk(value):
        if isinstance(value, dict):
            for key, inner in value.items():
                used.add(key)
                if key == "@type":
                    used.add(inner)
                walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    walk(document)
    for term in used:
        if term.startswith("@") or "://" in term or term.startswith("urn:"):
            continue
        assert term in CONTEXT, f"{term!r} is missing from tests/io/jsonld-context.json"
    for term, definition in CONTEXT.items():
        if isinstance(definition, dict) and "@type" in definition:
            coerced = definition["@type"]
            expected = coerced if coerced == "@id" else "http://schema.org/" + coerced
            assert claimreview.CONTEXT_COERCION.get(term) == expected, term
    for term in claimreview.CONTEXT_COERCION:
        assert term in CONTEXT and "@type" in CONTEXT[term], term


def test_jsonld_is_safe_inside_a_script_element():
    items = sample_items()
    items[0][1].review.explanation = "</script><script>alert(1)</script>"
    text = to_jsonld(items, default_scale(), publisher())
    assert "</script" not in text
    explanation = json.loads(text)["reviewBody"]
    assert explanation == "</script><script>alert(1)</script>"


# --- property: awkward text ---------------------------------------------------------

NASTY = [
    "\x00",
    "\x0b",
    "\x1f",
    "\ud800",
    "\udfff",
    "\ufffe",
    "\uffff",
    "\r",
    "\r\n",
    "<",
    "&",
    "]]>",
    '"',
    "'",
    "\u202e",
    "🙂",
    "\u200d",
    "\x85",
    "\u2028",
    " ",
    "\t",
]
awkward = st.lists(st.one_of(st.characters(), st.sampled_from(NASTY)), max_size=40).map("".join)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    explanation=awkward,
    correction=awkward,
    claimant=awkward,
    quote=awkward,
    title=awkward,
    restatement=awkward,
)
@example(
    explanation="\x00\x0b\ud800\ufffe",
    correction="\r\n",
    claimant="\ud800",
    quote="a\x00b\ufffe",
    title="<&>",
    restatement="\x0b",
)
def test_any_text_gives_a_valid_xml_and_the_same_graph(
    explanation, correction, claimant, quote, title, restatement
):
    a = article()
    a.title = title or "t"
    c = make_claim(a, 1, "tué par un commando américain en 2001")
    c.review.explanation = explanation
    c.review.correction = correction
    c.claimant = claimant
    c.exact = "tué " + quote
    c.prefix = quote
    c.suffix = quote
    c.review.claim_reviewed = "R " + restatement
    c.sources[0].title = title
    c.sources[0].quote = quote
    items = [(a, c)]

    xml = to_claimreview_xml(items, default_scale(), publisher())
    assert validate_claimreview_xml(xml, "prop.xml") == []
    assert not has_xml_illegal(xml.decode("utf-8"))
    text = to_jsonld(items, default_scale(), publisher())
    text.encode("utf-8")  # no lone surrogate survives
    from_xml, from_json, _ = graphs(items)
    assert_same_graph(from_xml, from_json)
    if explanation.strip() and not has_xml_illegal(explanation):
        review = rdflib.URIRef("https://factcheck.example.org/palantir-dgsi#claim-1")
        assert str(from_xml.value(review, SDO.reviewBody)) == explanation
