"""One ClaimReview node, or one claim of Google's Fact Check Tools API, read as a ReviewRecord."""

from __future__ import annotations

import html
import json
import re
from typing import Any

from annotator.domain.model import STATUSES, Source
from annotator.io.jsonld_values import (
    first_node,
    iri,
    language_tag,
    names,
    nodes,
    normalize_date,
    number,
    text,
    view,
)
from annotator.io.review_record import RecordError, ReviewRecord, selector_from


def _date_field(record: ReviewRecord, what: str, value: Any) -> str | None:
    found = normalize_date(value)
    given = text(value)
    if found is None and given and given.strip():
        record.notes.append(f"{what} {given.strip()[:40]!r} is not a date: left out")
    return found


def _one_line(value: str | None, foreign: bool) -> str | None:
    """A one-line value: publishers' text tidied (entities decoded, spaces folded);
    ours only trimmed, as the export trimmed it, so a round trip changes nothing."""
    if value is None:
        return None
    if foreign:
        value = " ".join(_unescape(value).split())
    return value.strip() or None


# --- ClaimReview -------------------------------------------------------------------


def from_claimreview(
    node: dict[str, Any],
    source: str,
    by_id: dict[str, dict] | None = None,
    *,
    language: str | None = None,
) -> ReviewRecord:
    """A ClaimReview node as a record; raises RecordError when nothing identifies it."""
    by_id = by_id or {}
    v = view(node)
    ours = any(key.startswith("ann:") for key in v)
    # Publishers' markup often carries HTML entities (&#039;) that were never
    # decoded; our own exports never do, and their text is kept as written.
    foreign = not ours
    record = ReviewRecord(source=source, raw=_raw(node), ours=ours)

    url = iri(v.get("url"))
    ident = text(v.get("@id"))
    if not url and ident and re.match(r"https?://", ident):
        url = ident
    record.url = url
    record.claim_reviewed = _one_line(text(v.get("claimReviewed"), join=True), foreign)
    if not record.claim_reviewed and not record.url:
        raise RecordError("neither claimReviewed nor url: nothing identifies this review")

    author = first_node(v.get("author"), by_id)
    record.publisher = names(v.get("author"), by_id) or names(v.get("publisher"), by_id)
    if author is not None and isinstance(author, dict):
        a = view(author)
        record.publisher_url = iri(a.get("url"))
        record.publisher_logo = iri(a.get("logo"))
    if record.publisher is None and foreign:
        # "Already checked by …" needs a name: the site says who, at least.
        record.publisher = _host(record.publisher_url) or _host(record.url)
    record.publisher = _one_line(record.publisher, foreign)

    rating = view(first_node(v.get("reviewRating"), by_id))
    label = text(rating.get("alternateName")) or text(rating.get("name"))
    record.rating_label = _one_line(label, foreign)
    record.rating_value = number(rating.get("ratingValue"))
    record.best_rating = number(rating.get("bestRating"))
    record.worst_rating = number(rating.get("worstRating"))

    item = view(first_node(v.get("itemReviewed"), by_id))
    record.claimant = _one_line(names(item.get("author"), by_id), foreign)
    record.claim_date = _date_field(record, "the claim's date", item.get("datePublished"))
    appearances = list(nodes(item.get("appearance"), by_id)) + list(
        nodes(item.get("firstAppearance"), by_id)
    )
    for appearance in appearances:
        found = iri(appearance)
        if found and found not in record.appearance_urls:
            record.appearance_urls.append(found)
    if appearances and isinstance(appearances[0], dict):
        record.appearance_name = _one_line(text(view(appearances[0]).get("name")), foreign)
    item_url = iri(item.get("url"))
    if item_url and item_url not in record.appearance_urls:
        record.appearance_urls.append(item_url)
    _read_anchor(record, first_node(item.get("ann:anchor"), by_id), by_id)

    record.date_published = _date_field(record, "datePublished", v.get("datePublished"))
    record.language = language_tag(v.get("inLanguage")) or language
    body = text(v.get("reviewBody"))
    if body is not None:
        record.explanation = body if ours else (_unescape(body).strip() or None)
    record.correction = text(v.get("ann:correction"))
    status = text(v.get("ann:status"))
    if status is not None:
        if status in STATUSES:
            record.status = status
        else:
            record.notes.append(f"status {status!r} is unknown: left out")
    for number_, citation in enumerate(nodes(v.get("citation"), by_id), start=1):
        _read_citation(record, citation, number_, by_id)
    return record


def _unescape(value: str) -> str:
    return html.unescape(value) if "&" in value else value


def _raw(node: Any) -> str:
    return json.dumps(node, ensure_ascii=False, separators=(",", ":"))


def _host(url: str | None) -> str | None:
    if not url:
        return None
    match = re.match(r"^(?:https?://)?([^/?#\s]+)", url.strip())
    return match.group(1) if match and "." in match.group(1) else None


def _read_anchor(record: ReviewRecord, target: Any, by_id: dict[str, dict]) -> None:
    if not isinstance(target, dict):
        return
    t = view(target)
    record.target_source = iri(t.get("oa:hasSource"))
    record.selector = selector_from(nodes(t.get("oa:hasSelector"), by_id), oa_prefix="oa:")


def _read_citation(record: ReviewRecord, citation: Any, position: int, by_id: dict) -> None:
    if isinstance(citation, str):
        url, c = citation.strip(), {}
    elif isinstance(citation, dict):
        c = view(citation)
        url = iri(c.get("url")) or iri(c.get("@id")) or ""
    else:
        return
    if not re.match(r"^https?://\S+$", url, re.I):
        record.notes.append(f"citation {position}: {url[:60]!r} is not an http(s) URL: left out")
        return
    unescape = not record.ours
    record.sources.append(
        Source(
            url=url,
            title=_one_line(text(c.get("name")) or text(c.get("headline")), unescape),
            publisher=_one_line(names(c.get("publisher"), by_id), unescape),
            date=normalize_date(c.get("datePublished")),
            quote=text(c.get("ann:quote")),
        )
    )


# --- Google Fact Check Tools API ------------------------------------------------------


def from_google_claim(claim: dict[str, Any], review: Any, source: str) -> ReviewRecord:
    """One entry of `claimReview` in the Fact Check Tools API's claim shape."""
    if not isinstance(review, dict):
        raise RecordError("claimReview entry is not an object")
    own = {k: v for k, v in claim.items() if k != "claimReview"}
    record = ReviewRecord(source=source, raw=_raw({**own, "claimReview": [review]}))
    record.url = iri(review.get("url"))
    record.claim_reviewed = _one_line(text(claim.get("text"), join=True), True)
    if not record.claim_reviewed and not record.url:
        raise RecordError("neither text nor url: nothing identifies this review")
    publisher = review.get("publisher")
    if isinstance(publisher, dict):
        name = text(publisher.get("name")) or text(publisher.get("site"))
        record.publisher = _one_line(name, True)
    record.publisher = record.publisher or _host(record.url)
    record.claimant = _one_line(text(claim.get("claimant")), True)
    record.claim_date = _date_field(record, "claimDate", claim.get("claimDate"))
    record.rating_label = _one_line(text(review.get("textualRating")), True)
    record.language = language_tag(review.get("languageCode"))
    record.date_published = _date_field(record, "reviewDate", review.get("reviewDate"))
    return record
