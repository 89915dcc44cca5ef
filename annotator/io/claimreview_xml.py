"""ClaimReview as RDF/XML: the tree, its bytes, and the XSD profile that validates both."""

from __future__ import annotations

import functools
import re
import threading
from bisect import bisect_right

from lxml import etree

from annotator import resources
from annotator.domain.model import Article, Claim
from annotator.domain.rating import RatingScale
from annotator.domain.text import date_problem
from annotator.io.claimreview_preflight import (
    ERROR,
    ExportError,
    PreparedReview,
    Problem,
    Publisher,
    prepared_reviews,
)
from annotator.io.namespaces import ANN, NSMAP, OA, RDF, SCHEMA, SCHEMA_DATE, XSD_INTEGER
from annotator.io.xmlsafe import UnsafeXMLError, parse_untrusted


def _q(ns: str, name: str) -> str:
    return f"{{{ns}}}{name}"


# rdf:about, rdf:resource, rdf:datatype: the JSON-LD writer reads them off the tree too.
ABOUT, RESOURCE, DATATYPE = _q(RDF, "about"), _q(RDF, "resource"), _q(RDF, "datatype")


def _names(ns: str, names: str) -> dict[str, str]:
    return {name: _q(ns, name) for name in names.split()}


_S = _names(
    SCHEMA,
    "ClaimReview url claimReviewed reviewRating Rating ratingValue bestRating worstRating "
    "alternateName itemReviewed Claim author Person Organization name datePublished "
    "appearance CreativeWork inLanguage reviewBody citation publisher logo",
)
_W = _names(
    OA,
    "SpecificResource hasSource hasSelector TextQuoteSelector exact prefix suffix "
    "TextPositionSelector start end",
)
_A = _names(ANN, "anchor correction status quote")
_DATE_ATTRIB = {DATATYPE: SCHEMA_DATE}
_INT_ATTRIB = {DATATYPE: XSD_INTEGER}


def build_tree(
    reviews: list[PreparedReview], org: tuple[str | None, str | None, str | None]
) -> etree._Element:
    """The rdf:RDF tree, one schema:ClaimReview per review; not validated yet."""
    sub = etree.SubElement
    # Short names keep the shape of the tree readable below.
    S, W, A = _S, _W, _A
    org_name, org_url, org_logo = org
    root = etree.Element(_q(RDF, "RDF"), nsmap=NSMAP)

    for r in reviews:
        node = sub(root, S["ClaimReview"], {ABOUT: r.url})
        sub(node, S["url"], {RESOURCE: r.url})
        sub(node, S["claimReviewed"]).text = r.claim_reviewed

        rating = sub(sub(node, S["reviewRating"]), S["Rating"])
        if r.rating_value is not None:
            sub(rating, S["ratingValue"], _INT_ATTRIB).text = str(r.rating_value)
        if r.best is not None and r.worst is not None:
            sub(rating, S["bestRating"], _INT_ATTRIB).text = str(r.best)
            sub(rating, S["worstRating"], _INT_ATTRIB).text = str(r.worst)
        sub(rating, S["alternateName"]).text = r.label

        claim = sub(sub(node, S["itemReviewed"]), S["Claim"])
        if r.claimant is not None:
            sub(sub(sub(claim, S["author"]), S["Person"]), S["name"]).text = r.claimant
        if r.claim_date is not None:
            sub(claim, S["datePublished"], _DATE_ATTRIB).text = r.claim_date
        if r.appearance_url is not None or r.appearance_name is not None:
            work = sub(sub(claim, S["appearance"]), S["CreativeWork"])
            if r.appearance_url is not None:
                sub(work, S["url"], {RESOURCE: r.appearance_url})
            if r.appearance_name is not None:
                sub(work, S["name"]).text = r.appearance_name
            if r.appearance_date is not None:
                sub(work, S["datePublished"], _DATE_ATTRIB).text = r.appearance_date
        if r.exact is not None or r.start is not None:
            target = sub(sub(claim, A["anchor"]), W["SpecificResource"])
            if r.appearance_url is not None:
                sub(target, W["hasSource"], {RESOURCE: r.appearance_url})
            if r.exact is not None:
                quote = sub(sub(target, W["hasSelector"]), W["TextQuoteSelector"])
                sub(quote, W["exact"]).text = r.exact
                if r.prefix is not None:
                    sub(quote, W["prefix"]).text = r.prefix
                if r.suffix is not None:
                    sub(quote, W["suffix"]).text = r.suffix
            if r.start is not None and r.end is not None:
                position = sub(sub(target, W["hasSelector"]), W["TextPositionSelector"])
                sub(position, W["start"], _INT_ATTRIB).text = str(r.start)
                sub(position, W["end"], _INT_ATTRIB).text = str(r.end)

        if org_name is not None or org_url is not None or org_logo is not None:
            author = sub(sub(node, S["author"]), S["Organization"])
            if org_name is not None:
                sub(author, S["name"]).text = org_name
            if org_url is not None:
                sub(author, S["url"], {RESOURCE: org_url})
            if org_logo is not None:
                sub(author, S["logo"], {RESOURCE: org_logo})
        if r.date_published is not None:
            sub(node, S["datePublished"], _DATE_ATTRIB).text = r.date_published
        if r.language is not None:
            sub(node, S["inLanguage"]).text = r.language
        if r.body is not None:
            sub(node, S["reviewBody"]).text = r.body
        for url, name, publisher, date, quote_text in r.citations:
            work = sub(sub(node, S["citation"]), S["CreativeWork"])
            sub(work, S["url"], {RESOURCE: url})
            if name is not None:
                sub(work, S["name"]).text = name
            if publisher is not None:
                sub(sub(sub(work, S["publisher"]), S["Organization"]), S["name"]).text = publisher
            if date is not None:
                sub(work, S["datePublished"], _DATE_ATTRIB).text = date
            if quote_text is not None:
                sub(work, A["quote"]).text = quote_text
        if r.correction is not None:
            sub(node, A["correction"]).text = r.correction
        if r.status is not None:
            sub(node, A["status"]).text = r.status
    return root


# An XMLSchema keeps the errors of its last run in .error_log: exports run in
# worker threads, so each validation holds the schema until its log is read.
_SCHEMA_LOCK = threading.Lock()


@functools.cache
def _schema() -> etree.XMLSchema:
    """resources/claimreview.xsd and the files it imports, compiled once."""
    path = resources.path("claimreview.xsd")
    parser = etree.XMLParser(
        no_network=True, resolve_entities=False, load_dtd=False, huge_tree=False
    )
    # Parsed from its path so that the relative schemaLocations resolve.
    return etree.XMLSchema(etree.parse(str(path), parser))


_CLARK = re.compile(r"\{([^}]*)\}")
_PREFIXES = {ns: prefix for prefix, ns in NSMAP.items()}


def _readable(message: str) -> str:
    """'{http://schema.org/}url' -> 'schema:url' in libxml2's messages."""
    return _CLARK.sub(
        lambda m: f"{_PREFIXES[m.group(1)]}:" if m.group(1) in _PREFIXES else m.group(0), message
    )


def validate_claimreview_xml(data: bytes, name: str = "<data>") -> list[str]:
    """Check ClaimReview XML against resources/claimreview.xsd: [] if valid.

    Otherwise messages "name:LINE: message". Malformed XML and any DOCTYPE are
    reported too; entities are never expanded and nothing is fetched.
    """
    try:
        tree = parse_untrusted(data)
    except UnsafeXMLError as exc:
        return [f"{name}:{exc.line}: {exc.message}"]
    root = tree.getroot()
    if root.tag != _q(RDF, "RDF"):
        return [
            f"{name}:{root.sourceline or 1}: the root element must be rdf:RDF "
            f"({RDF}RDF), not {_readable(str(root.tag))}"
        ]
    schema = _schema()
    with _SCHEMA_LOCK:
        if not schema.validate(tree):
            return [f"{name}:{e.line}: {_readable(e.message)}" for e in schema.error_log]
    # What a pattern cannot say: 29 February exists in leap years only.
    return [
        f"{name}:{node.sourceline}: {_readable(str(node.tag))}: {date_problem(node.text or '')}"
        for node in root.iter()
        if node.get(DATATYPE) == SCHEMA_DATE and date_problem(node.text or "")
    ]


def xsd_problems(data: bytes) -> list[Problem]:
    """The XSD's complaints about our own output, each tied to its review if possible."""
    tree = parse_untrusted(data)
    starts = []
    for node in tree.getroot().iterchildren(_S["ClaimReview"]):
        about = node.get(ABOUT) or ""
        match = re.search(r"#claim-(\d+)$", about)
        starts.append((node.sourceline or 0, int(match.group(1)) if match else None))
    lines = [line for line, _ in starts]
    schema = _schema()
    with _SCHEMA_LOCK:
        schema.validate(tree)
        entries = list(schema.error_log)
    problems = []
    for entry in entries:
        at = bisect_right(lines, entry.line) - 1
        claim_id = starts[at][1] if at >= 0 else None
        element = re.search(r"Element '(?:\{[^}]*\})?([^']+)'", entry.message)
        field_name = element.group(1) if element else "xml"
        who = f"claim {claim_id}" if claim_id is not None else "export"
        problems.append(
            Problem(
                claim_id,
                field_name,
                f"{who}: {field_name}: the XML breaks the ClaimReview profile "
                f"(line {entry.line}): {_readable(entry.message)}",
                ERROR,
                "schema",
                {"line": entry.line},
            )
        )
    return problems


def tree_is_valid(root: etree._Element) -> bool:
    """Whether the tree keeps to resources/claimreview.xsd, checked in memory."""
    schema = _schema()
    with _SCHEMA_LOCK:
        return bool(schema.validate(root.getroottree()))


def serialize(root: etree._Element) -> bytes:
    """The export's bytes: UTF-8 with an XML declaration, indented."""
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def to_claimreview_xml(
    items: list[tuple[Article, Claim]],
    scale: RatingScale,
    publisher: Publisher,
    warnings: list[Problem] | None = None,
) -> bytes:
    """ClaimReview as RDF/XML, validated against resources/claimreview.xsd.

    Raises ExportError when a required field is missing or the result breaks
    the XSD; never returns a half-valid document. The preflight's warnings
    are appended to `warnings` when given (the checks run once).
    """
    reviews, org = prepared_reviews(items, scale, publisher, warnings)
    root = build_tree(reviews, org)
    data = serialize(root)
    # Validating the tree in memory skips a re-parse; the bytes are parsed
    # again only to give line numbers when something is wrong.
    if not tree_is_valid(root):
        raise ExportError(
            xsd_problems(data) or [Problem(None, "xml", "export: invalid XML", ERROR)]
        )
    return data
