"""Rows and records: the column lists, and rows to domain objects and back."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime
from typing import Any

from annotator.domain.model import Article, Claim, Review, Source
from annotator.domain.text import unusual_bytes

ARTICLE_FIELDS = (
    "title", "body", "url", "published", "author", "language", "origin", "fact_check_url",
)  # fmt: skip

REVIEW_FIELDS = (
    "verdict", "claim_reviewed", "explanation", "correction", "status", "date_published",
)  # fmt: skip

CLAIM_FIELDS = ("claimant", "claim_date")

SOURCE_FIELDS = ("url", "title", "publisher", "date", "quote")

EXTERNAL_REVIEW_FIELDS = (
    "url", "publisher", "claim_reviewed", "claimant", "claim_date", "appearance_url",
    "rating_label", "rating_value", "best_rating", "worst_rating", "language",
    "date_published", "origin", "raw",
)  # fmt: skip

# SQLite's integers are 64-bit: a larger id (a user's typo of 20 digits) names no row.
MAX_ID = 2**63 - 1


def id_ok(value: int) -> bool:
    return -MAX_ID - 1 <= value <= MAX_ID


def now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


# What str.split() splits on, as UTF-8: ASCII's whitespace (mapped to spaces in
# one pass), and the other characters str.isspace() holds true for.
_ASCII_SPACES = bytes.maketrans(b"\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f", b" " * 9)
_OTHER_SPACES = re.compile(
    b"\xc2[\x85\xa0]|\xe1\x9a\x80|\xe2\x80[\x80-\x8a\xa8\xa9\xaf]|\xe2\x81\x9f|\xe3\x80\x80"
)
_SPACE_RUN = re.compile(b"  +")


def content_hash(body: str) -> str:
    """Identity of a text for duplicate detection: whitespace runs folded.

    The SHA-256 of `" ".join(body.split())` in UTF-8 (the definition stored
    hashes were made with), computed on the bytes: splitting a 5 KB article
    into a thousand words took half of a plain-text file's reading time.
    """
    data = body.encode("utf-8").translate(_ASCII_SPACES)
    if not body.isascii():
        for space in set(_OTHER_SPACES.findall(unusual_bytes(data))):
            data = data.replace(space, b" ")
    return hashlib.sha256(_SPACE_RUN.sub(b" ", data).strip(b" ")).hexdigest()


def article_from_row(row: dict[str, Any]) -> Article:
    return Article(
        id=row["id"],
        title=row["title"],
        body=row["body"],
        url=row["url"],
        published=row["published"],
        author=row["author"],
        language=row["language"],
        origin=row["origin"],
        fact_check_url=row["fact_check_url"],
        version=row["version"],
        previous_id=row["previous_id"],
        imported_at=row["imported_at"],
        assigned_to=row.get("assigned_to"),
    )


def article_row(article: Article, *, version: int = 1, previous_id: int | None = None) -> dict:
    row = {f: getattr(article, f) for f in ARTICLE_FIELDS}
    row.update(
        content_hash=content_hash(article.body),
        version=version,
        previous_id=previous_id,
        imported_at=article.imported_at or now(),
    )
    return row


CLAIM_SELECT = (
    'SELECT c.id, c.article_id, c.start, c."end", c.exact, c.prefix, c.suffix, c.anchor,'
    " c.claimant, c.claim_date, c.created_at, c.revision, c.updated_by, c.updated_at,"
    " r.verdict, r.claim_reviewed, r.explanation, r.correction, r.status,"
    " r.date_published, r.updated_at AS review_updated_at"
    " FROM claims c JOIN reviews r ON r.claim_id = c.id"
)


def claim_from_row(row: dict[str, Any], sources: list[Source]) -> Claim:
    return Claim(
        id=row["id"],
        article_id=row["article_id"],
        exact=row["exact"],
        start=row["start"],
        end=row["end"],
        prefix=row["prefix"],
        suffix=row["suffix"],
        anchor=row["anchor"],
        claimant=row["claimant"],
        claim_date=row["claim_date"],
        created_at=row["created_at"],
        review=Review(
            verdict=row["verdict"],
            claim_reviewed=row["claim_reviewed"],
            explanation=row["explanation"],
            correction=row["correction"],
            status=row["status"],
            date_published=row["date_published"],
            updated_at=row["review_updated_at"],
        ),
        sources=sources,
        revision=row["revision"],
        updated_by=row["updated_by"],
        updated_at=row["updated_at"],
    )
