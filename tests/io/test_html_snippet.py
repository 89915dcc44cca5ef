"""`export --format html`: a ready <script type="application/ld+json"> per article."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import rdflib
from lxml import etree
from rdflib.compare import isomorphic

from annotator.domain import Article, Claim, Review, default_scale, find_quote, selector_for
from annotator.io.claimreview import Publisher, to_claimreview_xml, to_html_snippets
from annotator.io.claimreview_import import read_reviews

HERE = Path(__file__).parent
# Our mirror of the schema.org context (the file the JSON-LD graph test uses),
# so that rdflib never fetches https://schema.org.
CONTEXT = json.loads((HERE / "jsonld-context.json").read_text(encoding="utf-8"))["@context"]
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

NASTY = "</script><script>alert(1)</script> <!-- --> ]]> & \u2028 <\u0000/script>"


def claim(article: Article, claim_id: int, quote: str, verdict: str = "false") -> Claim:
    start, end = find_quote(article.body, quote)
    sel = selector_for(article.body, start, end)
    return Claim(
        article_id=article.id or 0, exact=sel.exact, start=start, end=end, prefix=sel.prefix,
        suffix=sel.suffix, claimant=NASTY, claim_date="2019-11-19", id=claim_id,
        review=Review(verdict=verdict, explanation=NASTY, correction="</SCRIPT >",
                      status="published", date_published="2019-11-20"),
    )  # fmt: skip


def items() -> list[tuple[Article, Claim]]:
    one = Article(
        title="Premier </script> article", body="Le ciel est vert. La mer est rouge.", id=1,
        url="https://news.example.fr/un", fact_check_url="https://verif.example.org/un--deux",
    )  # fmt: skip
    two = Article(title="Second", body="Les poules ont des dents <b>.", id=2)
    return [
        (one, claim(one, 1, "Le ciel est vert")),
        (one, claim(one, 2, "La mer est rouge", "mostly-false")),
        (two, claim(two, 3, "Les poules ont des dents <b>", "unproven")),
    ]


PUBLISHER = Publisher(name="Vérif </script>", base_url="https://verif.example.org", language="fr")


def snippet() -> str:
    return to_html_snippets(items(), default_scale(), PUBLISHER)


def test_one_script_element_per_article_that_a_browser_reads_whole():
    text = snippet()
    root = etree.fromstring(f"<html><body>{text}</body></html>", etree.HTMLParser(no_network=True))
    scripts = root.findall(".//script")
    assert len(scripts) == 2
    assert all(s.get("type") == "application/ld+json" for s in scripts)
    documents = [json.loads(s.text) for s in scripts]
    assert [len(d["@graph"]) if "@graph" in d else 1 for d in documents] == [2, 1]
    assert documents[0]["@graph"][0]["reviewBody"] == NASTY.replace("\u0000", "")


def test_nothing_in_any_text_can_close_the_script_or_the_comment():
    text = snippet()
    assert len(re.findall(r"</script", text, re.I)) == 2  # our own closing tags only
    assert "<!--" not in text.replace("<!-- ClaimReview of", "")
    comments = re.findall(r"<!--(.*?)-->", text, re.S)
    assert len(comments) == 2 and all("--" not in c for c in comments)
    assert "\u2028" not in text and "\x00" not in text


def test_the_snippets_hold_the_same_graph_as_the_xml():
    text = snippet()
    from_json = rdflib.Graph()
    for block in re.findall(r'<script type="application/ld\+json">\n(.*?)</script>', text, re.S):
        document = json.loads(block)
        document["@context"] = CONTEXT
        from_json.parse(data=json.dumps(document), format="json-ld")
    from_xml = rdflib.Graph().parse(
        data=to_claimreview_xml(items(), default_scale(), PUBLISHER), format="xml"
    )
    assert isomorphic(from_xml, from_json)


def test_the_snippet_is_read_back_by_import_reviews():
    result = read_reviews(snippet().encode(), "page.html")
    assert result.failed == []
    assert [r.claim_id_hint for r in result.records] == [1, 2, 3]
    assert all(r.ours for r in result.records)
    assert result.records[0].explanation == NASTY.replace("\u0000", "")
