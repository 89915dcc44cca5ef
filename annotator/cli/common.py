"""What every command shares: the per-invocation context, argument types, how errors
and JSON reach the terminal, and the JSON shapes of articles and claims."""

from __future__ import annotations

import json
import logging
import sys
import traceback
from pathlib import Path
from typing import Any, NoReturn

import click

from annotator.domain.model import Article, Claim
from annotator.errors import UserError
from annotator.services import settings
from annotator.services.workspace import Store, log_bug, open_database

log = logging.getLogger("annotator")


class Context:
    """Per-invocation state: the database is opened on first use only."""

    def __init__(self, db_path: str | None):
        self.db_path = db_path
        self._store: Store | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = open_database(self.db_path)
            if self._store.read_only:
                click.echo(
                    f"note: {self._store.path}: the file or its folder cannot be written: "
                    "opened for reading only",
                    err=True,
                )
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


class Count(click.IntRange):
    """A positive count or size; a value past what the program can use means "no limit"
    (a 20-digit --limit is taken as the largest one, not a crash)."""

    def __init__(self, min: int = 1):
        super().__init__(min=min)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        number = super().convert(value, param, ctx)
        return min(number, sys.maxsize // 2)


def printable(text: str) -> str:
    """One line, nothing a terminal would act on: a file name may hold a newline or an
    escape sequence; they are shown escaped."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def fail(message: str, code: int = 1) -> NoReturn:
    click.echo(f"error: {printable(message)}", err=True)
    sys.exit(code)


def _log_bug(exc: BaseException) -> Path | None:
    return log_bug("".join(traceback.format_exception(exc)))


class AnnotatorGroup(click.Group):
    """Turns user errors into one line on stderr and bugs into a logged traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except UserError as exc:
            fail(str(exc))
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            fail("interrupted", 130)
        except Exception as exc:  # a bug: keep the traceback, show a short line
            where = _log_bug(exc)
            detail = f"; details in {where}" if where else ""
            fail(f"internal error ({type(exc).__name__}: {exc}){detail}", 70)


def _emit_json(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2))


def claim_json(claim: Claim, labels: dict[str, str] | None = None) -> dict:
    review = claim.review
    return {
        "id": claim.id,
        "article_id": claim.article_id,
        "quote": claim.exact,
        "start": claim.start,
        "end": claim.end,
        "anchor": claim.anchor,
        "prefix": claim.prefix,
        "suffix": claim.suffix,
        "verdict": review.verdict,
        "verdict_label": (labels or {}).get(review.verdict) if review.verdict else None,
        "status": review.status,
        "claim_reviewed": claim.reviewed_text,
        "explanation": review.explanation,
        "correction": review.correction,
        "claimant": claim.claimant,
        "claim_date": claim.claim_date,
        "date_published": review.date_published,
        "revision": claim.revision,
        "updated_by": claim.updated_by,
        "updated_at": claim.updated_at,
        "sources": [
            {
                "id": s.id,
                "url": s.url,
                "title": s.title,
                "publisher": s.publisher,
                "date": s.date,
                "quote": s.quote,
            }
            for s in claim.sources
        ],
    }


def article_json(article: Article) -> dict:
    return {
        "id": article.id,
        "title": article.title,
        "published": article.published,
        "url": article.url,
        "origin": article.origin,
        "author": article.author,
        "language": article.language,
        "version": article.version,
        "previous_id": article.previous_id,
        "fact_check_url": article.fact_check_url,
        "imported_at": article.imported_at,
        "assigned_to": article.assigned_to,
    }


def _labels(store: Store) -> dict[str, str]:
    return settings.verdict_labels(store)


# The review's words, the same options for `claim add` and `claim set`.
_REVIEW_FIELD_OPTIONS = (
    click.option("--explanation"),
    click.option("--correction"),
    click.option("--claim-reviewed", help="Short restatement of the claim (about 75 characters)."),
    click.option("--claimant", help="Who made the claim."),
    click.option("--claim-date", help="When the claim was made (YYYY[-MM[-DD]])."),
)


def review_field_options(function: Any) -> Any:
    """--explanation, --correction, --claim-reviewed, --claimant, --claim-date, in that order."""
    for option in reversed(_REVIEW_FIELD_OPTIONS):
        function = option(function)
    return function
