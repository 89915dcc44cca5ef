"""`export --format web-annotation`: W3C Web Annotation JSON-LD, and reading it back."""

from __future__ import annotations

import json

import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.domain import Article, Claim, Review, Source, default_scale, find_quote, selector_for
from annotator.domain.text import has_xml_illegal
from annotator.io.claimreview import Publisher
from annotator.io.claimreview_import import read_reviews
from annotator.io.web_annotation import ARTICLE_URN, article_urn, to_web_annotation
from tests.support import PHRASE as QUOTE

BODY = (
    "Et au Pakistan, les technologies de la société US ont contribué à la localisation "
    "d’Oussama Ben Laden, tué par un commando américain en 2001 après des années de traque. 🙂"
)
PUBLISHER = Publisher(name="Vérif", url="https://verif.example.org/", language="fr",
                      base_url="https://verif.example.org")  # fmt: skip

# The terms of http://www.w3.org/ns/anno.jsonld that the export uses, mirrored
# so that rdflib reads the document offline.
ANNO = {
    "oa": "http://www.w3.org/ns/oa#",
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "as": "http://www.w3.org/ns/activitystreams#",
    "id": {"@type": "@id", "@id": "@id"},
    "type": {"@type": "@id", "@id": "@type"},
    "Annotation": "oa:Annotation",
    "TextualBody": "oa:TextualBody",
    "SpecificResource": "oa:SpecificResource",
    "TextQuoteSelector": "oa:TextQuoteSelector",
    "TextPositionSelector": "oa:TextPositionSelector",
    "Organization": "foaf:Organization",
    "AnnotationCollection": "as:OrderedCollection",
    "AnnotationPage": "as:OrderedCollectionPage",
    "assessing": "oa:assessing",
    "commenting": "oa:commenting",
    "editing": "oa:editing",
    "linking": "oa:linking",
    "body": {"@type": "@id", "@id": "oa:hasBody"},
    "target": {"@type": "@id", "@id": "oa:hasTarget"},
    "source": {"@type": "@id", "@id": "oa:hasSource"},
    "selector": {"@type": "@id", "@id": "oa:hasSelector"},
    "creator": {"@type": "@id", "@id": "dcterms:creator"},
    "homepage": {"@type": "@id", "@id": "foaf:homepage"},
    "motivation": {"@type": "@vocab", "@id": "oa:motivatedBy"},
    "purpose": {"@type": "@vocab", "@id": "oa:hasPurpose"},
    "value": "rdf:value",
    "exact": "oa:exact",
    "prefix": "oa:prefix",
    "suffix": "oa:suffix",
    "language": "dcterms:language",
    "name": "foaf:name",
    "label": "rdfs:label",
    "start": {"@id": "oa:start", "@type": "xsd:nonNegativeInteger"},
    "end": {"@id": "oa:end", "@type": "xsd:nonNegativeInteger"},
    "first": {"@type": "@id", "@id": "as:first"},
    "items": {"@type": "@id", "@id": "as:items", "@container": "@list"},
    "total": {"@id": "as:totalItems", "@type": "xsd:nonNegativeInteger"},
    "startIndex": {"@id": "as:startIndex", "@type": "xsd:nonNegativeInteger"},
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
}
OA = rdflib.Namespace("http://www.w3.org/ns/oa#")
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")


def make(url: str | None = "https://www.example.fr/palantir") -> list[tuple[Article, Claim]]:
    article = Article(title="Palantir", body=BODY, url=url, id=4)
    start, end = find_quote(BODY, QUOTE)
    sel = selector_for(BODY, start, end)
    c = Claim(
        article_id=4, exact=sel.exact, start=start, end=end, prefix=sel.prefix,
        suffix=sel.suffix, claimant="Jean Dupont", claim_date="2019-11-19", id=9,
        review=Review(verdict="false", explanation="Tué le 2 mai 2011.", correction="2011",
                      status="published", date_published="2019-11-20"),
        sources=[Source(url="https://www.britannica.com/x", title="Britannica", date="2011-05-02")],
    )  # fmt: skip
    return [(article, c)]


def test_one_annotation_with_quote_and_position_selectors_and_an_assessing_body():
    document = json.loads(to_web_annotation(make(), default_scale(), PUBLISHER))
    assert document["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    assert document["type"] == "Annotation" and document["motivation"] == "assessing"
    assert document["id"] == "https://verif.example.org/palantir#claim-9"
    assessing = [b for b in document["body"] if b.get("purpose") == "assessing"]
    assert assessing == [
        {
            "type": "TextualBody", "purpose": "assessing", "value": "Faux", "language": "fr",
            "ann:verdict": "false", "schema:ratingValue": 1, "schema:bestRating": 5,
            "schema:worstRating": 1,
        }
    ]  # fmt: skip
    purposes = [b["purpose"] for b in document["body"]]
    assert purposes == ["assessing", "commenting", "editing", "linking"]
    target = document["target"]
    assert target["source"] == "https://www.example.fr/palantir"
    quote, position = target["selector"]
    assert quote["type"] == "TextQuoteSelector" and quote["exact"] == QUOTE
    assert position["type"] == "TextPositionSelector"
    assert BODY[position["start"] : position["end"]] == QUOTE  # code points
    assert document["creator"] == {
        "type": "Organization", "name": "Vérif", "homepage": "https://verif.example.org/"
    }  # fmt: skip


def test_an_article_without_url_is_named_by_its_text():
    document = json.loads(to_web_annotation(make(url=None), default_scale(), PUBLISHER))
    assert document["target"]["source"] == article_urn(BODY)
    assert article_urn(BODY).startswith(ARTICLE_URN)
    assert article_urn(BODY) == article_urn(BODY.replace(" ", "  "))  # as the store's hash


def test_rdf_readers_see_the_web_annotation_vocabulary():
    document = json.loads(to_web_annotation(make(), default_scale(), PUBLISHER))
    document["@context"] = [ANNO, document["@context"][1]]
    graph = rdflib.Graph().parse(data=json.dumps(document), format="json-ld")
    annotation = rdflib.URIRef("https://verif.example.org/palantir#claim-9")
    assert (annotation, rdflib.RDF.type, OA.Annotation) in graph
    assert (annotation, OA.motivatedBy, OA.assessing) in graph
    bodies = list(graph.objects(annotation, OA.hasBody))
    assessing = [b for b in bodies if (b, OA.hasPurpose, OA.assessing) in graph]
    assert len(assessing) == 1
    assert str(graph.value(assessing[0], rdflib.RDF.value)) == "Faux"
    target = graph.value(annotation, OA.hasTarget)
    kinds = {graph.value(s, rdflib.RDF.type) for s in graph.objects(target, OA.hasSelector)}
    assert kinds == {OA.TextQuoteSelector, OA.TextPositionSelector}


def test_several_claims_make_a_collection_read_back_whole():
    items = make() * 1
    article, first = items[0]
    second = Claim(
        article_id=4, exact="Oussama Ben Laden", start=BODY.index("Oussama"),
        end=BODY.index("Oussama") + len("Oussama Ben Laden"), id=10,
        review=Review(verdict="unproven"),
    )  # fmt: skip
    text = to_web_annotation([(article, first), (article, second)], default_scale(), PUBLISHER)
    document = json.loads(text)
    assert document["type"] == "AnnotationCollection" and document["total"] == 2
    records = read_reviews(text.encode(), "anno.json").records
    assert [r.claim_id_hint for r in records] == [9, 10]
    one, two = records
    assert (one.verdict_key, one.rating_label, one.rating_value) == ("false", "Faux", 1.0)
    assert (one.explanation, one.correction, one.claimant) == ("Tué le 2 mai 2011.", "2011",
                                                                "Jean Dupont")  # fmt: skip
    assert (one.claim_date, one.date_published, one.status) == ("2019-11-19", "2019-11-20",
                                                                 "published")  # fmt: skip
    assert [(s.url, s.title, s.date) for s in one.sources] == [
        ("https://www.britannica.com/x", "Britannica", "2011-05-02")
    ]
    assert (one.selector.start, one.selector.end, one.selector.exact) == (
        first.start, first.end, QUOTE
    )  # fmt: skip
    assert two.verdict_key == "unproven" and two.rating_value is None


awkward = st.text(
    alphabet=st.one_of(
        st.characters(),
        st.sampled_from(["\x00", "\x0b", "\ufffe", "<", "&", '"', "\u202e", "🙂", "\r"]),
    ),
    max_size=30,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(explanation=awkward, correction=awkward, claimant=awkward, title=awkward)
def test_awkward_text_never_carries_characters_xml_forbids(
    explanation, correction, claimant, title
):
    items = make()
    article, c = items[0]
    article.title = title or "t"
    c.review.explanation, c.review.correction, c.claimant = explanation, correction, claimant
    c.sources[0].title = title
    text = to_web_annotation(items, default_scale(), PUBLISHER)
    assert not has_xml_illegal(text)
    text.encode("utf-8")  # no lone surrogate
    (record,) = read_reviews(text.encode("utf-8"), "a.json").records
    assert record.verdict_key == "false"
