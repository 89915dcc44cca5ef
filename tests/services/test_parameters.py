"""Values reach the database as parameters, never as SQL text: quotes, semicolons and
comments typed into any field, a search or a person's name are stored and found as
they are, on both engines."""

from __future__ import annotations

from annotator.services import claims as claim_service
from annotator.services import people, search
from annotator.services.workspace import add_sample_article
from tests.support import PHRASE

NASTY = "x'); DROP TABLE claims; -- \" ; SELECT pg_sleep(10); /* $$ %s ? :name"


def test_sql_in_every_field_is_only_text(store):
    article_id = add_sample_article(store)
    claim, _ = claim_service.add_claim_by_quote(
        store, article_id=article_id, quote=PHRASE, explanation=NASTY, correction=NASTY,
        claimant=NASTY, claim_reviewed=NASTY[:70],
    )  # fmt: skip
    claim_service.add_source(store, claim_id=claim.id, url="https://example.org/a?q=';--",
                             title=NASTY)  # fmt: skip
    people.assign(store, article_id=article_id, user=NASTY)
    assert claim.id is not None
    back = claim_service.get_claim(store, claim.id)
    assert (back.review.explanation, back.claimant, back.sources[0].title) == (NASTY,) * 3
    assert search.search(store, NASTY) is not None  # a query of punctuation: no error
    assert search.search(store, "DROP TABLE claims")  # found as words, in the explanation
    assert len(claim_service.list_claims(store)) == 1
