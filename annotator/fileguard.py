"""The database files open in this process, and the guard that keeps every other file
operation off them (standard library only: every layer may use it).

On POSIX a process's locks on a file belong to the process, and closing *any*
descriptor of that file drops them all (SQLite, "How To Corrupt An SQLite
Database File", §2.2). Another process then believes nobody has the database
open and may delete its WAL under our live connection: our later commits are
lost and the file is damaged. So, while a connection is open, nothing in this
process may open, replace or delete the database file or its -wal, -shm or
-journal except SQLite itself. The store registers each file it connects to;
readers and writers ask `database_in_use(path)` first and refuse with a
message; an audit hook (`sys.addaudithook`) refuses whatever slips past them,
so a new code path cannot bring the fault back.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

from annotator.errors import UserError

SIDECARS = ("-wal", "-shm", "-journal")

_lock = threading.Lock()
_open: dict[str, _OpenDatabase] = {}  # real path of the database file -> its record
_names: frozenset[str] = frozenset()  # base names of every guarded file (fast path)
_hook_installed = False
_checking = threading.local()


class DatabaseFileError(UserError):
    """An operation on a database file (or its journal) that is open in this process."""


@dataclass
class _OpenDatabase:
    path: str  # as the user gave it, for messages
    real: str
    connections: int = 0
    inodes: set[tuple[int, int]] = field(default_factory=set)

    def paths(self) -> list[str]:
        return [self.real, *(self.real + s for s in SIDECARS)]


def _identity(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_dev, st.st_ino


def register(path: str | os.PathLike[str]) -> None:
    """A connection to this database file was opened (the store calls this)."""
    global _names
    text = os.fspath(path)
    real = os.path.realpath(text)
    with _lock:
        record = _open.get(real)
        if record is None:
            record = _open[real] = _OpenDatabase(text, real)
        record.connections += 1
        ident = _identity(real)
        if ident is not None:
            record.inodes.add(ident)
        _names = frozenset(os.path.basename(p) for r in _open.values() for p in r.paths())
    _install_hook()


def unregister(path: str | os.PathLike[str]) -> None:
    """A connection to this database file was closed."""
    global _names
    real = os.path.realpath(os.fspath(path))
    with _lock:
        record = _open.get(real)
        if record is None:
            return
        record.connections -= 1
        if record.connections <= 0:
            del _open[real]
        _names = frozenset(os.path.basename(p) for r in _open.values() for p in r.paths())


def is_open(path: str | os.PathLike[str]) -> bool:
    """True when this process holds a connection to this database file."""
    return os.path.realpath(os.fspath(path)) in _open


def database_in_use(path: str | os.PathLike[str] | int | bytes) -> str | None:
    """The database file open in this process that `path` is, or is the journal of
    (by name, through symbolic links, or as a hard link); None for any other path.

    One `lstat` for an ordinary file (an import asks for every file it reads):
    a file with a single name can only be a database or journal by that name,
    or by the inode of a database that was renamed; only a file with several
    names (a hard link) is compared with the journals' inodes.
    """
    if isinstance(path, int) or not _open:
        return None
    text = os.fsdecode(path)
    if not text:
        return None
    with _lock:
        records = list(_open.values())
    try:
        st: os.stat_result | None = os.lstat(text)
    except (OSError, ValueError):
        st = None
    is_link = st is not None and stat.S_ISLNK(st.st_mode)
    if os.path.basename(text) in _names or is_link:
        real = os.path.realpath(text)
        for record in records:
            if real in record.paths():
                return record.path
    if is_link:
        try:
            st = os.stat(text)
        except (OSError, ValueError):
            return None
    if st is None:
        return None
    ident = (st.st_dev, st.st_ino)
    for record in records:
        if ident in record.inodes:
            return record.path
    if st.st_nlink < 2:
        return None
    for record in records:
        for sidecar in record.paths()[1:]:
            if _identity(sidecar) == ident:
                return record.path
    return None


@contextlib.contextmanager
def checked() -> Iterator[None]:
    """Around an open of a path the caller has just asked `database_in_use` about (and
    refused if it was one): the audit hook does not ask again, in this thread."""
    busy = getattr(_checking, "busy", False)
    _checking.busy = True
    try:
        yield
    finally:
        _checking.busy = busy


def refuse_database(path: str | os.PathLike[str], action: str) -> None:
    """Raise DatabaseFileError when `path` is a database open here (or its journal)."""
    owner = database_in_use(path)
    if owner is not None:
        shown = os.fspath(path)
        what = (
            "the database"
            if os.path.realpath(shown) == os.path.realpath(owner)
            else (f"a file of the database {owner}")
        )
        raise DatabaseFileError(
            f"{shown}: is {what} in use; Annotator does not {action} it (choose another file)"
        )


# --- the audit hook: the backstop ----------------------------------------------------

_EVENTS = {"open": "open", "os.rename": "replace", "os.remove": "delete", "os.truncate": "truncate"}


def _audit(event: str, args: tuple) -> None:
    if event not in _EVENTS or not _open or getattr(_checking, "busy", False):
        return
    _checking.busy = True
    try:
        targets = args[:2] if event == "os.rename" else args[:1]
        for target in targets:
            if isinstance(target, str | bytes | os.PathLike) and database_in_use(target):
                raise DatabaseFileError(
                    f"{os.fsdecode(target)}: refusing to {_EVENTS[event]} a database file "
                    "while it is open (its locks would be lost)"
                )
    finally:
        _checking.busy = False


def _install_hook() -> None:
    global _hook_installed
    if not _hook_installed:
        _hook_installed = True
        sys.addaudithook(_audit)
