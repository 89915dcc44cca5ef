"""Parse XML from outside without entities, DTDs or network access."""

from __future__ import annotations

import re

from lxml import etree


class UnsafeXMLError(ValueError):
    """Malformed XML, or XML with a DOCTYPE: `line` says where (1-based)."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


_NO_DOCTYPE = "a DOCTYPE is not allowed (entities are never expanded)"


def safe_parser(*, drop_comments: bool = False) -> etree.XMLParser:
    """A parser that never expands entities, reads a DTD or touches the network."""
    # A new parser per call: lxml parsers are not thread-safe and imports run
    # in worker threads.
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=drop_comments,
        remove_pis=drop_comments,
    )


_FIRST_TAG = re.compile(r"<[A-Za-z_:]")


def _doctype_line(data: bytes) -> int | None:
    """Line of a DOCTYPE declaration before the root element, or None."""
    for codec in ("utf-8", "utf-16-le", "utf-16-be"):
        # The prolog is short; a DOCTYPE further on is text, not a declaration.
        head = data[:65536].decode(codec, errors="replace")
        at = head.find("<!DOCTYPE")
        if at < 0:
            continue
        tag = _FIRST_TAG.search(head)
        if tag is None or at < tag.start():
            return head[:at].count("\n") + 1
    return None


def parse_untrusted(data: bytes) -> etree._ElementTree:
    """Parse bytes; raise UnsafeXMLError if malformed or if they declare a DOCTYPE.

    Any DOCTYPE is refused, even a harmless one: none of our formats needs one,
    and it is where entity bombs and external entities live.
    """
    parser = safe_parser()
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        # An entity bomb stops the parser before the DOCTYPE check below.
        doctype = _doctype_line(data)
        if doctype is not None:
            raise UnsafeXMLError(doctype, _NO_DOCTYPE) from None
        line = exc.lineno or (exc.position[0] if exc.position else 1) or 1
        message = exc.msg or str(exc)
        # lxml appends ", line N, column M"; the caller prefixes the line itself.
        message = message.split(", line ")[0]
        raise UnsafeXMLError(line, f"malformed XML: {message}") from None
    if root is None:
        raise UnsafeXMLError(1, "malformed XML: no root element")
    tree = root.getroottree()
    info = tree.docinfo
    if info.doctype or info.internalDTD is not None or info.externalDTD is not None:
        raise UnsafeXMLError(_doctype_line(data) or 1, _NO_DOCTYPE)
    return tree
