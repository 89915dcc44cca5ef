"""Annotator: mark, rate and source claims in news articles; export ClaimReview."""

__version__ = "0.1.0"
