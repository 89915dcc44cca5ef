"""Plain-text and Markdown files: front matter, header lines, titles, clean text."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.io.errors import InputError
from annotator.io.importers import read_file
from annotator.io.text_import import parse_text, read_text_article

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "import"


def test_markdown_front_matter():
    result = read_file(FIXTURES / "article.md")
    assert result.failed == []
    (article,) = result.articles
    assert article.title == "Palantir et la DGSI : le contrat prolongé"
    # Tracking parameters are not part of an article's address.
    assert article.url == "https://www.example.org/2019/11/palantir-dgsi"
    assert article.published == "2019-11-27"
    assert article.author == "Jeanne Martin"
    assert article.language == "fr"
    assert article.body.startswith("# Palantir et la DGSI\n\nLe contrat")
    assert article.origin == str(FIXTURES / "article.md")


def test_header_lines_like_the_sample():
    (article,) = read_file(FIXTURES / "article.txt").articles
    assert article.published == "2019-11"
    assert article.title == "Palantir et la DGSI"
    assert article.body.startswith("Palantir Technologies est une entreprise")
    assert "tué par un commando américain en 2001" in article.body


def test_toml_front_matter_and_aliases():
    text = (
        '+++\ntitle = "Un titre"\nlink = "https://www.example.org/t"\npublished = 2019-11-05\n'
        'lang = "fr_FR"\nauthors = ["A. Un", "B. Deux"]\n+++\nLe texte.'
    )
    article = parse_text(text, "a.md")
    assert (article.title, article.url, article.published, article.language, article.author) == (
        "Un titre", "https://www.example.org/t", "2019-11-05", "fr-FR", "A. Un, B. Deux",
    )  # fmt: skip
    assert article.body == "Le texte."


def test_title_from_markdown_heading_or_first_line():
    assert parse_text("# Le titre\n\nLe texte.", "a.md").title == "Le titre"
    assert parse_text("Une première ligne.\nLa suite.", "a.txt").title == "Une première ligne."


def test_date_must_be_a_date():
    with pytest.raises(InputError) as caught:
        parse_text("---\ndate: hier\n---\nTexte.", "a.md")
    assert caught.value.reason == "field date: not an ISO date: 'hier'"
    assert parse_text("---\ndate: 2019/11/5\n---\nTexte.", "a.md").published == "2019-11-05"


def test_only_metadata_is_no_article():
    with pytest.raises(InputError) as caught:
        parse_text("---\ntitle: Rien\n---\n\n", "a.md")
    assert "no article text" in caught.value.reason


def test_bom_crlf_and_decomposed_accents_are_normalised():
    (article,) = read_file(FIXTURES / "bom-utf8.md").articles
    assert article.body == "Un texte avec BOM, été décomposé.\nLigne deux."
    (utf16,) = read_file(FIXTURES / "bom-utf16.txt").articles
    assert utf16.body == "Titre : un article en UTF-16\nAvec une ligne accentuée : été."


def test_characters_xml_forbids_never_reach_the_body():
    article = read_text_article("Un\x0ctexte\x01 avec\x0b des\x1b contrôles.".encode(), "a.txt")
    assert article.body == "Un\ntexte avec\n des contrôles."


def test_javascript_url_is_not_kept():
    article = parse_text("---\nurl: javascript:alert(1)\n---\nTexte.", "a.md")
    assert article.url is None
