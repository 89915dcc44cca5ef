"""Articles: versions, lookups by id, hash, URL and fact-check page, and lists."""

from __future__ import annotations

from typing import Any

from annotator.domain.model import Article
from annotator.store.base import Store
from annotator.store.repo.rows import article_from_row, article_row, id_ok


def insert_article(store: Store, article: Article, **version: Any) -> int:
    row = article_row(article, **version)
    article_id = store.insert("articles", row)
    if store.dialect == "sqlite":
        # SQLite's index is filled by the store (no trigger: a batch import fills it in
        # bulk); PostgreSQL's tsvector column by the server's trigger.
        store.execute(
            "INSERT INTO articles_fts(rowid, title, body) VALUES (?, ?, ?)",
            (article_id, row["title"], row["body"]),
        )
    return article_id


def article_id_by_hash(store: Store, digest: str) -> int | None:
    row = store.execute("SELECT id FROM articles WHERE content_hash = ?", (digest,)).fetchone()
    return row[0] if row else None


def latest_article_by_url(store: Store, url: str) -> Article | None:
    rows = list(
        store.query(
            "SELECT * FROM articles WHERE url = ? AND superseded_by IS NULL"
            " ORDER BY id DESC LIMIT 1",
            [url],
        )
    )
    return article_from_row(rows[0]) if rows else None


def get_article(store: Store, article_id: int) -> Article | None:
    if not id_ok(article_id):
        return None
    rows = list(store.query("SELECT * FROM articles WHERE id = ?", [article_id]))
    return article_from_row(rows[0]) if rows else None


def latest_article(store: Store, article_id: int) -> Article | None:
    """The newest version of an article (superseded_by followed), read whole: one query
    when the article is the newest, as it nearly always is."""
    if not id_ok(article_id):
        return None
    rows = list(store.query("SELECT * FROM articles WHERE id = ?", [article_id]))
    for _ in range(10_000):
        if not rows or rows[0]["superseded_by"] is None:
            break
        rows = list(store.query("SELECT * FROM articles WHERE id = ?", [rows[0]["superseded_by"]]))
    return article_from_row(rows[0]) if rows else None


def latest_version_id(store: Store, article_id: int) -> int:
    """Follow superseded_by to the newest version of an article."""
    if not id_ok(article_id):
        return article_id
    current = article_id
    for _ in range(10_000):
        row = store.execute(
            "SELECT superseded_by FROM articles WHERE id = ?", (current,)
        ).fetchone()
        if row is None or row[0] is None:
            return current
        current = row[0]
    return current


def mark_superseded(store: Store, old_id: int, new_id: int) -> None:
    store.execute("UPDATE articles SET superseded_by = ? WHERE id = ?", (new_id, old_id))


def set_article_field(store: Store, article_id: int, field: str, value: Any) -> None:
    allowed = ("title", "url", "published", "author", "language", "fact_check_url", "assigned_to")
    if field not in allowed:
        raise ValueError(f"article field {field!r} cannot be changed")
    store.execute(f"UPDATE articles SET {field} = ? WHERE id = ?", (value, article_id))


def list_articles(
    store: Store, *, limit: int | None = None, offset: int = 0, assigned_to: str | None = None
) -> list[dict]:
    """Latest versions, newest first, with their claim counts (no bodies); only those
    assigned to someone, if asked."""
    params: list[Any] = []
    mine = ""
    if assigned_to is not None:
        mine = " AND a.assigned_to = ?"
        params.append(assigned_to)
    sql = (
        "SELECT a.id, a.title, a.published, a.url, a.origin, a.version, a.assigned_to,"
        " (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims"
        f" FROM articles a WHERE a.superseded_by IS NULL{mine}"
        " ORDER BY coalesce(a.published, '') DESC, a.id DESC"
    )
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return list(store.query(sql, params))


def count_articles(store: Store) -> int:
    return store.execute("SELECT count(*) FROM articles WHERE superseded_by IS NULL").fetchone()[0]


def latest_pages(store: Store) -> list[tuple[int, str, int, str | None]]:
    """(id, title, first version's id, own fact-check page or None) of every latest
    article version, oldest chain first."""
    return store.execute(
        "WITH RECURSIVE chain(id, root) AS ("
        " SELECT id, id FROM articles WHERE previous_id IS NULL"
        " UNION ALL SELECT a.id, c.root FROM articles a JOIN chain c ON a.previous_id = c.id)"
        " SELECT a.id, a.title, c.root, a.fact_check_url FROM articles a"
        " JOIN chain c ON c.id = a.id WHERE a.superseded_by IS NULL ORDER BY c.root"
    ).fetchall()


def latest_article_by_fact_check_url(store: Store, url: str) -> Article | None:
    rows = list(
        store.query(
            "SELECT * FROM articles WHERE fact_check_url = ? AND superseded_by IS NULL"
            " ORDER BY id DESC LIMIT 1",
            [url],
        )
    )
    return article_from_row(rows[0]) if rows else None


def articles_matching(store: Store, text: str, *, limit: int = 20) -> list[Article]:
    """Latest article versions holding the words of `text` in a row, best first."""
    from annotator.store.repo.search import articles_with_phrase

    found = [get_article(store, article_id) for article_id in articles_with_phrase(
        store, text, limit=limit
    )]  # fmt: skip
    return [a for a in found if a is not None]


def articles_containing(store: Store, text: str, *, limit: int = 50) -> list[Article]:
    """Latest article versions whose body holds `text` as it is (a full scan)."""
    rows = list(
        store.query(
            "SELECT * FROM articles WHERE superseded_by IS NULL AND "
            + ("strpos(body, ?)" if store.dialect == "postgresql" else "instr(body, ?)")
            + " > 0"
            " ORDER BY id LIMIT ?",
            [text, limit],
        )
    )
    return [article_from_row(r) for r in rows]


def article_titles(store: Store, ids: list[int]) -> dict[int, tuple[str, str | None]]:
    """article id -> (title, url)."""
    found: dict[int, tuple[str, str | None]] = {}
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start : chunk_start + 500]
        marks = ",".join("?" * len(chunk))
        for article_id, title, url in store.execute(
            f"SELECT id, title, url FROM articles WHERE id IN ({marks})", chunk
        ):
            found[article_id] = (title, url)
    return found


def is_editor(store: Store) -> bool:
    """May this login publish and change settings? (On a desk's file everyone may.)"""
    if store.dialect != "postgresql":
        return True
    return bool(store.execute("SELECT is_editor()").fetchone()[0])


def people(store: Store) -> list[str]:
    """Everyone an article can be given to: on a shared database the logins of the
    newsroom's two group roles, on a desk's file the names already seen in it."""
    if store.dialect == "postgresql":
        rows = store.execute(
            "SELECT DISTINCT m.rolname FROM pg_auth_members a"
            " JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member"
            " WHERE g.rolname IN ('annotator_checker', 'annotator_editor') AND m.rolcanlogin"
        ).fetchall()
    else:
        rows = store.execute(
            "SELECT assigned_to FROM articles WHERE assigned_to IS NOT NULL"
            " UNION SELECT updated_by FROM claims WHERE updated_by IS NOT NULL"
        ).fetchall()
    return sorted({r[0] for r in rows} | {store.user}, key=str.casefold)
