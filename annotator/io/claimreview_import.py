"""Reading a review file: JSON, JSON Lines, HTML or our RDF/XML, each review found to its reader."""

from __future__ import annotations

import codecs
import re
from typing import Any

from lxml import etree

from annotator.io.claimreview_reader import from_claimreview, from_google_claim
from annotator.io.errors import InputError
from annotator.io.jsonld_values import MAX_DEPTH, loads, normalize_date, term, types_of
from annotator.io.namespaces import RDF
from annotator.io.review_record import ReadResult, RecordError, ReviewRecord, Selector
from annotator.io.web_annotation_reader import from_annotation
from annotator.io.xmlsafe import UnsafeXMLError, parse_untrusted

# What services, scripts and tests import from here (the reading of one review
# lives in claimreview_reader and web_annotation_reader).
__all__ = [
    "MAX_DEPTH",
    "MAX_NODES",
    "MAX_REVIEWS",
    "ReadResult",
    "RecordError",
    "ReviewRecord",
    "Selector",
    "loads",
    "normalize_date",
    "read_reviews",
]

MAX_NODES = 1_000_000  # JSON values visited in one document
MAX_REVIEWS = 100_000  # reviews read from one file


# --- bytes to text --------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _decode(data: bytes, source: str) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(source, f"not valid {codec} text") from exc
    # JSON without a BOM in UTF-16 starts with a NUL next to an ASCII character.
    if len(data) >= 2 and data[0] == 0 and data[1] != 0:
        codec = "utf-16-be"
    elif len(data) >= 2 and data[0] != 0 and data[1] == 0:
        codec = "utf-16-le"
    else:
        codec = "utf-8"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        if b"\x00" in data[:4096]:
            raise InputError(source, "binary file, not JSON-LD, HTML or XML") from None
        # Old pages in windows-1252 still carry JSON-LD; every byte decodes.
        text = data.decode("cp1252", errors="replace")
    if "\x00" in text[:4096]:
        raise InputError(source, "binary file, not JSON-LD, HTML or XML")
    return text


# --- reading a file -------------------------------------------------------------------


def read_reviews(data: bytes, source: str) -> ReadResult:
    """Every review in one file, and every review that could not be read.

    Takes ClaimReview JSON-LD (an object, an array, `@graph`, a Data Commons
    feed, the Google Fact Check API shape, Web Annotation), JSON Lines, HTML
    pages with `<script type="application/ld+json">`, and our RDF/XML.
    Raises InputError when the file as a whole cannot be read.
    """
    if not data.strip():
        raise InputError(source, "empty file")
    text = _decode(data, source)
    head = text.lstrip("\ufeff \t\r\n")
    if not head:
        raise InputError(source, "empty file")
    result = ReadResult()
    if head[0] in "{[":
        _read_json_text(text, source, result)
    elif head[0] == "<":
        if _looks_like_html(head):
            _read_html(text, source, result)
        else:
            _read_xml(data, source, result)
    else:
        raise InputError(source, "not JSON-LD, JSON Lines, HTML or XML")
    if not result.records and not result.failed:
        raise InputError(source, "no ClaimReview found")
    return result


def _read_json_text(text: str, source: str, result: ReadResult) -> None:
    try:
        document = loads(text, source)
    except InputError:
        if not _is_json_lines(text):
            raise
        _read_json_lines(text, source, result)
        return
    _collect(document, source, result)


def _is_json_lines(text: str) -> bool:
    """Several lines, the first of which is a whole JSON value by itself."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return False
    try:
        loads(lines[0], "")
    except InputError:
        return False
    return True


def _read_json_lines(text: str, source: str, result: ReadResult) -> None:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}#line-{number}"
        try:
            document = loads(line, where)
        except InputError as exc:
            result.failed.append((where, exc.reason))
            continue
        _collect(document, where, result)


_HTML_START = re.compile(r"<(!doctype\s+html|html|head|body|meta|script|!--)", re.I)


def _looks_like_html(head: str) -> bool:
    start = head[:2048]
    if _HTML_START.match(start) and not re.search(r"<(\w+:)?RDF[\s>]", start):
        return True
    return bool(re.search(r"<html[\s>]|<!doctype\s+html", start, re.I))


def _html_parser() -> etree.HTMLParser:
    # A new parser per call: imports run in worker threads.
    return etree.HTMLParser(no_network=True, remove_pis=True, huge_tree=False, recover=True)


_WRAPPERS = re.compile(r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|//\s*\]\]>|\]\]>)\s*$")


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")


def _read_html(text: str, source: str, result: ReadResult, *, embedded_pages: bool = True) -> None:
    # Parsed from text (already decoded): lxml refuses text with an encoding
    # declaration, so an XHTML page's is dropped first.
    try:
        root = etree.fromstring(_XML_DECLARATION.sub("", text, count=1), _html_parser())
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise InputError(source, f"unreadable HTML: {exc}") from None
    if root is None:
        raise InputError(source, "no ClaimReview found")
    language = (root.get("lang") or "").strip() or None
    blocks = [
        s
        for s in root.iter("script")
        if (s.get("type") or "").split(";")[0].strip().lower() == "application/ld+json"
    ]
    for number, script in enumerate(blocks, start=1):
        where = f"{source}#script-{number}" if len(blocks) > 1 else source
        body = _WRAPPERS.sub("", (script.text or "").strip()).strip()
        if not body:
            continue
        try:
            document = loads(body, where)
        except InputError as exc:
            # A broken block that is not a review (breadcrumbs, site search) is
            # no loss; one that mentions ClaimReview is a failure, unless the
            # fault is only the trailing commas that some page templates leave.
            if "ClaimReview" not in body:
                continue
            try:
                document = loads(_TRAILING_COMMA.sub(r"\1", body), where)
            except InputError:
                result.failed.append((where, exc.reason))
                continue
        _collect(
            document, where, result, language=language, quiet=True, embedded_pages=embedded_pages
        )


def _read_xml(data: bytes, source: str, result: ReadResult) -> None:
    try:
        tree = parse_untrusted(data)
    except UnsafeXMLError as exc:
        raise InputError(source, f"line {exc.line}: {exc.message}") from None
    root = tree.getroot()
    if root.tag != f"{{{RDF}}}RDF":
        raise InputError(
            source, f"not ClaimReview RDF/XML: the root element is {root.tag!r}, not rdf:RDF"
        )
    nodes = [_xml_node(child) for child in root if isinstance(child.tag, str)]
    _collect({"@graph": nodes}, source, result)


def _xml_name(tag: str) -> str:
    ns, _, local = tag[1:].partition("}")
    return term(ns + local)


def _xml_node(element: etree._Element) -> dict[str, Any]:
    """An RDF/XML node element in the striped syntax as a JSON-LD-like dict."""
    node: dict[str, Any] = {}
    if element.tag != f"{{{RDF}}}Description":
        node["@type"] = _xml_name(element.tag)
    about = element.get(f"{{{RDF}}}about")
    if about is not None:
        node["@id"] = about
    for prop in element:
        if not isinstance(prop.tag, str):
            continue
        key = _xml_name(prop.tag)
        resource = prop.get(f"{{{RDF}}}resource")
        children = [c for c in prop if isinstance(c.tag, str)]
        value: Any
        if resource is not None:
            value = {"@id": resource}
        elif prop.get(f"{{{RDF}}}parseType") == "Resource":
            value = _xml_node(prop)
            value.pop("@type", None)
        elif children:
            value = _xml_node(children[0])
        else:
            value = prop.text or ""
        if key == "rdf:type" or key == f"{RDF}type":
            types = node.setdefault("@type", [])
            if isinstance(types, str):
                node["@type"] = types = [types]
            types.append(term(resource or str(value)))
            continue
        if key in node:
            if not isinstance(node[key], list):
                node[key] = [node[key]]
            node[key].append(value)
        else:
            node[key] = value
    return node


# --- finding the reviews in a document ------------------------------------------------


def _is_google_claim(node: dict[str, Any]) -> bool:
    reviews = node.get("claimReview")
    return (
        isinstance(reviews, list)
        and "text" in node
        and any(isinstance(r, dict) and ("textualRating" in r or "publisher" in r) for r in reviews)
    )


def _walk(document: Any, source: str) -> tuple[list[tuple[str, Any]], dict[str, dict]]:
    """(kind, node) of every review in document order, and the nodes by @id.

    A string holding a whole HTML page with JSON-LD (crawlers' fixtures wrap
    pages as {"url": ..., "page": "<html>..."}) is found as kind "page".
    """
    found: list[tuple[str, Any]] = []
    by_id: dict[str, dict] = {}
    stack: list[tuple[Any, int]] = [(document, 0)]
    visited = 0
    while stack:
        node, depth = stack.pop()
        visited += 1
        if depth > MAX_DEPTH:
            raise InputError(source, f"JSON nested more than {MAX_DEPTH} levels deep")
        if visited > MAX_NODES:
            raise InputError(source, f"more than {MAX_NODES:,} JSON values in one document")
        if isinstance(node, list):
            stack.extend((child, depth + 1) for child in reversed(node))
            continue
        if isinstance(node, str) and "ld+json" in node and "<script" in node:
            found.append(("page", node))
            continue
        if not isinstance(node, dict):
            continue
        ident = node.get("@id")
        if isinstance(ident, str) and len(node) > 1:
            by_id.setdefault(ident, node)
        types = types_of(node)
        if "ClaimReview" in types:
            found.append(("claimreview", node))
        elif types & {"Annotation", "oa:Annotation"}:
            found.append(("annotation", node))
            continue
        elif _is_google_claim(node):
            found.append(("google", node))
            continue
        stack.extend((child, depth + 1) for child in reversed(list(node.values())))
    return found, by_id


def _collect(
    document: Any,
    source: str,
    result: ReadResult,
    *,
    language: str | None = None,
    quiet: bool = False,
    embedded_pages: bool = True,
) -> None:
    """Add the reviews of one JSON document to `result`.

    `quiet`: a document with no review is not a failure (an HTML page's other
    script blocks). `embedded_pages`: read pages found in strings (one level).
    """
    found, by_id = _walk(document, source)
    pages = [node for kind, node in found if kind == "page"]
    found = [(kind, node) for kind, node in found if kind != "page"]
    if embedded_pages:
        for number, page in enumerate(pages, start=1):
            where = f"{source}#page-{number}" if len(pages) > 1 else f"{source}#page"
            before = len(result.records) + len(result.failed)
            _read_html(page, where, result, embedded_pages=False)
            quiet = quiet or len(result.records) + len(result.failed) > before
    records: list[tuple[str, Any]] = []
    for kind, node in found:
        if kind == "google":
            records.extend(("google", (node, review)) for review in node["claimReview"])
        else:
            records.append((kind, node))
    if not records and not quiet:
        result.failed.append((source, "no ClaimReview found"))
        return
    for number, (kind, node) in enumerate(records, start=1):
        if len(result.records) >= MAX_REVIEWS:
            result.failed.append((source, f"more than {MAX_REVIEWS:,} reviews; the rest skipped"))
            return
        where = f"{source}#item-{number}" if len(records) > 1 else source
        try:
            if kind == "claimreview":
                record = from_claimreview(node, where, by_id, language=language)
            elif kind == "annotation":
                record = from_annotation(node, where)
            else:
                claim, review = node
                record = from_google_claim(claim, review, where)
        except RecordError as exc:
            result.failed.append((where, str(exc)))
            continue
        result.records.append(record)
