"""Writing the files users ask for (exports): whole or not at all, never over a database."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import time
from pathlib import Path

from annotator import fileguard
from annotator.errors import UserError

# Temporary files are named after their target so that a user who finds one
# (after a power cut or a kill -9) knows where it came from; stale ones are
# removed by the next write to the same target.
TEMP_SUFFIX = ".annotator-part"
STALE_SECONDS = 15 * 60


class OutputError(UserError):
    """A file cannot be written where the user asked."""


def check_output_path(path: str | os.PathLike[str]) -> Path:
    """The file an export to `path` would write (a symbolic link's target), or
    OutputError: a database in use or its journal, a folder, a device or pipe."""
    shown = os.fspath(path)
    if not shown:
        raise OutputError("the output path is empty: name a file")
    fileguard.refuse_database(shown, "overwrite")
    real = Path(os.path.realpath(shown))
    fileguard.refuse_database(real, "overwrite")
    try:
        st = real.stat()
    except FileNotFoundError:
        if not real.parent.is_dir():
            raise OutputError(f"{shown}: no such folder: {real.parent}") from None
        return real
    except OSError as exc:
        raise OutputError(f"{shown}: cannot write: {exc.strerror or exc}") from exc
    if stat.S_ISDIR(st.st_mode):
        raise OutputError(f"{shown}: is a folder")
    if not stat.S_ISREG(st.st_mode):
        raise OutputError(f"{shown}: not a regular file (a device, socket or pipe)")
    return real


def _umask() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    current = os.umask(0o022)  # no other way to read it elsewhere
    os.umask(current)
    return current


def _clean_stale(folder: Path, name: str) -> None:
    now = time.time()
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if (
                entry.name.startswith(f".{name}.")
                and entry.name.endswith(TEMP_SUFFIX)
                and now - entry.stat(follow_symlinks=False).st_mtime > STALE_SECONDS
            ):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write `data` to `path` whole or not at all; returns the file written.

    The bytes go to a temporary file beside the target, flushed to disk, then
    renamed over it: a reader never sees half a file. A symbolic link is
    written through (its target is replaced, the link stays); an existing
    file keeps its permissions, a new one gets the umask's.
    """
    shown = os.fspath(path)
    real = check_output_path(path)
    try:
        mode = stat.S_IMODE(real.stat().st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    except OSError as exc:
        raise OutputError(f"{shown}: cannot write: {exc.strerror or exc}") from exc
    _clean_stale(real.parent, real.name)
    try:
        fd, tmp = tempfile.mkstemp(dir=real.parent, prefix=f".{real.name}.", suffix=TEMP_SUFFIX)
    except OSError as exc:
        raise OutputError(f"{shown}: cannot write: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, real)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise OutputError(f"{shown}: cannot write: {exc.strerror or exc}") from exc
        raise
    _sync_folder(real.parent)
    return real


def _sync_folder(folder: Path) -> None:
    """The rename itself made durable (POSIX); a no-op where folders cannot be opened."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
