"""W3C Web Annotation JSON-LD: claims and verdicts out, and read back as reviews."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from annotator.domain.model import STATUSES, Article, Claim, Source
from annotator.domain.rating import RatingScale
from annotator.io.claimreview import (
    Problem,
    Publisher,
    prepared_reviews,
    script_safe_json,
)
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
from annotator.io.review_record import RecordError, ReviewRecord, selector_from

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
# Terms the Web Annotation vocabulary lacks: the verdict's number and key,
# the source's details, and what ClaimReview says about the claim.
EXTRA_CONTEXT = {"schema": "http://schema.org/", "ann": "urn:annotator:ns#"}
CONTEXT = [ANNO_CONTEXT, EXTRA_CONTEXT]

# An article without a URL is named by its text, so that a database holding
# the same article finds it (the store's content_hash: sha256 of the text with
# whitespace runs folded).
ARTICLE_URN = "urn:annotator:article:sha256:"


def article_urn(body: str) -> str:
    return ARTICLE_URN + hashlib.sha256(" ".join(body.split()).encode("utf-8")).hexdigest()


def _body(purpose: str, value: str, language: str | None, **extra: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "TextualBody", "purpose": purpose, "value": value}
    if language:
        out["language"] = language
    out.update({k: v for k, v in extra.items() if v is not None})
    return out


def to_web_annotation(
    items: list[tuple[Article, Claim]],
    scale: RatingScale,
    publisher: Publisher,
    warnings: list[Problem] | None = None,
) -> str:
    """One W3C Annotation per reviewed claim (an AnnotationCollection when several).

    The target is the article (its URL, else ARTICLE_URN + its text's hash)
    with a TextQuoteSelector and a TextPositionSelector (code points, as the
    model says); the verdict is a TextualBody with purpose "assessing", the
    explanation "commenting", the correction "editing", each source a
    "linking" body. Raises ExportError (Google's checks apply, as for
    ClaimReview), and no character XML forbids gets through.
    """
    reviews, org = prepared_reviews(items, scale, publisher, warnings)
    org_name, org_url, _logo = org
    annotations = []
    for (article, _claim), r in zip(items, reviews, strict=True):
        target_source = r.appearance_url or article_urn(article.body)
        selectors: list[dict[str, Any]] = []
        if r.exact is not None:
            quote: dict[str, Any] = {"type": "TextQuoteSelector", "exact": r.exact}
            if r.prefix is not None:
                quote["prefix"] = r.prefix
            if r.suffix is not None:
                quote["suffix"] = r.suffix
            selectors.append(quote)
        if r.start is not None and r.end is not None:
            selectors.append({"type": "TextPositionSelector", "start": r.start, "end": r.end})
        target: dict[str, Any] = {"type": "SpecificResource", "source": target_source}
        if selectors:
            target["selector"] = selectors if len(selectors) > 1 else selectors[0]

        bodies = [
            _body(
                "assessing",
                r.label,
                r.language,
                **{
                    "ann:verdict": r.verdict,
                    "schema:ratingValue": r.rating_value,
                    "schema:bestRating": r.best,
                    "schema:worstRating": r.worst,
                },
            )
        ]
        if r.body is not None:
            bodies.append(_body("commenting", r.body, r.language))
        if r.correction is not None:
            bodies.append(_body("editing", r.correction, r.language))
        for url, name, source_publisher, date, quote_text in r.citations:
            source: dict[str, Any] = {"id": url}
            for key, value in (
                ("schema:name", name),
                ("schema:publisher", source_publisher),
                ("schema:datePublished", date),
                ("ann:quote", quote_text),
            ):
                if value is not None:
                    source[key] = value
            bodies.append({"type": "SpecificResource", "purpose": "linking", "source": source})

        annotation: dict[str, Any] = {
            "id": r.url,
            "type": "Annotation",
            "motivation": "assessing",
        }
        if org_name is not None or org_url is not None:
            creator: dict[str, Any] = {"type": "Organization"}
            if org_name is not None:
                creator["name"] = org_name
            if org_url is not None:
                creator["homepage"] = org_url
            annotation["creator"] = creator
        annotation["body"] = bodies
        annotation["target"] = target
        for key, value in (
            ("schema:claimReviewed", r.claim_reviewed),
            ("ann:claimant", r.claimant),
            ("ann:claimDate", r.claim_date),
            ("schema:datePublished", r.date_published),
            ("schema:inLanguage", r.language),
            ("ann:articleTitle", r.appearance_name),
            ("ann:status", r.status),
        ):
            if value is not None:
                annotation[key] = value
        annotations.append(annotation)

    if len(annotations) == 1:
        document: dict[str, Any] = {"@context": CONTEXT, **annotations[0]}
    else:
        document = {
            "@context": CONTEXT,
            "type": "AnnotationCollection",
            "label": "Claims and verdicts" + (f" by {org_name}" if org_name else ""),
            "total": len(annotations),
            "first": {"type": "AnnotationPage", "startIndex": 0, "items": annotations},
        }
    return script_safe_json(document)


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
