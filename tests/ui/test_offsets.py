"""Code points to UTF-16 and back, for any text (property test; no Qt window needed)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.ui.offsets import OffsetMap


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@given(st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=60))
def test_round_trip_at_every_code_point(text):
    offsets = OffsetMap(text)
    assert offsets.length16 == utf16(text)
    for cp in range(len(text) + 1):
        u16 = offsets.to_utf16(cp)
        assert u16 == utf16(text[:cp])
        assert offsets.to_code_points(u16) == cp
        assert offsets.to_code_points(u16, round_up=True) == cp


def test_inside_a_surrogate_pair_snaps_to_the_character():
    offsets = OffsetMap("a😀b")
    assert offsets.to_code_points(2) == 1  # between the two halves of 😀
    assert offsets.to_code_points(2, round_up=True) == 2


def test_flags_and_zwj_sequences_count_each_code_point():
    text = "🇫🇷👩‍💻x"
    offsets = OffsetMap(text)
    assert offsets.to_utf16(text.index("x")) == 4 + 5
