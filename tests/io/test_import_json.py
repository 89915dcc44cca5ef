"""JSON and JSON Lines: documented keys, per-record failures, hostile JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.io.errors import InputError
from annotator.io.importers import read_file
from annotator.io.json_import import article_from_record, read_json, read_jsonl

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "import"


def test_json_array_with_key_aliases_and_bad_records():
    path = FIXTURES / "articles.json"
    result = read_file(path)
    first, second, fourth = result.articles
    assert (first.title, first.url, first.published, first.author, first.language) == (
        "Premier", "https://www.example.org/json/1", "2019-11-27", "Jeanne Martin", "fr",
    )  # fmt: skip
    assert first.origin == f"{path}#item-1"
    assert (second.title, second.url, second.author, second.language) == (
        "Deuxième", "https://www.example.org/json/2", "Paul Durand", "fr-FR",
    )  # fmt: skip
    assert second.published == "2019-11-27T08:30:00+01:00"
    assert fourth.body == "Le corps au format schema.org."
    assert fourth.author == "A. Un, B. Deux" and fourth.published == "2019-11-30"
    assert result.failed == [
        (f"{path}#item-3", "no article text (none of the keys body, text, content)"),
        (f"{path}#item-4", "field body: expected text, got list"),
    ]


def test_jsonl_each_line_on_its_own():
    path = FIXTURES / "articles.jsonl"
    result = read_file(path)
    assert [a.title for a in result.articles] == ["Ligne 1", "Ligne 3", "Ligne 5"]
    assert [a.origin for a in result.articles] == [
        f"{path}#line-1", f"{path}#line-3", f"{path}#line-5",
    ]  # fmt: skip
    assert result.articles[1].published == "2019-11"
    ((source, reason),) = result.failed
    assert source == f"{path}#line-4" and reason.startswith("invalid JSON (line 1)")


def test_json_feed():
    result = read_file(FIXTURES / "jsonfeed.json")
    first, second = result.articles
    assert first.body == "Un paragraphe.\n\nUn autre."
    assert first.author == "Jeanne Martin" and first.language == "fr"
    assert second.body == "Texte brut."


def test_single_object_keeps_the_file_as_origin():
    (article,) = read_json(json.dumps({"title": "Un", "body": "Le texte."}).encode(), "a.json")
    assert article.origin == "a.json"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b'{"title": "x", "body": "y",}', "invalid JSON (line 1): Expecting property name"),
        (b"[]", "the JSON array is empty"),
        (b'"juste une chaine"', "expected a JSON object or array, got a string"),
        (b"[" * 100_000 + b"]" * 100_000, "invalid JSON: nested too deeply"),
        (b'{"body": "' + b"1" * 10 + b'", "published": "demain"}', "field published: not a date"),
    ],
)
def test_bad_json_says_why(data, reason):
    with pytest.raises(InputError) as caught:
        read_json(data, "a.json")
    assert caught.value.reason.startswith(reason)


def test_huge_integer_is_an_error_not_a_crash():
    with pytest.raises(InputError):
        read_json(b'{"body": "x", "title": ' + b"9" * 100_000 + b"}", "a.json")


def test_escaped_control_characters_and_lone_surrogates_are_dropped():
    article = article_from_record(
        json.loads('{"title": "T\\u0000", "body": "Un\\u0001 texte \\ud800avec\\u000b fin."}'), "x"
    )
    assert article.title == "T"
    assert article.body == "Un texte avec\n fin."
    article.body.encode("utf-8")  # storable: no surrogate left


def test_jsonl_with_only_blank_lines():
    with pytest.raises(InputError) as caught:
        read_jsonl(b"\n   \n", "a.jsonl")
    assert caught.value.reason == "empty file"
