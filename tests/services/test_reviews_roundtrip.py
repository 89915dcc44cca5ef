"""Round trip: XML export -> import-reviews into a fresh database -> XML export: one graph.

"The same graph" means rdflib.compare.isomorphic on the two documents. Review
URLs end in `#claim-<id>` and import-reviews keeps each claim's id when it is
free (always, in a fresh database), so the graphs are identical. When an id
is taken, the claim gets another and the graphs are the same up to those
fragments: `canonical()` below maps each `#claim-N` review to a blank node.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
import rdflib
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rdflib.compare import graph_diff, isomorphic

from annotator.domain import Article, Source
from annotator.domain.text import has_xml_illegal, normalize_text, strip_xml_illegal
from annotator.io.claimreview import ExportError
from annotator.services import claims as claim_service
from annotator.services import exporting
from annotator.services import reviews as svc
from annotator.services import settings as settings_service
from annotator.services.articles import import_article
from annotator.store import open_store

# Property tests: hundreds of exports and imports.
pytestmark = pytest.mark.slow

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SAMPLE = SHARED / "samples" / "palantir-dgsi-2019-11.txt"


def graph(xml: bytes) -> rdflib.Graph:
    return rdflib.Graph().parse(data=xml, format="xml")


def assert_same(first: bytes, second: bytes, *, modulo_ids: bool = False) -> None:
    one, two = graph(first), graph(second)
    if modulo_ids:
        one, two = canonical(one), canonical(two)
    if not isomorphic(one, two):
        _, only_one, only_two = graph_diff(one, two)
        pytest.fail(
            "graphs differ:\n"
            + "\n".join(f"first only:  {t}" for t in sorted(only_one))
            + "\n"
            + "\n".join(f"second only: {t}" for t in sorted(only_two))
        )


def canonical(g: rdflib.Graph) -> rdflib.Graph:
    """The graph with every `#claim-N` review URL replaced by a blank node."""
    names: dict[rdflib.term.Node, rdflib.BNode] = {}

    def swap(node):
        if isinstance(node, rdflib.URIRef) and re.search(r"#claim-\d+$", str(node)):
            return names.setdefault(node, rdflib.BNode())
        return node

    out = rdflib.Graph()
    for s, p, o in g:
        out.add((swap(s), p, swap(o)))
    return out


# --- the running example ---------------------------------------------------------


def import_sample(store) -> int:
    from annotator.io.text_import import read_text_article

    return import_article(store, read_text_article(SAMPLE.read_bytes(), str(SAMPLE))).article_id


def three_claims(store, article_id: int) -> None:
    claim_service.add_claim_by_quote(
        store, article_id=article_id, quote="tué par un commando américain en 2001",
        verdict="Faux", correction="2011", claimant="Sputnik France", claim_date="2019-11-27",
        explanation="Oussama Ben Laden a été tué le 2 mai 2011 à Abbottabad.",
        sources=["https://www.britannica.com/event/killing-of-Osama-bin-Laden"],
    )  # fmt: skip
    claim_service.add_claim_by_quote(
        store, article_id=article_id, quote="un contrat de trois ans", verdict="mostly-true",
        status="published",
    )  # fmt: skip
    claim_service.add_claim_by_quote(
        store, article_id=article_id, quote="Palantir Technologies", occurrence=2,
        verdict="unproven", claim_reviewed="Palantir fournit la DGSI",
    )  # fmt: skip


@pytest.mark.parametrize("configured", [False, True])
def test_three_claims_on_the_sample_round_trip_to_the_same_graph(tmp_path, configured):
    if not SAMPLE.exists():
        pytest.skip("../shared is absent (as on a user's clone)")
    with open_store(tmp_path / "a.db") as a:
        if configured:
            settings_service.set_setting(a, "publisher.name", "Vérif'Exemple")
            settings_service.set_setting(a, "publisher.url", "https://verif.example.org/")
            settings_service.set_setting(a, "factcheck.base_url", "https://verif.example.org/")
        three_claims(a, import_sample(a))
        first = exporting.export(a, fmt="claimreview-xml").data
    with open_store(tmp_path / "b.db") as b:
        import_sample(b)
        report = svc.import_review_data(b, first, "first.xml")
        assert report.summary == "attached 3, external 0, failed 0"
        second = exporting.export(b, fmt="claimreview-xml").data
    assert len(graph(first)) > 60
    assert_same(first, second)


def test_the_same_graph_up_to_claim_ids_when_ids_are_taken(tmp_path):
    if not SAMPLE.exists():
        pytest.skip("../shared is absent (as on a user's clone)")
    with open_store(tmp_path / "a.db") as a:
        three_claims(a, import_sample(a))
        first = exporting.export(a, fmt="claimreview-xml").data
    with open_store(tmp_path / "b.db") as b:
        article_id = import_sample(b)
        for _ in range(3):  # ids 1-3 taken, then deleted claims leave ids 4-6 taken too
            claim_service.add_claim_by_quote(b, article_id=article_id, quote="Palantir")
        svc.import_review_data(b, first, "first.xml")
        for claim_id in (1, 2, 3):
            claim_service.delete_claim(b, claim_id=claim_id)
        second = exporting.export(b, fmt="claimreview-xml").data
    assert not isomorphic(graph(first), graph(second))  # the fragments differ...
    assert_same(first, second, modulo_ids=True)  # ...and nothing else


# --- property: random claims, verdicts, sources and awkward text -------------------

NASTY = [
    "\x00", "\x0b", "\x1f", "\ufffe", "\uffff", "\r", "<", "&", "]]>", '"', "'", "\u202e",
    "🙂", "\u200d", "\x85", "\u2028", " ", "\t", "\n", "<!--", "</script>", "עברית",
]  # fmt: skip
# Lone surrogates cannot be stored in SQLite's UTF-8; everything else can.
characters = st.characters(blacklist_categories=("Cs",))
awkward = st.lists(st.one_of(characters, st.sampled_from(NASTY)), max_size=25).map("".join)
WORDS = [
    "Le", "ciel", "est", "vert", "selon", "Jean", "«", "Dupont", "»", "&", "ses", "amis", "<",
    "3", ";", "l’an", "2001", "🙂", "שלום", ";", "fin",
]  # fmt: skip
URLS = ["https://www.britannica.com/x", "http://example.org/a?b=1&c=2&d=%3C", "https://ex.fr/é"]
DATES = [None, "2019", "2019-11", "2019-11-27", "2019-11-27T10:00:00+01:00"]


@st.composite
def bodies(draw) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=6, max_size=30))
    extra = draw(awkward)
    at = draw(st.integers(min_value=0, max_value=len(words)))
    # Bodies as the importers store them: NFC, LF, nothing XML forbids.
    text = normalize_text(
        " ".join(["Texte", *words[:at]]) + " " + extra + " " + " ".join(words[at:])
    )
    return strip_xml_illegal(text)


@st.composite
def claims(draw, body: str) -> dict:
    spans = [m.span() for m in re.finditer(r"\w+", body)]
    first = draw(st.integers(min_value=0, max_value=len(spans) - 1))
    last = draw(st.integers(min_value=first, max_value=min(len(spans) - 1, first + 5)))
    sources = draw(
        st.lists(
            st.builds(
                Source,
                url=st.sampled_from(URLS),
                title=awkward,
                publisher=awkward,
                date=st.sampled_from(DATES),
                quote=awkward,
            ),
            max_size=2,
        )
    )
    return {
        "start": spans[first][0],
        "end": spans[last][1],
        "verdict": draw(
            st.sampled_from(["true", "mostly-true", "mixed", "mostly-false", "false", "unproven"])
        ),
        "explanation": draw(st.none() | awkward),
        "correction": draw(st.none() | awkward),
        "claim_reviewed": draw(st.none() | awkward.map(lambda t: "R " + t)),
        "claimant": draw(st.none() | awkward),
        "claim_date": draw(st.sampled_from(DATES)),
        "status": draw(st.sampled_from(["draft", "in-review", "published"])),
        "sources": sources,
    }


@st.composite
def cases(draw):
    # Two texts, never the same once whitespace is folded (that is a duplicate).
    texts = [draw(bodies()), "Autre texte. " + draw(bodies())]
    articles = [
        Article(title=draw(awkward) or "t", body=texts[0], url="https://news.example.fr/a"),
        Article(title="Sans adresse", body=texts[1]),  # found by its quote alone
    ]
    marked = []
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        which = draw(st.integers(min_value=0, max_value=1))
        marked.append((which, draw(claims(texts[which]))))
    config = {
        "publisher.name": draw(st.sampled_from([None, "Vérif & <Co>"])),
        "factcheck.base_url": draw(st.sampled_from([None, "https://verif.example.org/"])),
        "language": draw(st.sampled_from([None, "en", "fr"])),
    }
    return articles, marked, config


def _fill(store, articles, marked, config) -> None:
    for key, value in config.items():
        if value is not None:
            settings_service.set_setting(store, key, value)
    ids = [import_article(store, Article(**vars(a))).article_id for a in articles]
    for which, fields in marked:
        claim_service.mark_claim(
            store,
            article_id=ids[which],
            **{**fields, "sources": [Source(**vars(s)) for s in fields["sources"]]},
        )


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(case=cases())
@example(
    case=(
        [
            Article(title="<&>", body="Le ciel\x0b est vert 🙂 selon Jean", url="https://n.fr/a"),
            Article(title="x", body="Il dit « l’an 2001 » ; fin"),
        ],
        [
            (0, {"start": 0, "end": 14, "verdict": "false", "explanation": "\x00a\r\n",
                 "correction": " ", "claim_reviewed": None, "claimant": "\ufffe", "claim_date":
                 "2019", "status": "published", "sources": [Source(url=URLS[1], quote="q \x00")]}),
            (1, {"start": 9, "end": 16, "verdict": "unproven", "explanation": None,
                 "correction": "</script>", "claim_reviewed": "R \u202e", "claimant": None,
                 "claim_date": None, "status": "draft", "sources": []}),
        ],
        {"publisher.name": "Vérif & <Co>", "factcheck.base_url": None, "language": "en"},
    )
)  # fmt: skip
@pytest.mark.parametrize("carrier", ["claimreview-xml", "web-annotation"])
def test_any_claims_round_trip_to_the_same_graph(case, carrier):
    """Exported as XML (or as Web Annotation), imported into a fresh database with
    the same articles, exported as XML again: the same graph as the first XML."""
    articles, marked, config = case
    with tempfile.TemporaryDirectory() as folder:
        with open_store(Path(folder) / "a.db") as a:
            _fill(a, articles, marked, config)
            try:
                first = exporting.export(a, fmt="claimreview-xml").data
                carried = exporting.export(a, fmt=carrier).data
            except ExportError as exc:  # pragma: no cover - a generator bug, shown
                pytest.fail(f"the first export failed: {exc}")
        assert not has_xml_illegal(first.decode("utf-8"))
        assert not has_xml_illegal(carried.decode("utf-8"))
        with open_store(Path(folder) / "b.db") as b:
            for article in articles:
                import_article(b, Article(**vars(article)))
            report = svc.import_review_data(b, carried, "first")
            assert report.failed == []
            assert (report.attached, report.external) == (len(marked), 0)
            second = exporting.export(b, fmt="claimreview-xml").data
    assert_same(first, second)
