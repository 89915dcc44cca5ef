"""Queries over the store, rows in and out as domain objects: one module per subject,
every name importable from here (`from annotator.store import repo; repo.get_claim`)."""

from annotator.store.repo.articles import (
    article_id_by_hash,
    article_titles,
    articles_containing,
    articles_matching,
    count_articles,
    get_article,
    insert_article,
    latest_article_by_fact_check_url,
    latest_article_by_url,
    latest_pages,
    latest_version_id,
    list_articles,
    mark_superseded,
    set_article_field,
)
from annotator.store.repo.claims import (
    claim_id_taken,
    claim_summaries,
    claims_for_article,
    count_rated_claims,
    delete_claim,
    delete_source,
    get_claim,
    get_source,
    insert_claim,
    insert_source,
    list_claims,
    next_claim_id,
    set_claim_anchor,
    set_claim_field,
    update_source,
)
from annotator.store.repo.reviews import (
    adopt_review,
    count_external_reviews,
    external_reviews_by_id,
    get_external_review,
    insert_external_review,
    review_provenance,
    set_review_provenance,
)
from annotator.store.repo.rows import (
    ARTICLE_FIELDS,
    CLAIM_FIELDS,
    EXTERNAL_REVIEW_FIELDS,
    MAX_ID,
    REVIEW_FIELDS,
    SOURCE_FIELDS,
    article_row,
    content_hash,
    now,
)
from annotator.store.repo.search import SNIPPET_MAX_CHARS, fts_hits, fts_top
from annotator.store.repo.settings import all_settings, get_setting, rating_scale, set_setting

__all__ = [
    "ARTICLE_FIELDS", "CLAIM_FIELDS", "EXTERNAL_REVIEW_FIELDS", "MAX_ID", "REVIEW_FIELDS",
    "SNIPPET_MAX_CHARS", "SOURCE_FIELDS", "adopt_review", "all_settings", "article_id_by_hash",
    "article_row", "article_titles", "articles_containing", "articles_matching", "claim_id_taken",
    "claim_summaries", "claims_for_article", "content_hash", "count_articles",
    "count_external_reviews", "count_rated_claims", "delete_claim", "delete_source",
    "external_reviews_by_id", "fts_hits", "fts_top", "get_article", "get_claim",
    "get_external_review", "get_setting", "get_source", "insert_article", "insert_claim",
    "insert_external_review", "insert_source", "latest_article_by_fact_check_url",
    "latest_article_by_url", "latest_pages", "latest_version_id", "list_articles",
    "list_claims", "mark_superseded", "next_claim_id", "now", "rating_scale",
    "review_provenance", "set_article_field", "set_claim_anchor", "set_claim_field",
    "set_review_provenance", "set_setting", "update_source",
]  # fmt: skip
