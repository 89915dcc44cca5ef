"""Rows import-text and import-html: our import vs sqlite-utils insert_all, vs trafilatura alone."""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` and `annotator` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import emit, paragraph_text, row, sentence

# The quick run measures import-text at the table's size too: below it the ratio
# is mostly fixed costs and noise (2,500: 1.15; 5,000: 1.01-1.35 from one run to
# the next on this shared machine; 10,000: 1.00-1.06; 20,000: 1.04), only with
# fewer pairs.
TEXT_SIZE, TEXT_QUICK = 10_000, 10_000
HTML_SIZE, HTML_QUICK = 200, 100
TEXT_BYTES = 5_000
HTML_BYTES = 50_000


# --- data ---------------------------------------------------------------------


_SYLLABLES = [
    *(
        c + v
        for c in ("b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v")
        for v in "aeiou"
    ),
    *("cha", "che", "chi", "cho", "tra", "tre", "tri", "tro", "pla", "ple", "pli", "plo"),
    *("an", "en", "in", "on", "un", "ai", "ei", "oi", "ou", "eau", "é", "è", "ê", "ç"),
]


class Prose:
    """Seeded text with a news-like vocabulary: 30,000 words drawn by Zipf's law.

    A handful of words repeated (as in bench.common) makes a tiny full-text
    index and flatters whatever is not indexing; real articles do not.
    """

    def __init__(self, seed: int, vocabulary: int = 30_000):
        self.rng = random.Random(seed)
        words: set[str] = set()
        while len(words) < vocabulary:
            n = self.rng.choice((1, 2, 2, 3, 3, 3, 4))
            words.add("".join(self.rng.choice(_SYLLABLES) for _ in range(n)))
        self.words = sorted(words)
        self.rng.shuffle(self.words)
        self.weights = list(
            itertools.accumulate(1 / (rank + 2.7) ** 1.05 for rank in range(vocabulary))
        )

    def text(self, size: int) -> str:
        words = self.rng.choices(self.words, cum_weights=self.weights, k=size // 6 + 20)
        sentences, length, at = [], 0, 0
        while length < size and at < len(words):
            n = self.rng.randint(8, 24)
            chunk = " ".join(words[at : at + n])
            at += n
            sentence = chunk[:1].upper() + chunk[1:] + "."
            if self.rng.random() < 0.12:
                sentence += "\n\n"
            sentences.append(sentence)
            length += len(sentence) + 1
        return " ".join(sentences)[:size].strip()


def text_rows(count: int, seed: int = 11) -> list[dict]:
    """The articles both sides store: title, body (about 5 KB), url, published, origin."""
    prose = Prose(seed)
    rows = []
    for n in range(count):
        rows.append(
            {
                "title": f"Article {n} : {prose.text(60)}",
                "body": prose.text(TEXT_BYTES),
                "url": f"https://news.example.org/{n // 100}/article-{n}",
                "published": f"2019-{1 + n % 12:02d}-{1 + n % 28:02d}",
                "origin": f"{n:05d}.txt",
            }
        )
    return rows


def write_text_files(rows: list[dict], folder: Path) -> None:
    for r in rows:
        (folder / r["origin"]).write_text(
            f"---\ntitle: {r['title']}\nurl: {r['url']}\ndate: {r['published']}\n---\n"
            f"{r['body']}\n",
            encoding="utf-8",
        )


def html_page(rng: random.Random, n: int, size: int = HTML_BYTES) -> str:
    """A news page as saved from a browser: menus, scripts, the article, comments, footer."""
    title = sentence(rng, 8)[:-1]
    nav = "".join(
        f'<li><a href="/rubrique/{i}">{sentence(rng, 2)[:-1]}</a></li>' for i in range(30)
    )
    script = "var d=" + "[" + ",".join(str(rng.randint(0, 99999)) for _ in range(900)) + "];"
    paragraphs = []
    length = 0
    while length < size * 0.35:
        p = paragraph_text(rng, rng.randint(300, 900)).replace("\n\n", " ").strip()
        paragraphs.append(f"<p>{p}</p>")
        length += len(p)
    related = "".join(
        f'<li><a href="/a/{rng.randint(1, 10**6)}">{sentence(rng, 7)}</a></li>' for _ in range(12)
    )
    comments = "".join(
        f'<div class="comment"><span class="user">lecteur{i}</span><p>{sentence(rng, 12)}</p></div>'
        for i in range(10)
    )
    head = (
        f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{title} - Le Quotidien'
        f'</title><link rel="canonical" href="https://news.example.org/2019/11/{n}">'
        f'<meta property="og:title" content="{title}"><meta name="author" content="Jeanne Martin">'
        f'<meta property="article:published_time" content="2019-11-{1 + n % 28:02d}T08:00:00Z">'
        f"<style>{'.c{color:#333;margin:0 auto}' * 40}</style><script>{script}</script></head>"
    )
    body = (
        f'<body><header><div class="logo">Le Quotidien</div><nav><ul>{nav}</ul></nav></header>'
        f'<div class="cookie-banner">Nous utilisons des cookies pour mesurer l\'audience. '
        f"<button>Accepter</button></div>"
        f'<main><article><h1>{title}</h1><p class="byline">Par Jeanne Martin</p>'
        f"{''.join(paragraphs)}</article>"
        f"<aside><h2>À lire aussi</h2><ul>{related}</ul></aside>"
        f'<section class="comments"><h2>Commentaires</h2>{comments}</section></main>'
        f"<footer><ul>{nav}</ul><p>© 2019 Le Quotidien — mentions légales</p></footer>"
    )
    page = head + body
    filler = ""
    while len(page) + len(filler) < size - 40:  # tracking scripts pad pages to their size
        filler += f"<script>window.t{len(filler)}={rng.randint(0, 10**9)};</script>"
    return page + filler + "</body></html>"


def write_html_files(count: int, folder: Path, seed: int = 23) -> list[bytes]:
    rng = random.Random(seed)
    pages = []
    for n in range(count):
        data = html_page(rng, n).encode("utf-8")
        (folder / f"page-{n:04d}.html").write_bytes(data)
        pages.append(data)
    return pages


# --- the two sides ------------------------------------------------------------


def our_import(folder: Path, db: Path) -> int:
    from annotator.services.articles import import_paths
    from annotator.store import open_store

    store = open_store(db)
    try:
        report = import_paths(store, [folder])
    finally:
        store.close()
    assert not report.failed, report.failed[:3]
    return report.imported


def bare_executemany_then_fts(rows: list[dict], db: Path) -> None:
    """The baseline of import-text (DESIGN.md): the same rows by a bare sqlite3
    executemany, then one bulk insert into the FTS5 index, in the same file setup
    (WAL, synchronous NORMAL) and the same tokenizer."""
    import sqlite3

    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(
        "CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT, body TEXT, url TEXT,"
        " published TEXT, origin TEXT)"
    )
    conn.execute(
        "CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles',"
        " content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
    )
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO articles (title, body, url, published, origin)"
        " VALUES (:title, :body, :url, :published, :origin)",
        rows,
    )
    conn.execute(
        "INSERT INTO articles_fts (rowid, title, body) SELECT id, title, body FROM articles"
    )
    conn.execute("COMMIT")
    conn.close()


def trafilatura_alone(pages: list[bytes]) -> None:
    """The baseline of import-html: the extraction library on each page, with metadata."""
    import trafilatura

    for page in pages:
        trafilatura.bare_extraction(page, with_metadata=True)


def _paired(
    ours: Callable[[int], object],
    base: Callable[[int], object],
    runs: int,
    after: Callable[[int], object] | None = None,
):
    """Run both sides alternately (same noise for both); medians of each. `after(n)`
    runs untimed once both sides have run n."""
    ours_t, base_t = [], []
    for n in range(runs):
        for fn, times in ((base, base_t), (ours, ours_t)):
            gc.collect()
            start = time.perf_counter()
            fn(n)
            times.append(time.perf_counter() - start)
        if after is not None:
            after(n)
    return statistics.median(ours_t), statistics.median(base_t)


def _deleted(db: Path) -> None:
    """A timed run's database gone before the next run: the kernel would otherwise
    write its pages back (some 50 MB a run) while the next one is timed, and
    throttle that one's writes, whichever side it is."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


def import_text_row(quick: bool) -> dict:
    size = TEXT_QUICK if quick else TEXT_SIZE
    runs = 5 if quick else 7  # a shared machine's noise: the median of more pairs
    rows = text_rows(size)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        write_text_files(rows, folder)
        # Warm the page cache and the imports: the first run is not a cold start for either side.
        our_import(folder, Path(tmp) / "warm.db")
        _deleted(Path(tmp) / "warm.db")
        ours, base = _paired(
            lambda n: our_import(folder, Path(tmp) / f"ours-{n}.db"),
            lambda n: bare_executemany_then_fts(rows, Path(tmp) / f"base-{n}.db"),
            runs,
            after=lambda n: (
                _deleted(Path(tmp) / f"ours-{n}.db"),
                _deleted(Path(tmp) / f"base-{n}.db"),
            ),
        )
    return row(
        "import-text", ours, base, 1.2,
        "bare sqlite3 executemany of the same rows, then one bulk insert into FTS5",
        f"{size} x 5 KB",
    )  # fmt: skip


def import_html_row(quick: bool) -> dict:
    size = HTML_QUICK if quick else HTML_SIZE
    runs = 3 if quick else 5
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        pages = write_html_files(size, folder)
        trafilatura_alone(pages[:5])
        ours, base = _paired(
            lambda n: our_import(folder, Path(tmp) / f"ours-{n}.db"),
            lambda n: trafilatura_alone(pages),
            runs,
        )
    return row(
        "import-html", ours, base, 1.2,
        "trafilatura.bare_extraction(page, with_metadata=True) on the same pages, one process",
        f"{size} x 50 KB",
    )  # fmt: skip


# --- import-jsonl-memory --------------------------------------------------------------

JSONL_SIZE, JSONL_QUICK = (200 * 1024 * 1024, 40_000), (50 * 1024 * 1024, 10_000)
_PEAK = (
    "import resource, subprocess, sys; "
    "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024)"
)


def write_jsonl(path: Path, size: int, count: int, seed: int = 29) -> None:
    """`count` articles of about size/count bytes each, one JSON object per line."""
    prose = Prose(seed)
    each = size // count
    paragraph = prose.text(each)  # a few paragraphs, reused: the file is written fast
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            body = f"Article {n}. " + paragraph[n % 97 :] + paragraph[: n % 97]
            out.write(json.dumps({
                "title": f"Article {n} : {paragraph[n % 50 : n % 50 + 60]}",
                "body": body[: each - 120], "url": f"https://news.example.org/{n}",
                "published": f"2019-{1 + n % 12:02d}-{1 + n % 28:02d}",
            }, ensure_ascii=False) + "\n")  # fmt: skip


def peak_rss(*command: str) -> int:
    """Peak resident memory (bytes) of a command run in a process of its own."""
    result = subprocess.run(
        [sys.executable, "-c", _PEAK, *command], check=True, capture_output=True, text=True
    )
    return int(result.stdout.strip())


def import_jsonl_memory_row(quick: bool) -> dict:
    """Peak memory of `annotator import` on one big JSON Lines file, above a bare start:
    the file is streamed, never read whole (ratio = that / 100 MB)."""
    size, count = JSONL_QUICK if quick else JSONL_SIZE
    annotator = [sys.executable, "-m", "annotator"]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "articles.jsonl"
        write_jsonl(path, size, count)
        bare = peak_rss(*annotator, "--version")
        started = time.perf_counter()
        peak = peak_rss(*annotator, "--db", str(Path(tmp) / "bench.db"), "import", str(path))
        seconds = time.perf_counter() - started
        imported = (
            sqlite3.connect(Path(tmp) / "bench.db")
            .execute("SELECT count(*) FROM articles")
            .fetchone()[0]
        )
    assert imported == count, (imported, count)
    above = peak - bare
    return {
        "name": "import-jsonl-memory",
        "ratio": round(above / (100 * 1024 * 1024), 3),
        "target": 1.0,
        "baseline": "100 MB above the peak memory of `annotator --version`",
        "size": f"{size // (1024 * 1024)} MB, {count} articles",
        "median_s": round(seconds, 2),
        "peak_mib": round(peak / 2**20, 1),
        "bare_mib": round(bare / 2**20, 1),
    }


ROWS = {
    "import-text": import_text_row,
    "import-html": import_html_row,
    "import-jsonl-memory": import_jsonl_memory_row,
}


def run_rows(quick: bool) -> list[dict]:
    return [make(quick) for make in ROWS.values()]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller sizes, fewer runs")
    parser.add_argument("--row", choices=sorted(ROWS), action="append", help="only this row")
    args = parser.parse_args(argv)
    for name in args.row or list(ROWS):
        emit(ROWS[name](args.quick))


if __name__ == "__main__":
    main()
