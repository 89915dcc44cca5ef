"""Web pages: the article text without boilerplate, metadata, encodings, hostile markup."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.io.errors import InputError
from annotator.io.html_import import has_article_text, html_to_text, read_html_article
from annotator.io.importers import read_file

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "import"
PARAGRAPH = (
    "Le renseignement intérieur français a prolongé de trois ans son contrat avec Palantir "
    "Technologies, l'entreprise américaine d'analyse de données."
)


def only(path: Path):
    result = read_file(path)
    assert result.failed == []
    (article,) = result.articles
    return article


def test_article_text_and_metadata():
    article = only(FIXTURES / "article.html")
    assert article.title == "Le contrat de Palantir avec la DGSI prolongé"
    assert article.url == "https://www.example.org/2019/11/27/palantir-dgsi"
    assert article.published == "2019-11-27"
    assert article.author == "Jeanne Martin"
    assert article.language == "fr-FR"
    assert "tué par un commando américain en 2001" in article.body
    assert "Les députés de la commission" in article.body
    # Paragraphs stay paragraphs.
    assert "\n\nLes députés de la commission" in article.body


def test_boilerplate_stays_out():
    body = only(FIXTURES / "article.html").body
    for boilerplate in (
        "TRACKING-SCRIPT-TEXT", "font-family", "Tout accepter", "cookies",
        "Mentions légales", "Politique\n", "À lire aussi", "Notre sélection de séries",
    ):  # fmt: skip
        assert boilerplate not in body, boilerplate


def test_windows_1252_french_page_without_charset_is_not_mojibake():
    article = only(FIXTURES / "french-cp1252.html")
    assert article.title == "Les élèves français à l'école"
    assert "l'État a promis des moyens supplémentaires" in article.body
    assert "« C'est déjà ça »" in article.body
    for mojibake in ("Ã", "Ă", "Ä", "ŕ", "č", "\ufffd"):
        assert mojibake not in article.body


def test_declared_latin1_page_with_curly_quotes():
    article = only(FIXTURES / "french-latin1-declared.html")
    assert "« C’est déjà ça »" in article.body


def test_page_without_article_text_fails():
    result = read_file(FIXTURES / "no-article.html")
    assert result.articles == []
    reason = "no article text found in the page"
    assert result.failed == [(str(FIXTURES / "no-article.html"), reason)]


@pytest.mark.parametrize(
    "html",
    [
        b"<html><head><title>Vide</title></head><body></body></html>",
        b"<html><body><nav><a href='/'>Accueil</a> <a href='/b'>Sport</a></nav></body></html>",
        b"<html><body><script>var x = 'seulement du script';</script></body></html>",
    ],
)
def test_pages_with_nothing_to_read(html):
    with pytest.raises(InputError) as caught:
        read_html_article(html, "p.html")
    assert caught.value.reason == "no article text found in the page"


def test_image_saved_as_html_is_refused():
    result = read_file(FIXTURES / "photo.html")
    assert result.failed == [(str(FIXTURES / "photo.html"), "binary file (a JPEG image), not text")]


def test_xhtml_entities_external_and_bombs_are_never_expanded():
    article = only(FIXTURES / "xxe.xhtml")
    assert "root:" not in article.body  # /etc/passwd was not read
    assert "lollollol" not in article.body
    assert "Fichier local" in article.body


def test_external_dtd_is_not_fetched_and_known_entities_work():
    article = only(FIXTURES / "external-dtd.html")
    assert "café" in article.body
    assert "doit jamais être téléchargée" in article.body


def test_local_file_entity_in_html_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-CONTENT-42", encoding="utf-8")
    page = (
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY s SYSTEM "file://{secret}">]>'
        "<html><body><article><p>Un article assez long pour être lu, avec une entité : &s; "
        "qui ne doit jamais être remplacée par le contenu du fichier.</p></article></body></html>"
    ).encode()
    article = read_html_article(page, "p.xhtml")
    assert "SECRET-CONTENT-42" not in article.body


def test_deeply_nested_page_does_not_crash():
    page = b"<html><body>" + b"<div>" * 100_000 + b"<p>" + PARAGRAPH.encode() + b"</p>"
    try:
        article = read_html_article(page, "deep.html")
    except InputError:
        return  # refusing it is fine; crashing or hanging is not
    assert article.body


def test_sentence_detection():
    assert has_article_text("Une phrase avec au moins cinq mots.")
    assert not has_article_text("Accueil\nSport\nPolitique")


def test_fragment_to_text_for_feeds():
    text = html_to_text(
        "<p>Un paragraphe\n coupé.</p><script>alert(1)</script><p>Deux<br>lignes &amp; fin</p>"
        "<ul><li>un</li><li>deux</li></ul><form><input value='x'>Formulaire</form>"
    )
    assert text == "Un paragraphe coupé.\n\nDeux\nlignes & fin\n\nun\n\ndeux"
    assert html_to_text("Texte brut &eacute;\nsur deux lignes") == "Texte brut é\nsur deux lignes"


def test_page_with_too_many_elements_is_refused_not_a_hang():
    page = b"<html><body>" + b"<span>mot</span>" * 60_000 + b"</body></html>"
    with pytest.raises(InputError) as caught:
        read_html_article(page, "big.html")
    assert caught.value.reason == "page too large to extract (over 50,000 elements)"
