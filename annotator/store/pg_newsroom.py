"""A newsroom's database made ready for a team, on PostgreSQL: `annotator newsroom init`
(the schema, its tables, full-text search, the server's own logic and roles, and the
migrations of older schemas) and `newsroom add-user` (a login in a group role)."""

from __future__ import annotations

import functools
import importlib.resources
import re

from annotator.store.base import StoreError
from annotator.store.pg import (
    _SCHEMA_NAME,
    APPLICATION,
    DEFAULT_SCHEMA,
    PostgresStore,
    _unaccent_schema,
    _version,
    connect,
    environment_error,
    open_postgres,
    parse_location,
)


@functools.cache
def _sql_file(name: str) -> str:
    return (importlib.resources.files("annotator.store") / "postgresql" / name).read_text("utf-8")


def _schema_sql() -> str:
    return _sql_file("schema.sql")


ROLES = ("annotator_checker", "annotator_editor")
_CREATE_ROLES = """
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'annotator_checker') THEN
        CREATE ROLE annotator_checker NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'annotator_editor') THEN
        CREATE ROLE annotator_editor NOLOGIN;
    END IF;
END $$;
"""


def _apply_logic(store: PostgresStore, schema: str, unaccent: str) -> None:
    """The server's own work (search columns, who did what, roles, notifications),
    made again: functions replaced, triggers remade, grants given."""
    try:
        store.execute(_CREATE_ROLES)
    except StoreError as exc:
        raise StoreError(
            f"{store.path}: cannot create the roles annotator_checker and annotator_editor "
            f"(this login needs CREATEROLE, or an administrator creates them first): {exc}"
        ) from exc
    store.execute(
        _sql_file("logic.sql").replace("{schema}", schema).replace("{unaccent}", f'"{unaccent}"')
    )


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) of the PostgreSQL migrations past the version schema.sql
    made (numbered as SQLite's), in order."""
    folder = importlib.resources.files("annotator.store") / "postgresql" / "migrations"
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            number = int(entry.name.split("_", 1)[0])
            found.append((number, entry.name.removesuffix(".sql"), entry.read_text("utf-8")))
    return sorted(found)


# --- annotator newsroom init ---------------------------------------------------------------


def _other_tables(store: PostgresStore, schema: str) -> list[str]:
    """Tables of this database outside the system schemas and outside `schema`."""
    return [
        f"{row[0]}.{row[1]}"
        for row in store.execute(
            "SELECT schemaname, tablename FROM pg_tables WHERE schemaname NOT IN"
            " ('pg_catalog', 'information_schema') AND schemaname <> ?"
            " ORDER BY schemaname, tablename",
            (schema,),
        )
    ]


def init_newsroom(url: str, *, schema: str | None = None) -> str:
    """Prepare a database for a team: the schema, its tables, full-text search, the
    seed rows; run again, it migrates or does nothing. What was done, in words."""
    from annotator.store.db import SCHEMA_VERSION

    libpq, url_schema, shown = parse_location(url)
    explicit = schema is not None or url_schema != DEFAULT_SCHEMA
    schema = schema or url_schema
    if not _SCHEMA_NAME.fullmatch(schema):
        raise StoreError(
            f"--schema {schema!r}: lower-case letters, digits and _, starting with a letter"
        )
    store = connect(libpq, schema, shown, check=False)
    try:
        exists = store.execute("SELECT 1 FROM pg_namespace WHERE nspname = ?", (schema,)).fetchone()
        if exists:
            version = _version(store)
            ours = store.execute(
                "SELECT count(*) FROM pg_tables WHERE schemaname = ?", (schema,)
            ).fetchone()[0]
            if version is None and ours:
                raise StoreError(
                    f"{shown}: schema {schema!r} holds tables of another program; choose "
                    "another one with --schema NAME"
                )
            if version is not None:
                if version > SCHEMA_VERSION:
                    raise StoreError(
                        f"{shown}: schema {schema!r} was made by a newer version of Annotator "
                        f"(schema {version}); update Annotator"
                    )
                if version == SCHEMA_VERSION:
                    return f"{shown}: schema {schema!r} is ready (version {version}); nothing to do"
                return _migrate(store, schema, version, shown)
        others = _other_tables(store, schema)
        if others and not explicit:
            listed = ", ".join(others[:5]) + (
                f" and {len(others) - 5} more" if len(others) > 5 else ""
            )
            raise StoreError(
                f"{shown}: this database holds other tables ({listed}); say which schema "
                "Annotator's tables go in with --schema NAME (or use an empty database)"
            )
        _create(store, schema)
        return (
            f"{shown}: schema {schema!r} created with Annotator's tables (version "
            f"{SCHEMA_VERSION}), full-text search and the default rating scale"
        )
    finally:
        store.close()


def _ensure_unaccent(store: PostgresStore) -> str:
    found = _unaccent_schema(store)
    if found is not None:
        return found
    try:
        store.execute("CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public")
    except StoreError as exc:
        raise StoreError(
            f"{store.path}: the extension unaccent (accent-insensitive search) is not "
            "installed and this login may not install it; ask the database's owner to run "
            f"CREATE EXTENSION unaccent; ({exc})"
        ) from exc
    return _unaccent_schema(store) or "public"


def _create(store: PostgresStore, schema: str) -> None:
    from annotator.domain.rating import default_scale
    from annotator.store.db import SCHEMA_VERSION

    unaccent = _ensure_unaccent(store)
    store.begin()
    try:
        store.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
        store.execute(f'SET LOCAL search_path TO "{schema}", "{unaccent}", public')
        store.execute(_schema_sql().replace("{unaccent}", f'"{unaccent}"'))
        scale = default_scale()
        scale_id = store.execute(
            "INSERT INTO rating_scales(name) VALUES (?) RETURNING id", (scale.name,)
        ).fetchone()[0]
        for position, r in enumerate(scale.ratings):
            store.execute(
                "INSERT INTO ratings(scale_id, key, value, label_fr, label_en, color, position)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (scale_id, r.key, r.value, r.label("fr"), r.label("en"), r.color, position),
            )
        store.execute(
            "INSERT INTO meta(key, value) VALUES ('application', ?), ('schema_version', ?)",
            (APPLICATION, str(SCHEMA_VERSION)),
        )
        _apply_logic(store, schema, unaccent)
        store.commit()
    except BaseException:
        store.rollback()
        raise


def _migrate(store: PostgresStore, schema: str, version: int, shown: str) -> str:
    from annotator.store.db import SCHEMA_VERSION

    unaccent = _ensure_unaccent(store)
    done = []
    store.begin()
    try:
        store.execute(f'SET LOCAL search_path TO "{schema}", "{unaccent}", public')
        for number, name, sql in migrations():
            if version < number <= SCHEMA_VERSION:
                store.execute(sql.replace("{unaccent}", f'"{unaccent}"'))
                done.append(name)
        store.execute(
            "UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),)
        )
        _apply_logic(store, schema, unaccent)
        store.commit()
    except BaseException:
        store.rollback()
        raise
    return f"{shown}: schema {schema!r} upgraded from version {version}: {', '.join(done)}"


# --- people -----------------------------------------------------------------------------------

_LOGIN = re.compile(r"[a-z_][a-z0-9_.@-]{0,62}")


def add_user(url: str, name: str, role: str, password: str) -> str:
    """A login for a fact-checker, in the group role that says what they may do."""
    from psycopg import sql

    if role not in ("checker", "editor"):
        raise StoreError(f"--role {role!r}: checker or editor")
    if not _LOGIN.fullmatch(name):
        raise StoreError(
            f"{name!r}: a login name is lower-case letters, digits and . _ @ -, starting "
            "with a letter"
        )
    if not password:
        raise StoreError("the password is empty")
    store = open_postgres(url)
    try:
        if store.execute("SELECT 1 FROM pg_roles WHERE rolname = ?", (name,)).fetchone():
            raise StoreError(f"{name}: this login exists already")
        # Hashed here as psql's \password does (SCRAM, or what the server asks for): the
        # plain password never reaches the server, nor a server log of statements.
        hashed = store.conn.pgconn.encrypt_password(password.encode(), name.encode()).decode()
        statement = sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
            sql.Identifier(name), sql.Literal(hashed), sql.Identifier(f"annotator_{role}")
        )
        try:
            store.conn.execute(statement)  # never logged by us
        except Exception as exc:
            raise environment_error(store.path, exc) from None
    finally:
        store.close()
    return f"{name}: login created, role {role}"
