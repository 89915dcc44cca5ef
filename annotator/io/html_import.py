"""Web pages: main article text and metadata extracted by trafilatura from a hardened parse."""

from __future__ import annotations

import html as html_lib
import itertools
import json
import logging
import re
from collections.abc import Iterator

from lxml import etree, html

from annotator.domain.model import Article
from annotator.io import furniture
from annotator.io.decode import decode_bytes
from annotator.io.errors import InputError
from annotator.io.metadata import (
    clean_author,
    clean_language,
    clean_url,
    finish,
    one_line,
    split_authors,
)

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
_PARAGRAPHS = ("p", "h2", "h3", "h4", "blockquote", "li")
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
    # Comments off: the library then prunes comment sections before choosing
    # the article's blocks (with them on, a page whose comments it cannot
    # tell apart keeps them in the text, and its sidebar too).
    document = bare_extraction(tree, with_metadata=True, include_comments=False)
    lines = (document.text or "").split("\n") if document is not None else []
    if document is not None:
        lines = _cleaner_lines(tree, meta, document, lines)
    body = _paragraphs("\n".join(lines))
    if not body.strip() or not has_article_text(body):
        raise InputError(source, "no article text found in the page")
    url = clean_url(document.url) or clean_url(meta.get("og:url"))
    article = Article(
        title=one_line(document.title) or "",
        body=body,
        url=url,
        published=document.date,
        author=_author(tree, meta, document),
        language=language,
        origin=source,
    )
    return finish(article)


def _cleaner_lines(tree: html.HtmlElement, meta: dict[str, str], document, lines: list[str]):
    """The extracted lines without page furniture, with what the extraction missed
    at either end of the article when the page says so."""
    titles = [meta.get("og:title"), meta.get("twitter:title"), tree.findtext(".//title")]
    # The headline as shown (an <h1>, the library's title) may differ from the page's
    # titles; it counts when most of its words are theirs, not a section heading's.
    title_words = set(furniture.loose(" ".join(t for t in titles if t)).split())
    shown = [" ".join(h1.text_content().split()) for h1 in itertools.islice(tree.iter("h1"), 3)]
    for candidate in [document.title, *shown]:
        words = furniture.loose(candidate or "").split()
        if words and (not title_words or sum(w in title_words for w in words) >= len(words) / 2):
            titles.append(candidate)
    headlines = furniture.headline_keys(titles)
    lines = [line for line in lines if line.strip() and not furniture.is_furniture_anywhere(line)]
    lines = furniture.strip_header(lines, headlines)
    if not lines:
        return lines
    lines = _with_lede(tree, meta, lines)
    lines = _with_continuation(tree, lines)
    return furniture.strip_tail(lines)


# A page's summary is very often its first paragraph (or the start of it).
_DESCRIPTIONS = ("description", "og:description", "twitter:description")
_SKIPPED = frozenset(("script", "style", "noscript", "template", "head", "title"))
# The recovered opening must come at most this much text before the
# extracted text's first line, under a common ancestor this close.
_LEDE_GAP = 1500
_LEDE_LEVELS = 3
_TEXT_WITH = etree.XPath(
    ".//text()[not(parent::script or parent::style)][contains(normalize-space(.), $needle)]"
)


def _with_lede(tree: html.HtmlElement, meta: dict[str, str], lines: list[str]) -> list[str]:
    """The opening paragraph the extraction left out, found through the page's own summary.

    Seen on pages whose first paragraph is bare text beside the others' <p>, or a summary
    block set apart (a standfirst: the publisher's words, which a fact-checker may quote):
    when the description is not in the text but opens a paragraph of the page just before
    the text's first line, in the same part of the page (a common ancestor at most three
    levels up), that paragraph is the article's first.
    """
    body_key: str | None = None
    for name in _DESCRIPTIONS:
        words = (meta.get(name) or "").replace("…", " ").replace("...", " ").split()
        if len(words) < 8:
            continue
        probe = furniture.loose(" ".join(words[:8]))
        if body_key is None:
            body_key = furniture.loose(" ".join(lines))
        if probe in body_key:
            return lines  # the opening is there
        found = _paragraph_starting_with(tree, words, probe)
        first = _block_with(tree, lines[0])
        if found is None or first is None:
            continue
        paragraph, block = found
        key = furniture.loose(paragraph)
        following = furniture.loose(lines[0])[:80]
        for ancestor in itertools.islice(block.iterancestors(), _LEDE_LEVELS):
            if first is not ancestor and ancestor not in first.iterancestors():
                continue
            around = furniture.loose(ancestor.text_content())
            at = around.find(key[:80])
            after = around.find(following, max(at, 0))
            if 0 <= at < after <= at + len(key) + _LEDE_GAP:
                return [paragraph, *lines]
            break
        return lines
    return lines


def _home(block: html.HtmlElement) -> html.HtmlElement | None:
    """Where a paragraph lives: its block, or the block's parent when the block is a <p>."""
    return block.getparent() if block.tag in _PARAGRAPHS else block


def _block_of(node) -> html.HtmlElement | None:
    """The block element a text node (an element's text or tail) is part of."""
    element = node.getparent()
    if element is None or element.tag in _SKIPPED:
        return None
    block = element if node.is_text else element.getparent()
    while block is not None and block.tag not in _BLOCKS:
        block = block.getparent()
    return block


def _block_with(tree: html.HtmlElement, line: str) -> html.HtmlElement | None:
    """The page's block element holding this extracted line, or None."""
    body = tree.find("body")
    words = line.split()
    if body is None or not words:
        return None
    probe = furniture.loose(line)[:60]
    # Its first words, then its longest word when an inline element splits them.
    for needle in (" ".join(words[:6]), max(words, key=len)):
        if len(needle) < 6:
            continue
        for node in _TEXT_WITH(body, needle=needle):
            block = _block_of(node)
            if block is not None and probe in furniture.loose(block.text_content()):
                return block
    return None


def _paragraph_starting_with(
    tree: html.HtmlElement, words: list[str], probe: str
) -> tuple[str, html.HtmlElement] | None:
    """The page's paragraph whose text starts with these words, and its block element."""
    needle = max(words[:8], key=len)
    body = tree.find("body")
    if body is None:
        return None
    for node in _TEXT_WITH(body, needle=needle):
        block = _block_of(node)
        start = furniture.loose(str(node))
        if block is None or not start or not probe.startswith(start[: len(probe)]):
            continue
        # The paragraph: this text and the inline elements after it, up to a break or a block.
        parent = node.getparent()
        parts = [str(node)]
        for sibling in list(parent) if node.is_text else list(parent.itersiblings()):
            if not isinstance(sibling.tag, str) or sibling.tag == "br" or sibling.tag in _BLOCKS:
                break
            parts.append(sibling.text_content())
            parts.append(sibling.tail or "")
        paragraph = " ".join("".join(parts).split())
        if furniture.loose(paragraph).startswith(probe):
            return paragraph, block
    return None


def _with_continuation(tree: html.HtmlElement, lines: list[str]) -> list[str]:
    """The rest of an article the page splits into several blocks of the same kind
    (between advertisements), when the extraction took the first only."""
    last = next((line for line in reversed(lines[-5:]) if len(line) >= 60), None)
    if last is None:
        return lines
    block = _block_with(tree, last)
    if block is None:
        return lines
    return lines + _following_parts(block, lines)


def _following_parts(block: html.HtmlElement, lines: list[str]) -> list[str]:
    """Paragraphs of the blocks after `block`'s container that have its exact tag and class,
    near it in the page (cousins, not a list of teasers elsewhere), and read as prose."""
    container = _home(block)
    if container is None or not container.get("class"):
        return []
    home = container.getparent()
    family = home.getparent() if home is not None else None
    if family is None:
        return []
    known: set[str] | None = None
    found: list[str] = []
    seen_self = False
    # Cousins only: the same grandparent, so not blocks further down (comments) or elsewhere.
    for cousin in (c for uncle in family for c in uncle if c.tag == container.tag):
        if cousin is container:
            seen_self = True
            continue
        if not seen_self or cousin.get("class") != container.get("class"):
            continue
        parts = [
            " ".join(part.text_content().split())
            for part in cousin.iter(*_PARAGRAPHS)
            if not any(a.tag in _PARAGRAPHS for a in part.iterancestors())
        ]
        # Prose: paragraphs of sentences, not a list of links or bylines.
        if sum(len(text.split()) for text in parts if len(text.split()) >= 12) < 40:
            continue
        if known is None:
            known = {furniture.loose(line) for line in lines}
        found.extend(text for text in parts if text and furniture.loose(text) not in known)
    return found


_JSONLD_ARTICLES = frozenset(
    t.casefold()
    for t in (
        "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
        "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "TechArticle",
        "Report", "LiveBlogPosting", "SocialMediaPosting", "ScholarlyArticle", "ClaimReview",
    )
)  # fmt: skip
_JSONLD_MAX = 1_000_000


def _author(tree: html.HtmlElement, meta: dict[str, str], document) -> str | None:
    """The article's authors: the persons its schema.org data names, else the library's
    guess, else the organisation the schema.org data names; without publishers, dates,
    roles and credentials, and never the claimant of a fact-check the page reviews."""
    objects = list(_jsonld_objects(tree))
    people, organisations = _jsonld_authors(objects)
    publishers = {document.sitename, meta.get("og:site_name"), *organisations}
    claimants: list[str] = []
    for item in objects:
        publisher = item.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            publishers.add(publisher["name"])
        if "claimreview" in _types(item) and isinstance(item.get("itemReviewed"), dict):
            claimants += _names(item["itemReviewed"].get("author"))
    known = {p for p in publishers if p}
    # A "person" that is the site itself (seen: a WebPage's author) names nobody.
    names = split_authors("; ".join(people), publishers=known, persons_only=True)
    if names:
        return ", ".join(names)
    guessed = document.author
    if guessed and any(_same_words(guessed, claimant) for claimant in claimants):
        guessed = None  # the library took the reviewed claim's author for the page's
    return clean_author(guessed or "; ".join(organisations), publishers=known)


def _names(value: object) -> list[str]:
    values = value if isinstance(value, list) else [value]
    return [
        v if isinstance(v, str) else v["name"]
        for v in values
        if isinstance(v, str) or (isinstance(v, dict) and isinstance(v.get("name"), str))
    ]


def _same_words(part: str, whole: str) -> bool:
    """Every word of `part` is a word of `whole` ("The Russian; Syrian defense ministries"
    of "The Russian and Syrian defense ministries")."""
    words = set(furniture.loose(part).split())
    return bool(words) and words <= set(furniture.loose(whole).split())


_TYPED_SCRIPTS = etree.XPath("//script[@type]")


def _jsonld_objects(tree: html.HtmlElement) -> Iterator[dict]:
    """Every object of the page's schema.org JSON-LD (nested ones and @graph items too)."""
    for script in _TYPED_SCRIPTS(tree):
        if script.get("type", "").strip().lower() != "application/ld+json":
            continue
        content = script.text or ""
        if len(content) > _JSONLD_MAX:
            continue
        try:
            data = json.loads(content)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                yield item
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(reversed(graph))


def _types(item: dict) -> set[str]:
    value = item.get("@type", item.get("type"))
    values = value if isinstance(value, list) else [value]
    return {v.casefold() for v in values if isinstance(v, str)}


def _jsonld_authors(objects: list[dict]) -> tuple[list[str], list[str]]:
    """Names of the persons, and of the organisations, given as an article's authors."""
    people: list[str] = []
    organisations: list[str] = []
    for item in objects:
        if not _types(item) & _JSONLD_ARTICLES:
            continue
        authors = item.get("author")
        for author in authors if isinstance(authors, list) else [authors]:
            if isinstance(author, str) and author.strip():
                people.append(author)
            elif isinstance(author, dict) and isinstance(author.get("name"), str):
                kinds = _types(author)
                (organisations if "organization" in kinds else people).append(author["name"])
        if people:
            break
    return people, organisations


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
