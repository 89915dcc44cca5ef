"""A W3C Web Annotation (ours, or any with an "assessing" body) read as a ReviewRecord."""

from __future__ import annotations

import json
from typing import Any

from annotator.domain.model import STATUSES, Source
from annotator.io.jsonld_values import (
    iri,
    language_tag,
    names,
    normalize_date,
    number,
    text,
    types_of,
    view,
)
from annotator.io.namespaces import ARTICLE_URN
from annotator.io.review_record import RecordError, ReviewRecord, selector_from


def _purposes(body: dict[str, Any]) -> set[str]:
    value = body.get("purpose")
    values = value if isinstance(value, list) else [value]
    return {v.rsplit("#", 1)[-1] for v in values if isinstance(v, str)}


def from_annotation(node: dict[str, Any], source: str) -> ReviewRecord:
    """A Web Annotation (ours, or any with an "assessing" body) as a review record."""
    v = view(node)
    ours = any(key.startswith("ann:") for key in v)
    record = ReviewRecord(
        source=source, raw=json.dumps(node, ensure_ascii=False, separators=(",", ":")), ours=ours
    )
    record.url = iri(v.get("id")) or iri(v.get("@id"))
    record.claim_reviewed = text(v.get("claimReviewed"))

    bodies = v.get("body")
    if bodies is None:
        bodies = v.get("oa:hasBody")
    for body in bodies if isinstance(bodies, list) else [bodies]:
        if isinstance(body, str):
            body = {"type": "TextualBody", "value": body}
        if not isinstance(body, dict):
            continue
        b = view(body)
        purposes = _purposes(body)
        value = text(b.get("value"))
        if "assessing" in purposes:
            record.rating_label = (value or "").strip() or None
            record.verdict_key = text(b.get("ann:verdict"))
            record.rating_value = number(b.get("ratingValue"))
            record.best_rating = number(b.get("bestRating"))
            record.worst_rating = number(b.get("worstRating"))
            record.language = record.language or language_tag(b.get("language"))
        elif "commenting" in purposes or "describing" in purposes:
            record.explanation = value
        elif "editing" in purposes:
            record.correction = value
        elif "linking" in purposes or types_of(body) & {"SpecificResource", "oa:SpecificResource"}:
            target = b.get("source") if "source" in b else body
            details = view(target) if isinstance(target, dict) else {}
            url = iri(target)
            if url:
                record.sources.append(
                    Source(
                        url=url,
                        title=text(details.get("name")),
                        publisher=text(details.get("publisher")),
                        date=normalize_date(details.get("datePublished")),
                        quote=text(details.get("ann:quote")),
                    )
                )
    if record.rating_label is None and record.verdict_key is None:
        raise RecordError('a Web Annotation without an "assessing" body holds no verdict')

    creator = v.get("creator")
    record.publisher = names(creator, {})
    if isinstance(creator, dict):
        record.publisher_url = iri(view(creator).get("homepage"))
    record.claimant = text(v.get("ann:claimant"))
    record.claim_date = normalize_date(v.get("ann:claimDate"))
    record.date_published = normalize_date(v.get("datePublished"))
    record.language = language_tag(v.get("inLanguage")) or record.language
    record.appearance_name = text(v.get("ann:articleTitle"))
    status = text(v.get("ann:status"))
    record.status = status if status in STATUSES else None

    targets = v.get("target", v.get("oa:hasTarget"))
    target = targets[0] if isinstance(targets, list) and targets else targets
    if isinstance(target, str):
        record.target_source = target
    elif isinstance(target, dict):
        t = view(target)
        record.target_source = iri(t.get("source")) or iri(t.get("@id")) or iri(t.get("id"))
        selectors = t.get("selector")
        items = selectors if isinstance(selectors, list) else [selectors]
        record.selector = selector_from(items, oa_prefix="")
    if record.target_source and not record.target_source.startswith(ARTICLE_URN):
        record.appearance_urls.append(record.target_source)
    if not record.claim_reviewed and record.selector is not None and record.selector.exact:
        record.claim_reviewed = " ".join(record.selector.exact.split())
    if not record.claim_reviewed and not record.url:
        raise RecordError("neither a claim nor an id: nothing identifies this annotation")
    return record
