"""Commands of a team: change or delete a claim from the revision seen, assign articles, a
newsroom's shared database (prepare it, add people, push a desk into it)."""

from __future__ import annotations

import sys
from typing import Any

import click

from annotator.cli.common import Context, review_field_options
from annotator.domain.model import STATUSES
from annotator.services import claims as claim_service
from annotator.services.changes import Changes

REVISION_HELP = (
    "Refuse (exit 1, saying who changed it and when) if the claim is no longer at this "
    "revision (claims --json gives it): never write over someone else's change."
)


@click.command("set")
@click.argument("claim_id", type=int)
@click.option("--verdict", help="A verdict key or label (e.g. false, Faux); '' clears it.")
@review_field_options
@click.option("--status", type=click.Choice(STATUSES))
@click.option("--add-source", "sources", multiple=True, help="A source URL (repeatable).")
@click.option("--if-revision", "revision", type=int, help=REVISION_HELP)
@click.pass_obj
def claim_set(obj: Context, claim_id: int, sources: tuple[str, ...], revision: int | None,
              **fields: Any) -> None:  # fmt: skip
    """Change fields of an existing claim (and add sources), from the revision given."""
    changes = {k: v for k, v in fields.items() if v is not None}
    if not changes and not sources:
        raise click.UsageError("nothing to change: give at least one field or --add-source")
    store = obj.store
    made = Changes()
    with store.write():  # all of it, or nothing: the revision is checked once, first
        if changes:
            made.merge(claim_service.update_claim(
                store, claim_id=claim_id, expected_revision=revision, **changes
            ))  # fmt: skip
            revision = None  # checked and held until the end of this write
        for url in sources:
            _source, added = claim_service.add_source(
                store, claim_id=claim_id, url=url, expected_revision=revision
            )
            made.merge(added)
            revision = None
    # The revision this write made (read inside it): the one to pass to the next
    # --if-revision. Read now, it could be another desk's, made since.
    click.echo(made.revisions[claim_id])


@click.command("delete")
@click.argument("claim_id", type=int)
@click.option("--if-revision", "revision", type=int, help=REVISION_HELP)
@click.pass_obj
def claim_delete(obj: Context, claim_id: int, revision: int | None) -> None:
    """Delete a claim, its review and its sources."""
    claim_service.delete_claim(obj.store, claim_id=claim_id, expected_revision=revision)
    click.echo(f"claim {claim_id} deleted", err=True)


@click.command("assign")
@click.argument("article_id", type=int)
@click.argument("user")
@click.pass_obj
def assign(obj: Context, article_id: int, user: str) -> None:
    """Give an article to someone to check ("à vérifier par"): USER is a login, `me`,
    or '-' for nobody."""
    from annotator.services import people

    people.assign(obj.store, article_id=article_id, user=user)


@click.group()
def newsroom() -> None:
    """A newsroom's shared database (PostgreSQL): prepare it, add people."""


@newsroom.command("init")
@click.argument("url")
@click.option("--schema", help="The schema for Annotator's tables (default: annotator).")
def newsroom_init(url: str, schema: str | None) -> None:
    """Prepare an empty PostgreSQL database for a team: schema, tables, accent-insensitive
    search, the rating scale, the roles annotator_checker and annotator_editor. Run
    again, it upgrades or does nothing."""
    from annotator.services import newsroom as newsroom_service

    click.echo(newsroom_service.init(url, schema=schema))


@newsroom.command("add-user")
@click.argument("name")
@click.option(
    "--role",
    type=click.Choice(["checker", "editor"]),
    required=True,
    help="checker: import, mark, rate, source; editor: also publish and change settings.",
)
@click.pass_obj
def newsroom_add_user(obj: Context, name: str, role: str) -> None:
    """Create a login for a fact-checker on the shared database (--db). The password is
    asked for (or read from stdin when it is not a terminal); it is never shown or kept."""
    from annotator.services import people

    if obj.db_path is None:
        raise click.UsageError("name the shared database with --db postgresql://…")
    if sys.stdin.isatty():
        password = click.prompt(f"password for {name}", hide_input=True,
                                confirmation_prompt=True)  # fmt: skip
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    click.echo(people.add_user(obj.db_path, name, role, password))


@click.command("push")
@click.option("--to", "to", required=True, help="The shared database: postgresql://USER@HOST/DB.")
@click.option("--from", "source", help="The desk's SQLite file (default: the current --db).")
@click.pass_obj
def push_(obj: Context, to: str, source: str | None) -> None:
    """Copy a desk's SQLite file into a shared database, in one transaction: articles with
    their versions, claims, reviews, sources, external reviews, settings it lacks. Run
    twice, the second adds nothing."""
    from annotator.services import newsroom as newsroom_service

    report = newsroom_service.push_desk(to, source=source if source is not None else obj.db_path)
    click.echo(report.summary)
