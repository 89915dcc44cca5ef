"""Plain records and pure functions; standard library only."""

from annotator.domain.anchoring import (
    Anchor,
    QuoteNotFoundError,
    TextQuoteSelector,
    find_quote,
    reanchor,
    selector_for,
)
from annotator.domain.model import ANCHOR_STATES, STATUSES, Article, Claim, Review, Source
from annotator.domain.rating import Rating, RatingScale, UnknownVerdictError, default_scale

__all__ = [
    "ANCHOR_STATES",
    "STATUSES",
    "Anchor",
    "Article",
    "Claim",
    "QuoteNotFoundError",
    "Rating",
    "RatingScale",
    "Review",
    "Source",
    "TextQuoteSelector",
    "UnknownVerdictError",
    "default_scale",
    "find_quote",
    "reanchor",
    "selector_for",
]
