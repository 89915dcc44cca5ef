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

from annotator.domain.anchoring import Anchor, TextQuoteSelector, follow
from annotator.domain.model import Article, Claim
from annotator.io import importers
from annotator.io.errors import InputError
from annotator.services.changes import Changes
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
    # For a version: claims re-anchored under the write lock, because no plan made
    # before it held them as they were (another writer changed them meanwhile).
    anchored_in_lock: int = 0


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


SAMPLE_ORIGIN = "resources/sample-article.txt"


def import_sample(store: Store) -> int:
    """The bundled sample article (the running example) into a database; its id."""
    from annotator import resources
    from annotator.io.text_import import read_text_article

    data = resources.path("sample-article.txt").read_bytes()
    return import_article(store, read_text_article(data, SAMPLE_ORIGIN)).article_id


def import_article(store: Store, article: Article) -> ImportOutcome:
    """Store one article: a duplicate is skipped, a known URL becomes a new version.

    A new version's claims are re-anchored before the write lock is taken
    (`_plan_version`); the write itself is short and re-checks that plan.
    """
    plan = None if store.conn.in_transaction else _plan_version(store, article)
    with store.write():
        return _store_article(store, article, plan)


_TYPOGRAPHY = str.maketrans(
    {"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', "–": "-", "—": "-",
     "\u00a0": " ", "\u202f": " "}
)  # fmt: skip


def _loose(text: str) -> str:
    """Text compared for sameness: case, quote style, dashes and spacing ignored."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().translate(_TYPOGRAPHY).split())


def _duplicate_of(store: Store, article: Article, digest: str) -> int | None:
    """The article this text duplicates, or None when it is to be stored.

    The same text as an article that is a latest version (or that has no
    URL, hence no versions) is a duplicate. The same text as an older,
    superseded version of this article's own URL is a revert, a new version
    that claims follow; unless the last version imported from this same
    source (`origin`: the file, the feed entry) is that very text: the source
    has not changed, the import is being run again (resumed after a kill, a
    folder holding several versions of one page imported twice).
    """
    conn = store.conn
    rows = conn.execute(
        "SELECT id, superseded_by IS NULL, url FROM articles WHERE content_hash = ? ORDER BY id",
        (digest,),
    ).fetchall()
    if not rows:
        return None
    for article_id, latest, _url in rows:
        if latest:
            return article_id
    if not article.url or all(url != article.url for _id, _latest, url in rows):
        return rows[0][0]  # an older version of another article's text
    last = conn.execute(
        "SELECT id, content_hash FROM articles WHERE url = ? AND origin IS ?"
        " ORDER BY id DESC LIMIT 1",
        (article.url, article.origin),
    ).fetchone()
    if last is not None and last[1] == digest:
        return last[0]  # this source gave this text last time: a re-run
    return None  # a revert


def _latest_by_url(store: Store, url: str | None) -> Article | None:
    if not url:
        return None
    row = store.conn.execute(
        "SELECT id FROM articles WHERE url = ? AND superseded_by IS NULL ORDER BY id DESC LIMIT 1",
        (url,),
    ).fetchone()
    return repo.get_article(store, row[0]) if row else None


@dataclass
class _VersionPlan:
    """Where the claims of a new version go, computed with no lock held.

    `anchors` maps each claim id to the claim's anchor as it was read and the
    anchor computed from it. The write (`_move_claims`) uses an entry only if
    the claim still has that anchor on that same previous version; anything
    else (a claim moved, re-marked or added meanwhile by another writer) is
    computed again there, under the lock, so no stale anchor is ever written.
    """

    previous_id: int
    anchors: dict[int, tuple[tuple, Anchor]]


def _anchor_key(claim: Claim) -> tuple:
    return (claim.article_id, claim.start, claim.end, claim.exact, claim.prefix, claim.suffix,
            claim.anchor)  # fmt: skip


def _follow(claim: Claim, old_body: str, new_body: str) -> Anchor:
    sel = TextQuoteSelector(claim.exact, claim.prefix, claim.suffix)
    return follow(sel, claim.start, claim.end, claim.anchor, new_body, old_body)


def _plan_version(store: Store, article: Article) -> _VersionPlan | None:
    """Re-anchor, reading only, the claims a new version of `article` would take
    over; None when it would not be a version with claims."""
    previous = _latest_by_url(store, article.url)
    if previous is None or previous.id is None:
        return None
    if _loose(previous.body) == _loose(article.body):
        return None  # the same text: a duplicate, nothing moves
    if _duplicate_of(store, article, repo.content_hash(article.body)) is not None:
        return None
    claims = repo.claims_for_article(store, previous.id)
    if not claims:
        return None
    anchors: dict[int, tuple[tuple, Anchor]] = {}
    for claim in claims:
        assert claim.id is not None
        anchors[claim.id] = (_anchor_key(claim), _follow(claim, previous.body, article.body))
    return _VersionPlan(previous.id, anchors)


def _store_article(
    store: Store, article: Article, plan: _VersionPlan | None = None
) -> ImportOutcome:
    """Store one article inside the caller's transaction."""
    conn = store.conn
    existing = _duplicate_of(store, article, repo.content_hash(article.body))
    if existing is not None:
        return ImportOutcome(existing, "duplicate")
    previous = _latest_by_url(store, article.url)
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
        states, moved, late = _move_claims(store, previous, new_id, article.body, plan)
    except BaseException:
        conn.execute("ROLLBACK TO import_version")
        conn.execute("RELEASE import_version")
        raise
    conn.execute("RELEASE import_version")
    return ImportOutcome(
        new_id, "version", states, previous_id=previous.id, claims=moved, anchored_in_lock=late
    )


def _move_claims(
    store: Store, old: Article, new_id: int, new_body: str, plan: _VersionPlan | None = None
) -> tuple[dict[str, int], list[int], int]:
    """Claims follow the latest version, re-anchored; never moved silently.

    Returns (anchor state -> count, the claims moved, how many of them had to
    be re-anchored here, under the write lock, because `plan` did not hold
    them as they are now).
    """
    assert old.id is not None
    planned = plan.anchors if plan is not None and plan.previous_id == old.id else {}
    states: dict[str, int] = {}
    moved: list[int] = []
    late = 0
    for claim in repo.claims_for_article(store, old.id):
        assert claim.id is not None
        entry = planned.get(claim.id)
        if entry is not None and entry[0] == _anchor_key(claim):
            found = entry[1]
        else:
            found = _follow(claim, old.body, new_body)
            late += 1
        # Certain: the selector follows the new text. A proposal or an orphan
        # keeps the words and context that were reviewed (domain.anchoring.follow),
        # so the user sees old against new and decides
        # (services.claims.accept_anchor / reject_anchor).
        kept = found.selector
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
    return states, moved, late


def _walk(
    folder: str,
    failed: list[tuple[str, str]] | None = None,
    accept: Callable[[str], bool] = importers.is_supported_name,
) -> list[str]:
    """Supported regular files under a folder, sorted; hidden files and folders skipped
    (`.git`, macOS `._name` resource forks), symbolic links to folders not followed.
    A folder that cannot be read is added to `failed` with the reason."""
    found: list[str] = []
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            with os.scandir(current) as entries:
                listed = sorted(entries, key=lambda e: e.name)
        except OSError as exc:
            if failed is not None:
                failed.append((current, f"cannot read the folder: {_os_reason(exc)}"))
            continue
        subfolders = []
        for entry in listed:
            name = entry.name
            if name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    subfolders.append(entry.path)
                elif accept(name) and entry.is_file():
                    found.append(entry.path)
            except OSError:
                continue
        stack.extend(reversed(subfolders))
    return found


def _os_reason(exc: OSError) -> str:
    import errno

    if exc.errno == errno.ELOOP:
        return "too many levels of symbolic links (a link loop)"
    return exc.strerror or str(exc)


def _missing_reason(path: str) -> str:
    """Why a path named on the command line cannot be reached, in words."""
    try:
        os.stat(path)
    except OSError as exc:
        import errno

        if exc.errno == errno.ENOENT and not os.path.lexists(path):
            return "no such file or folder"
        if exc.errno == errno.ENOENT:
            return "a symbolic link to nothing (its target is missing)"
        return f"cannot be reached: {_os_reason(exc)}"
    return "no such file or folder"


def expand_paths(
    paths: Iterable[str | os.PathLike[str]],
    accept: Callable[[str], bool] = importers.is_supported_name,
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
            found.extend(_walk(text, missing, accept))
        elif os.path.lexists(text):
            found.append(text)
        elif glob.has_magic(text):
            matches = sorted(glob.glob(text, recursive=True))
            taken = len(found)
            for match in matches:
                if os.path.isdir(match):
                    found.extend(_walk(match, missing, accept))
                elif os.path.isfile(match) and accept(match):
                    found.append(match)
            if not matches:
                missing.append((text, "no file matches this pattern"))
            elif taken == len(found):
                missing.append((text, "no file of a supported type matches this pattern"))
        else:
            missing.append((text, _missing_reason(text)))
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
        plans = self._plan_versions(pending)
        if self.owned and not conn.in_transaction:
            conn.execute("BEGIN IMMEDIATE")
            self.began = time.monotonic()
            self.written = 0
        hashes = [digest for _a, digest in pending]
        known: dict[str, set[str | None]] = {}  # a text stored only as older versions: their URLs
        latest: set[str] = set()  # a text that is a latest version (or has no URL)
        for digest, is_latest, url in conn.execute(
            "SELECT content_hash, superseded_by IS NULL, url FROM articles"
            f" WHERE content_hash IN ({_marks(hashes)})",
            hashes,
        ):
            known.setdefault(digest, set()).add(url)
            if is_latest:
                latest.add(digest)
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

    def _plan_versions(self, pending: list[tuple[Article, str]]) -> dict[int, _VersionPlan]:
        """Re-anchoring for the pending articles that are new versions of articles with
        claims, done with no lock held: the open transaction is committed first.

        (Inside a caller's transaction the lock cannot be let go: `_store_article`
        then re-anchors under it.) Batches without such articles cost a query or two.
        """
        urls = [a.url for a, _d in pending if a.url]
        if not urls or not self.owned:
            return {}
        conn = self.store.conn
        if conn.execute("SELECT 1 FROM claims LIMIT 1").fetchone() is None:
            return {}  # a database without claims yet: nothing to re-anchor
        with_claims = {
            row[0]
            for row in conn.execute(
                f"SELECT url FROM articles a WHERE url IN ({_marks(urls)})"
                " AND +superseded_by IS NULL"
                " AND EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id)",
                urls,
            )
        }
        versions = [
            article
            for article, digest in pending
            if article.url in with_claims and _duplicate_of(self.store, article, digest) is None
        ]
        if not versions:
            return {}
        self.commit()
        plans = {}
        for article in versions:
            plan = _plan_version(self.store, article)
            if plan is not None:
                plans[id(article)] = plan
        return plans

    def _one(self, article: Article, plan: _VersionPlan | None = None) -> None:
        try:
            outcome = _store_article(self.store, article, plan)
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
