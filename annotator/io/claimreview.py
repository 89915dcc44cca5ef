"""ClaimReview export under one name: Google's checks, RDF/XML, JSON-LD and HTML snippets."""

from __future__ import annotations

from annotator.io.claimreview_jsonld import (
    CONTEXT_COERCION,
    script_safe_json,
    to_html_snippets,
    to_jsonld,
)
from annotator.io.claimreview_preflight import (
    CLAIM_REVIEWED_MAX,
    ERROR,
    WARNING,
    ExportError,
    PreparedReview,
    Problem,
    Publisher,
    preflight,
    prepared_reviews,
    review_url,
)
from annotator.io.claimreview_xml import to_claimreview_xml, validate_claimreview_xml
from annotator.io.namespaces import ANN, NSMAP, OA, RDF, SCHEMA, SCHEMA_DATE, XSD_INTEGER

# Services, the CLI and tests import these from here; each is defined in the
# module of its step (claimreview_preflight, claimreview_xml, claimreview_jsonld).
__all__ = [
    "ANN",
    "CLAIM_REVIEWED_MAX",
    "CONTEXT_COERCION",
    "ERROR",
    "NSMAP",
    "OA",
    "RDF",
    "SCHEMA",
    "SCHEMA_DATE",
    "WARNING",
    "XSD_INTEGER",
    "ExportError",
    "PreparedReview",
    "Problem",
    "Publisher",
    "preflight",
    "prepared_reviews",
    "review_url",
    "script_safe_json",
    "to_claimreview_xml",
    "to_html_snippets",
    "to_jsonld",
    "validate_claimreview_xml",
]
