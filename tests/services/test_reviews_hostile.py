"""Other checkers' reviews with unsafe addresses: kept, but never as links."""

from __future__ import annotations

import json

from annotator.services.reviews import import_review_data


def test_javascript_review_url_is_not_stored_as_a_link(store):
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": "javascript:alert(1)",
        "claimReviewed": "La Lune est en fromage",
        "author": {"@type": "Organization", "name": "Vérif Test"},
        "reviewRating": {"@type": "Rating", "alternateName": "Faux"},
        "itemReviewed": {"@type": "Claim", "appearance": [{"url": "file:///etc/passwd"}]},
    }
    report = import_review_data(store, json.dumps(review).encode(), "hostile.json")
    assert report.external == 1 and not report.failed
    url, appearance, raw = store.execute(
        "SELECT url, appearance_url, raw FROM external_reviews"
    ).fetchone()
    assert url is None and appearance is None
    assert "javascript:alert(1)" in raw  # nothing dropped: the record is kept as it came
    assert any("not an http(s) URL" in note for _source, note in report.notes)
