"""Use cases on articles: import files in batches, list, show, the fact-check page."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from annotator.domain.model import Article, Claim
from annotator.errors import InputError
from annotator.io import importers
from annotator.services.changes import Changes
from annotator.services.reading import ReadAhead, expand_names, expand_paths, read_run
from annotator.services.versions import (
    ImportOutcome,
    VersionPlan,
    duplicate_of,
    import_article,
    plan_version,
    store_article,
)
from annotator.store import IntegrityError, Store, StoreError, repo
from annotator.store.pg import CONNECTION_LOST, LOST_AT_COMMIT
from annotator.store.repo import importing

__all__ = [
    "ArticleNotFoundError", "ImportInterruptedError", "ImportOutcome", "ImportReport",
    "Progress", "article_with_claims",
    "expand_paths", "get_article", "import_article", "import_paths", "import_sample",
    "list_articles", "read_run", "set_fact_check_url",
]  # fmt: skip


class ArticleNotFoundError(InputError):
    def __init__(self, article_id: int):
        super().__init__(f"article {article_id}", "no such article")


class ImportInterruptedError(StoreError):
    """The connection to a shared database was lost during an import. The batches
    committed before it are in the database, whole; the batch being written is not,
    none of it (`unknown`: lost while the server was committing it, so it may be).
    Importing again adds what is missing and counts the rest as duplicates."""

    KIND = "import-interrupted"

    def __init__(self, cause: StoreError, saved: int):
        self.saved = saved  # articles of the committed batches
        self.unknown = cause.kind == LOST_AT_COMMIT
        where = cause.where
        if saved == 0:
            before = "no batch was saved before it"
        elif saved == 1:
            before = "the 1 article of the batches before it is in the database"
        else:
            before = f"the {saved} articles of the batches before it are in the database"
        if self.unknown:
            message = (
                f"{where}: lost the connection to the server during the import, while it "
                f"saved a batch: whether that batch is in is not known; {before}; import "
                "again to add what is missing (what is in counts as duplicates)"
            )
        else:
            message = (
                f"{where}: lost the connection to the server during the import; nothing of "
                f"the batch being written was saved, {before}; import again to add the rest"
            )
        super().__init__(message, kind=self.KIND, where=where)


@dataclass
class ImportReport:
    imported: int = 0
    duplicates: int = 0
    versions: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (source, message)
    changes: Changes = field(default_factory=Changes)
    cancelled: bool = False

    @property
    def summary(self) -> str:
        return f"imported {self.imported}, duplicates {self.duplicates}, failed {len(self.failed)}"


Progress = Callable[[int, int, str], bool | None]
"""progress(done, total, current_source); returning False cancels between files."""

# A batch is committed after this many articles or this long, whichever comes
# first: a killed import loses at most one batch (a re-run adds it), and
# another window waiting to write waits at most about this long.
BATCH_ARTICLES = 1000
BATCH_SECONDS = 0.5
ROWS_PER_INSERT = 100


SAMPLE_ORIGIN = "resources/sample-article.txt"


def import_sample(store: Store) -> int:
    """The bundled sample article (the running example) into a database; its id."""
    from annotator import resources
    from annotator.io.text_import import read_text_article

    data = resources.path("sample-article.txt").read_bytes()
    return import_article(store, read_text_article(data, SAMPLE_ORIGIN)).article_id


class _Writer:
    """Stores articles many to a statement and many to a transaction, never half of one.

    New articles wait in `pending` and go in together, one INSERT of many
    rows, followed at once by one INSERT of their full-text index rows, in the
    same transaction: the index never differs from the table once committed.
    (Indexing each hundred as it is written costs the same as a whole batch at
    commit, since FTS5 keeps its pending terms in memory until the commit, and
    it keeps SQLite busy, the GIL released, while the reader thread reads on:
    indexing only at commit left the reader blocked on its full queue meanwhile,
    then the writer waiting for it, 2.4 s instead of 1.8 s for 5,000 files.)
    The write lock is taken only to write, and released (committed) after
    BATCH_ARTICLES articles, after BATCH_SECONDS, or when the input runs dry:
    another window never waits long, and a killed import loses little.
    """

    def __init__(self, store: Store, report: ImportReport):
        self.store = store
        self.report = report
        self.owned = not store.in_transaction  # else: inside the caller's transaction
        self.pending: list[tuple[Article, str]] = []
        self.pending_hashes: set[str] = set()
        self.pending_urls: set[str] = set()
        self.pending_since = 0.0
        self.written = 0  # articles in the open transaction
        self.began = 0.0
        self.imported_at = repo.now()
        self.saved = 0  # articles imported in the batches committed so far

    def add(self, article: Article, digest: str) -> None:
        if digest in self.pending_hashes:
            self.report.duplicates += 1
            return
        if article.url and article.url in self.pending_urls:
            self.write()  # the first of the two must be in before the second is compared
        if not self.pending:
            self.pending_since = time.monotonic()
        self.pending.append((article, digest))
        self.pending_hashes.add(digest)
        if article.url:
            self.pending_urls.add(article.url)
        if (
            len(self.pending) >= ROWS_PER_INSERT
            or time.monotonic() - self.pending_since >= BATCH_SECONDS
        ):
            self.write()

    def write(self) -> None:
        """Pending articles into the database, in the open transaction (begun if need be)."""
        pending, self.pending = self.pending, []
        self.pending_hashes.clear()
        self.pending_urls.clear()
        if not pending:
            return
        plans = self._plan_versions(pending)
        if self.owned and not self.store.in_transaction:
            self.store.begin()
            self.store.lock_articles()
            importing.merge_index_later(self.store, True)
            self.began = time.monotonic()
            self.written = 0
        hashes = [digest for _a, digest in pending]
        known: dict[str, set[str | None]] = {}  # a text stored only as older versions: their URLs
        latest: set[str] = set()  # a text that is a latest version (or has no URL)
        for digest, is_latest, url in importing.text_owners(self.store, hashes):
            known.setdefault(digest, set()).add(url)
            if is_latest:
                latest.add(digest)
        known_urls = importing.latest_urls(self.store, [a.url for a, _d in pending if a.url])
        new: list[tuple[Article, str]] = []
        for article, digest in pending:
            if digest in known and (digest in latest or article.url not in known[digest]):
                self.report.duplicates += 1
            elif article.url in known_urls:
                # A new version, a revert to an older one, or the same text again.
                self._one(article, plans.get(id(article)))
            else:
                new.append((article, digest))
        self._insert(new)
        self.written += len(pending)
        if self.written >= BATCH_ARTICLES or time.monotonic() - self.began >= BATCH_SECONDS:
            self.commit()

    def _insert(self, rows: list[tuple[Article, str]]) -> None:
        if not rows:
            return
        ids = importing.insert_articles(self.store, rows, self.imported_at)
        importing.index_articles(self.store, ids)
        self.report.imported += len(rows)
        self.report.changes.articles.update(ids)

    def _plan_versions(self, pending: list[tuple[Article, str]]) -> dict[int, VersionPlan]:
        """Re-anchoring for the pending articles that are new versions of articles with
        claims, done with no lock held: the open transaction is committed first.

        (Inside a caller's transaction the lock cannot be let go: `_store_article`
        then re-anchors under it.) Batches without such articles cost a query or two.
        """
        urls = [a.url for a, _d in pending if a.url]
        if not urls or not self.owned:
            return {}
        if not importing.has_claims(self.store):
            return {}  # a database without claims yet: nothing to re-anchor
        with_claims = importing.latest_urls(self.store, urls, with_claims=True)
        versions = [
            article
            for article, digest in pending
            if article.url in with_claims and duplicate_of(self.store, article, digest) is None
        ]
        if not versions:
            return {}
        self.commit()
        plans = {}
        for article in versions:
            plan = plan_version(self.store, article)
            if plan is not None:
                plans[id(article)] = plan
        return plans

    def _one(self, article: Article, plan: VersionPlan | None = None) -> None:
        try:
            outcome = store_article(self.store, article, plan)
        except IntegrityError as exc:
            self.report.failed.append((article.origin or "?", f"cannot store: {exc}"))
            return
        report = self.report
        if outcome.status == "duplicate":
            report.duplicates += 1
            return
        report.imported += 1
        report.changes.articles.add(outcome.article_id)
        if outcome.status == "version":
            report.versions += 1
            if outcome.previous_id is not None:
                report.changes.articles.add(outcome.previous_id)
            report.changes.claims.update(outcome.claims)

    def commit(self) -> None:
        """Everything so far made durable: pending articles written, the lock released."""
        if self.pending:
            self.write()
        if self.owned and self.store.in_transaction:
            importing.merge_index_later(self.store, False)
            self.store.commit()
            self.saved = self.report.imported

    def rollback(self) -> None:
        self.pending = []
        if self.owned:
            self.store.rollback()


def import_paths(
    store: Store,
    paths: Iterable[str | os.PathLike[str]],
    *,
    max_bytes: int = importers.DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
    workers: int | None = None,
) -> ImportReport:
    """Import files, folders and globs: many articles per transaction, never half of one.

    Killed at any moment, the database keeps every committed batch and no
    part of an article; running the same import again adds what is missing
    and counts the rest as duplicates. `progress(done, total, file)` is called
    before each file is stored and may return False to stop there (what was
    stored so far is kept). `workers` is the number of processes that read
    and extract (0: none, all in this process; default: chosen from the
    files and the cores).
    """
    files, missing = expand_names(paths)
    report = ImportReport(failed=list(missing))
    total = len(files)
    writer = _Writer(store, report)
    with importing.import_cache(store):
        reader = ReadAhead(files, max_bytes, workers)  # closed below, however it ends
        try:
            done = 0
            for read in reader.items(idle=writer.commit):
                if progress is not None and progress(done, total, str(read.path)) is False:
                    report.cancelled = True
                    break
                done += read.last
                report.failed.extend(read.failed)
                report.warnings.extend(read.warnings)
                for article, digest in read.articles:
                    writer.add(article, digest)
            writer.commit()
        except StoreError as exc:
            writer.rollback()
            if exc.kind in (CONNECTION_LOST, LOST_AT_COMMIT) and writer.owned:
                raise ImportInterruptedError(exc, writer.saved) from exc
            raise
        except BaseException:
            writer.rollback()
            raise
        finally:
            reader.close()
    if progress is not None and not report.cancelled:
        progress(total, total, "")
    return report


def list_articles(
    store: Store, *, limit: int | None = None, offset: int = 0, assigned_to: str | None = None
) -> list[dict]:
    return repo.list_articles(store, limit=limit, offset=offset, assigned_to=assigned_to)


def get_article(store: Store, article_id: int) -> Article:
    article = repo.get_article(store, article_id)
    if article is None:
        raise ArticleNotFoundError(article_id)
    return article


def article_with_claims(store: Store, article_id: int) -> tuple[Article, list[Claim]]:
    article = get_article(store, article_id)
    return article, repo.claims_for_article(store, article_id)


def set_fact_check_url(store: Store, *, article_id: int, url: str | None) -> Changes:
    from annotator.domain.text import check_http_url

    get_article(store, article_id)
    value = check_http_url(url, "fact_check_url") if url else None
    with store.write():
        repo.set_article_field(store, article_id, "fact_check_url", value)
    return Changes(articles={article_id})
