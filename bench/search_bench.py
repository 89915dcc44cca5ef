"""Row search: the search service (articles, claims, external reviews, snippets) vs bare FTS5."""

from __future__ import annotations

import argparse
import gc
import itertools
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `bench` and `annotator` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import emit, row

SIZE = 10_000  # cheap to build: --quick runs it too, with fewer runs
GROWTH = (1_000, 10_000, 100_000)
BODY = 5_000
LIMIT = 50

# News words the queries look for, mixed into the generated prose at known rates.
TOPICS = (
    "Palantir", "DGSI", "renseignement", "commando", "américain", "Pakistan", "élection",
    "ministre", "gouvernement", "données", "contrat", "enquête", "vaccin", "climat",
    "sécurité", "économie", "Abbottabad", "Ben", "Laden", "Oussama",
)  # fmt: skip
QUERIES = (
    "Palantir", "DGSI contrat", "renseignement", "commando américain", "Ben Laden",
    "Oussama Ben Laden Abbottabad", "élection", "ministre gouvernement", "vacc", "climat",
    "sécurité données", "securite", "Pakistan commando", "enquête", "economie",
    "gouvernement contrat données", "tué 2001", "Abbottabad 2011", "zzyzx introuvable",
    "l'État",
)  # fmt: skip
_SYLLABLES = [c + v for c in "bcdfglmnprstv" for v in "aeiou"] + ["an", "on", "ou", "é", "è"]


class Prose:
    """Seeded news-like text: 20,000 words by Zipf's law, and the topic words."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        words: set[str] = set()
        while len(words) < 20_000:
            n = self.rng.choice((1, 2, 2, 3, 3, 4))
            words.add("".join(self.rng.choice(_SYLLABLES) for _ in range(n)))
        self.words = sorted(words)
        self.rng.shuffle(self.words)
        self.weights = list(itertools.accumulate(1 / (r + 2.7) for r in range(len(self.words))))

    def text(self, size: int) -> str:
        words = self.rng.choices(self.words, cum_weights=self.weights, k=size // 6 + 10)
        for _ in range(self.rng.randint(0, 6)):  # a few topics per article
            words[self.rng.randrange(len(words))] = self.rng.choice(TOPICS)
        parts, length, at = [], 0, 0
        while length < size and at < len(words):
            n = self.rng.randint(8, 22)
            chunk = " ".join(words[at : at + n])
            at += n
            parts.append(chunk[:1].upper() + chunk[1:] + ".")
            length += len(parts[-1]) + 1
        return " ".join(parts)[:size]


def bare_hits(conn: Any, sql: str, expressions: list[tuple[str, str]]) -> int:
    """The baselines' way of asking: each query with all its words, else with any (as the
    service does), `LIMIT` rows; how many rows came back in all. `sql` takes (words, limit)."""
    found = 0
    for every, any_word in expressions:
        rows = conn.execute(sql, (every, LIMIT)).fetchall()
        if not rows and every != any_word:
            rows = conn.execute(sql, (any_word, LIMIT)).fetchall()
        found += len(rows)
    return found


def build_database(path: Path, articles: int, seed: int = 41) -> None:
    """Articles (5 KB), a claim with its review in every fifth, other checkers' reviews."""
    from annotator.domain.anchoring import selector_for
    from annotator.domain.model import Claim, Review
    from annotator.store import open_store, repo

    prose = Prose(seed)
    store = open_store(path)
    stamp = repo.now()
    with store.write():
        for start in range(0, articles, 1_000):
            batch = []
            for n in range(start, min(start + 1_000, articles)):
                batch.append((
                    f"{prose.text(70)} ({n})", prose.text(BODY),
                    f"https://news.example.org/{n}", f"2019-{1 + n % 12:02d}-{1 + n % 28:02d}",
                    f"hash-{n}", stamp,
                ))  # fmt: skip
            store.conn.executemany(
                "INSERT INTO articles (title, body, url, published, content_hash, imported_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                batch,
            )
        # Written in bulk, as an import does: the index filled in one statement.
        store.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
        bodies = store.conn.execute("SELECT id, body FROM articles WHERE id % 5 = 0").fetchall()
        for article_id, body in bodies:
            begin = prose.rng.randrange(0, len(body) - 100)
            selector = selector_for(body, begin, begin + 60)
            repo.insert_claim(store, Claim(
                article_id=article_id, exact=selector.exact, prefix=selector.prefix,
                suffix=selector.suffix, start=begin, end=begin + 60, claimant="Un élu",
                review=Review(verdict=prose.rng.choice(("true", "false", "mixed")),
                              explanation=prose.text(300), status="published"),
            ))  # fmt: skip
        store.conn.executemany(
            "INSERT INTO external_reviews (url, publisher, claim_reviewed, rating_label, raw,"
            " imported_at) VALUES (?, ?, ?, ?, '{}', ?)",
            [(f"https://checker.example.org/{n}", "AFP Factuel", prose.text(120),
              prose.rng.choice(("Faux", "Vrai", "Trompeur")), stamp)
             for n in range(max(articles // 20, 10))],
        )  # fmt: skip
    store.close()


def bare_match(query: str, *, any_word: bool = False) -> str:
    """The same words as an FTS5 expression (quoted, prefixes from three letters)."""
    words = list(dict.fromkeys(re.findall(r"\w+", query)))
    return (" OR " if any_word else " ").join(
        f'"{w}"' + ("*" if len(w) >= 3 else "") for w in words
    )


def _paired(ours: Callable[[], object], base: Callable[[], object], runs: int):
    """Both sides alternately (the same noise for both); medians of each."""
    ours_t, base_t = [], []
    for _ in range(runs):
        for fn, times in ((base, base_t), (ours, ours_t)):
            gc.collect()
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
    return statistics.median(ours_t), statistics.median(base_t)


def search_row(size: int = SIZE, runs: int = 7) -> dict:
    from annotator.services.search import search
    from annotator.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "search.db"
        build_database(path, size)
        store = open_store(path)
        conn = store.conn
        # The service asks for every word, and for any word when no article has them
        # all: the baseline asks the articles index the same, the same way.
        expressions = [(bare_match(q), bare_match(q, any_word=True)) for q in QUERIES]
        # Like the service, the baseline returns each hit with its snippet (DESIGN.md's
        # search prints "a snippet"): without one, the two would not do the same job.
        sql = (
            "SELECT rowid, snippet(articles_fts, -1, '[', ']', '…', 16) FROM articles_fts"
            " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?"
        )
        bare_sql = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?"

        def ours() -> int:
            return sum(len(search(store, q, limit=LIMIT)) for q in QUERIES)

        def asking(query_sql: str) -> Callable[[], int]:
            return lambda: bare_hits(conn, query_sql, expressions)

        base, bare = asking(sql), asking(bare_sql)
        hits, base_hits = ours(), base()  # warm the page cache for both
        assert hits >= base_hits > 0, (hits, base_hits)
        median_ours, median_base = _paired(ours, base, runs)
        bare_ours, bare_base = _paired(ours, bare, runs)
        store.close()
    result = row(
        "search", median_ours, median_base, 2.0,
        f"bare FTS5 MATCH ... ORDER BY rank LIMIT {LIMIT} with snippet() on articles_fts for "
        "the same words (all of them, else any, as the service asks), same file",
        f"{size} articles x 5 KB, {len(QUERIES)} queries",
    )  # fmt: skip
    result.update(
        ratio_to_match_without_snippets=round(bare_ours / bare_base, 3),
        queries=len(QUERIES),
        hits=hits,
        measured=f"annotator.services.search.search(store, q, limit={LIMIT}) for each query: "
        "articles, claims and external reviews, ranked, with snippets",
    )
    return result


def run_rows(quick: bool) -> list[dict]:
    return [search_row(SIZE, 5 if quick else 11)]


def growth_rows() -> list[dict]:
    return [search_row(size, 5) for size in GROWTH]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller size, fewer runs")
    args = parser.parse_args(argv)
    for result in run_rows(args.quick):
        emit(result)


if __name__ == "__main__":
    main()
