"""Text helpers: normalisation, XML-illegal characters, URLs, dates, titles."""

import pytest

from annotator.domain.text import (
    InvalidURLError,
    check_http_url,
    is_iso_date,
    normalize_text,
    slugify,
    strip_xml_illegal,
    title_from_body,
)


def test_normalize_nfc_lf_and_bom():
    assert normalize_text("\ufeffe\u0301t\u00e9\r\nligne\rfin") == "été\nligne\nfin"


def test_strip_xml_illegal_keeps_tabs_newlines_emoji():
    assert strip_xml_illegal("a\x00b\x0bc\td\ne\ud800f\ufffeg🇫🇷") == "abc\td\nefg🇫🇷"


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "ftp://x.org/a",
        "http://",
        "/relative",
        "https://a b.org/",
    ],
)
def test_only_absolute_http_urls(url):
    with pytest.raises(InvalidURLError):
        check_http_url(url)


def test_http_url_accepted_and_stripped():
    assert check_http_url("  https://www.afp.com/fr  ") == "https://www.afp.com/fr"


@pytest.mark.parametrize(
    "value, ok",
    [
        ("2019", True),
        ("2019-11", True),
        ("2019-11-27", True),
        ("2019-11-27T10:00:00+01:00", True),
        ("2019-13", False),
        ("27/11/2019", False),
        ("novembre", False),
    ],
)
def test_iso_dates(value, ok):
    assert is_iso_date(value) is ok


def test_slug_and_title():
    assert slugify("Renseignement : la DGSI prolonge son contrat") == (
        "renseignement-la-dgsi-prolonge-son-contrat"
    )
    assert title_from_body("Titre court\n\nLe texte.") == "Titre court"
    long = "Une très longue première phrase " * 10
    title = title_from_body(long, max_length=60)
    assert len(title) <= 61 and title.endswith("…")


def test_long_slug_cuts_between_words():
    slug = slugify(
        "Palantir Technologies est une entreprise américaine de services et de logiciels"
    )
    assert slug == "palantir-technologies-est-une-entreprise-americaine-de"


@pytest.mark.parametrize(
    "url",
    [
        "https://a.org/<script>",
        'https://a.org/"x"',
        "https://a.org/{x}",
        "https://a.org/a|b",
        "https://a.org/a\\b",
        "https://a.org/`x`",
    ],
)
def test_characters_not_allowed_in_iris_are_refused(url):
    with pytest.raises(InvalidURLError, match="percent-encode"):
        check_http_url(url)
