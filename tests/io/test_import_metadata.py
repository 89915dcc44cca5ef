"""Metadata every reader shares: URLs, dates, languages, one-line fields."""

from __future__ import annotations

import pytest

from annotator.domain.text import check_http_url
from annotator.io.metadata import clean_language, clean_url, one_line, parse_date


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("https://Www.Example.org/a?utm_source=x&id=1#haut", "https://www.example.org/a?id=1"),
        ("https://www.example.org:443/a?fbclid=abc", "https://www.example.org/a"),
        ("http://[::1]:8080/x", "http://[::1]:8080/x"),
        ("https://www.example.org/a|b?q={x}", "https://www.example.org/a%7Cb?q=%7Bx%7D"),
        ("https://www.example.org", "https://www.example.org/"),
        ("https://www.example.org/a b", None),
        ("javascript:alert(1)", None),
        ("file:///etc/passwd", None),
        ("https://user:secret@www.example.org/", None),
        ("/relative/path", None),
        ("", None),
    ],
)
def test_clean_url(raw, clean):
    assert clean_url(raw) == clean
    if clean:
        assert check_http_url(clean) == clean  # exports can use it as it is


def test_relative_url_against_a_base():
    assert clean_url("../b", "https://www.example.org/x/y/") == "https://www.example.org/x/b"


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2019-11", "2019-11"),
        ("2019-11-27T08:30:00Z", "2019-11-27T08:30:00Z"),
        ("2019-11-27t08:30:00z", "2019-11-27T08:30:00Z"),
        ("Wed, 27 Nov 2019 08:30:00 +0100", "2019-11-27T08:30:00+01:00"),
        ("Wed, 27 Nov 2019 08:30:00 GMT", "2019-11-27T08:30:00+00:00"),
        ("2019/11/5", "2019-11-05"),
        ("2019/13/5", None),
        ("hier", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_date(raw, iso):
    assert parse_date(raw) == iso


@pytest.mark.parametrize(
    ("raw", "tag"),
    [("fr", "fr"), ("fr_FR", "fr-FR"), ("FR-fr", "fr-FR"), ("pt-br", "pt-BR"),
     ("en-US,en;q=0.9", "en-US"), ("und", None), ("français", None), (None, None)],
)  # fmt: skip
def test_clean_language(raw, tag):
    assert clean_language(raw) == tag


def test_one_line():
    assert one_line("  Un\ttitre\nsur\x07 deux lignes  ") == "Un titre sur deux lignes"
    assert one_line("x" * 2000, 10) == "xxxxxxxxx…"
    assert one_line("   ") is None
