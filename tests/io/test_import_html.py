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


# Cleaner than the extraction library alone (issue 13): what it leaves or misses.
def _sentence(i: int) -> str:
    return (
        f"Paragraph {i} of the article says the council voted on the budget of the city, "
        f"and the mayor answered the critics at length on {i} points."
    )


def _page(body: str, head: str = "") -> bytes:
    return (
        f"<html><head><title>Council approves the school budget - City News</title>{head}"
        f"</head><body>{body}</body></html>"
    ).encode()


def test_headline_repeat_leading_url_and_trailing_furniture_leave_the_text():
    paragraphs = "".join(f"<p>{_sentence(i)}</p>" for i in range(1, 6))
    page = _page(
        "<main><article><p>https://www.example.com/news/council-budget-14848175.php</p>"
        "<h1>Council approves the school budget</h1>"
        f"{paragraphs}<p>Like this story? Share it with a friend!</p>"
        "<p>View Comments</p></article></main>"
    )
    body = read_html_article(page, "p.html").body
    assert body.startswith(_sentence(1)) and body.endswith(_sentence(5))


def test_an_article_split_between_advertisements_is_read_whole():
    from trafilatura import bare_extraction

    from annotator.io.html_import import parse_html

    def chunk(first: int, last: int) -> str:
        paragraphs = "".join(f"<p>{_sentence(i)}</p>" for i in range(first, last))
        return f'<div class="grid"><div class="body article__body">{paragraphs}</div></div>'

    ad = '<div class="ad"><span>Advertisement</span></div>'
    page = _page(
        f'<main><div class="chunks">{chunk(1, 6)}{ad}{chunk(6, 12)}{ad}{chunk(12, 15)}</div></main>'
    )
    alone = bare_extraction(parse_html(page.decode()), with_metadata=True).text
    assert _sentence(6) not in alone  # the library stops at the first advertisement
    body = read_html_article(page, "p.html").body
    assert all(_sentence(i) in body for i in range(1, 15))
    assert "Advertisement" not in body


def test_teasers_with_the_same_class_elsewhere_are_not_taken():
    article = "".join(f"<p>{_sentence(i)}</p>" for i in range(1, 6))
    teaser = '<div class="text"><p>By STAFF</p><p>11/20/2019 01:14 PM</p></div>'
    page = _page(
        f'<main><div class="row"><div class="text">{article}</div></div></main>'
        f'<aside><ul><li><div class="row">{teaser * 5}</div></li></ul></aside>'
    )
    body = read_html_article(page, "p.html").body
    assert "STAFF" not in body and "01:14" not in body


def test_an_opening_paragraph_the_library_left_out_is_found_through_the_description():
    # The library's text of a page whose first paragraph is bare text in a block,
    # before a <br>, the others after: the description names the missing opening.
    from annotator.io.html_import import _with_lede, parse_html

    opening = (
        "Following the vote of Monday night, the city council approved a new budget for the "
        "schools of the district after a long debate, according to sources. The vote was close."
    )
    html = (
        '<html><head><meta name="description" content="Following the vote of Monday night, the '
        'city council approved a new budget for the..."></head><body><div class="content">'
        "Following the vote of Monday night, the city council approved a new budget for the "
        'schools of the district after a long debate, according to <em><a href="/s">sources</a>'
        "</em>. The vote was close.<br><br><img src='a.jpg'><br>"
        + "<br><br>".join(_sentence(i) for i in range(1, 4))
        + "</div></body></html>"
    )
    tree = parse_html(html)
    meta = {"description": tree.find(".//meta").get("content")}
    lines = [_sentence(i) for i in range(1, 4)]
    assert _with_lede(tree, meta, lines) == [opening, *lines]
    # Present already, or far from the text: nothing is added.
    assert _with_lede(tree, meta, [opening, *lines]) == [opening, *lines]
    menu = "".join(
        f"<li><a href='/{i}'>Another story of the city, number {i}</a></li>" for i in range(60)
    )
    elsewhere = parse_html(html.replace("<br><br><img", f"</div><ul>{menu}</ul><div><img"))
    assert _with_lede(elsewhere, meta, lines) == lines


def test_authors_are_the_persons_the_page_names():
    data = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Budget", '
        '"author": [{"@type": "Person", "name": "Molly Wood"}], '
        '"publisher": {"@type": "Organization", "name": "WIRED"}}'
    )
    paragraphs = "".join(f"<p>{_sentence(i)}</p>" for i in range(1, 5))
    page = _page(
        f"<main><article>{paragraphs}</article></main>",
        head=f'<meta name="author" content="Condé Nast">'
        f'<script type="application/ld+json">{data}</script>',
    )
    assert read_html_article(page, "p.html").author == "Molly Wood"


def test_importing_a_page_never_opens_a_connection(monkeypatch):
    # DESIGN.md: imports never touch the network, whatever the page names (its canonical
    # URL, images, scripts): the extraction library is only ever given a parsed tree.
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("network access during import")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    paragraphs = "".join(f"<p>{_sentence(i)}</p>" for i in range(1, 5))
    page = _page(
        f'<main><article><img src="https://www.example.com/a.jpg">{paragraphs}</article></main>',
        head='<link rel="canonical" href="https://www.example.com/budget">'
        '<meta property="og:url" content="https://www.example.com/budget">'
        '<meta name="description" content="Not in the text: a summary of the council vote on '
        'the schools budget of the district.">',
    )
    article = read_html_article(page, "p.html")
    assert article.url == "https://www.example.com/budget" and _sentence(1) in article.body


def _jsonld_page(data: str, head: str = "") -> bytes:
    paragraphs = "".join(f"<p>{_sentence(i)}</p>" for i in range(1, 5))
    return _page(
        f"<main><article>{paragraphs}</article></main>",
        head=f'{head}<script type="application/ld+json">{data}</script>',
    )


def test_the_claimant_of_a_fact_check_is_not_its_author():
    # The library takes the reviewed claim's author for the page's; the fact-checker
    # (the ClaimReview's author) is the author when no person is named.
    data = (
        '{"@context": "https://schema.org", "@type": "ClaimReview", '
        '"author": {"@type": "Organization", "name": "POLYGRAPH.info"}, '
        '"itemReviewed": {"@type": "Claim", "author": {"@type": "Person", '
        '"name": "The Russian and Syrian defense ministries"}}}'
    )
    page = _jsonld_page(
        data, head='<meta name="author" content="The Russian; Syrian defense ministries">'
    )
    assert read_html_article(page, "p.html").author == "POLYGRAPH.info"


def test_a_person_that_is_the_site_is_nobody():
    # Seen: a WebPage "author" Person named after the site, the real one in a byline.
    data = '{"@type": "WebPage", "author": {"@type": "Person", "name": "Boom Live"}}'
    page = _jsonld_page(
        data,
        head='<meta name="author" content="Devesh Mishra">'
        '<meta property="og:site_name" content="Boom Live">',
    )
    assert read_html_article(page, "p.html").author == "Devesh Mishra"


def test_a_section_heading_in_h1_is_not_taken_for_the_headline():
    # Some pages mark the text's own headings with <h1>: what precedes one stays.
    paragraphs = "".join(f"<p>{_sentence(i)}</p>" for i in range(2, 8))
    page = _page(
        f"<main><article><p>{_sentence(1)}</p><h1>What the council decided on Monday night</h1>"
        f"{paragraphs}</article></main>"
    )
    body = read_html_article(page, "p.html").body
    assert body.startswith(_sentence(1))
