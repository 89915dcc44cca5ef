"""ClaimReview as JSON-LD (the RDF/XML's graph) and as HTML snippets for fact-check pages."""

from __future__ import annotations

import json
import re
from urllib.parse import urldefrag

from lxml import etree

from annotator.domain.model import Article, Claim
from annotator.domain.rating import RatingScale
from annotator.io import claimreview_xml
from annotator.io.claimreview_preflight import (
    ExportError,
    PreparedReview,
    Problem,
    Publisher,
    prepared_reviews,
)
from annotator.io.claimreview_xml import ABOUT, DATATYPE, RESOURCE
from annotator.io.namespaces import SCHEMA, SCHEMA_DATE, XSD_INTEGER

# How schema.org's JSON-LD context (https://schema.org, the file
# schemaorgcontext.jsonld of each release) defines the terms we emit with a
# type: url and logo are IRIs, datePublished is typed schema:Date; every other
# term we use has no coercion. The XML carries the same datatypes
# (rdf:resource / rdf:datatype) so that both describe one graph.
CONTEXT_COERCION = {"url": "@id", "logo": "@id", "datePublished": SCHEMA_DATE}


# --- JSON-LD -----------------------------------------------------------------------


def _key(tag: str) -> str:
    ns, _, local = tag[1:].partition("}")
    return local if ns == SCHEMA else ns + local


def _node_json(node: etree._Element) -> dict:
    ns, _, local = node.tag[1:].partition("}")
    out: dict = {"@type": local if ns == SCHEMA else ns + local}
    about = node.get(ABOUT)
    if about is not None:
        out["@id"] = about
    for prop in node:
        key = _key(prop.tag)
        value: object
        resource = prop.get(RESOURCE)
        coercion = CONTEXT_COERCION.get(key)
        if resource is not None:
            value = resource if coercion == "@id" else {"@id": resource}
        elif len(prop):
            value = _node_json(prop[0])
        else:
            text = prop.text or ""
            datatype = prop.get(DATATYPE)
            if datatype is None:
                value = text if coercion is None else {"@value": text}
            elif datatype == coercion:
                value = text
            elif datatype == XSD_INTEGER:
                value = int(text)
            else:
                value = {"@value": text, "@type": datatype}
        if key in out:
            if not isinstance(out[key], list):
                out[key] = [out[key]]
            out[key].append(value)
        else:
            out[key] = value
    return out


def to_jsonld(
    items: list[tuple[Article, Claim]],
    scale: RatingScale,
    publisher: Publisher,
    warnings: list[Problem] | None = None,
) -> str:
    """ClaimReview as JSON-LD with "@context": "https://schema.org": the XML's graph.

    One review gives one object, several an "@graph". Raises ExportError like
    to_claimreview_xml. "<" is written as \\u003c so the text can sit in a
    <script> element as it is.
    """
    reviews, org = prepared_reviews(items, scale, publisher, warnings)
    return _jsonld_text(reviews, org)


def _jsonld_text(
    reviews: list[PreparedReview], org: tuple[str | None, str | None, str | None]
) -> str:
    root = claimreview_xml.build_tree(reviews, org)
    # The JSON is derived from the validated XML tree, so both formats carry
    # one graph by construction and the XSD guards the JSON-LD too.
    if not claimreview_xml.tree_is_valid(root):
        raise ExportError(claimreview_xml.xsd_problems(claimreview_xml.serialize(root)))
    nodes = [_node_json(node) for node in root]
    if len(nodes) == 1:
        document = {"@context": "https://schema.org", **nodes[0]}
    else:
        document = {"@context": "https://schema.org", "@graph": nodes}
    return script_safe_json(document)


def script_safe_json(document: object) -> str:
    """Indented JSON that can sit inside an HTML <script> element as it is.

    "<" is written \\u003c, so neither "</script>" nor "<!--" can appear; U+2028
    and U+2029 are escaped for older JavaScript parsers.
    """
    text = json.dumps(document, ensure_ascii=False, indent=2)
    text = text.replace("<", "\\u003c").replace("\u2028", "\\u2028")
    return text.replace("\u2029", "\\u2029") + "\n"


# --- HTML snippet ------------------------------------------------------------------


def _comment_safe(text: str) -> str:
    """Text that cannot end or break an HTML comment (no "--", no ">")."""
    return re.sub(r"-(?=-)", "%2D", text).replace(">", "%3E")


def to_html_snippets(
    items: list[tuple[Article, Claim]],
    scale: RatingScale,
    publisher: Publisher,
    warnings: list[Problem] | None = None,
) -> str:
    """Per article, a ready `<script type="application/ld+json">` with its reviews.

    Each snippet goes in that article's fact-check page; its JSON-LD is the
    same graph as the XML export of those reviews. Raises ExportError like
    to_claimreview_xml, before anything is produced.
    """
    reviews, org = prepared_reviews(items, scale, publisher, warnings)
    groups: dict[int | None, list[PreparedReview]] = {}
    pages: dict[int | None, str] = {}
    for (article, _claim), review in zip(items, reviews, strict=True):
        groups.setdefault(article.id, []).append(review)
        pages.setdefault(article.id, urldefrag(review.url).url)
    parts = []
    for article_id, group in groups.items():
        what = f"article {article_id}" if article_id is not None else "an article"
        parts.append(
            f"<!-- ClaimReview of {what}, for {_comment_safe(pages[article_id])} -->\n"
            '<script type="application/ld+json">\n'
            f"{_jsonld_text(group, org)}"
            "</script>\n"
        )
    return "\n".join(parts)
