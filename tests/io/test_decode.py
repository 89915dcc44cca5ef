"""Bytes to text: BOMs, declared and detected encodings, French windows-1252, binary refused."""

from __future__ import annotations

import random

import pytest

from annotator.io.decode import decode_bytes, encoding_name
from annotator.io.errors import InputError, collect_warnings
from annotator.io.importers import read_file

FRENCH = [
    "Le président a déclaré qu'il était très satisfait.",
    "Café à l'été, œuvre d'art élevée.",
    "Où est passée la clé ?",
    "Très cher, ça coûte 15 €.",
    "Les élèves ont reçu leur diplôme à Noël.",
    "« Il faut réagir », a-t-il ajouté.",
    "Hélène préfère le thé glacé.",
    "Août 2019 : grève générale.",
    "L’État français — déjà endetté — emprunte.",
    "Être ou ne pas être, façon Molière.",
]


def test_short_french_windows_1252_is_never_mojibake():
    # DESIGN.md, Known traps: detectors take short French windows-1252 text
    # for windows-1250 or mac-latin2 about once in 13 samples.
    rng = random.Random(1)
    for _ in range(300):
        text = " ".join(rng.sample(FRENCH, rng.randint(1, 3)))
        decoded, encoding = decode_bytes(text.encode("cp1252"), "x.txt")
        assert decoded == text, encoding


@pytest.mark.parametrize(
    ("bom", "codec"),
    [(b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")],
)
def test_boms_are_dropped(bom, codec):
    text, encoding = decode_bytes(bom + "Été\r\nfin".encode(codec), "x")
    assert text == "Été\nfin" and encoding == codec


def test_nfc_and_line_endings():
    text, _ = decode_bytes("e\u0301te\u0301\r\nun\rdeux".encode(), "x")
    assert text == "été\nun\ndeux"


def test_declared_latin1_is_read_as_windows_1252():
    # Browsers read a page that says iso-8859-1 as windows-1252 (WHATWG).
    data = "l’été — « oui »".encode("cp1252")
    text, encoding = decode_bytes(data, "x", declared="ISO-8859-1")
    assert text == "l’été — « oui »" and encoding == "cp1252"
    assert encoding_name("latin1") == "cp1252"
    assert encoding_name("no-such-charset") is None


def test_wrong_declaration_falls_back_to_detection():
    data = "Les élèves à l'école, déjà en grève.".encode("cp1252")
    text, _ = decode_bytes(data, "x", declared="utf-8")
    assert text == "Les élèves à l'école, déjà en grève."


def test_cyrillic_windows_1251_is_not_taken_for_french():
    text = "Президент заявил, что реформа будет продолжена в следующем году. " * 3
    decoded, encoding = decode_bytes(text.encode("cp1251"), "x")
    assert decoded == text, encoding


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \n\t\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary file (a PNG image), not text"),
        (b"\xff\xd8\xff\xe0" + bytes(200), "binary file (a JPEG image), not text"),
        (b"%PDF-1.7\n" + bytes(range(256)), "binary file (a PDF document), not text"),
        (b"PK\x03\x04" + bytes(9), "binary file (a ZIP archive (or an office document)), not text"),
        (b"du texte\x00\x00\x00 et des octets nuls", "binary file (contains NUL bytes), not text"),
    ],
)
def test_binary_and_empty_are_refused_with_a_reason(data, reason):
    with pytest.raises(InputError) as caught:
        decode_bytes(data, "f.txt")
    assert caught.value.reason == reason
    assert str(caught.value) == f"f.txt: {reason}"


def test_undecodable_bytes_are_refused():
    rng = random.Random(4)
    data = bytes(rng.randrange(128, 256) for _ in range(3000)) + b"\x81\x8d\x8f\x90\x9d" * 50
    with pytest.raises(InputError) as caught:
        decode_bytes(data, "f.txt")
    assert "encoding" in caught.value.reason or "undecodable" in caught.value.reason


def test_control_characters_everywhere_is_binary():
    rng = random.Random(2)
    with pytest.raises(InputError) as caught:
        decode_bytes(bytes(rng.randrange(1, 32) for _ in range(2000)), "f.txt")
    assert "control characters" in caught.value.reason


def test_a_text_starting_like_a_magic_number_is_still_text():
    text, _ = decode_bytes(b"MZ est une ville; ID3 un format.", "x")
    assert text.startswith("MZ")


def test_utf8_with_a_stray_byte_keeps_its_text():
    good = "Les élèves ont retrouvé l’école ; l’État a promis des moyens. " * 20
    data = good.encode() + b"\xff" + good.encode()
    text, encoding = decode_bytes(data, "x.html", declared="utf-8")
    assert encoding == "utf-8" and text == f"{good}\ufffd{good}"


@pytest.mark.parametrize(
    ("text", "codec"),
    [("Die Größe des Gebäudes überrascht.", "cp1252"), ("Příliš žluťoučký kůň úpěl.", "cp1250")],
)
def test_short_legacy_text_is_not_taken_for_broken_utf8(text, codec):
    decoded, _ = decode_bytes(text.encode(codec), "x.txt")
    assert "\ufffd" not in decoded
    if codec == "cp1252":
        assert decoded == text


# Mostly-valid UTF-8: what damaged downloads and concatenations leave. The words a
# fact-checker quotes must come out intact, never as mojibake ("Ã©tÃ©").
MARKER = "Ben Laden a été tué en 2011"
UTF8_HEAD = f"Début valide… {MARKER}.\n".encode()  # 49 bytes, five valid multi-byte sequences


def decoded_with_warnings(data: bytes, source: str = "f.txt"):
    with collect_warnings() as warnings:
        text, encoding = decode_bytes(data, source)
    return text, encoding, warnings


@pytest.mark.parametrize(
    ("name", "broken", "replaced", "at"),
    [
        ("a lone Latin-1 byte", b"caf\xe9 ", 1, 3),
        ("a lone continuation byte", b"x\x80y ", 1, 1),
        ("an overlong slash (C0 AF)", b"a\xc0\xafb ", 2, 1),
        ("an overlong three-byte NUL (E0 80 80)", b"a\xe0\x80\x80b ", 3, 1),
        ("an overlong four-byte slash", b"a\xf0\x80\x80\xafb ", 4, 1),
        ("a UTF-16 surrogate encoded in UTF-8 (ED A0 80)", b"a\xed\xa0\x80b ", 3, 1),
        ("a byte never valid in UTF-8 (FF)", b"\xff ", 1, 0),
    ],
)
def test_mostly_utf8_keeps_utf8_and_replaces_the_bad_bytes(name, broken, replaced, at):
    data = UTF8_HEAD + broken + "et la suite, écrite en UTF-8.".encode()
    text, encoding, warnings = decoded_with_warnings(data)
    assert encoding == "utf-8", name
    assert MARKER in text and "écrite" in text
    assert "\ufffd" in text and "Ã" not in text
    plural = "" if replaced == 1 else "s"
    assert warnings == [
        (
            "f.txt",
            f"{replaced} byte{plural} not valid UTF-8 replaced by U+FFFD "
            f"(the first at byte {len(UTF8_HEAD) + at})",
        )
    ], name


@pytest.mark.parametrize(
    ("tail", "replaced"), [(b"\xc3", 1), (b"\xe2\x80", 2), (b"\xf0\x9f\x98", 3)]
)
def test_a_sequence_truncated_at_the_end(tail, replaced):
    text, encoding, warnings = decoded_with_warnings(UTF8_HEAD + b"fin " + tail)
    assert encoding == "utf-8" and text == f"Début valide… {MARKER}.\nfin \ufffd"
    assert warnings[0][1].startswith(f"{replaced} byte")
    assert warnings[0][1].endswith(f"(the first at byte {len(UTF8_HEAD) + 4})")


def test_every_pattern_in_one_short_file():
    data = UTF8_HEAD + b"\xe9 \xc0\xaf \xe0\x80\xaf \xed\xa0\x80 \xe2\x80"
    text, encoding, warnings = decoded_with_warnings(data)
    assert encoding == "utf-8" and MARKER in text
    assert warnings == [
        (
            "f.txt",
            f"11 bytes not valid UTF-8 replaced by U+FFFD (the first at byte {len(UTF8_HEAD)})",
        )
    ]


@pytest.mark.parametrize("marker_in", ["utf-8", "cp1252"])
@pytest.mark.parametrize("cp1252_first", [False, True])
def test_a_utf8_file_concatenated_with_a_windows_1252_one(marker_in, cp1252_first):
    # Each part keeps its words: the windows-1252 part is read as windows-1252 and said so.
    marker = {marker_in: MARKER}
    utf8 = f"Première partie, « en UTF-8 » : l’été. {marker.get('utf-8', '')}\n"
    cp1252 = f"Seconde partie, en windows-1252 : élève, café. {marker.get('cp1252', '')}\n"
    parts = [cp1252.encode("cp1252"), utf8.encode()]
    if not cp1252_first:
        parts.reverse()
    data = b"".join(parts)
    text, encoding, warnings = decoded_with_warnings(data)
    assert encoding == "utf-8"
    assert text == "".join([cp1252, utf8] if cp1252_first else [utf8, cp1252])
    ((source, message),) = warnings
    assert source == "f.txt" and "read as windows-1252" in message
    first_legacy_byte = data.index("é".encode("cp1252"))
    assert f"bytes {first_legacy_byte}-" in message


def test_a_lone_byte_is_replaced_not_guessed():
    # One byte alone could be anything: it is not read as a windows-1252 "é".
    text, _, _ = decoded_with_warnings(UTF8_HEAD + b"Il a \xe9crit.")
    assert text.endswith("Il a \ufffdcrit.")


def test_a_utf8_bom_with_a_broken_byte_is_repaired():
    text, encoding, warnings = decoded_with_warnings(b"\xef\xbb\xbf" + UTF8_HEAD + b"\xff")
    assert encoding == "utf-8" and text == f"Début valide… {MARKER}.\n\ufffd"
    assert warnings[0][1].endswith(f"(the first at byte {3 + len(UTF8_HEAD)})")


def test_a_declared_utf8_page_with_a_broken_byte_is_repaired():
    with collect_warnings() as warnings:
        text, encoding = decode_bytes(UTF8_HEAD + b"\xe9", "p.html", declared="utf-8")
    assert encoding == "utf-8" and MARKER in text and len(warnings) == 1


def test_too_damaged_utf8_is_refused_with_the_count_and_first_offset():
    # 50 broken bytes beside 60 valid characters: far from "nearly all", and not a legacy
    # encoding either (reading it as one would garble the UTF-8): refused, not guessed.
    good = "Les élèves ont retrouvé l’école. ".encode() * 10
    data = good + b"".join(b"x\xc0\xaf\xed\xa0\x80 " for _ in range(10))
    with pytest.raises(InputError) as caught:
        decode_bytes(data, "f.txt")
    assert caught.value.reason == (
        "not one text encoding: mostly UTF-8, but 50 bytes are not "
        f"(the first at byte {len(good) + 1}); save it in one encoding and import it again"
    )


def test_windows_1252_with_a_chance_utf8_sequence_stays_windows_1252():
    # "été »" in windows-1252 holds E9 A0 BB, a valid (CJK) UTF-8 sequence: chance, not UTF-8.
    text = "Il a vu l’été\xa0» et la mer ; « déjà » dit-il."
    decoded, encoding, warnings = decoded_with_warnings(text.encode("cp1252"))
    assert (decoded, encoding, warnings) == (text, "cp1252", [])


def test_no_warning_when_nothing_was_repaired():
    assert decoded_with_warnings(UTF8_HEAD)[2] == []
    assert decoded_with_warnings(f"{MARKER}.".encode("cp1252"))[2] == []


def test_broken_utf8_in_a_file_read_by_the_importers_is_a_warning(tmp_path):
    path = tmp_path / "casse.txt"
    path.write_bytes(UTF8_HEAD + b"Suite\xe9.\n")
    result = read_file(path)
    assert result.failed == [] and MARKER in result.articles[0].body
    assert result.warnings == [
        (
            str(path),
            f"1 byte not valid UTF-8 replaced by U+FFFD (the first at byte {len(UTF8_HEAD) + 5})",
        )
    ]
