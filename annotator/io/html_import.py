"""Web pages: main article text and metadata extracted by trafilatura from a hardened parse."""

from __future__ import annotations

import html as html_lib
import itertools
import logging
import re

from lxml import etree, html

from annotator.domain.model import Article
from annotator.io.decode import decode_bytes
from annotator.io.errors import InputError
from annotator.io.metadata import clean_language, clean_url, finish, one_line

# trafilatura and its helpers log every page they discard at WARNING; with no
# logging configured Python prints those to stderr, which belongs to our
# one-line-per-failure report. A NullHandler keeps them out of it.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

_HEAD = 4096
# Extraction time grows with the number of elements (minutes for 300,000):
# news pages have a few thousand; a page past this is refused, not a hang.
MAX_ELEMENTS = 50_000
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""\A\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")
# A DOCTYPE (with any internal subset of entity declarations) is dropped
# before parsing: HTML needs none, and it is where entity tricks live.
_DOCTYPE = re.compile(r"<!DOCTYPE(?:[^\[>]|\[.*?\])*>", re.I | re.S)
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
# Elements whose text is never article text, dropped from feed fragments.
_NOT_TEXT = (
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math",
    "form", "button", "select", "textarea", "input", "nav", "head", "title", "meta", "link",
)  # fmt: skip
_BLOCKS = frozenset((
    "p", "div", "section", "article", "header", "footer", "aside", "main", "blockquote", "pre",
    "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "li", "dt", "dd", "table", "thead",
    "tbody", "tfoot", "tr", "figure", "figcaption", "address", "hr", "details", "summary",
))  # fmt: skip
_LIST_LINE = re.compile(r"^(?:[-*•]\s|\d+[.)]\s|\|)")
_WORD = re.compile(r"\w+")


def html_parser() -> html.HTMLParser:
    """An HTML parser that never touches the network, a DTD or an entity declaration."""
    # New per call: lxml parsers are not thread-safe and imports run in workers.
    return html.HTMLParser(
        encoding="utf-8",
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
        default_doctype=False,
        huge_tree=False,
    )


def declared_encoding(data: bytes) -> str | None:
    """The charset a page declares in its first bytes (meta tag or XML declaration)."""
    head = data[:_HEAD]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def parse_html(text: str) -> html.HtmlElement | None:
    """A tree from decoded text, or None when there is no document at all."""
    text = _XML_DECLARATION.sub("", text, count=1)
    text = _DOCTYPE.sub("", text[: _HEAD * 16], count=1) + text[_HEAD * 16 :]
    if not text.strip():
        return None
    try:
        return html.document_fromstring(text.encode("utf-8", "surrogatepass"), parser=html_parser())
    except (etree.ParserError, ValueError):
        return None


_LANGUAGE_KEYS = ("content-language", "og:locale", "language", "dc.language", "dcterms.language")


def _meta(tree: html.HtmlElement) -> dict[str, str]:
    """The first value of each <meta> key we read (names lower-cased)."""
    found: dict[str, str] = {}
    for meta in tree.iterfind(".//meta"):
        key = meta.get("http-equiv") or meta.get("property") or meta.get("name") or ""
        value = meta.get("content")
        if value:
            found.setdefault(key.strip().lower(), value)
    return found


def _language(tree: html.HtmlElement, meta: dict[str, str]) -> str | None:
    candidates = [tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang")]
    candidates += [meta.get(key) for key in _LANGUAGE_KEYS]
    for value in candidates:
        language = clean_language(value)
        if language:
            return language
    return None


def _paragraphs(text: str) -> str:
    """One block per line (trafilatura's text) to paragraphs with a blank line between."""
    lines = [line.strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if not line:
            continue
        if out and not (_LIST_LINE.match(line) and _LIST_LINE.match(out[-1])):
            out.append("")
        out.append(line)
    return "\n".join(out)


def has_article_text(body: str) -> bool:
    """At least one sentence-like line: menus and link lists have none."""
    for line in body.split("\n"):
        words = _WORD.findall(line)
        if len(words) >= 5 or sum(len(w) for w in words) >= 25:
            return True
    return False


def preload() -> None:
    """Import the extraction library now: a worker process warms up before its first page."""
    import trafilatura  # noqa: F401


def read_html_article(data: bytes, source: str) -> Article:
    """A saved web page to an Article: the main text only, with the page's metadata."""
    from trafilatura import bare_extraction  # imported late: most imports never need it

    text, _encoding = decode_bytes(data, source, declared_encoding(data))
    tree = parse_html(text)
    if tree is None or len(tree) == 0:
        raise InputError(source, "not an HTML page (no document found)")
    elements = sum(1 for _ in itertools.islice(tree.iter(), MAX_ELEMENTS + 1))
    if elements > MAX_ELEMENTS:
        raise InputError(source, f"page too large to extract (over {MAX_ELEMENTS:,} elements)")
    meta = _meta(tree)
    language = _language(tree, meta)
    # Always a parsed tree, never a string: given a string that looks like a
    # URL, htmldate (used by trafilatura for dates) would download it.
    # The library's own settings, comments included, so that the main text is
    # exactly what it finds alone (turning comments off changes which blocks
    # it keeps); the comments themselves are not the article and stay out.
    document = bare_extraction(tree, with_metadata=True)
    body = _paragraphs(document.text or "") if document is not None else ""
    if not body.strip() or not has_article_text(body):
        raise InputError(source, "no article text found in the page")
    url = clean_url(document.url) or clean_url(meta.get("og:url"))
    article = Article(
        title=one_line(document.title) or "",
        body=body,
        url=url,
        published=document.date,
        author=one_line(document.author),
        language=language,
        origin=source,
    )
    return finish(article)


_TAG = re.compile(r"<[A-Za-z/!]")
_PARAGRAPH, _LINE = "\ue000", "\ue001"  # private-use marks, removed from the input first


def html_to_text(fragment: str) -> str:
    """Text of an HTML fragment (a feed entry's content): paragraphs, no scripts or forms."""
    if not _TAG.search(fragment):
        return html_lib.unescape(fragment)
    fragment = fragment.replace(_PARAGRAPH, "").replace(_LINE, "")
    try:
        root = html.fragment_fromstring(
            fragment.encode("utf-8", "surrogatepass"), create_parent="div", parser=html_parser()
        )
    except (etree.ParserError, ValueError):
        return ""
    for element in list(root.iter(*_NOT_TEXT)):
        if element.getparent() is not None:
            element.drop_tree()
    parts: list[str] = []
    _flatten(root, parts)
    # In HTML a newline is a space; only blocks and <br> break lines.
    text = " ".join("".join(parts).split())
    paragraphs = []
    for chunk in text.split(_PARAGRAPH):
        lines = [line.strip() for line in chunk.split(_LINE)]
        block = "\n".join(line for line in lines if line)
        if block:
            paragraphs.append(block)
    return "\n\n".join(paragraphs)


def _flatten(element: html.HtmlElement, parts: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    block = tag in _BLOCKS
    if block:
        parts.append(_PARAGRAPH)
    if tag == "br":
        parts.append(_LINE)
    if element.text and tag:
        parts.append(element.text)
    for child in element:
        _flatten(child, parts)
    if block:
        parts.append(_PARAGRAPH)
    if element.tail:
        parts.append(element.tail)
