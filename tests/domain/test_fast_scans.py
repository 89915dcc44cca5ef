"""The byte-level scans of a body on its way in say what the definitions they stand
for say: the content hash is the SHA-256 of `" ".join(body.split())`, the control
and special-character checks find what their character-class patterns find."""

from __future__ import annotations

import hashlib
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from annotator.domain.text import unusual_bytes
from annotator.io.decode import _CONTROL, _CONTROL_UTF8
from annotator.io.metadata import _SPECIAL, _SPECIAL_UTF8
from annotator.store.repo import content_hash

# Every character str.split() splits on, and neighbours of the ranges the byte
# patterns name (one code point either side), so an off-by-one shows.
_SPACES = [chr(c) for c in range(0x110000) if chr(c).isspace()]
_EDGES = [
    chr(c)
    for c in (
        *range(0x00, 0x21), 0x7E, 0x7F, 0x80, 0x84, 0x85, 0x86, 0x9F, 0xA0, 0xA1, 0xE9,
        0x167F, 0x1680, 0x1681, 0x1FFF, 0x200B, 0x2019, 0x2027, 0x202A, 0x202E, 0x2030,
        0x205E, 0x2060, 0x2FFF, 0x3001, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000,
        0xFEFF, 0xFFFC, 0xFFFD, 0xFFFE, 0xFFFF, 0x1F600, 0x10FFFF,
    )
]  # fmt: skip
_TEXT = st.lists(
    st.one_of(st.sampled_from(_SPACES + _EDGES), st.characters(), st.just("Ben Laden")),
    max_size=40,
).map("".join)


def _defined_hash(body: str) -> str:
    return hashlib.sha256(" ".join(body.split()).encode("utf-8")).hexdigest()


@settings(max_examples=800, deadline=None)
@given(_TEXT.filter(lambda s: not re.search("[\ud800-\udfff]", s)))
@example("tué par un commando\u00a0américain\n\n en  2001\u2028. ")
@example("\x1c\x1d a\u3000\u3000b \u205f")
def test_content_hash_is_the_sha256_of_the_whitespace_folded_text(body):
    assert content_hash(body) == _defined_hash(body)


@settings(max_examples=800, deadline=None)
@given(_TEXT)
@example("é\x0bx\u2028")
@example("a\ud800b")
@example("\ufffd")
def test_byte_scans_find_what_the_character_patterns_find(text):
    left = unusual_bytes(text)
    assert bool(_CONTROL_UTF8.search(left)) == bool(_CONTROL.search(text))
    assert bool(_SPECIAL_UTF8.search(left)) == bool(_SPECIAL.search(text))


def test_unusual_bytes_drop_printable_ascii_and_line_feeds_only():
    assert unusual_bytes("Ben Laden\n tué\t2001\r") == "é\t\r".encode()
