"""Page furniture: headline repeats, bare URLs, pointers and calls to action leave the text."""

from __future__ import annotations

import pytest

from annotator.io.furniture import (
    clean_lines,
    headline_keys,
    is_dateline,
    is_furniture_anywhere,
    is_tail_furniture,
    loose,
)

TITLE = "Cat found in New Mexico after going missing in Oregon"
TEXT = [
    "SANTA FE, N.M. (AP) — A cat who has been missing for five years in Portland, Oregon, has"
    " been found in Santa Fe, New Mexico.",
    "The Santa Fe Animal Shelter announced this week that Sasha the black cat was recently"
    " found wandering the streets of New Mexico’s capital. Officials say a microchip helped"
    " identify the feline.",
    "American Airlines offered to fly the cat to Portland, along with a member of the Santa Fe"
    " Animal Shelter. Officials will present the animal to Viktor Usov, the cat’s original owner.",
    "Usov says the family thought they’d never see the cat again.",
]


def test_loose_ignores_case_quotes_and_spacing():
    assert loose("Remake de “I Cavalieri”  per Netflix") == loose(
        'remake de "I cavalieri" per NETFLIX'
    )


def test_headline_keys_take_each_part_of_a_title():
    keys = headline_keys(
        ["Remake de “I Cavalieri” per Netflix - Remember 80/90 - Memorabilia", None]
    )
    assert loose("Remake de “I Cavalieri” per Netflix") in keys


def test_leading_url_and_title_repeat_are_dropped():
    lines = ["https://www.example.com/news/article/Cat-found-14848175.php", TITLE, *TEXT]
    assert clean_lines(lines, headline_keys([TITLE])) == TEXT


def test_what_comes_before_the_headline_is_dropped():
    sidebar = "Night mode is an automatic setting of the new camera, for brighter photos."
    lines = [sidebar, '16" MacBook Pro Now Available', TITLE, *TEXT]
    assert clean_lines(lines, headline_keys([TITLE])) == TEXT


def test_the_headline_is_only_looked_for_at_the_top():
    lines = [*TEXT, TITLE, *TEXT]
    assert clean_lines(lines, headline_keys([TITLE])) == lines


def test_a_dateline_after_the_headline_goes_with_it():
    lines = [TITLE, "UPDATED: Tue., Nov. 19, 2019", *TEXT]
    assert clean_lines(lines, headline_keys([TITLE])) == TEXT
    assert is_dateline("- Published 18 November 2019")
    assert is_dateline("sexta-feira, 22 de outubro de 2010 às 20:13")
    assert not is_dateline("In 2019, the shelter took in more cats than ever before.")


@pytest.mark.parametrize(
    "tail",
    [
        ["View Comments"],
        ["[ Read All Comments ]"],
        [" comments"],
        ["Tell us what YOU think..."],
        ["Like this story? Share it with a friend!"],
        [
            "Subscribe to the Morning Review newsletter",
            "Get the day’s top headlines delivered to your inbox every morning.",
        ],
        ["Follow The New York Times Opinion section on Facebook, Twitter and Instagram."],
        ["Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik."],
        ['Mike Wall\'s book, "Out There", is out now. Follow him on Twitter @michaelwall.'],
        [
            "Subscribe to the 9to5Toys YouTube Channel for all of the latest videos!",
            "Audio-Technica ATH-G1WL Review: My new go-to wireless gaming headset [Video]",
        ],
        ["If you buy something through this post, IGN may get a share of the sale."],
    ],
)
def test_trailing_calls_to_action_are_dropped(tail):
    assert clean_lines([*TEXT, *tail], set()) == TEXT


def test_the_last_paragraph_of_the_article_stays():
    # Words of social media in a sentence of the article are not a call to action.
    for last in (
        "The governor said on Twitter that the shelter would get more money next year.",
        "Like many Twitter users, the owner had posted pictures of the cat for years.",
        "Share prices of the app maker fell 3% after the announcement.",
        "Follow-up visits are planned, the shelter said on Facebook.",
    ):
        assert clean_lines([*TEXT, last], set()) == [*TEXT, last]
    assert not is_tail_furniture("Comments by the minister drew criticism from the opposition.")


def test_the_tail_never_takes_much_of_the_text():
    lines = ["Short.", "Follow us on Twitter @example and on Facebook for more news every day."]
    assert clean_lines(lines, set()) == lines


@pytest.mark.parametrize(
    "line",
    [
        "Related: SpaceX's Starship and Super Heavy Mars Rocket in Pictures",
        "Also on rt.com Journalists threatened with sedition arrests",
        "READ MORE: Hunter diagnosed with bubonic plague",
        "À lire aussi : la réforme des retraites expliquée",
        "Most read in world news",
        "CLICK HERE TO GET THE FOX NEWS APP",
        "Advertisement",
        "[button link=”http://www.example.com/submit/” type=”big”] Send us YOUR review[/button]",
    ],
)
def test_pointers_labels_and_shortcodes_go_wherever_they_are(line):
    assert is_furniture_anywhere(line)
    assert clean_lines([TEXT[0], line, *TEXT[1:]], set()) == TEXT


@pytest.mark.parametrize(
    "line",
    [
        "Leggi anche",  # a bare heading: it points at nothing
        "Read more about the plague in the report the ministry published on Monday.",
        "Related costs rose by 12% over the year, the report says.",
    ],
)
def test_sentences_that_start_like_a_pointer_stay(line):
    assert not is_furniture_anywhere(line)
