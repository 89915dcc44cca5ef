"""Queries over the store: rows in and out as domain objects."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from annotator.domain.model import Article, Claim, Review, Source
from annotator.domain.rating import Rating, RatingScale
from annotator.domain.text import snippet_around_first_hit
from annotator.store.db import Store

ARTICLE_FIELDS = (
    "title", "body", "url", "published", "author", "language", "origin", "fact_check_url",
)  # fmt: skip
REVIEW_FIELDS = (
    "verdict", "claim_reviewed", "explanation", "correction", "status", "date_published",
)  # fmt: skip
CLAIM_FIELDS = ("claimant", "claim_date")
SOURCE_FIELDS = ("url", "title", "publisher", "date", "quote")


# SQLite's integers are 64-bit: a larger id (a user's typo of 20 digits) names no row.
MAX_ID = 2**63 - 1


def _id_ok(value: int) -> bool:
    return -MAX_ID - 1 <= value <= MAX_ID


def now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def content_hash(body: str) -> str:
    """Identity of a text for duplicate detection: whitespace runs folded."""
    return hashlib.sha256(" ".join(body.split()).encode("utf-8")).hexdigest()


# --- articles -------------------------------------------------------------


def _article(row: dict[str, Any]) -> Article:
    return Article(
        id=row["id"],
        title=row["title"],
        body=row["body"],
        url=row["url"],
        published=row["published"],
        author=row["author"],
        language=row["language"],
        origin=row["origin"],
        fact_check_url=row["fact_check_url"],
        version=row["version"],
        previous_id=row["previous_id"],
        imported_at=row["imported_at"],
    )


def article_row(article: Article, *, version: int = 1, previous_id: int | None = None) -> dict:
    row = {f: getattr(article, f) for f in ARTICLE_FIELDS}
    row.update(
        content_hash=content_hash(article.body),
        version=version,
        previous_id=previous_id,
        imported_at=article.imported_at or now(),
    )
    return row


def insert_article(store: Store, article: Article, **version: Any) -> int:
    row = article_row(article, **version)
    cur = store.conn.execute(
        f"INSERT INTO articles ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
        tuple(row.values()),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def article_id_by_hash(store: Store, digest: str) -> int | None:
    row = store.conn.execute("SELECT id FROM articles WHERE content_hash = ?", (digest,)).fetchone()
    return row[0] if row else None


def latest_article_by_url(store: Store, url: str) -> Article | None:
    rows = list(
        store.db.query(
            "SELECT * FROM articles WHERE url = ? AND superseded_by IS NULL"
            " ORDER BY id DESC LIMIT 1",
            [url],
        )
    )
    return _article(rows[0]) if rows else None


def get_article(store: Store, article_id: int) -> Article | None:
    if not _id_ok(article_id):
        return None
    rows = list(store.db.query("SELECT * FROM articles WHERE id = ?", [article_id]))
    return _article(rows[0]) if rows else None


def latest_version_id(store: Store, article_id: int) -> int:
    """Follow superseded_by to the newest version of an article."""
    if not _id_ok(article_id):
        return article_id
    current = article_id
    for _ in range(10_000):
        row = store.conn.execute(
            "SELECT superseded_by FROM articles WHERE id = ?", (current,)
        ).fetchone()
        if row is None or row[0] is None:
            return current
        current = row[0]
    return current


def mark_superseded(store: Store, old_id: int, new_id: int) -> None:
    store.conn.execute("UPDATE articles SET superseded_by = ? WHERE id = ?", (new_id, old_id))


def set_article_field(store: Store, article_id: int, field: str, value: Any) -> None:
    if field not in ("title", "url", "published", "author", "language", "fact_check_url"):
        raise ValueError(f"article field {field!r} cannot be changed")
    store.conn.execute(f"UPDATE articles SET {field} = ? WHERE id = ?", (value, article_id))


def list_articles(store: Store, *, limit: int | None = None, offset: int = 0) -> list[dict]:
    """Latest versions, newest first, with their claim counts (no bodies)."""
    sql = (
        "SELECT a.id, a.title, a.published, a.url, a.origin, a.version,"
        " (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims"
        " FROM articles a WHERE a.superseded_by IS NULL"
        " ORDER BY coalesce(a.published, '') DESC, a.id DESC"
    )
    params: list[Any] = []
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return list(store.db.query(sql, params))


def count_articles(store: Store) -> int:
    return store.conn.execute(
        "SELECT count(*) FROM articles WHERE superseded_by IS NULL"
    ).fetchone()[0]


# --- claims ---------------------------------------------------------------

_CLAIM_SELECT = (
    "SELECT c.*, r.verdict, r.claim_reviewed, r.explanation, r.correction, r.status,"
    " r.date_published, r.updated_at FROM claims c JOIN reviews r ON r.claim_id = c.id"
)


def _claim(row: dict[str, Any], sources: list[Source]) -> Claim:
    return Claim(
        id=row["id"],
        article_id=row["article_id"],
        exact=row["exact"],
        start=row["start"],
        end=row["end"],
        prefix=row["prefix"],
        suffix=row["suffix"],
        anchor=row["anchor"],
        claimant=row["claimant"],
        claim_date=row["claim_date"],
        created_at=row["created_at"],
        review=Review(
            verdict=row["verdict"],
            claim_reviewed=row["claim_reviewed"],
            explanation=row["explanation"],
            correction=row["correction"],
            status=row["status"],
            date_published=row["date_published"],
            updated_at=row["updated_at"],
        ),
        sources=sources,
    )


def _sources_for(store: Store, claim_ids: list[int]) -> dict[int, list[Source]]:
    found: dict[int, list[Source]] = {cid: [] for cid in claim_ids}
    for chunk_start in range(0, len(claim_ids), 500):
        chunk = claim_ids[chunk_start : chunk_start + 500]
        marks = ",".join("?" * len(chunk))
        for row in store.db.query(
            f"SELECT * FROM sources WHERE claim_id IN ({marks}) ORDER BY claim_id, position",
            chunk,
        ):
            found[row["claim_id"]].append(
                Source(
                    id=row["id"],
                    url=row["url"],
                    title=row["title"],
                    publisher=row["publisher"],
                    date=row["date"],
                    quote=row["quote"],
                )
            )
    return found


def _claims(store: Store, where: str, params: Iterable[Any]) -> list[Claim]:
    rows = list(
        store.db.query(
            f"{_CLAIM_SELECT} {where} ORDER BY c.article_id, c.start IS NULL, c.start, c.id",
            list(params),
        )
    )
    sources = _sources_for(store, [r["id"] for r in rows])
    return [_claim(r, sources[r["id"]]) for r in rows]


def get_claim(store: Store, claim_id: int) -> Claim | None:
    if not _id_ok(claim_id):
        return None
    found = _claims(store, "WHERE c.id = ?", [claim_id])
    return found[0] if found else None


def claims_for_article(store: Store, article_id: int) -> list[Claim]:
    if not _id_ok(article_id):
        return []
    return _claims(store, "WHERE c.article_id = ?", [article_id])


def list_claims(store: Store, *, status: str | None = None) -> list[Claim]:
    if status:
        return _claims(store, "WHERE r.status = ?", [status])
    return _claims(store, "", [])


def iter_claims(store: Store, batch: int = 1000) -> Iterator[Claim]:
    last = 0
    while True:
        chunk = _claims_page(store, last, batch)
        if not chunk:
            return
        yield from chunk
        last = max(c.id or 0 for c in chunk)


def _claims_page(store: Store, after: int, size: int) -> list[Claim]:
    rows = list(
        store.db.query(f"{_CLAIM_SELECT} WHERE c.id > ? ORDER BY c.id LIMIT ?", [after, size])
    )
    sources = _sources_for(store, [r["id"] for r in rows])
    return [_claim(r, sources[r["id"]]) for r in rows]


def insert_claim(store: Store, claim: Claim) -> int:
    """Insert a claim with its review and sources; keeps claim.id if it is set (undo)."""
    created = claim.created_at or now()
    cur = store.conn.execute(
        'INSERT INTO claims (id, article_id, start, "end", exact, prefix, suffix, anchor,'
        " claimant, claim_date, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            claim.id,
            claim.article_id,
            claim.start,
            claim.end,
            claim.exact,
            claim.prefix,
            claim.suffix,
            claim.anchor,
            claim.claimant,
            claim.claim_date,
            created,
        ),
    )
    claim_id = cur.lastrowid
    assert claim_id is not None
    r = claim.review
    store.conn.execute(
        "INSERT INTO reviews (claim_id, verdict, claim_reviewed, explanation, correction,"
        " status, date_published, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            claim_id,
            r.verdict,
            r.claim_reviewed,
            r.explanation,
            r.correction,
            r.status,
            r.date_published,
            r.updated_at or now(),
        ),
    )
    for position, source in enumerate(claim.sources):
        insert_source(store, claim_id, source, position=position)
    return claim_id


def delete_claim(store: Store, claim_id: int) -> None:
    store.conn.execute("DELETE FROM claims WHERE id = ?", (claim_id,))


def set_claim_field(store: Store, claim_id: int, field: str, value: Any) -> None:
    if field in CLAIM_FIELDS:
        store.conn.execute(f"UPDATE claims SET {field} = ? WHERE id = ?", (value, claim_id))
    elif field in REVIEW_FIELDS:
        store.conn.execute(
            f"UPDATE reviews SET {field} = ?, updated_at = ? WHERE claim_id = ?",
            (value, now(), claim_id),
        )
    else:
        raise ValueError(f"claim field {field!r} cannot be changed")


def set_claim_anchor(
    store: Store,
    claim_id: int,
    *,
    article_id: int,
    start: int | None,
    end: int | None,
    exact: str,
    prefix: str,
    suffix: str,
    anchor: str,
) -> None:
    store.conn.execute(
        'UPDATE claims SET article_id = ?, start = ?, "end" = ?, exact = ?, prefix = ?,'
        " suffix = ?, anchor = ? WHERE id = ?",
        (article_id, start, end, exact, prefix, suffix, anchor, claim_id),
    )


# --- sources --------------------------------------------------------------


def insert_source(
    store: Store, claim_id: int, source: Source, *, position: int | None = None
) -> int:
    if position is None:
        position = store.conn.execute(
            "SELECT coalesce(max(position) + 1, 0) FROM sources WHERE claim_id = ?", (claim_id,)
        ).fetchone()[0]
    cur = store.conn.execute(
        "INSERT INTO sources (id, claim_id, position, url, title, publisher, date, quote)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            source.id,
            claim_id,
            position,
            source.url,
            source.title,
            source.publisher,
            source.date,
            source.quote,
        ),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def get_source(store: Store, source_id: int) -> tuple[int, int, Source] | None:
    """(claim_id, position, source) or None."""
    if not _id_ok(source_id):
        return None
    rows = list(store.db.query("SELECT * FROM sources WHERE id = ?", [source_id]))
    if not rows:
        return None
    row = rows[0]
    source = Source(**{f: row[f] for f in SOURCE_FIELDS}, id=row["id"])
    return row["claim_id"], row["position"], source


def update_source(store: Store, source: Source) -> None:
    store.conn.execute(
        "UPDATE sources SET url = ?, title = ?, publisher = ?, date = ?, quote = ? WHERE id = ?",
        (source.url, source.title, source.publisher, source.date, source.quote, source.id),
    )


def delete_source(store: Store, source_id: int) -> None:
    store.conn.execute("DELETE FROM sources WHERE id = ?", (source_id,))


# --- rating scale and settings -------------------------------------------


def rating_scale(store: Store) -> RatingScale:
    rows = list(
        store.db.query(
            "SELECT s.name, r.* FROM ratings r JOIN rating_scales s ON s.id = r.scale_id"
            " WHERE s.id = (SELECT min(id) FROM rating_scales) ORDER BY r.position"
        )
    )
    ratings = [
        Rating(
            key=r["key"],
            value=r["value"],
            labels={"fr": r["label_fr"], "en": r["label_en"]},
            color=r["color"],
        )
        for r in rows
    ]
    return RatingScale(ratings, name=rows[0]["name"] if rows else "default")


def get_setting(store: Store, key: str) -> str | None:
    row = store.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def all_settings(store: Store) -> dict[str, str]:
    return dict(store.conn.execute("SELECT key, value FROM settings").fetchall())


def set_setting(store: Store, key: str, value: str | None) -> None:
    if value is None:
        store.conn.execute("DELETE FROM settings WHERE key = ?", (key,))
    else:
        store.conn.execute(
            "INSERT INTO settings(key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


# --- reviews from elsewhere: provenance and external reviews (import-reviews) ----

EXTERNAL_REVIEW_FIELDS = (
    "url", "publisher", "claim_reviewed", "claimant", "claim_date", "appearance_url",
    "rating_label", "rating_value", "best_rating", "worst_rating", "language",
    "date_published", "origin", "raw",
)  # fmt: skip


def set_review_provenance(
    store: Store,
    claim_id: int,
    *,
    review_url: str | None,
    rating_label: str | None,
    reviewed_by: str | None,
) -> None:
    """Where an imported review came from, and its verdict label when not on our scale."""
    store.conn.execute(
        "UPDATE reviews SET review_url = ?, rating_label = ?, reviewed_by = ? WHERE claim_id = ?",
        (review_url, rating_label, reviewed_by, claim_id),
    )


def adopt_review(store: Store, claim_id: int) -> None:
    """The review is ours now (we wrote its verdict or words): no other organisation's."""
    store.conn.execute("UPDATE reviews SET reviewed_by = NULL WHERE claim_id = ?", (claim_id,))


def review_provenance(store: Store, claim_ids: list[int]) -> dict[int, dict[str, str | None]]:
    """claim id -> {review_url, rating_label, reviewed_by} for the claims given."""
    found: dict[int, dict[str, str | None]] = {}
    for chunk_start in range(0, len(claim_ids), 500):
        chunk = claim_ids[chunk_start : chunk_start + 500]
        marks = ",".join("?" * len(chunk))
        for claim_id, url, label, by in store.conn.execute(
            "SELECT claim_id, review_url, rating_label, reviewed_by FROM reviews"
            f" WHERE claim_id IN ({marks})",
            chunk,
        ):
            found[claim_id] = {"review_url": url, "rating_label": label, "reviewed_by": by}
    return found


def claim_id_taken(store: Store, claim_id: int) -> bool:
    row = store.conn.execute("SELECT 1 FROM claims WHERE id = ?", (claim_id,)).fetchone()
    return row is not None


def next_claim_id(store: Store) -> int:
    return store.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM claims").fetchone()[0]


def latest_pages(store: Store) -> list[tuple[int, str, int, str | None]]:
    """(id, title, first version's id, own fact-check page or None) of every latest
    article version, oldest chain first."""
    return store.conn.execute(
        "WITH RECURSIVE chain(id, root) AS ("
        " SELECT id, id FROM articles WHERE previous_id IS NULL"
        " UNION ALL SELECT a.id, c.root FROM articles a JOIN chain c ON a.previous_id = c.id)"
        " SELECT a.id, a.title, c.root, a.fact_check_url FROM articles a"
        " JOIN chain c ON c.id = a.id WHERE a.superseded_by IS NULL ORDER BY c.root"
    ).fetchall()


def latest_article_by_fact_check_url(store: Store, url: str) -> Article | None:
    rows = list(
        store.db.query(
            "SELECT * FROM articles WHERE fact_check_url = ? AND superseded_by IS NULL"
            " ORDER BY id DESC LIMIT 1",
            [url],
        )
    )
    return _article(rows[0]) if rows else None


def articles_matching(store: Store, match: str, *, limit: int = 20) -> list[Article]:
    """Latest article versions whose text matches an FTS5 query, best first."""
    rows = list(
        store.db.query(
            "SELECT a.* FROM articles_fts f JOIN articles a ON a.id = f.rowid"
            " WHERE articles_fts MATCH ? AND a.superseded_by IS NULL"
            " ORDER BY bm25(articles_fts) LIMIT ?",
            [match, limit],
        )
    )
    return [_article(r) for r in rows]


def articles_containing(store: Store, text: str, *, limit: int = 50) -> list[Article]:
    """Latest article versions whose body holds `text` as it is (a full scan)."""
    rows = list(
        store.db.query(
            "SELECT * FROM articles WHERE superseded_by IS NULL AND instr(body, ?) > 0"
            " ORDER BY id LIMIT ?",
            [text, limit],
        )
    )
    return [_article(r) for r in rows]


def insert_external_review(store: Store, row: dict[str, Any]) -> tuple[int, bool]:
    """(id, inserted): a review with the same url and claim_reviewed is kept as it is."""
    values = {f: row.get(f) for f in EXTERNAL_REVIEW_FIELDS}
    values["imported_at"] = now()
    cur = store.conn.execute(
        f"INSERT INTO external_reviews ({', '.join(values)})"
        f" VALUES ({', '.join('?' * len(values))}) ON CONFLICT DO NOTHING",
        tuple(values.values()),
    )
    if cur.rowcount == 1 and cur.lastrowid is not None:
        return cur.lastrowid, True
    existing = store.conn.execute(
        "SELECT id FROM external_reviews"
        " WHERE coalesce(url, '') = ? AND coalesce(claim_reviewed, '') = ?",
        (values["url"] or "", values["claim_reviewed"] or ""),
    ).fetchone()
    return existing[0], False


def get_external_review(store: Store, review_id: int) -> dict[str, Any] | None:
    if not _id_ok(review_id):
        return None
    rows = list(store.db.query("SELECT * FROM external_reviews WHERE id = ?", [review_id]))
    return rows[0] if rows else None


def external_reviews_by_id(store: Store, ids: list[int]) -> dict[int, dict[str, Any]]:
    found: dict[int, dict[str, Any]] = {}
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start : chunk_start + 500]
        marks = ",".join("?" * len(chunk))
        for row in store.db.query(
            "SELECT id, url, publisher, claim_reviewed, claimant, claim_date, appearance_url,"
            " rating_label, rating_value, best_rating, worst_rating, language, date_published,"
            f" origin FROM external_reviews WHERE id IN ({marks})",
            chunk,
        ):
            found[row["id"]] = row
    return found


def count_external_reviews(store: Store) -> int:
    return store.conn.execute("SELECT count(*) FROM external_reviews").fetchone()[0]


# --- full-text search --------------------------------------------------------------

# Column weights for bm25, in each table's column order: a hit in a title or a
# claim's wording counts more than one deep in a body.
_FTS = {
    "articles_fts": (10.0, 1.0),
    "claims_fts": (5.0, 4.0, 2.0, 1.0, 2.0),
    "external_reviews_fts": (5.0, 2.0, 2.0, 1.0),
}
_FTS_COLUMNS = {
    "articles_fts": ("title", "body"),
    "claims_fts": ("quote", "claim_reviewed", "explanation", "correction", "claimant"),
    "external_reviews_fts": ("claim_reviewed", "claimant", "publisher", "rating_label"),
}
# FTS5's snippet() scores every window around every hit: on a long text with many
# hits it is quadratic (45 s for one 4 MB article). Above this many characters a
# row's snippet is made in Python around its first hit instead (linear).
SNIPPET_MAX_CHARS = 64 * 1024


def fts_hits(
    store: Store,
    table: str,
    match: str,
    limit: int,
    *,
    mark: tuple[str, str] | None = None,
    tokens: int = 16,
    terms: list[str] | None = None,
) -> list[tuple[int, float, str | None]]:
    """(rowid, bm25, snippet) of the best rows of one index; lower bm25 is better.

    FTS5 sorts by its own `rank` and the LIMIT stops it early, so snippets are
    made for the rows returned only. Articles are limited to latest versions.
    `terms` (folded words of the query) make the snippets of long rows.
    """
    if table not in _FTS:
        raise ValueError(f"not a full-text index: {table!r}")
    rank = f"bm25({', '.join(str(w) for w in _FTS[table])})"
    size = " + ".join(f"coalesce(length({c}), 0)" for c in _FTS_COLUMNS[table])
    snippet = (
        f"CASE WHEN {size} <= {SNIPPET_MAX_CHARS} THEN snippet({table}, -1, ?, ?, '…', ?) END"
        if mark
        else "NULL"
    )
    latest = (
        " AND rowid NOT IN (SELECT id FROM articles WHERE superseded_by IS NOT NULL)"
        if table == "articles_fts"
        else ""
    )
    params: list[Any] = [mark[0], mark[1], tokens] if mark else []
    params += [match, rank, limit]
    rows = [
        (r[0], r[1], r[2])
        for r in store.conn.execute(
            f"SELECT rowid, rank, {snippet} FROM {table}"
            f" WHERE {table} MATCH ? AND rank MATCH ?{latest} ORDER BY rank LIMIT ?",
            params,
        )
    ]
    if mark and terms:
        long_rows = [rowid for rowid, _score, text in rows if text is None]
        if long_rows:
            made = _long_snippets(store, table, long_rows, terms, mark)
            rows = [(r, score, made.get(r, text)) for r, score, text in rows]
    return rows


def _long_snippets(
    store: Store, table: str, rowids: list[int], terms: list[str], mark: tuple[str, str]
) -> dict[int, str]:
    columns = _FTS_COLUMNS[table]
    made: dict[int, str] = {}
    for rowid in rowids:
        row = store.conn.execute(
            f"SELECT {', '.join(columns)} FROM {table} WHERE rowid = ?", (rowid,)
        ).fetchone()
        for text in row or ():
            found = snippet_around_first_hit(text or "", terms, mark)
            if found:
                made[rowid] = found
                break
    return made


def fts_top(store: Store, table: str, match: str, limit: int) -> list[tuple[int, float]]:
    """(rowid, bm25) of the best rows of one index; lower bm25 is better."""
    return [(rowid, score) for rowid, score, _ in fts_hits(store, table, match, limit)]


def article_titles(store: Store, ids: list[int]) -> dict[int, tuple[str, str | None]]:
    """article id -> (title, url)."""
    found: dict[int, tuple[str, str | None]] = {}
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start : chunk_start + 500]
        marks = ",".join("?" * len(chunk))
        for article_id, title, url in store.conn.execute(
            f"SELECT id, title, url FROM articles WHERE id IN ({marks})", chunk
        ):
            found[article_id] = (title, url)
    return found


def claim_summaries(store: Store, ids: list[int]) -> dict[int, dict[str, Any]]:
    """claim id -> article_id, quote, verdict and provenance, without sources."""
    found: dict[int, dict[str, Any]] = {}
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start : chunk_start + 500]
        marks = ",".join("?" * len(chunk))
        for row in store.db.query(
            "SELECT c.id, c.article_id, c.exact, c.claimant, c.claim_date, r.verdict,"
            " r.claim_reviewed, r.status, r.date_published, r.review_url, r.rating_label,"
            " r.reviewed_by FROM claims c JOIN reviews r ON r.claim_id = c.id"
            f" WHERE c.id IN ({marks})",
            chunk,
        ):
            found[row["id"]] = row
    return found


def count_rated_claims(store: Store, article_id: int | None = None) -> tuple[int, int, int]:
    """Claims with a verdict: (all, published, of `article_id`)."""
    row = store.conn.execute(
        "SELECT count(*), coalesce(sum(r.status = 'published'), 0),"
        " coalesce(sum(c.article_id = ?), 0)"
        " FROM claims c JOIN reviews r ON r.claim_id = c.id WHERE r.verdict IS NOT NULL",
        (article_id,),
    ).fetchone()
    return int(row[0]), int(row[1]), int(row[2])
