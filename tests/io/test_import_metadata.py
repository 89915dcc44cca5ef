"""Metadata every reader shares: URLs, dates, languages, one-line fields."""

from __future__ import annotations

import pytest

from annotator.domain.text import check_http_url
from annotator.io.metadata import (
    clean_author,
    clean_language,
    clean_url,
    one_line,
    parse_date,
    split_authors,
)


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


@pytest.mark.parametrize(
    ("raw", "publishers", "clean"),
    [
        # Author fields as real pages give them (through the extraction library).
        ("JERUSALEM POST STAFF NOVEMBER", set(), "JERUSALEM POST"),
        ("HNN Staff", set(), "HNN"),
        ("Condé Nast; Molly Wood", {"Condé Nast"}, "Molly Wood"),
        ("Lisa Kaczke; Trevor J Mitchell", set(), "Lisa Kaczke, Trevor J Mitchell"),
        ("Meg Kinnard; Errin Haines; Associated Press", set(), "Meg Kinnard, Errin Haines"),
        ("By MEG KINNARD and ERRIN HAINES, Associated Press", set(), "MEG KINNARD, ERRIN HAINES"),
        (
            "LISA MASCARO; MARY CLARE JALONICK; ERIC TUCKER Associated Press",
            set(),
            "LISA MASCARO, MARY CLARE JALONICK, ERIC TUCKER",
        ),
        ("Finian Cunningham Sputnik International", set(), "Finian Cunningham"),
        ("Ilana Muhlstein, MS, RDN", set(), "Ilana Muhlstein"),
        ("Analysis by Chris Cillizza, CNN Editor-at-large", {"CNN"}, "Chris Cillizza"),
        ("Par Jeanne Martin, le 27 novembre 2019", set(), "Jeanne Martin"),
        ("Jane Doe Nov. 19, 2019 10:45 am", set(), "Jane Doe"),
        ("Текст Венера Ерофеева", set(), "Венера Ерофеева"),
        # Names that look like dates or roles keep them; an organisation alone stays.
        ("Theresa May", set(), "Theresa May"),
        ("John Pratt", set(), "John Pratt"),
        ("Reuters", set(), "Reuters"),
        ("The Guardian", {"The Guardian"}, "The Guardian"),
        ("Editorial", set(), "Editorial"),
        ("", set(), None),
        ("2019-11-27", set(), None),
    ],
)
def test_clean_author(raw, publishers, clean):
    assert clean_author(raw, publishers=publishers) == clean


def test_split_authors_gives_one_name_each():
    assert split_authors("A. Martin & B. Durand | C. Petit") == [
        "A. Martin",
        "B. Durand",
        "C. Petit",
    ]
    assert split_authors("A. Martin; a. martin") == ["A. Martin", "a. martin"]
