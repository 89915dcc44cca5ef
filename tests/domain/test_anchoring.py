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
    follow,
    is_distinctive,
    reanchor,
    selector_for,
)
from tests.support import PHRASE as QUOTE

BODY = "Et au Pakistan, Oussama Ben Laden, tué par un commando américain en 2001 après des années."


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


# --- a proposal is never laundered into a certain anchor (issue 17, item 2) ----------

V1_12 = "Le ministre l'a dit hier. Selon lui, unemployment fell by 12% in 2019 and more. Fin."
REVIEWED = "unemployment fell by 12% in 2019"


def test_offsets_pointing_at_other_words_than_the_quote_are_not_trusted():
    # A needs-review claim: the reviewed words (12%) with offsets of the proposal (15%).
    start, end = find_quote(V1_12, REVIEWED)
    sel = selector_for(V1_12, start, end)
    v2 = V1_12.replace("12%", "15%")
    v3 = v2 + " Une phrase ajoutée à la fin."
    # Before: "all the text before it unchanged" made the proposal exact, quoting 15%.
    found = reanchor(sel, start, end, v3, v2)
    assert found.state not in ("exact", "moved")


def test_a_needs_review_claim_stays_needs_review_with_the_reviewed_words():
    start, end = find_quote(V1_12, REVIEWED)
    sel = selector_for(V1_12, start, end)
    v2 = V1_12.replace("12%", "15%")
    proposal = follow(sel, start, end, "exact", v2, V1_12)
    assert proposal.state == "needs-review" and proposal.selector == sel
    v3 = v2 + " Une phrase ajoutée à la fin."
    again = follow(sel, proposal.start, proposal.end, "needs-review", v3, v2)
    assert again.state == "needs-review"
    assert again.selector == sel  # the reviewed words, never "15%"
    assert v3[again.start : again.end] == "unemployment fell by 15% in 2019"
    # Even when the reviewed words come back (a revert), a person decides.
    v4 = V1_12
    back = follow(sel, again.start, again.end, "needs-review", v4, v3)
    assert back.state == "needs-review" and back.selector == sel
    assert v4[back.start : back.end] == REVIEWED
    # And when nothing like them is left, it is an orphan.
    gone = follow(sel, back.start, back.end, "needs-review", "Rien à voir.", v4)
    assert (gone.state, gone.start, gone.selector) == ("orphan", None, sel)


# --- properties -------------------------------------------------------------------

edits = st.lists(
    st.tuples(st.floats(0, 1), st.floats(0, 1), st.text(max_size=30)), min_size=1, max_size=3
)


def _edit(body: str, changes) -> str:
    for at, span, text in changes:
        left = int(at * len(body))
        right = min(len(body), left + int(span * 20))
        body = body[:left] + text + body[right:]
    return body


@given(text_and_span(), edits, st.booleans())
@settings(max_examples=300)
def test_certain_anchors_always_point_at_the_quote(case, changes, with_old):
    """Whatever the new text (edits anywhere, even inside the claim), exact and
    moved mean `new[start:end] == exact`."""
    body, start, end = case
    sel = selector_for(body, start, end)
    new = _edit(body, changes)
    found = reanchor(sel, start, end, new, body if with_old else None)
    if found.state in ("exact", "moved"):
        assert new[found.start : found.end] == sel.exact
        assert found.selector.exact == sel.exact
    elif found.state == "needs-review":
        assert 0 <= found.start < found.end <= len(new)
    else:
        assert found.start is None


@given(text_and_span(), st.lists(edits, min_size=1, max_size=4), st.lists(st.booleans()))
@settings(max_examples=200)
def test_through_any_versions_a_claim_keeps_its_reviewed_words(case, versions, reorders):
    """A claim followed through versions, nobody accepting anything: its quote
    stays the reviewed words, a certain anchor points at them, and once it
    needs review it never becomes certain again."""
    body, start, end = case
    sel = selector_for(body, start, end)
    reviewed = sel.exact
    state = "exact"
    for n, changes in enumerate(versions):
        new = _edit(body, changes)
        if n < len(reorders) and reorders[n]:
            half = len(new) // 2
            new = new[half:] + new[:half]
        found = follow(sel, start, end, state, new, body)
        assert found.selector.exact == reviewed
        if found.state in ("exact", "moved"):
            assert state in ("exact", "moved", "orphan")
            assert new[found.start : found.end] == reviewed
        if state == "needs-review":
            assert found.state in ("needs-review", "orphan")
        sel, start, end, state, body = found.selector, found.start, found.end, found.state, new


# --- a reordered article: a distinctive quote found once is moved (issue 13, item 5) --

P1 = "Premier paragraphe : la météo de la journée à Paris, sans surprise."
P2 = f"Deuxième paragraphe : Oussama Ben Laden, {BODY[BODY.index('tué') :]}"
P3 = "Troisième paragraphe, la conclusion de l'article sur la société."


def test_paragraph_reorder_is_a_certain_move():
    v1 = "\n\n".join([P1, P2, P3])
    start, end = find_quote(v1, QUOTE)
    sel = selector_for(v1, start, end)
    v2 = "\n\n".join([P2, P1, P3])  # another paragraph follows the claimed sentence
    assert selector_for(v2, v2.index(QUOTE), v2.index(QUOTE) + len(QUOTE)) != sel
    for old in (v1, None):
        found = reanchor(sel, start, end, v2, old)
        assert found.state == "moved"
        assert v2[found.start : found.end] == QUOTE


def test_unique_quote_in_a_rewritten_sentence_is_moved():
    v1 = "\n\n".join([P1, P2, P3])
    start, end = find_quote(v1, QUOTE)
    sel = selector_for(v1, start, end)
    v2 = f"{P1}\n\nSelon un autre témoin, il fut {QUOTE}, dit-on.\n\n{P3}"
    found = reanchor(sel, start, end, v2, v1)
    assert found.state == "moved" and v2[found.start : found.end] == QUOTE


def test_a_short_quote_in_a_new_sentence_is_never_moved():
    v1 = "\n\n".join([P1, P2, P3])
    start, end = find_quote(v1, "en 2001")
    sel = selector_for(v1, start, end)
    v2 = f"{P3}\n\nCe fut en 2001, écrit-il ailleurs.\n\n{P1}"
    found = reanchor(sel, start, end, v2, v1)
    assert found.state in ("needs-review", "orphan")


def test_a_repeated_quote_is_never_moved():
    v1 = "\n\n".join([P1, P2, P3])
    start, end = find_quote(v1, QUOTE)
    sel = selector_for(v1, start, end)
    v2 = f"Il fut {QUOTE}. {P3}\n\nOui, {QUOTE} !"
    found = reanchor(sel, start, end, v2, v1)
    assert found.state == "needs-review"


def test_a_quote_inside_longer_words_is_never_moved():
    v1 = "\n\n".join([P1, P2, P3])
    start, end = find_quote(v1, QUOTE)
    sel = selector_for(v1, start, end)
    v2 = f"{P3} Il fut {QUOTE}0 ou 2002."  # "en 20010": not the quoted words
    found = reanchor(sel, start, end, v2, v1)
    assert found.state in ("needs-review", "orphan")


def test_the_threshold_is_20_characters_and_3_words():
    assert is_distinctive("par un commando 2001")  # 20 characters, 4 words
    assert not is_distinctive("par un commando 201")  # 19 characters
    assert not is_distinctive("en 2001")
    assert not is_distinctive("anticonstitutionnellement")  # one long word
    assert not is_distinctive("un deux trois")  # three short words


# --- bounded fuzzy matching (issue 17, item 7) ------------------------------------


def _long_case(words: int = 4000, claim: int = 2000):
    import random

    rng = random.Random(7)
    vocab = [
        *("gouvernement", "chômage", "économie", "entreprises", "ministre", "président"),
        *("augmentation", "réforme", "le", "la", "de", "et", "en", "des", "une", "pour"),
        *("dans", "avec", "selon", "année"),
    ]
    body = " ".join(rng.choice(vocab) for _ in range(words))
    start = body.index(" ", 3000) + 1
    end = body.index(" ", start + claim)
    return body, start, end


@pytest.fixture
def cells(monkeypatch):
    """Counts the edit-distance cells computed: the work fuzzy matching does."""
    from annotator.domain import anchoring

    counted = {"cells": 0, "calls": 0}
    original = anchoring._best_substring

    def counting(pattern, text):
        counted["cells"] += len(pattern) * len(text)
        counted["calls"] += 1
        return original(pattern, text)

    monkeypatch.setattr(anchoring, "_best_substring", counting)
    return counted


def test_a_2000_character_claim_is_proposed_with_bounded_work(cells):
    body, start, end = _long_case()
    sel = selector_for(body, start, end)
    new = body[: start + 1000] + " QUELQUES MOTS AJOUTÉS " + body[start + 1000 :]
    found = reanchor(sel, start, end, new, body)
    assert found.state == "needs-review"
    assert (found.start, found.end) == (start, end + len(" QUELQUES MOTS AJOUTÉS "))
    # Before: the whole quote against windows of its length, 2000 x 2500 cells
    # each, tens of windows (56 s); now two 64-character ends, at most 40 windows each.
    assert cells["cells"] <= 2 * 40 * 64 * 96
    assert end - start >= 2000


def test_a_long_claim_edited_at_both_ends_is_still_proposed(cells):
    body, start, end = _long_case()
    sel = selector_for(body, start, end)
    new = body[:start] + "Or " + body[start + 2 : end - 3] + "fin" + body[end:]
    found = reanchor(sel, start, end, new, body)
    assert found.state == "needs-review"
    assert abs(found.start - start) <= 3 and abs(found.end - (end + 1)) <= 3


def test_a_long_claim_rewritten_in_the_middle_is_an_orphan():
    body, start, end = _long_case()
    sel = selector_for(body, start, end)
    middle = "Un tout autre texte sur la pêche en Bretagne et les marées d'équinoxe. " * 22
    new = body[: start + 80] + middle + body[end - 80 :]
    found = reanchor(sel, start, end, new, body)
    assert found.state == "orphan"
