"""From a desk to a newsroom and back: a desk's SQLite file pushed into a shared database
(ids may differ, links between rows may not), and a shared database written as a
SQLite file any desk opens."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator import fileguard
from annotator.store.base import Store, StoreError

_ARTICLE_COLUMNS = (
    "title", "body", "url", "published", "author", "language", "origin", "fact_check_url",
    "content_hash", "version", "imported_at", "assigned_to",
)  # fmt: skip
# Who changed a claim last and its revision: a backup keeps them; a push does not (the
# server records who brought them, as for any change).
_HISTORY_COLUMNS = ("revision", "updated_by", "updated_at")
_CLAIM_COLUMNS = (
    "start", "end", "exact", "prefix", "suffix", "anchor", "claimant", "claim_date", "created_at",
)  # fmt: skip
_REVIEW_COLUMNS = (
    "verdict", "claim_reviewed", "explanation", "correction", "status", "date_published",
    "updated_at", "review_url", "rating_label", "reviewed_by",
)  # fmt: skip
_SOURCE_COLUMNS = ("position", "url", "title", "publisher", "date", "quote")
_EXTERNAL_COLUMNS = (
    "url", "publisher", "claim_reviewed", "claimant", "claim_date", "appearance_url",
    "rating_label", "rating_value", "best_rating", "worst_rating", "language",
    "date_published", "origin", "raw", "imported_at",
)  # fmt: skip


def _quoted(columns: tuple[str, ...]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


@dataclass
class PushReport:
    added: dict[str, int] = field(default_factory=dict)  # table -> rows added
    present: dict[str, int] = field(default_factory=dict)  # table -> rows already there

    def count(self, table: str, added: bool) -> None:
        target = self.added if added else self.present
        target[table] = target.get(table, 0) + 1

    @property
    def summary(self) -> str:
        tables = ("articles", "claims", "sources", "external_reviews", "settings")
        parts = [f"{t.replace('_', ' ')} {self.added.get(t, 0)}" for t in tables]
        already = sum(self.present.values())
        return "added " + ", ".join(parts) + (f"; already there {already}" if already else "")


def push(source: Store, target: Store) -> PushReport:
    """Copy everything of `source` that `target` lacks, in one transaction of `target`:
    articles with their versions, claims with their anchors, reviews, sources,
    external reviews, settings. Run again, it adds nothing."""
    report = PushReport()
    articles: dict[int, int] = {}  # source id -> target id
    claims: dict[int, int] = {}
    with target.write():
        target.lock_articles()
        rows = source.query(
            f"SELECT id, previous_id, superseded_by, {_quoted(_ARTICLE_COLUMNS)} FROM articles"
            " ORDER BY id"
        )
        for row in rows:
            found = target.execute(
                "SELECT id FROM articles WHERE content_hash = ? AND version = ?",
                (row["content_hash"], row["version"]),
            ).fetchone()
            if found is not None:
                articles[row["id"]] = found[0]
                report.count("articles", False)
                continue
            values = {c: row[c] for c in _ARTICLE_COLUMNS}
            values["previous_id"] = articles.get(row["previous_id"])
            articles[row["id"]] = target.insert("articles", values)
            if target.dialect == "sqlite":
                from annotator.store.repo.importing import index_articles

                index_articles(target, [articles[row["id"]]])
            report.count("articles", True)
        for row in rows:  # which version supersedes which, once they all have ids
            if row["superseded_by"] is not None:
                target.execute(
                    "UPDATE articles SET superseded_by = ? WHERE id = ? AND superseded_by IS NULL",
                    (articles[row["superseded_by"]], articles[row["id"]]),
                )
        claim_columns = ", ".join(f'c."{c}"' for c in _CLAIM_COLUMNS)
        for row in source.query(
            f"SELECT c.id, c.article_id, {claim_columns},"
            f" {', '.join('r.' + c for c in _REVIEW_COLUMNS)}"
            " FROM claims c JOIN reviews r ON r.claim_id = c.id ORDER BY c.id"
        ):
            article_id = articles[row["article_id"]]
            found = target.execute(
                "SELECT id FROM claims WHERE article_id = ? AND exact = ? AND created_at = ?"
                " AND prefix = ? AND suffix = ?",
                (article_id, row["exact"], row["created_at"], row["prefix"], row["suffix"]),
            ).fetchone()
            if found is not None:
                claims[row["id"]] = found[0]
                report.count("claims", False)
                continue
            claim = {c: row[c] for c in _CLAIM_COLUMNS}
            claim["article_id"] = article_id
            claim_id = target.insert("claims", claim)
            claims[row["id"]] = claim_id
            review = {c: row[c] for c in _REVIEW_COLUMNS}
            review["claim_id"] = claim_id
            target.insert("reviews", review, returning=None)
            report.count("claims", True)
            for source_row in source.query(
                f"SELECT {_quoted(_SOURCE_COLUMNS)} FROM sources WHERE claim_id = ?"
                " ORDER BY position, id",
                (row["id"],),
            ):
                target.insert("sources", {**source_row, "claim_id": claim_id})
                report.count("sources", True)
        for row in source.query(f"SELECT {_quoted(_EXTERNAL_COLUMNS)} FROM external_reviews"):
            added = target.insert("external_reviews", dict(row), conflict="ON CONFLICT DO NOTHING")
            report.count("external_reviews", added is not None)
        for row in source.query("SELECT key, value FROM settings"):
            added = target.insert("settings", dict(row), returning="key",
                                  conflict="ON CONFLICT DO NOTHING")  # fmt: skip
            report.count("settings", added is not None)
    return report


def backup_to_sqlite(source: Store, target: str | os.PathLike[str]) -> None:
    """Write `source` (a shared database) as a SQLite file that any desk opens: the same
    ids, claims, offsets and reviews. Whole or not at all."""
    from annotator.store.db import open_sqlite

    target_path = Path(target)
    fileguard.refuse_database(target_path, "overwrite")
    part = target_path.with_name(target_path.name + ".part")
    fileguard.refuse_database(part, "overwrite")
    with contextlib.suppress(FileNotFoundError):
        part.unlink()
    copy = open_sqlite(part)
    try:
        with copy.write():
            for table in ("ratings", "rating_scales"):
                copy.execute(f"DELETE FROM {table}")
            _copy(source, copy, "rating_scales", ("id", "name"))
            _copy(source, copy, "ratings", ("scale_id", "key", "value", "label_fr", "label_en",
                                            "color", "position"))  # fmt: skip
            _copy(source, copy, "settings", ("key", "value"))
            _copy(source, copy, "articles", ("id", "previous_id", *_ARTICLE_COLUMNS))
            for row in source.execute(
                "SELECT id, superseded_by FROM articles WHERE superseded_by IS NOT NULL"
            ).fetchall():
                copy.execute("UPDATE articles SET superseded_by = ? WHERE id = ?", (row[1], row[0]))
            copy.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
            _copy(source, copy, "claims", ("id", "article_id", *_CLAIM_COLUMNS, *_HISTORY_COLUMNS))
            _copy(source, copy, "reviews", ("claim_id", *_REVIEW_COLUMNS))
            _copy(source, copy, "sources", ("id", "claim_id", *_SOURCE_COLUMNS))
            _copy(source, copy, "external_reviews", ("id", *_EXTERNAL_COLUMNS))
        copy.execute("PRAGMA journal_mode = DELETE")
    except BaseException:
        copy.close()
        with contextlib.suppress(FileNotFoundError):
            part.unlink()
        raise
    copy.close()
    try:
        os.replace(part, target_path)
    except OSError as exc:
        raise StoreError(f"{target_path}: backup failed: {exc.strerror or exc}") from exc


def _copy(source: Store, target: Store, table: str, columns: tuple[str, ...]) -> None:
    cursor = source.execute(f"SELECT {_quoted(columns)} FROM {table} ORDER BY 1")
    while True:
        rows = cursor.fetchmany(500)
        if not rows:
            return
        for row in rows:
            values: dict[str, Any] = dict(zip(columns, row, strict=True))
            target.insert(table, values, returning=None)
