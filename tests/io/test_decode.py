"""Bytes to text: BOMs, declared and detected encodings, French windows-1252, binary refused."""

from __future__ import annotations

import random

import pytest

from annotator.io.decode import decode_bytes, encoding_name
from annotator.io.errors import InputError

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
