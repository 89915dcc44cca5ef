"""Reading files for an import: which files (folders, globs), read ahead of the writer
on a thread, web pages extracted in worker processes when there are many."""

from __future__ import annotations

import collections
import glob
import multiprocessing
import multiprocessing.connection
import os
import queue
import signal
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from annotator.domain.model import Article
from annotator.io import importers
from annotator.store import repo

READ_AHEAD = 8  # runs read and waiting for the writer: bounds memory
# Input that keeps the writer waiting this long gets what is pending committed.
IDLE_SECONDS = 0.05
# Below this many web pages, worker processes cost more to start (about
# 0.2 s) than they save.
POOL_MIN_PAGES = 12
RUN_FILES = 64  # small files per task sent to a worker
RUNS_AHEAD = 4  # tasks queued per worker: it never waits for the next one
RUN_BYTES = 4 * 1024 * 1024


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
    names, missing = expand_names(paths, accept)
    return [Path(name) for name in names], missing


def expand_names(
    paths: Iterable[str | os.PathLike[str]],
    accept: Callable[[str], bool] = importers.is_supported_name,
) -> tuple[list[str], list[tuple[str, str]]]:
    """expand_paths as strings: an import makes each Path on its reader thread (10,000
    of them take 30 ms, which the writer would otherwise wait before it starts)."""
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
    return found, missing


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
    last: bool = True  # a big file comes in several parts: the last one ends it


def read_run(paths: list[Path], max_bytes: int) -> list[_Read]:
    """Read a run of files, hashing each text: the task a worker process is given."""
    found = []
    for path in paths:
        result = importers.read_file(path, max_bytes)
        articles = [(a, repo.content_hash(a.body)) for a in result.articles]
        found.append(_Read(path, articles, result.failed, result.warnings))
    return found


def _streamed(path: Path, length: int) -> bool:
    """A file of many articles big enough to be read as a stream, in this process."""
    return importers.is_streamed(path) and (length > RUN_BYTES or path.name.lower().endswith(".gz"))


def _length(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def read_streamed(path: Path, max_bytes: int) -> Iterator[_Read]:
    """A big file of many articles in parts, each article with its content hash."""
    parts = importers.read_stream(path, max_bytes)
    part = next(parts)
    for following in parts:
        yield _Read(path, [(a, repo.content_hash(a.body)) for a in part.articles],
                    part.failed, part.warnings, last=False)  # fmt: skip
        part = following
    yield _Read(path, [(a, repo.content_hash(a.body)) for a in part.articles],
                part.failed, part.warnings)  # fmt: skip


def _plan(files: Sequence[str | Path]) -> Iterator[list[Path]]:
    """Consecutive files grouped into runs: a web page alone (its extraction is the
    work), a big file of many articles alone (read as a stream), small files together
    up to RUN_FILES or RUN_BYTES (one task, one message)."""
    run: list[Path] = []
    size = 0
    for name in files:
        path = Path(name)
        length = 0 if importers.is_heavy(path) else _length(path)
        if importers.is_heavy(path) or _streamed(path, length):
            if run:
                yield run
                run, size = [], 0
            yield [path]
            continue
        if run and (size + length > RUN_BYTES or len(run) >= RUN_FILES):
            yield run
            run, size = [], 0
        run.append(path)
        size += length
    if run:
        yield run


def _default_workers(files: Sequence[str | Path]) -> int:
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


class ReadAhead:
    """Reads the files in order on a thread, ahead of the writer.

    The writer spends most of its time inside SQLite (full-text indexing),
    which releases the GIL: this thread reads and parses the next files
    meanwhile. Web pages, whose extraction costs far more than their
    storing, go to worker processes when there are many; a run of files no
    worker has started yet (while the pool starts up) the thread reads itself.
    """

    def __init__(self, files: Sequence[str | Path], max_bytes: int, workers: int | None):
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
                        if len(run) == 1 and _streamed(run[0], _length(run[0])):
                            window.append((run, None))  # read here, in parts
                        else:
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
                if reads is None and len(run) == 1 and _streamed(run[0], _length(run[0])):
                    # Part by part, each put in the bounded queue: flat memory.
                    for part in read_streamed(run[0], self.max_bytes):
                        if not self._put([part]):
                            return
                    continue
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
