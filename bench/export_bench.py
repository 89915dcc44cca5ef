"""Row export-xml: the validated ClaimReview export vs bare lxml building the same elements."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from lxml import etree

from bench.common import median_time, paragraph_text, row

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
S = "http://schema.org/"
OA = "http://www.w3.org/ns/oa#"
ANN = "urn:annotator:ns#"
NSMAP = {"rdf": RDF, "schema": S, "oa": OA, "ann": ANN}


def build_database(path: Path, reviews: int, per_article: int = 10) -> None:
    from annotator.domain.anchoring import selector_for
    from annotator.domain.model import Article, Claim, Review, Source
    from annotator.services import settings
    from annotator.store import open_store, repo

    rng = random.Random(7)
    store = open_store(path)
    settings.set_setting(store, "publisher.name", "Vérif'Exemple")
    settings.set_setting(store, "factcheck.base_url", "https://verif.example.org/")
    with store.write():
        for a in range(reviews // per_article):
            body = paragraph_text(rng, 5000)
            article = Article(
                title=f"Article {a} — {body[:40]}",
                body=body,
                url=f"https://news.example.org/{a}",
                published="2019-11-27",
            )
            article_id = repo.insert_article(store, article)
            for c in range(per_article):
                start = c * 400 + rng.randint(0, 100)
                end = start + rng.randint(20, 60)
                sel = selector_for(body, start, end)
                repo.insert_claim(
                    store,
                    Claim(
                        article_id=article_id,
                        exact=sel.exact,
                        start=start,
                        end=end,
                        prefix=sel.prefix,
                        suffix=sel.suffix,
                        claimant="Un élu",
                        claim_date="2019-11-20",
                        review=Review(
                            verdict=rng.choice(["true", "false", "mixed", "unproven"]),
                            explanation="Explication détaillée " * 5,
                            correction="2011",
                            status="published",
                            date_published="2019-11-28",
                        ),
                        sources=[
                            Source(
                                url=f"https://source.example.org/{a}/{c}",
                                title="Source",
                                publisher="Britannica",
                                date="2011-05-02",
                            )
                        ],
                    ),
                )
    store.close()


Spec = tuple  # (tag, attrib, text, children)


def to_spec(node: etree._Element) -> Spec:
    return (
        node.tag,
        dict(node.attrib),
        node.text if len(node) == 0 else None,
        [to_spec(child) for child in node],
    )


def bare_lxml(spec: Spec) -> bytes:
    """The baseline: exactly our elements, built and serialised by bare lxml, no checks."""
    sub = etree.SubElement

    def add(parent: etree._Element, node: Spec) -> None:
        tag, attrib, text, children = node
        element = sub(parent, tag, attrib)
        if text is not None:
            element.text = text
        for child in children:
            add(element, child)

    tag, attrib, _text, children = spec
    root = etree.Element(tag, attrib, nsmap=NSMAP)
    for child in children:
        add(root, child)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def run_rows(quick: bool) -> list[dict]:
    from annotator.services.exporting import export, export_items
    from annotator.store import open_store

    size = 2_000 if quick else 10_000
    runs = 3 if quick else 5
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        build_database(path, size)
        store = open_store(path)
        assert len(export_items(store, status="all")) == size
        spec = to_spec(etree.fromstring(export(store, fmt="claimreview-xml").data))
        ours = median_time(lambda: export(store, fmt="claimreview-xml"), runs)
        base = median_time(lambda: bare_lxml(spec), runs)
        store.close()
    return [
        row(
            "export-xml",
            ours,
            base,
            2.0,
            "bare lxml building + serialising the same elements, no validation",
            size,
        )
    ]


if __name__ == "__main__":
    from bench.common import emit

    for r in run_rows(quick=True):
        emit(r)
