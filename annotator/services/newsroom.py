"""Use cases of a newsroom's shared database: preparing it, and a desk's file pushed into it."""

from __future__ import annotations

import os

from annotator.errors import InputError
from annotator.services.workspace import resolve_db_path
from annotator.store import is_shared, open_store
from annotator.store import pg_newsroom as shared
from annotator.store.transfer import PushReport, push


def init(url: str, *, schema: str | None = None) -> str:
    """Prepare (or upgrade) a PostgreSQL database for Annotator; what was done, in words."""
    if not is_shared(url):
        raise InputError(url, "not a shared database address (postgresql://USER@HOST/DB)")
    return shared.init_newsroom(url, schema=schema)


def push_desk(to: str, *, source: str | os.PathLike[str] | None = None) -> PushReport:
    """Copy a desk's SQLite file (default: the current database) into a shared database,
    in one transaction; a second run adds nothing."""
    if not is_shared(to):
        raise InputError(to, "--to: not a shared database address (postgresql://USER@HOST/DB)")
    location, _default = resolve_db_path(source)
    if is_shared(str(location)):
        raise InputError(str(location), "--from: a desk's SQLite file, not a shared database")
    with open_store(location, create=False) as desk, open_store(to) as newsroom:
        return push(desk, newsroom)
