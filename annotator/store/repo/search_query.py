"""What a search asks, whichever engine answers: the words, how they combine, and the
limits every engine keeps (search.py asks SQLite's FTS5, search_pg.py PostgreSQL)."""

from __future__ import annotations

from dataclasses import dataclass

from annotator.domain.text import fold_keeping_offsets

INDEXES = ("articles", "claims", "reviews")
PREFIX_FROM = 3  # shorter words would expand to most of the index: matched whole
# Snippets of texts longer than this are made in Python around the first hit
# (linear): FTS5's snippet() scores every window around every hit, quadratic on
# a long text with many hits (45 s for one 4 MB article); ts_headline is slow too.
SNIPPET_MAX_CHARS = 64 * 1024


@dataclass(frozen=True)
class Query:
    words: tuple[str, ...]  # \w+ words: the caller has split the user's text
    any_word: bool = False
    prefix: bool = True

    def folded(self) -> list[str]:
        return [fold_keeping_offsets(w.lower()) for w in self.words]
