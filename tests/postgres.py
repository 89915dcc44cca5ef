"""A PostgreSQL server for the tests: found, given a database of its own for the run,
emptied between tests, dropped at the end. Never a user's database.

The server is the one ANNOTATOR_TEST_PG names (a libpq URL of a database where
this login may create databases), else the local one through its socket
(`postgresql:///postgres`: on Debian, `sudo pg_ctlcluster 15 main start` and a
role for your login; `.ci/run` does both). Without one, the PostgreSQL tests
skip, saying so; with ANNOTATOR_REQUIRE_PG=1 (as in CI) they fail instead.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest

ENV = "ANNOTATOR_TEST_PG"
DEFAULT = "postgresql:///postgres"
HOW = (
    "no PostgreSQL server for the tests: start one (Debian: sudo pg_ctlcluster 15 main start; "
    "sudo -u postgres createuser -s $USER) or set ANNOTATOR_TEST_PG=postgresql://…"
)
# Emptied between tests; the rating scale and meta stay.
TABLES = ("articles", "claims", "reviews", "sources", "external_reviews", "settings",
          "claim_search")  # fmt: skip


@dataclass
class Server:
    admin: str  # a URL of a database where we may create databases
    url: str  # the run's database, prepared by newsroom init
    name: str

    def url_for(self, database: str) -> str:
        parts = urlsplit(self.admin)
        url = f"{parts.scheme}://{parts.netloc}/{database}"  # urlunsplit drops an empty host
        return f"{url}?{parts.query}" if parts.query else url


def connect(url: str):
    import psycopg

    return psycopg.connect(url, autocommit=True, connect_timeout=5)


def start() -> Server | str:
    """A server with a fresh database for this run, or why there is none."""
    admin = os.environ.get(ENV, DEFAULT)
    try:
        import psycopg

        with connect(admin) as conn:
            conn.execute("SELECT 1")
    except Exception as exc:
        return f"{HOW} ({type(exc).__name__}: {' '.join(str(exc).split())[:200]})"
    name = f"annotator_test_{os.getpid()}"
    with connect(admin) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    server = Server(admin, "", name)
    server.url = server.url_for(name)
    from annotator.store import pg_newsroom

    pg_newsroom.init_newsroom(server.url)
    del psycopg
    return server


def stop(server: Server) -> None:
    with connect(server.admin) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{server.name}" WITH (FORCE)')


def empty(server: Server) -> None:
    with connect(server.url) as conn:
        conn.execute(
            f"TRUNCATE {', '.join('annotator.' + t for t in TABLES)} RESTART IDENTITY CASCADE"
        )


def unavailable(reason: str) -> None:
    if os.environ.get("ANNOTATOR_REQUIRE_PG"):
        pytest.fail(reason)
    pytest.skip(reason)


def make_logins(server: Server, roles: tuple[str, ...] = ("checker", "editor")):
    """A login per role, made with `newsroom add-user`: ({role: name}, {role: URL with
    its password, over TCP so that the password is what lets it in})."""
    import secrets
    from urllib.parse import quote

    from annotator.services import people

    suffix = secrets.token_hex(3)
    logins = {role: f"{role}_{suffix}" for role in roles}
    passwords = {role: secrets.token_urlsafe(12) for role in roles}
    for role, name in logins.items():
        people.add_user(server.url, name, role, passwords[role])
    with connect(server.url) as conn:
        port = conn.execute("SHOW port").fetchone()[0]
    host = urlsplit(server.admin).hostname or "127.0.0.1"
    database = urlsplit(server.url).path
    urls = {
        role: f"postgresql://{name}:{quote(passwords[role])}@{host}:{port}{database}"
        for role, name in logins.items()
    }
    return logins, urls


def drop_logins(server: Server, logins: dict[str, str]) -> None:
    with connect(server.admin) as conn:
        for name in logins.values():
            conn.execute(f'DROP OWNED BY "{name}"')
            conn.execute(f'DROP ROLE IF EXISTS "{name}"')


def terminate(server: Server, pid: int) -> None:
    """End a backend as an administrator would (pg_terminate_backend), and wait until it
    is gone: its client's next statement fails, whatever the timing."""
    with connect(server.url) as admin:
        admin.execute("SELECT pg_terminate_backend(%s, 10000)", (pid,))


def cut_after_first_batch(monkeypatch, server: Server) -> dict:
    """Make the server end the connection of the first store that commits a batch and
    then writes articles again: its first batch is in, the next one half written in an
    open transaction when the connection goes. Returns what happened ("pid")."""
    from annotator.store import pg

    seen: dict = {"committed": set(), "pid": None}
    real = pg.PostgresStore.execute

    def execute(self, sql, params=()):
        result = real(self, sql, params)
        if sql == "COMMIT":
            seen["committed"].add(id(self))
        elif (
            seen["pid"] is None
            and id(self) in seen["committed"]
            and sql.lstrip().startswith("INSERT INTO articles")
        ):
            seen["pid"] = self.conn.info.backend_pid
            terminate(server, seen["pid"])
        return result

    monkeypatch.setattr(pg.PostgresStore, "execute", execute)
    return seen


def small_batches(monkeypatch, articles: int = 30) -> None:
    """Import batches of `articles`, cut by count only (never by time, never because the
    reader paused): where a batch ends does not depend on the machine's speed."""
    from annotator.services import articles as article_service
    from annotator.services import reading

    monkeypatch.setattr(article_service, "BATCH_ARTICLES", articles)
    monkeypatch.setattr(article_service, "ROWS_PER_INSERT", 10)
    monkeypatch.setattr(article_service, "BATCH_SECONDS", 3600.0)
    monkeypatch.setattr(reading, "IDLE_SECONDS", 3600.0)


def whole_articles(server: Server) -> tuple[int, int]:
    """(articles, of which whole: with their version, text hash and search words)."""
    with connect(server.url) as conn:
        return conn.execute(
            "SELECT count(*), count(*) FILTER (WHERE version IS NOT NULL AND content_hash"
            " IS NOT NULL AND fts IS NOT NULL AND fts <> ''::tsvector) FROM annotator.articles"
        ).fetchone()
