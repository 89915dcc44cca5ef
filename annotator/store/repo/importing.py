"""What a batch import asks and writes: which texts and URLs are known, and many
articles in one statement."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from annotator.domain.model import Article
from annotator.store.base import Store, StoreError
from annotator.store.repo.rows import ARTICLE_FIELDS

_COLUMNS = (*ARTICLE_FIELDS, "content_hash", "version", "imported_at")


def text_owners(store: Store, hashes: list[str]) -> list[tuple[str, bool, str | None]]:
    """(content hash, is a latest version, url) of every stored article with one of
    these texts."""
    if not hashes:
        return []
    id_set, param = store.id_set(hashes)
    return [
        (digest, bool(latest), url)
        for digest, latest, url in store.execute(
            "SELECT content_hash, superseded_by IS NULL, url FROM articles"
            f" WHERE content_hash IN {id_set}",
            [param],
        )
    ]


def latest_urls(store: Store, urls: list[str], *, with_claims: bool = False) -> set[str]:
    """Those of `urls` that a latest article version has (and with claims, if asked)."""
    if not urls:
        return set()
    id_set, param = store.id_set(urls)
    claims = " AND EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id)" if with_claims else ""
    # `+superseded_by`: without it SQLite walks articles_latest, every latest
    # article, instead of looking the URLs up.
    return {
        row[0]
        for row in store.execute(
            f"SELECT url FROM articles a WHERE url IN {id_set} AND +superseded_by IS NULL{claims}",
            [param],
        )
    }


def has_claims(store: Store) -> bool:
    return store.execute("SELECT 1 FROM claims LIMIT 1").fetchone() is not None


def articles_with_text(store: Store, digest: str) -> list[tuple[int, bool, str | None]]:
    """(id, is a latest version, url) of the articles holding this text, oldest first."""
    return [
        (article_id, bool(latest), url)
        for article_id, latest, url in store.execute(
            "SELECT id, superseded_by IS NULL, url FROM articles WHERE content_hash = ?"
            " ORDER BY id",
            (digest,),
        )
    ]


def last_from_source(store: Store, url: str, origin: str | None) -> tuple[int, str] | None:
    """(id, content hash) of the last version of `url` imported from `origin`."""
    row = store.execute(
        "SELECT id, content_hash FROM articles WHERE url = ? AND origin IS NOT DISTINCT FROM ?"
        " ORDER BY id DESC LIMIT 1",
        (url, origin),
    ).fetchone()
    return (row[0], row[1]) if row else None


def insert_articles(store: Store, rows: list[tuple[Article, str]], imported_at: str) -> list[int]:
    """New first versions, many in one statement, inside the caller's transaction;
    their ids in order. Not in the full-text index yet: the caller adds them with
    `index_articles`, in the same transaction."""
    if not rows:
        return []
    values: list[object] = []
    for article, digest in rows:
        values.extend(getattr(article, f) for f in ARTICLE_FIELDS)
        values.extend((digest, 1, article.imported_at or imported_at))
    placeholder = "(" + ",".join("?" * len(_COLUMNS)) + ")"
    sql = f"INSERT INTO articles ({', '.join(_COLUMNS)}) VALUES " + ",".join(
        [placeholder] * len(rows)
    )
    if store.dialect == "postgresql":
        # One statement takes its ids from the sequence in the order of its rows.
        return sorted(row[0] for row in store.execute(sql + " RETURNING id", values))
    cursor = store.execute(sql, values)
    # Row ids of one statement on a table without AUTOINCREMENT, under our
    # write lock, are consecutive: the last one tells them all.
    last = cursor.lastrowid
    assert last is not None
    return list(range(last - len(rows) + 1, last + 1))


# SQLite keeps 2 MB of pages per connection by default: a batch of articles and
# their index entries outgrow it, and the pages it lets go (written to the WAL)
# are written again when the batch changes them once more. 16 MB keeps a
# batch's pages until its commit: a third fewer page writes for 5,000 articles.
IMPORT_CACHE_KIB = 16 * 1024


@contextlib.contextmanager
def import_cache(store: Store) -> Iterator[None]:
    """A page cache big enough for an import's batches, for as long as it runs."""
    if store.dialect != "sqlite":
        yield
        return
    previous = store.execute("PRAGMA cache_size").fetchone()[0]
    store.execute(f"PRAGMA cache_size = {-IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        with contextlib.suppress(StoreError):  # a lost connection: nothing to give back
            store.execute(f"PRAGMA cache_size = {int(previous)}")


# What FTS5 does by default (automerge=4): at every write, merge a little of
# its index's segments, so that few are left to search.
AUTOMERGE = 4


def merge_index_later(store: Store, later: bool) -> None:
    """During a batch import's transaction (`later`), the full-text index merges no
    segments as it grows; switched back before the commit.

    Incremental merging redoes work that the next merge redoes again: off in a
    batch, an import of 5,000 articles spends 10-15% less time indexing. The
    setting is a row of articles_fts_config, written in the same transaction
    (a killed import leaves it as it was), and FTS5 still merges any level that
    reaches 16 segments (its crisismerge): searches never face many more.
    """
    if store.dialect == "sqlite":
        store.execute(
            "INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', ?)",
            (0 if later else AUTOMERGE,),
        )


def index_articles(store: Store, ids: list[int]) -> None:
    """Add these articles to the full-text index, in one statement (SQLite; PostgreSQL's
    server keeps its own, by trigger)."""
    if ids and store.dialect == "sqlite":
        id_set, param = store.id_set(ids)
        store.execute(
            "INSERT INTO articles_fts(rowid, title, body)"
            f" SELECT id, title, body FROM articles WHERE id IN {id_set}",
            [param],
        )
