"""What reading a review file yields: ReviewRecord and its Selector, ReadResult, RecordError."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from annotator.domain.model import Source
from annotator.io.jsonld_values import number, text, types_of, view


@dataclass
class Selector:
    """Where the claim sits in the article: a TextQuoteSelector and/or a TextPositionSelector."""

    exact: str | None = None
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None


@dataclass
class ReviewRecord:
    """One review as read, before the database decides where it goes."""

    source: str  # FILE, or FILE#item-N, FILE#line-N...: named in messages
    raw: str  # the review's JSON as read (for XML, the same graph as JSON)
    ours: bool = False  # written by Annotator (our namespace is present)
    url: str | None = None
    claim_reviewed: str | None = None
    publisher: str | None = None  # the fact-checking organisation
    publisher_url: str | None = None
    publisher_logo: str | None = None
    claimant: str | None = None
    claim_date: str | None = None  # ISO 8601
    appearance_urls: list[str] = field(default_factory=list)
    appearance_name: str | None = None
    rating_label: str | None = None
    rating_value: float | None = None
    best_rating: float | None = None
    worst_rating: float | None = None
    language: str | None = None
    date_published: str | None = None  # ISO 8601
    explanation: str | None = None
    correction: str | None = None
    status: str | None = None
    verdict_key: str | None = None  # our rating key, when the file says it (Web Annotation)
    sources: list[Source] = field(default_factory=list)
    selector: Selector | None = None
    target_source: str | None = None  # the annotated document (oa:hasSource)
    notes: list[str] = field(default_factory=list)  # values left out, and why

    @property
    def claim_id_hint(self) -> int | None:
        """N of a `#claim-N` review URL: the claim's id where it was exported."""
        match = re.search(r"#claim-(\d{1,18})$", self.url or "")
        return int(match.group(1)) if match and self.ours else None


@dataclass
class ReadResult:
    """The reviews read from one file, and (source, reason) for each that could not be."""

    records: list[ReviewRecord] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)


class RecordError(ValueError):
    """One review cannot be read; the others in the file still are."""


def selector_from(items: Any, *, oa_prefix: str) -> Selector | None:
    """TextQuote and TextPosition selectors from nodes (keys `oa:exact` or `exact`)."""
    selector = Selector()
    found = False
    for item in items:
        if not isinstance(item, dict):
            continue
        s = view(item)
        kinds = types_of(item)
        if kinds & {"oa:TextQuoteSelector", "TextQuoteSelector"}:
            exact = text(s.get(oa_prefix + "exact"))
            if exact:
                selector.exact = exact
                selector.prefix = text(s.get(oa_prefix + "prefix")) or ""
                selector.suffix = text(s.get(oa_prefix + "suffix")) or ""
                found = True
        elif kinds & {"oa:TextPositionSelector", "TextPositionSelector"}:
            start = number(s.get(oa_prefix + "start"))
            end = number(s.get(oa_prefix + "end"))
            if start is not None and end is not None and 0 <= start < end and start == int(start):
                selector.start, selector.end = int(start), int(end)
                found = True
    return selector if found else None
