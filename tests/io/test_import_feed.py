"""RSS and Atom feeds: one article per entry; entities, DTDs and malformed feeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.io.errors import InputError
from annotator.io.feed_import import read_feed
from annotator.io.importers import read_file

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "import"


def test_rss2_entries_full_content_link_and_dates():
    path = FIXTURES / "rss2.xml"
    result = read_file(path)
    first, second = result.articles
    assert first.title == "Le contrat de Palantir avec la DGSI prolongé"
    assert first.url == "https://www.example.org/2019/11/27/palantir-dgsi"
    assert first.published == "2019-11-27T08:30:00+01:00"
    assert first.author == "Jeanne Martin"
    assert first.language == "fr-FR"
    assert first.origin == f"{path}#entry-1"
    # Full content (content:encoded) wins over the summary; HTML becomes text.
    assert first.body == (
        "Le renseignement intérieur a prolongé son contrat avec Palantir.\n\n"
        "L'entreprise aurait aidé à retrouver Oussama Ben Laden, tué par un commando "
        "américain en 2001.\n\nFin de l'article."
    )
    # No link: the permalink guid is the URL; the author's address is not kept.
    assert second.url == "https://www.example.org/2019/11/28/breve"
    assert second.author == "La Rédaction"
    assert second.body == "Le ministre a déclaré que « tout va bien » & que rien ne change."
    # An entry with nothing to read is a failure of its own; the others import.
    assert result.failed == [
        (f"{path}#entry-3", "no article text in this entry (only a title or a link)")
    ]


def test_atom_html_xhtml_and_summary():
    path = FIXTURES / "atom.xml"
    result = read_file(path)
    assert result.failed == []
    html_entry, xhtml_entry, summary_entry = result.articles
    assert html_entry.title == "Palantir & la DGSI"
    assert html_entry.url == "https://www.example.org/2019/11/27/palantir-dgsi"  # xml:base
    assert html_entry.published == "2019-11-27T08:30:00+01:00"
    assert html_entry.author == "Jeanne Martin"
    assert html_entry.language == "fr"
    assert html_entry.body == (
        "Le contrat est prolongé.\n\nOussama Ben Laden, tué par un commando américain en 2001."
    )
    assert xhtml_entry.body == "An XHTML body.\n\nSecond paragraph."
    assert xhtml_entry.language == "en" and xhtml_entry.author == "La Rédaction"
    assert summary_entry.body == "Seul le résumé est dans le flux."
    assert summary_entry.origin == f"{path}#entry-3"


def test_rss1():
    (article,) = read_file(FIXTURES / "rss1.rdf").articles
    assert article.title == "Premier article RSS 1.0"
    assert article.published == "2019-11-27T08:30:00Z"
    assert article.language == "fr"


def test_old_rss_with_external_dtd_is_read_without_fetching_it():
    (article,) = read_file(FIXTURES / "rss091-dtd.rss").articles
    assert article.title == "Café et thé"
    # HTML names come from a fixed table; an unknown one stays as written.
    assert article.body == "Un vieil article à propos du café, avec une entité inconnue &secret;."


@pytest.mark.parametrize("name", ["billion-laughs.rss", "xxe-local.rss"])
def test_entity_declarations_are_refused(name):
    result = read_file(FIXTURES / name)
    assert result.articles == []
    assert result.failed == [
        (str(FIXTURES / name),
         "the feed declares entities in its DOCTYPE; refused (entities are never expanded)")
    ]  # fmt: skip


def test_external_entity_is_never_resolved():
    (article,) = read_file(FIXTURES / "xxe-remote.atom").articles
    assert article.body == "Un texte avec &remote; qui ne doit jamais être résolu."


def test_local_dtd_file_is_never_read(tmp_path):
    dtd = tmp_path / "evil.dtd"
    dtd.write_text('<!ENTITY s "SECRET-FROM-DTD">', encoding="utf-8")
    feed = (
        f'<!DOCTYPE rss SYSTEM "file://{dtd}"><rss><channel><item><title>T</title>'
        "<description>Avant &s; après.</description></item></channel></rss>"
    ).encode()
    (article,) = read_feed(feed, "f.rss")
    assert "SECRET-FROM-DTD" not in article.body


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("malformed.rss",
         "malformed feed (line 3): Opening and ending tag mismatch: description line 3 and item"),
        ("not-a-feed.xml", "not an RSS or Atom feed (root element <catalogue>)"),
    ],
)  # fmt: skip
def test_malformed_feeds(name, reason):
    result = read_file(FIXTURES / name)
    assert result.failed == [(str(FIXTURES / name), reason)]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"<rss version='2.0'><channel><title>Vide</title></channel></rss>",
         "the feed has no entries"),
        (b"<rss version='2.0'></rss>", "malformed feed: <rss> without <channel>"),
        (b"<rss><channel><item><title>&nbsp;</title></item></channel></rss>",
         "malformed feed (line 1): Entity 'nbsp' not defined"),
        (b"<?xml version='1.0'?>", "malformed feed (line 1): Document is empty"),
    ],
)  # fmt: skip
def test_broken_feeds_say_why(data, reason):
    with pytest.raises(InputError) as caught:
        read_feed(data, "f.rss")
    assert caught.value.reason == reason


def test_feed_in_latin1_with_declaration():
    data = (
        '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><item><title>Été</title>'
        "<description>Un été très chaud à Paris.</description></item></channel></rss>"
    ).encode("latin-1")
    (article,) = read_feed(data, "f.rss")
    assert article.title == "Été" and article.body == "Un été très chaud à Paris."
