"""The `import-reviews` and `search` commands."""

from __future__ import annotations

import sys
from dataclasses import asdict

import click

from annotator.cli.common import Context, Count, _emit_json, printable
from annotator.services import reviews as review_service
from annotator.services import search as search_service


@click.command("import-reviews")
@click.argument("files", nargs=-1, required=True)
@click.option(
    "--max-size",
    type=Count(),
    default=review_service.DEFAULT_MAX_BYTES,
    show_default=True,
    help="Refuse files larger than this many bytes.",
)
@click.option("-v", "--verbose", is_flag=True, help="Say where each review went, on stderr.")
@click.pass_obj
def import_reviews(obj: Context, files: tuple[str, ...], max_size: int, verbose: bool) -> None:
    """Import ClaimReview (JSON-LD, JSON Lines, HTML pages, our XML) or Web Annotation.

    A review of an article in the database becomes a claim of that article
    (found by the article's URL, then by the quote); any other is kept as an
    external review, searchable. Prints `attached A, external E, failed F`;
    each failure as `FILE: reason` on stderr.
    """
    report = review_service.import_review_files(obj.store, files, max_bytes=max_size)
    for source, reason in report.failed:
        click.echo(f"{printable(source)}: {printable(reason)}", err=True)
    attached = {o.source for o in report.outcomes if o.kind == review_service.ATTACHED}
    for source, note in report.notes:
        # Decisions about attached reviews and settings are the user's business;
        # the details of kept external reviews only when asked.
        if verbose or source in attached or note.startswith("settings "):
            click.echo(f"note: {printable(source)}: {printable(note)}", err=True)
    if verbose:
        for outcome in report.outcomes:
            if outcome.kind != review_service.FAILED:
                again = " (already there)" if outcome.duplicate else ""
                shown = printable(outcome.source)
                click.echo(f"{shown}: {outcome.kind} {outcome.id}{again}", err=True)
    click.echo(report.summary)
    if report.failed:
        sys.exit(1)


@click.command(
    "search",
    # A query may start with "-" (a word to leave out, in other search tools):
    # it is a word here, not an option.
    context_settings={"ignore_unknown_options": True},
)
@click.argument("query", nargs=-1, required=True, type=click.UNPROCESSED)
@click.option("--json", "as_json", is_flag=True, help="One JSON array on stdout.")
@click.option("--limit", type=Count(), default=50, show_default=True, help="At most this many.")
@click.pass_obj
def search(obj: Context, query: tuple[str, ...], as_json: bool, limit: int) -> None:
    """Full-text search over articles, claims and external reviews, best first.

    Accents and case are ignored; every word must appear (as a word or the
    start of one). Each hit gives its kind (article, claim, review), its id
    and a snippet.
    """
    hits = search_service.search(obj.store, " ".join(query), limit=limit)
    if as_json:
        _emit_json([{**asdict(h), "score": round(h.score, 4)} for h in hits])
        return
    if not hits:
        click.echo("no match")
        return
    for h in hits:
        extra = " — ".join(x for x in (h.verdict, h.checked_by) if x)
        click.echo(f"{h.kind:<7} {h.id:>6}  {h.title}" + (f"  [{extra}]" if extra else ""))
        click.echo(f"{'':>15}{h.snippet}")
