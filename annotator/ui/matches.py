"""Where a search's words are in a text, as the search matched them: to show and mark them.

The full-text index ignores case and accents and takes a word of three
characters or more as the start of a word ("vacc" finds "vaccin"); these
functions find the same places in the article's own text, so the window can
show the passage under each hit and highlight it in the article.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

MAX_TERMS = 32


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    """Each letter or digit -> the characters that fold to it ("e" -> "eEéÉèÈ…")."""
    found: dict[str, set[str]] = {}
    ranges = [(0x30, 0x7B), (0xC0, 0x250), (0x370, 0x530), (0x1E00, 0x1F00)]
    for low, high in ranges:
        for code in range(low, high):
            char = chr(code)
            folded = _fold(char)
            if len(folded) == 1 and folded.isalnum():
                found.setdefault(folded, {folded}).add(char)
                found[folded].add(char.upper())
    return {base: "".join(sorted(chars)) for base, chars in found.items()}


def query_terms(query: str) -> list[str]:
    """The words of a query, as the search takes them (operators in capitals left out)."""
    words = list(dict.fromkeys(re.findall(r"\w+", query)))
    meant = [w for w in words if w not in {"AND", "OR", "NOT", "NEAR"}]
    return [_fold(w) for w in (meant or words)[:MAX_TERMS] if _fold(w)]


@lru_cache(maxsize=64)
def _pattern(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    variants = _variants()
    parts = []
    for term in terms:
        body = "".join(
            f"[{re.escape(variants[c])}]" if c in variants else re.escape(c) for c in term
        )
        # Words of three characters or more are prefixes; shorter ones whole words.
        parts.append(rf"(?<!\w){body}\w*" if len(term) >= 3 else rf"(?<!\w){body}(?!\w)")
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def find(text: str, query: str, limit: int = 200) -> list[tuple[int, int]]:
    """[start, end) of the words of `text` the query matches (code points), in order."""
    pattern = _pattern(tuple(query_terms(query)))
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text):
        found.append((match.start(), match.end()))
        if len(found) >= limit:
            break
    return found


def snippet(
    text: str, query: str, mark: tuple[str, str], *, before: int = 45, after: int = 110
) -> str | None:
    """The passage around the first match, its matched words between `mark`s, on one
    line; None when the query matches nothing in `text`."""
    spans = find(text, query, limit=50)
    if not spans:
        return None
    first = spans[0][0]
    start = max(first - before, 0)
    end = min(first + after, len(text))
    # Whole words at the edges.
    if start > 0 and not text[start - 1].isspace():
        space = text.rfind(" ", max(start - 15, 0), start)
        if space < 0:
            space = text.find(" ", start, first)
        start = space + 1 if space >= 0 else start
    if end < len(text):
        space = text.find(" ", end, min(end + 15, len(text)))
        end = space if space >= 0 else end
    pieces, at = [], start
    for s, e in spans:
        if s < start or e > end:
            continue
        pieces += [text[at:s], mark[0], text[s:e], mark[1]]
        at = e
    pieces.append(text[at:end])
    passage = " ".join("".join(pieces).split())
    return ("…" if start > 0 else "") + passage + ("…" if end < len(text) else "")
