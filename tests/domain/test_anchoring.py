"""Anchoring: offsets plus quote selector; re-anchoring never lands on the wrong text."""

from __future__ import annotations

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from annotator.domain.anchoring import (
    CONTEXT,
    QuoteNotFoundError,
    anchor_in,
    find_quote,
    reanchor,
    selector_for,
)

BODY = "Et au Pakistan, Oussama Ben Laden, tué par un commando américain en 2001 après des années."
QUOTE = "tué par un commando américain en 2001"


def test_selector_keeps_32_characters_of_context():
    start, end = find_quote(BODY, QUOTE)
    sel = selector_for(BODY, start, end)
    assert sel.exact == QUOTE
    assert sel.prefix == BODY[start - CONTEXT : start]
    assert sel.suffix == BODY[end : end + CONTEXT]
    assert len(sel.prefix) == CONTEXT


def test_find_quote_nth_occurrence_and_whitespace():
    body = "la la\nterre la  terre"
    assert find_quote(body, "la terre") == (3, 11)
    assert find_quote(body, "la terre", 2) == (12, 21)
    with pytest.raises(QuoteNotFoundError, match="2 time"):
        find_quote(body, "la terre", 3)
    with pytest.raises(QuoteNotFoundError, match="not found"):
        find_quote(body, "mars")


def test_same_text_is_exact():
    start, end = find_quote(BODY, QUOTE)
    found = reanchor(selector_for(BODY, start, end), start, end, BODY, BODY)
    assert (found.start, found.end, found.state) == (start, end, "exact")


def test_edit_before_claim_moves_it_with_certainty():
    start, end = find_quote(BODY, QUOTE)
    sel = selector_for(BODY, start, end)
    new = "Dépêche AFP. " + BODY
    found = reanchor(sel, start, end, new, BODY)
    assert found.state == "moved"
    assert new[found.start : found.end] == QUOTE


def test_quote_and_context_found_elsewhere_without_old_text():
    start, end = find_quote(BODY, QUOTE)
    sel = selector_for(BODY, start, end)
    new = "Un autre paragraphe entier.\n\n" + BODY
    found = reanchor(sel, start, end, new)
    assert found.state == "moved"
    assert new[found.start : found.end] == QUOTE


def test_reworded_claim_is_only_proposed_for_review():
    start, end = find_quote(BODY, QUOTE)
    sel = selector_for(BODY, start, end)
    new = BODY.replace(
        "tué par un commando américain en 2001", "tué par un commando américain en 2011"
    )
    found = reanchor(sel, start, end, new, BODY)
    assert found.state == "needs-review"
    assert new[found.start : found.end] == "tué par un commando américain en 2011"


def test_claim_gone_is_orphan():
    start, end = find_quote(BODY, QUOTE)
    sel = selector_for(BODY, start, end)
    new = "Un tout autre texte, sans rapport avec le premier, sur la pêche en Bretagne."
    found = reanchor(sel, start, end, new, BODY)
    assert found.state == "orphan"
    assert found.start is None and found.end is None


def test_ambiguous_repetition_is_never_certain():
    para = "Le même paragraphe répété mot pour mot, avec la même affirmation fausse. "
    body = para * 3
    start = body.index("affirmation")
    end = start + len("affirmation")
    sel = selector_for(body, start, end)
    # Without the old text, three identical places: we cannot know which.
    found = reanchor(sel, start, end, "Intro. " + body)
    assert found.state == "needs-review"


def test_anchor_in_checks_stored_offsets():
    start, end = find_quote(BODY, QUOTE)
    sel = selector_for(BODY, start, end)
    assert anchor_in(BODY, sel, start, end).state == "exact"
    shifted = anchor_in("xx" + BODY, sel, start, end)
    assert shifted.state == "moved" and shifted.start == start + 2


texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300)


@st.composite
def text_and_span(draw):
    body = draw(texts)
    start = draw(st.integers(0, len(body) - 1))
    end = draw(st.integers(start + 1, len(body)))
    return body, start, end


@given(text_and_span())
@settings(max_examples=300)
def test_any_span_is_found_again_in_the_same_text(case):
    body, start, end = case
    sel = selector_for(body, start, end)
    found = reanchor(sel, start, end, body, body)
    assert (found.start, found.end, found.state) == (start, end, "exact")


@given(text_and_span(), st.text(max_size=40), st.data())
@settings(max_examples=400)
@example(("aaaa aaaa", 2, 4), "aa", None)
def test_edits_elsewhere_find_it_again_or_orphan_never_wrong(case, insert, data):
    body, start, end = case
    sel = selector_for(body, start, end)
    # One edit (insert or replace) that does not touch the claim itself.
    if data is None:
        left, right = 0, 0
    else:
        side = data.draw(st.sampled_from(["before", "after"]))
        if side == "before":
            left = data.draw(st.integers(0, start))
            right = data.draw(st.integers(left, start))
        else:
            left = data.draw(st.integers(end, len(body)))
            right = data.draw(st.integers(left, len(body)))
    new = body[:left] + insert + body[right:]
    assume(new != body)
    for old_body in (body, None):
        found = reanchor(sel, start, end, new, old_body)
        if found.state in ("exact", "moved"):
            # Certain answers must point at the same words...
            assert new[found.start : found.end] == sel.exact
            if old_body is not None:
                # ...and, when the old text is known, at a place the edit
                # cannot have disturbed: all text before it unchanged, or all
                # text after it. (Where the edit is ambiguous, as inserting
                # "aa" into "aaaa", either reading is right.)
                same_before = new[: found.start] == body[:start]
                same_after = new[found.end :] == body[end:]
                assert same_before or same_after
        elif found.state == "needs-review":
            assert old_body is None, "with the old text, an edit elsewhere is certain"
            assert 0 <= found.start < found.end <= len(new)
        else:
            assert old_body is None, "with the old text, an edit elsewhere is never lost"
            assert found.state == "orphan" and found.start is None


@given(text_and_span())
@settings(max_examples=200)
def test_selector_is_found_in_text_where_it_is_unique(case):
    body, start, end = case
    sel = selector_for(body, start, end)
    found = anchor_in(body, sel, start, end)
    assert found.start is not None
    assert body[found.start : found.end] == sel.exact
    if found.state == "exact":
        assert (found.start, found.end) == (start, end)
