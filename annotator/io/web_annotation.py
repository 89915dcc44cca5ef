"""Claims and verdicts as W3C Web Annotation JSON-LD (read back by web_annotation_reader)."""

from __future__ import annotations

import hashlib
from typing import Any

from annotator.domain.model import Article, Claim
from annotator.domain.rating import RatingScale
from annotator.io.claimreview_jsonld import script_safe_json
from annotator.io.claimreview_preflight import Problem, Publisher, prepared_reviews
from annotator.io.namespaces import ANN, ARTICLE_URN, SCHEMA

__all__ = ["ARTICLE_URN", "CONTEXT", "article_urn", "to_web_annotation"]

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
# Terms the Web Annotation vocabulary lacks: the verdict's number and key,
# the source's details, and what ClaimReview says about the claim.
EXTRA_CONTEXT = {"schema": SCHEMA, "ann": ANN}
CONTEXT = [ANNO_CONTEXT, EXTRA_CONTEXT]


def article_urn(body: str) -> str:
    """The URN naming an article by its text, as the store's content_hash does."""
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
