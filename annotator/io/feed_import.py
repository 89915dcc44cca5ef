"""RSS (0.9x, 1.0, 2.0) and Atom feed files: one article per entry, parsed without entities."""

from __future__ import annotations

import re
from html.entities import html5

from lxml import etree

from annotator.domain.model import Article
from annotator.io.decode import decode_bytes
from annotator.io.errors import InputError
from annotator.io.html_import import html_to_text
from annotator.io.metadata import clean_url, finish, one_line, parse_date
from annotator.io.xmlsafe import safe_parser

ATOM = "http://www.w3.org/2005/Atom"
ATOM03 = "http://purl.org/atom/ns#"
RSS10 = "http://purl.org/rss/1.0/"
RSS090 = "http://my.netscape.com/rdf/simple/0.9/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
CONTENT = "http://purl.org/rss/1.0/modules/content/"
DC = "http://purl.org/dc/elements/1.1/"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"

_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
_XML_ENCODING = re.compile(rb"""\A\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")
_INTERNAL_SUBSET = re.compile(r"<!DOCTYPE[^\[>]*\[(.*?)\]\s*>", re.S | re.I)
_DECLARATION = re.compile(r"<!(ENTITY|ATTLIST|ELEMENT|NOTATION)\b", re.I)
_HTML_TYPES = ("html", "text/html")
DECLARES = "the feed declares entities in its DOCTYPE; refused (entities are never expanded)"


def feed_parser() -> etree.XMLParser:
    """The hardened parser of xmlsafe, dropping comments and processing instructions."""
    return safe_parser(drop_comments=True)


def _local(element: etree._Element) -> str:
    # Split by hand: etree.QName raises on a namespace URI holding "}" (found by
    # scripts/fuzz.py), which a hostile feed may declare.
    return element.tag.rpartition("}")[2] if isinstance(element.tag, str) else ""


def _namespace(element: etree._Element) -> str | None:
    tag = element.tag
    if isinstance(tag, str) and tag.startswith("{"):
        return tag[1:].rpartition("}")[0]
    return None


def _text(element: etree._Element | None) -> str:
    """An element's text; entity references left unresolved by the parser are
    read from the fixed HTML table (old RSS 0.91 feeds use &eacute; through
    their DTD, which is never loaded) or kept as written."""
    if element is None:
        return ""
    parts: list[str] = []
    if element.text:
        parts.append(element.text)
    for child in element:
        if isinstance(child, etree._Entity):
            parts.append(html5.get(f"{child.name};", f"&{child.name};"))
        elif isinstance(child.tag, str):
            parts.append(_text(child))
        if child.tail:
            parts.append(child.tail)
    return "".join(parts)


def _parse(data: bytes, source: str) -> etree._Element:
    head = data[:2048]
    match = _XML_ENCODING.match(head)
    text, _encoding = decode_bytes(data, source, match.group(1).decode() if match else None)
    subset = _INTERNAL_SUBSET.search(text[:65536])
    if subset and _DECLARATION.search(subset.group(1)):
        raise InputError(source, DECLARES)
    text = _XML_DECLARATION.sub("", text, count=1)
    try:
        root = etree.fromstring(text.encode("utf-8", "surrogatepass"), feed_parser())
    except etree.XMLSyntaxError as exc:
        message = (exc.msg or str(exc)).split(", line ")[0]
        line = exc.lineno or 1
        raise InputError(source, f"malformed feed (line {line}): {message}") from None
    if root is None:
        raise InputError(source, "malformed feed: no root element")
    info = root.getroottree().docinfo
    dtd = info.internalDTD
    if dtd is not None and (list(dtd.iterentities()) or list(dtd.elements())):
        raise InputError(source, DECLARES)
    return root


def feed_kind(root: etree._Element, source: str) -> str:
    """ "rss", "rdf" or "atom" from the root element; InputError for anything else."""
    name = _local(root)
    namespace = _namespace(root)
    if name == "rss":
        return "rss"
    if name == "RDF" and namespace == RDF:
        return "rdf"
    if name == "feed" and namespace in (ATOM, ATOM03, None):
        return "atom"
    raise InputError(source, f"not an RSS or Atom feed (root element <{name}>)")


def is_entry(element: etree._Element, kind: str | None) -> bool:
    """An item (RSS, RDF) or entry (Atom) of a feed of this kind."""
    if not isinstance(element.tag, str):
        return False
    parent = element.getparent()
    if kind == "atom":
        return _local(element) == "entry" and parent is not None and parent.getparent() is None
    if kind == "rdf":
        return _local(element) == "item" and parent is not None and parent.getparent() is None
    return (
        element.tag == "item" and parent is not None and parent.tag == "channel"
        and parent.getparent() is not None and parent.getparent().getparent() is None
    )  # fmt: skip


def entry(element: etree._Element, kind: str | None, source: str, n: int) -> Article | InputError:
    """One entry as an Article (its feed's metadata read from the elements around it)."""
    if kind == "atom":
        return _atom_entry(element, element.getparent(), source, n)
    if kind == "rdf":
        root = element.getparent()
        channel = next((c for c in root if _local(c) == "channel"), None)
        return _rss_item(element, channel, source, n)
    return _rss_item(element, element.getparent(), source, n)


def read_feed(data: bytes, source: str) -> list[Article | InputError]:
    """A feed file's entries as Articles; an entry that cannot be read is an InputError.

    Each entry's `origin` is `FILE#entry-N` (N counts entries from 1 in file
    order): it names the file the user imported and the entry in it, even
    when the entry has no link. The entry's link goes to `url`, where
    duplicates and versions are found. The body is the full content
    (content:encoded, Atom content) when the feed carries it, else the
    summary; HTML in it becomes text. (A feed larger than the size limit is
    read as a stream: annotator.io.streams.)
    """
    root = _parse(data, source)
    kind = feed_kind(root, source)
    if kind == "rss":
        channel = root.find("channel")
        if channel is None:
            raise InputError(source, "malformed feed: <rss> without <channel>")
        items = channel.findall("item")
    elif kind == "rdf":
        items = [c for c in root if _local(c) == "item"]
    else:
        items = [c for c in root if _local(c) == "entry"]
    entries = [entry(item, kind, source, n) for n, item in enumerate(items, 1)]
    if not entries:
        raise InputError(source, "the feed has no entries")
    return entries


def _child(parent: etree._Element | None, name: str, namespace: str | None = None):
    """The first child with this local name (in `namespace`, or in any namespace)."""
    if parent is None:
        return None
    for child in parent:
        if (
            isinstance(child.tag, str)
            and _local(child) == name
            and (namespace is None or _namespace(child) == namespace)
        ):
            return child
    return None


def _rss(parent: etree._Element | None, name: str):
    """A core RSS element (no namespace, or RSS 1.0's), never an atom:link or the like."""
    if parent is None:
        return None
    for ns in (None, RSS10, RSS090):
        found = parent.find(f"{{{ns}}}{name}" if ns else name)
        if found is not None:
            return found
    return None


def _entry(source: str, n: int, **fields: object) -> Article | InputError:
    origin = f"{source}#entry-{n}"
    try:
        return finish(Article(origin=origin, **fields), what="article")  # type: ignore[arg-type]
    except InputError as exc:
        if exc.reason == "no article text":
            return InputError(origin, "no article text in this entry (only a title or a link)")
        return exc


def _rss_item(item, channel, source: str, n: int) -> Article | InputError:
    encoded = _child(item, "encoded", CONTENT)
    description = _rss(item, "description")
    body = html_to_text(_text(encoded)) if encoded is not None else ""
    if not body.strip():
        body = html_to_text(_text(description))
    link = _text(_rss(item, "link")).strip()
    guid = _rss(item, "guid")
    if not clean_url(link) and guid is not None and guid.get("isPermaLink", "true") != "false":
        link = _text(guid).strip()
    author = _text(_child(item, "creator", DC)) or _rss_author(_text(_rss(item, "author")))
    date = _text(_rss(item, "pubDate")) or _text(_child(item, "date", DC))
    language = (
        item.get(XML_LANG)
        or _text(_child(item, "language", DC))
        or _text(_rss(channel, "language"))
        or _text(_child(channel, "language", DC))
    )
    return _entry(
        source,
        n,
        title=one_line(_text(_rss(item, "title"))) or "",
        body=body,
        url=link or None,
        published=parse_date(date),
        author=author or None,
        language=language or None,
    )


def _rss_author(value: str) -> str:
    # RSS 2.0 says "email (Name)"; keep the name, never publish the address.
    value = value.strip()
    named = re.match(r"^\S+@\S+\s*\((.+)\)$", value)
    if named:
        return named.group(1)
    return "" if re.fullmatch(r"\S+@\S+", value) else value


def _atom_text(element: etree._Element | None) -> str:
    if element is None or element.get("src"):
        return ""
    kind = (element.get("type") or "text").lower()
    if kind in ("xhtml", "application/xhtml+xml"):
        markup = "".join(
            etree.tostring(child, encoding="unicode", with_tail=True) for child in element
        )
        return html_to_text((element.text or "") + markup)
    if kind in _HTML_TYPES:
        return html_to_text(_text(element))
    if kind.startswith("text") or kind == "text":
        return _text(element)
    return ""  # base64 media or another document type: not article text


def _atom_entry(entry, feed, source: str, n: int) -> Article | InputError:
    body = _atom_text(_child(entry, "content"))
    if not body.strip():
        body = _atom_text(_child(entry, "summary"))
    base = entry.get(XML_BASE) or feed.get(XML_BASE)
    link = None
    for candidate in entry:
        if _local(candidate) == "link" and candidate.get("rel", "alternate") == "alternate":
            link = clean_url(candidate.get("href"), base)
            if link:
                break
    authors = _child(entry, "author")
    if authors is None:
        authors = _child(feed, "author")
    date = (
        _text(_child(entry, "published"))
        or _text(_child(entry, "issued"))
        or _text(_child(entry, "updated"))
        or _text(_child(entry, "modified"))
    )
    return _entry(
        source,
        n,
        title=one_line(_atom_text(_child(entry, "title"))) or "",
        body=body,
        url=link,
        published=parse_date(date),
        author=_text(_child(authors, "name")) or None,
        language=entry.get(XML_LANG) or feed.get(XML_LANG),
    )
