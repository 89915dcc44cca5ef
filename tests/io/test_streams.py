"""Files of many articles bigger than the size limit: read as streams, the limit per article."""

from __future__ import annotations

import gzip
import json
import random
import tracemalloc
from pathlib import Path

import pytest

from annotator.io import importers

LIMIT = 20_000  # bytes: small, so that small test files are "big"


def record(n: int, size: int = 2_000) -> dict:
    return {
        "title": f"Article {n}",
        "body": f"Texte numéro {n}, été à Noël. " + "Mot français. " * (size // 14),
        "url": f"https://news.example.org/{n}",
        "published": "2019-11-28",
    }


def read_all(path: Path, limit: int = LIMIT) -> tuple[list, list]:
    articles, failed = [], []
    for part in importers.read_stream(path, limit):
        articles += part.articles
        failed += part.failed
    return articles, failed


def test_json_lines_bigger_than_the_limit_are_read_line_by_line(tmp_path):
    path = tmp_path / "big.jsonl"
    lines = [json.dumps(record(n), ensure_ascii=False) for n in range(60)]
    lines.insert(10, json.dumps(record(999, size=LIMIT * 2)))  # one article too big
    lines.insert(20, "{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert path.stat().st_size > 5 * LIMIT
    articles, failed = read_all(path)
    assert len(articles) == 60
    assert articles[0].title == "Article 0" and "été à Noël" in articles[0].body
    reasons = dict(failed)
    assert "size limit" in reasons[f"{path}#line-11"]
    assert "invalid JSON" in reasons[f"{path}#line-21"]
    assert articles[-1].origin == f"{path}#line-62"


@pytest.mark.parametrize("shape", ["array", "articles", "items"])
def test_json_arrays_are_read_item_by_item(tmp_path, shape):
    items = [record(n) for n in range(40)]
    items[5] = record(5, size=LIMIT * 2)
    document = items if shape == "array" else {"meta": {"n": 40}, shape: items}
    path = tmp_path / "big.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    articles, failed = read_all(path)
    assert len(articles) == 39 and articles[0].title == "Article 0"
    assert failed == [(f"{path}#item-6", f"article over the size limit of {LIMIT:,} bytes")]


def test_a_big_json_object_without_a_list_is_refused(tmp_path):
    path = tmp_path / "big.json"
    path.write_text(json.dumps({"title": "x", "body": "y" * (LIMIT * 3)}), encoding="utf-8")
    articles, failed = read_all(path)
    assert articles == [] and "no `articles` or `items`" in failed[0][1]


def rss(count: int) -> str:
    items = "".join(
        f"<item><title>Article {n}</title><link>https://news.example.org/{n}</link>"
        f"<description>Texte numéro {n}, été à Noël. {'Mot. ' * 300}</description></item>"
        for n in range(count)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Le fil</title><language>fr</language>{items}</channel></rss>"
    )


def test_a_big_feed_is_read_entry_by_entry_with_its_channel(tmp_path):
    path = tmp_path / "big.rss"
    path.write_text(rss(50), encoding="utf-8")
    articles, failed = read_all(path)
    assert failed == [] and len(articles) == 50
    assert articles[49].url == "https://news.example.org/49"
    assert all(a.language == "fr" for a in articles)  # the channel's, kept while streaming
    whole = importers.read_file(path, 10**9).articles  # the same feed read whole
    assert [(a.title, a.body, a.url) for a in whole] == [(a.title, a.body, a.url) for a in articles]


def test_a_big_feed_declaring_entities_is_refused(tmp_path):
    path = tmp_path / "bomb.rss"
    path.write_text(
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaa">]>' + rss(50)[21:],
        encoding="utf-8",
    )
    articles, failed = read_all(path)
    assert articles == [] and "entities" in failed[0][1]


def test_gzip_of_json_lines_is_streamed_and_a_bomb_refused(tmp_path):
    path = tmp_path / "big.jsonl.gz"
    rng = random.Random(3)
    words = [
        "".join(rng.choice("abcdefghijklmnopqrstuvwxyzé") for _ in range(7)) for _ in range(5000)
    ]
    text = "\n".join(
        json.dumps(
            {"title": f"Article {n}", "body": " ".join(rng.choice(words) for _ in range(300))}
        )
        for n in range(60)
    )
    path.write_bytes(gzip.compress(text.encode()))
    articles, failed = read_all(path, limit=50_000)
    assert (len(articles), failed) == (60, [])
    bomb = tmp_path / "bomb.jsonl.gz"
    line = json.dumps({"title": "x", "body": "a" * 10_000}) + "\n"
    bomb.write_bytes(gzip.compress(line.encode() * 2_000))  # 20 MB from a few KB
    articles, failed = read_all(bomb, limit=50_000)
    assert "compression bomb" in failed[-1][1]


def test_a_single_article_file_over_the_limit_is_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("Texte. " * LIMIT, encoding="utf-8")
    articles, failed = read_all(path)
    assert articles == [] and "size limit" in failed[0][1]


def test_memory_stays_flat_whatever_the_size(tmp_path):
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for n in range(4_000):
            out.write(json.dumps(record(n, size=5_000), ensure_ascii=False) + "\n")
    size = path.stat().st_size
    assert size > 20 * 1024 * 1024
    tracemalloc.start()
    count = 0
    for part in importers.read_stream(path, 1_000_000):
        count += len(part.articles)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 4_000
    assert peak < size / 4, f"peak {peak:,} bytes for a {size:,}-byte file"
