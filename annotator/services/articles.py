"""Use cases on articles: import files, list, show, versions."""

from __future__ import annotations

import collections
import glob
import multiprocessing
import multiprocessing.connection
import os
import queue
import signal
import sqlite3
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from annotator.domain.anchoring import TextQuoteSelector, reanchor
from annotator.domain.model import Article, Claim
from annotator.io import importers
from annotator.io.errors import InputError
from annotator.services.workspace import Changes
from annotator.store import Store, StoreError, repo


class ArticleNotFoundError(InputError):
    def __init__(self, article_id: int):
        super().__init__(f"article {article_id}", "no such article")


@dataclass
class ImportOutcome:
    article_id: int
    status: str  # "imported", "duplicate" or "version"
    reanchored: dict[str, int] = field(default_factory=dict)  # anchor state -> count
    previous_id: int | None = None  # for a version: the article it replaces
    claims: list[int] = field(default_factory=list)  # for a version: the claims it took over


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
READ_AHEAD = 8  # runs read and waiting for the writer: bounds memory
# Input that keeps the writer waiting this long gets what is pending committed.
IDLE_SECONDS = 0.05
# Below this many web pages, worker processes cost more to start (about
# 0.2 s) than they save.
POOL_MIN_PAGES = 12
RUN_FILES = 64  # small files per task sent to a worker
RUNS_AHEAD = 4  # tasks queued per worker: it never waits for the next one
RUN_BYTES = 4 * 1024 * 1024


def import_article(store: Store, article: Article) -> ImportOutcome:
    """Store one article: a duplicate is skipped, a known URL becomes a new version."""
    with store.write():
        return _store_article(store, article)


_TYPOGRAPHY = str.maketrans(
    {"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', "–": "-", "—": "-",
     "\u00a0": " ", "\u202f": " "}
)  # fmt: skip


def _loose(text: str) -> str:
    """Text compared for sameness: case, quote style, dashes and spacing ignored."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().translate(_TYPOGRAPHY).split())


def _store_article(store: Store, article: Article) -> ImportOutcome:
    """Store one article inside the caller's transaction."""
    conn = store.conn
    existing = repo.article_id_by_hash(store, repo.content_hash(article.body))
    if existing is not None:
        return ImportOutcome(existing, "duplicate")
    previous = None
    if article.url:
        row = conn.execute(
            "SELECT id FROM articles WHERE url = ? AND superseded_by IS NULL"
            " ORDER BY id DESC LIMIT 1",
            (article.url,),
        ).fetchone()
        previous = repo.get_article(store, row[0]) if row else None
    if previous is None:
        return ImportOutcome(repo.insert_article(store, article), "imported")
    assert previous.id is not None
    if _loose(previous.body) == _loose(article.body):
        # Same URL, same words: only typography differs. Not a new version.
        return ImportOutcome(previous.id, "duplicate")
    if not article.fact_check_url:
        article.fact_check_url = previous.fact_check_url
    # A savepoint: a version is several rows and must land whole or not at all.
    conn.execute("SAVEPOINT import_version")
    try:
        new_id = repo.insert_article(
            store, article, version=previous.version + 1, previous_id=previous.id
        )
        repo.mark_superseded(store, previous.id, new_id)
        states, moved = _move_claims(store, previous, new_id, article.body)
    except BaseException:
        conn.execute("ROLLBACK TO import_version")
        conn.execute("RELEASE import_version")
        raise
    conn.execute("RELEASE import_version")
    return ImportOutcome(new_id, "version", states, previous_id=previous.id, claims=moved)


def _move_claims(
    store: Store, old: Article, new_id: int, new_body: str
) -> tuple[dict[str, int], list[int]]:
    """Claims follow the latest version, re-anchored; never moved silently."""
    assert old.id is not None
    states: dict[str, int] = {}
    moved: list[int] = []
    for claim in repo.claims_for_article(store, old.id):
        assert claim.id is not None
        sel = TextQuoteSelector(claim.exact, claim.prefix, claim.suffix)
        found = reanchor(sel, claim.start, claim.end, new_body, old.body)
        # Certain: the selector follows the new text. A proposal or an orphan
        # keeps the words and context that were reviewed, so the user sees old
        # against new and decides (services.claims.accept_anchor / reject_anchor).
        certain = found.state in ("exact", "moved")
        kept = found.selector if certain else sel
        repo.set_claim_anchor(
            store,
            claim.id,
            article_id=new_id,
            start=found.start,
            end=found.end,
            exact=kept.exact,
            prefix=kept.prefix,
            suffix=kept.suffix,
            anchor=found.state,
        )
        states[found.state] = states.get(found.state, 0) + 1
        moved.append(claim.id)
    return states, moved


def _walk(folder: str) -> list[str]:
    """Supported regular files under a folder, sorted; hidden files and folders skipped
    (`.git`, macOS `._name` resource forks), symbolic links to folders not followed."""
    found: list[str] = []
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            with os.scandir(current) as entries:
                listed = sorted(entries, key=lambda e: e.name)
        except OSError:
            continue
        subfolders = []
        for entry in listed:
            name = entry.name
            if name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    subfolders.append(entry.path)
                elif importers.is_supported_name(name) and entry.is_file():
                    found.append(entry.path)
            except OSError:
                continue
        stack.extend(reversed(subfolders))
    return found


def expand_paths(
    paths: Iterable[str | os.PathLike[str]],
) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files to import from files, folders (recursive) and globs; plus what is missing.

    A file named explicitly is always tried (an unsupported one fails with a
    reason); from folders and glob matches only supported files are taken. A
    file reached twice (a folder and a file in it) is taken once.
    """
    found: list[str] = []
    missing: list[tuple[str, str]] = []
    arguments = [os.fspath(raw) for raw in paths]
    for text in arguments:
        if os.path.isdir(text):
            found.extend(_walk(text))
        elif os.path.lexists(text):
            found.append(text)
        elif glob.has_magic(text):
            matches = sorted(glob.glob(text, recursive=True))
            taken = len(found)
            for match in matches:
                if os.path.isdir(match):
                    found.extend(_walk(match))
                elif os.path.isfile(match) and importers.is_supported_name(match):
                    found.append(match)
            if not matches:
                missing.append((text, "no file matches this pattern"))
            elif taken == len(found):
                missing.append((text, "no file of a supported type matches this pattern"))
        else:
            missing.append((text, "no such file or folder"))
    if len(arguments) > 1:
        # abspath, not resolve(): no system call per file on a 10,000-file folder.
        seen: set[str] = set()
        unique = []
        for path in found:
            key = os.path.normcase(os.path.abspath(path))
            if key not in seen:
                seen.add(key)
                unique.append(path)
        found = unique
    return [Path(path) for path in found], missing


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _start_worker(pages: bool) -> None:
    # Ctrl+C reaches the whole process group: the parent stops the import and
    # the pool; a worker printing its own traceback would only add noise.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A worker waiting for work never notices its parent was killed (it holds
    # both ends of its task pipe) and would live on as an orphan: it watches.
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(
            target=_exit_with, args=(parent.sentinel,), name="parent-watch", daemon=True
        ).start()
    if pages:
        from annotator.io.html_import import preload

        preload()


def _exit_with(sentinel: int) -> None:
    multiprocessing.connection.wait([sentinel])
    os._exit(0)


def _ready() -> bool:
    return True


@dataclass
class _Read:
    """One file as read: its articles, each with its content hash, and its failures."""

    path: Path
    articles: list[tuple[Article, str]]
    failed: list[tuple[str, str]]
    warnings: list[tuple[str, str]] = field(default_factory=list)


def read_run(paths: list[Path], max_bytes: int) -> list[_Read]:
    """Read a run of files, hashing each text: the task a worker process is given."""
    found = []
    for path in paths:
        result = importers.read_file(path, max_bytes)
        articles = [(a, repo.content_hash(a.body)) for a in result.articles]
        found.append(_Read(path, articles, result.failed, result.warnings))
    return found


def _plan(files: list[Path]) -> Iterator[list[Path]]:
    """Consecutive files grouped into runs: a web page alone (its extraction is the
    work), small files together up to RUN_FILES or RUN_BYTES (one task, one message)."""
    run: list[Path] = []
    size = 0
    for path in files:
        if importers.is_heavy(path):
            if run:
                yield run
                run, size = [], 0
            yield [path]
            continue
        try:
            length = path.stat().st_size
        except OSError:
            length = 0
        if run and (size + length > RUN_BYTES or len(run) >= RUN_FILES):
            yield run
            run, size = [], 0
        run.append(path)
        size += length
    if run:
        yield run


def _default_workers(files: list[Path]) -> int:
    """Worker processes for web pages when there are many; none for plain files.

    Reading a text or a feed costs little next to storing it: the reader
    thread keeps up alone (it runs while SQLite indexes, GIL released), and
    a process would only add its start and the copying of every text.
    """
    cpus = _cpus()
    pages = sum(1 for path in files if importers.is_heavy(path))
    if cpus < 2 or pages < POOL_MIN_PAGES:
        return 0
    return min(cpus, 4)


_DONE = object()


class _ReadAhead:
    """Reads the files in order on a thread, ahead of the writer.

    The writer spends most of its time inside SQLite (full-text indexing),
    which releases the GIL: this thread reads and parses the next files
    meanwhile. Web pages, whose extraction costs far more than their
    storing, go to worker processes when there are many; a run of files no
    worker has started yet (while the pool starts up) the thread reads itself.
    """

    def __init__(self, files: list[Path], max_bytes: int, workers: int | None):
        self.files = files
        self.max_bytes = max_bytes
        self.workers = workers  # None: chosen by the reader thread from the files
        self.queue: queue.Queue = queue.Queue(maxsize=READ_AHEAD)
        self.stopping = threading.Event()
        self.thread = threading.Thread(
            target=self._run, name="annotator-import-reader", daemon=True
        )
        self.thread.start()

    def _put(self, item: object) -> bool:
        while not self.stopping.is_set():
            try:
                self.queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def _start_pool(self, workers: int) -> ProcessPoolExecutor | None:
        if workers < 1:
            return None
        try:
            # spawn, not fork: this runs beside other threads (the writer,
            # the GUI's), and forking a threaded process can deadlock the child.
            return ProcessPoolExecutor(
                workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker,
                initargs=(any(importers.is_heavy(path) for path in self.files),),
            )
        except (OSError, ValueError, RuntimeError):
            return None  # no processes here (a sandbox, a limit): read in this one

    def _run(self) -> None:
        pool = None
        try:
            workers = _default_workers(self.files) if self.workers is None else self.workers
            runs = _plan(self.files)
            pool = self._start_pool(workers)
            # Until the workers are up (about 0.2 s), this thread reads itself.
            ready = pool.submit(_ready) if pool is not None else None
            window: collections.deque[tuple[list[Path], Future[list[_Read]] | None]]
            window = collections.deque()
            while True:
                if self.stopping.is_set():
                    return
                if pool is not None and ready is not None and ready.done():
                    while len(window) < workers * RUNS_AHEAD:
                        run = next(runs, None)
                        if run is None:
                            break
                        window.append((run, pool.submit(read_run, run, self.max_bytes)))
                if window:
                    run, future = window.popleft()
                else:
                    run, future = next(runs, None), None
                    if run is None:
                        break
                reads = None
                if future is not None and not future.cancel():  # started: wait for it
                    try:
                        reads = future.result()
                    except BrokenProcessPool:
                        # A worker died (out of memory, a crash in a C library):
                        # go on in this process.
                        assert pool is not None
                        pool.shutdown(wait=False, cancel_futures=True)
                        pool = None
                        window = collections.deque((r, None) for r, _f in window)
                if reads is None:
                    reads = read_run(run, self.max_bytes)
                if not self._put(reads):  # a run at a time: fewer hand-overs
                    return
        except BaseException as exc:  # handed to the writer, which raises it
            self._put(exc)
        finally:
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)
            self._put(_DONE)

    def items(self, idle: Callable[[], None]) -> Iterator[_Read]:
        """The files as read, in order; `idle()` is called before waiting long for one."""
        while True:
            try:
                item = self.queue.get(timeout=IDLE_SECONDS)
            except queue.Empty:
                idle()
                item = self.queue.get()
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise item
            yield from item

    def close(self) -> None:
        self.stopping.set()
        self.thread.join()


_ARTICLE_COLUMNS = (*repo.ARTICLE_FIELDS, "content_hash", "version", "imported_at")


class _Writer:
    """Stores articles many to a statement and many to a transaction, never half of one.

    New articles wait in `pending` and go in together: with full-text
    triggers, one INSERT of many rows costs far less than as many INSERTs.
    The write lock is taken only to write, and released (committed) after
    BATCH_ARTICLES articles, after BATCH_SECONDS, or when the input runs dry:
    another window never waits long, and a killed import loses little.
    """

    def __init__(self, store: Store, report: ImportReport):
        self.store = store
        self.report = report
        self.owned = not store.conn.in_transaction  # else: inside the caller's transaction
        self.pending: list[tuple[Article, str]] = []
        self.pending_hashes: set[str] = set()
        self.pending_urls: set[str] = set()
        self.pending_since = 0.0
        self.written = 0  # articles in the open transaction
        self.began = 0.0
        self.imported_at = repo.now()

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
        conn = self.store.conn
        if self.owned and not conn.in_transaction:
            conn.execute("BEGIN IMMEDIATE")
            self.began = time.monotonic()
            self.written = 0
        hashes = [digest for _a, digest in pending]
        known = {
            row[0]
            for row in conn.execute(
                f"SELECT content_hash FROM articles WHERE content_hash IN ({_marks(hashes)})",
                hashes,
            )
        }
        urls = [a.url for a, _d in pending if a.url]
        known_urls = set()
        if urls:
            known_urls = {
                row[0]
                for row in conn.execute(
                    # `+superseded_by`: without it SQLite walks articles_latest,
                    # every latest article, instead of looking the URLs up.
                    f"SELECT url FROM articles WHERE url IN ({_marks(urls)})"
                    " AND +superseded_by IS NULL",
                    urls,
                )
            }
        new: list[tuple[Article, str]] = []
        for article, digest in pending:
            if digest in known:
                self.report.duplicates += 1
            elif article.url in known_urls:
                self._one(article)  # a new version, or the same text again
            else:
                new.append((article, digest))
        self._insert(new)
        self.written += len(pending)
        if self.written >= BATCH_ARTICLES or time.monotonic() - self.began >= BATCH_SECONDS:
            self.commit()

    def _insert(self, rows: list[tuple[Article, str]]) -> None:
        if not rows:
            return
        values: list[object] = []
        for article, digest in rows:
            values.extend(getattr(article, f) for f in repo.ARTICLE_FIELDS)
            values.extend((digest, 1, article.imported_at or self.imported_at))
        placeholder = "(" + ",".join("?" * len(_ARTICLE_COLUMNS)) + ")"
        cursor = self.store.conn.execute(
            f"INSERT INTO articles ({', '.join(_ARTICLE_COLUMNS)}) VALUES "
            + ",".join([placeholder] * len(rows)),
            values,
        )
        # Row ids of one statement on a table without AUTOINCREMENT, under our
        # write lock, are consecutive: the last one tells them all.
        last = cursor.lastrowid
        assert last is not None
        self.report.imported += len(rows)
        self.report.changes.articles.update(range(last - len(rows) + 1, last + 1))

    def _one(self, article: Article) -> None:
        try:
            outcome = _store_article(self.store, article)
        except sqlite3.IntegrityError as exc:
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
        if self.owned and self.store.conn.in_transaction:
            self.store.conn.execute("COMMIT")
            self.store.check_journal()

    def rollback(self) -> None:
        self.pending = []
        if self.owned and self.store.conn.in_transaction:
            self.store.conn.execute("ROLLBACK")


def _marks(values: list) -> str:
    return ",".join("?" * len(values))


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
    files, missing = expand_paths(paths)
    report = ImportReport(failed=list(missing))
    total = len(files)
    writer = _Writer(store, report)
    reader = _ReadAhead(files, max_bytes, workers)
    try:
        for done, read in enumerate(reader.items(idle=writer.commit)):
            if progress is not None and progress(done, total, str(read.path)) is False:
                report.cancelled = True
                break
            report.failed.extend(read.failed)
            report.warnings.extend(read.warnings)
            for article, digest in read.articles:
                writer.add(article, digest)
        writer.commit()
    except sqlite3.OperationalError as exc:
        writer.rollback()
        raise StoreError(f"{store.path}: cannot write the imported articles: {exc}") from exc
    except BaseException:
        writer.rollback()
        raise
    finally:
        reader.close()
    if progress is not None and not report.cancelled:
        progress(total, total, "")
    return report


def list_articles(store: Store, *, limit: int | None = None, offset: int = 0) -> list[dict]:
    return repo.list_articles(store, limit=limit, offset=offset)


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
