"""The `annotator` command line: click over the services (no Qt unless `gui`)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from annotator import __version__
from annotator.cli import reviews, team
from annotator.cli.common import (
    AnnotatorGroup,
    Context,
    Count,
    _emit_json,
    _labels,
    article_json,
    claim_json,
    fail,
    printable,
    review_field_options,
)
from annotator.domain.model import STATUSES
from annotator.io.importers import DEFAULT_MAX_BYTES
from annotator.services import articles as article_service
from annotator.services import claims as claim_service
from annotator.services import exporting, files, settings
from annotator.services.reviews import DEFAULT_MAX_BYTES as REVIEW_MAX_BYTES
from annotator.services.workspace import backup_database


@click.group(cls=AnnotatorGroup, invoke_without_command=True)
@click.option(
    "--db",
    "db_path",
    type=str,
    envvar="ANNOTATOR_DB",
    help=(
        "Database file (default: annotator.db in the user data folder), or a newsroom's "
        "shared database: postgresql://USER@HOST/DB."
    ),
)
@click.version_option(__version__, prog_name="annotator")
@click.pass_context
def main(ctx: click.Context, db_path: str | None) -> None:
    """Annotator: mark claims in news articles, rate them, export ClaimReview.

    With no command, opens the window.
    """
    if db_path is not None and not db_path.strip():
        from_env = ctx.get_parameter_source("db_path") == click.core.ParameterSource.ENVIRONMENT
        fail(
            "ANNOTATOR_DB is set but empty; name a database file or unset it"
            if from_env
            else "--db: the database path is empty; name a file"
        )
    ctx.obj = Context(db_path)
    ctx.call_on_close(ctx.obj.close)
    if ctx.invoked_subcommand is None:
        ctx.invoke(gui)


@main.command()
@click.pass_obj
def gui(obj: Context) -> None:
    """Open the desktop window."""
    try:
        from annotator.ui import run
    except ImportError as exc:
        fail(f"the window cannot start: {exc}")
    sys.exit(run(obj.db_path))


def _progress_printer(enabled: bool) -> tuple[Callable[[int, int, str], None], Callable[[], None]]:
    """A progress bar on a terminal (count, rate, time left); nothing when piped."""
    import shutil
    import time

    started = time.monotonic()
    state = {"shown": False, "last": 0.0}

    def report(done: int, total: int, current: str) -> None:
        if not enabled or total == 0:
            return
        now = time.monotonic()
        # Redrawn at most ten times a second: a terminal is slower than an import.
        if done not in (0, total) and now - state["last"] < 0.1:
            return
        state["last"] = now
        elapsed = max(now - started, 1e-6)
        rate = done / elapsed
        if done == total:
            left = "done"
        elif rate > 0:
            seconds = int((total - done) / rate)
            left = f"{seconds // 60}:{seconds % 60:02d} left"
        else:
            left = "?:?? left"
        width = 24
        filled = int(width * done / total)
        bar = "#" * filled + "-" * (width - filled)
        line = f"[{bar}] {done}/{total}  {rate:.1f} files/s  {left}"
        columns = shutil.get_terminal_size((80, 24)).columns
        name = Path(current).name if current else ""
        room = columns - len(line) - 3
        if name and room > 8:
            line += "  " + (name if len(name) <= room else "…" + name[-(room - 1) :])
        click.echo("\r" + line[: columns - 1].ljust(columns - 1), nl=False, err=True)
        state["shown"] = True

    def finish() -> None:
        if state["shown"]:
            click.echo("", err=True)

    return report, finish


@main.command("import")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--max-size",
    type=Count(),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help=(
        "Refuse an article larger than this many bytes: a file of one article (text, web "
        "page), once expanded if compressed; a JSON, JSON Lines or feed file larger than "
        "this is read as a stream and the limit applies to each article in it."
    ),
)
@click.pass_obj
def import_(obj: Context, paths: tuple[str, ...], max_size: int) -> None:
    """Import articles from files, folders (recursive) and globs.

    Reads .txt and .md (with front matter), web pages (.html, .htm, .xhtml),
    RSS and Atom feeds (.rss, .atom, .xml), .json and .jsonl, and any of these
    gzip-compressed (.gz). Prints `imported N, duplicates D, failed F`, and
    each failure as `FILE: reason` on stderr; exit 1 when some failed. What
    was imported with a repair (bytes that were not valid UTF-8, replaced)
    is named on stderr as `warning: FILE: message`.
    """

    report_progress, finish = _progress_printer(sys.stderr.isatty())
    try:
        report = article_service.import_paths(
            obj.store, paths, max_bytes=max_size, progress=report_progress
        )
    finally:
        finish()
    for source, message in report.warnings:
        click.echo(f"warning: {printable(source)}: {printable(message)}", err=True)
    for source, reason in report.failed:
        click.echo(f"{printable(source)}: {printable(reason)}", err=True)
    click.echo(report.summary)
    if report.failed:
        sys.exit(1)


@main.command("articles")
@click.option("--json", "as_json", is_flag=True, help="One JSON array on stdout.")
@click.option(
    "--assigned-to", "assigned_to", metavar="USER|me", help="Only the articles someone has."
)
@click.pass_obj
def articles_(obj: Context, as_json: bool, assigned_to: str | None) -> None:
    """List articles: id, date, claim count, title (and who has it)."""
    from annotator.services.people import who

    rows = article_service.list_articles(obj.store, assigned_to=who(obj.store, assigned_to))
    if as_json:
        _emit_json(
            [
                {
                    "id": r["id"],
                    "title": r["title"],
                    "published": r["published"],
                    "url": r["url"],
                    "claims": r["claims"],
                    "origin": r["origin"],
                    "version": r["version"],
                    "assigned_to": r["assigned_to"],
                }
                for r in rows
            ]
        )
        return
    if not rows:
        click.echo("no articles; add some with: annotator import PATH")
        return
    for r in rows:
        who_has = f"  [{r['assigned_to']}]" if r["assigned_to"] else ""
        click.echo(
            f"{r['id']:>5}  {r['published'] or '-':<10}  {r['claims']:>3}  {r['title']}{who_has}"
        )


@main.group()
def claim() -> None:
    """Mark claims."""


@claim.command("add")
@click.argument("article_id", type=int)
@click.option("--quote", required=True, help="The exact words of the claim in the article.")
@click.option("--occurrence", type=Count(), default=1, show_default=True)
@click.option("--verdict", help="A verdict key or label (e.g. false, Faux).")
@review_field_options
@click.option("--source", "sources", multiple=True, help="A source URL (repeatable).")
@click.option("--status", type=click.Choice(STATUSES), default="draft", show_default=True)
@click.pass_obj
def claim_add(obj: Context, article_id: int, quote: str, occurrence: int, **fields: Any) -> None:
    """Mark a claim by quoting it; prints the new claim id."""
    fields["sources"] = list(fields["sources"])
    created, _ = claim_service.add_claim_by_quote(
        obj.store, article_id=article_id, quote=quote, occurrence=occurrence, **fields
    )
    click.echo(created.id)


@main.command("claims")
@click.option("--article", "article_id", type=int, help="Only this article's claims.")
@click.option("--json", "as_json", is_flag=True, help="One JSON array on stdout.")
@click.pass_obj
def claims_(obj: Context, article_id: int | None, as_json: bool) -> None:
    """List claims with their verdicts."""
    found = claim_service.list_claims(obj.store, article_id=article_id)
    labels = _labels(obj.store)
    if as_json:
        _emit_json([claim_json(c, labels=labels) for c in found])
        return
    if not found:
        click.echo("no claims")
        return
    for c in found:
        verdict = labels.get(c.review.verdict or "", "(no verdict)")
        where = f"{c.start}-{c.end}" if c.start is not None else "orphan"
        flag = "" if c.anchor == "exact" else f" [{c.anchor}]"
        click.echo(
            f"{c.id:>5}  article {c.article_id:<5} {where:<11} {verdict:<14} "
            f"{c.review.status:<10} «{c.exact}»{flag}"
        )


@main.command("show")
@click.argument("article_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="One JSON object on stdout.")
@click.pass_obj
def show(obj: Context, article_id: int, as_json: bool) -> None:
    """Show an article's metadata, full text and claims."""
    article, found = article_service.article_with_claims(obj.store, article_id)
    labels = _labels(obj.store)
    if as_json:
        data = article_json(article)
        data["body"] = article.body
        data["claims"] = [claim_json(c, labels=labels) for c in found]
        _emit_json(data)
        return
    click.echo(f"# {article.title}")
    for key in ("published", "url", "author", "language", "origin", "fact_check_url"):
        value = getattr(article, key)
        if value:
            click.echo(f"{key}: {value}")
    if article.version > 1:
        click.echo(f"version: {article.version} (previous: article {article.previous_id})")
    click.echo("")
    click.echo(article.body)
    click.echo("")
    click.echo(f"{len(found)} claim(s)")
    for c in found:
        verdict = labels.get(c.review.verdict or "", "(no verdict)")
        click.echo(f"  {c.id}: «{c.exact}» — {verdict} ({c.review.status}, {c.anchor})")


@main.command("export")
@click.option(
    "--format", "fmt", type=click.Choice(exporting.FORMATS), required=True, help="Output format."
)
@click.option("--article", "article_id", type=int, help="Only this article's reviews.")
@click.option(
    "--status",
    type=click.Choice(["published", "all"]),
    default="all",
    show_default=True,
    help="Export only published reviews, or all (drafts are marked as such).",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File (default: stdout).")
@click.pass_obj
def export_(
    obj: Context, fmt: str, article_id: int | None, status: str, output: str | None
) -> None:
    """Export reviews; an XML export is validated against the XSD before it is written."""
    if output is not None:
        files.check_output_path(output)  # before the work: never over the database
    result = exporting.export(obj.store, fmt=fmt, article_id=article_id, status=status)
    for warning in result.warnings:
        click.echo(f"warning: {warning.message}", err=True)
    if output is not None:
        files.write_atomically(output, result.data)
        click.echo(f"exported {result.count} review(s) to {output}", err=True)
    else:
        sys.stdout.buffer.write(result.data)
        sys.stdout.flush()


@main.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option(
    "--max-size",
    type=Count(),
    default=REVIEW_MAX_BYTES,
    show_default=True,
    help="Refuse files larger than this many bytes.",
)
def validate(file: str, max_size: int) -> None:
    """Check a ClaimReview XML file against resources/claimreview.xsd."""
    from annotator.io.claimreview import validate_claimreview_xml
    from annotator.io.importers import read_limited

    data = read_limited(Path(file), max_size)
    errors = validate_claimreview_xml(data, file)
    if errors:
        for line in errors:
            click.echo(line, err=True)
        sys.exit(1)
    click.echo(f"{file}: valid")


@main.command("backup")
@click.argument("file", type=click.Path(dir_okay=False))
@click.pass_obj
def backup_(obj: Context, file: str) -> None:
    """Write a consistent copy of the database, even while it is in use."""
    backup_database(obj.store, file)
    click.echo(f"backup written to {file}")


@main.command("check")
@click.pass_obj
def check(obj: Context) -> None:
    """Check the whole database: SQLite's integrity and foreign keys, our own
    invariants and the full-text indexes. Prints `ok`, or every problem."""
    from annotator.services.workspace import check_database, way_back

    path, problems = check_database(obj.db_path)
    if not problems:
        click.echo("ok")
        return
    for problem in problems:
        click.echo(f"{path}: {' '.join(problem.split())}")
    click.echo(way_back(str(path)), err=True)
    sys.exit(1)


@main.command("settings")
@click.argument("key", required=False)
@click.argument("value", required=False)
@click.pass_obj
def settings_(obj: Context, key: str | None, value: str | None) -> None:
    """Show or set publisher.name, publisher.url, publisher.logo, language, factcheck.base_url.

    An empty VALUE ("") clears the setting.
    """
    if key is None:
        for k, v in settings.get_settings(obj.store).items():
            click.echo(f"{k} = {v if v is not None else ''}")
        return
    if value is None:
        current = settings.get_setting(obj.store, key)
        click.echo(current if current is not None else "")
        return
    settings.set_setting(obj.store, key, value)


# Commands defined in their own modules (which import nothing from this one).
main.add_command(reviews.import_reviews)
main.add_command(reviews.search)
claim.add_command(team.claim_set)
claim.add_command(team.claim_delete)
main.add_command(team.assign)
main.add_command(team.newsroom)
main.add_command(team.push_)

if __name__ == "__main__":  # pragma: no cover
    main()
