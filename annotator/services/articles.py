"""Use cases on articles: import files, list, show, versions."""

from __future__ import annotations

import glob
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from annotator.domain.anchoring import TextQuoteSelector, reanchor
from annotator.domain.model import Article, Claim
from annotator.io import importers
from annotator.io.errors import InputError
from annotator.services.workspace import Changes
from annotator.store import Store, repo


class ArticleNotFoundError(InputError):
    def __init__(self, article_id: int):
        super().__init__(f"article {article_id}", "no such article")


@dataclass
class ImportOutcome:
    article_id: int
    status: str  # "imported", "duplicate" or "version"
    reanchored: dict[str, int] = field(default_factory=dict)  # anchor state -> count


@dataclass
class ImportReport:
    imported: int = 0
    duplicates: int = 0
    versions: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    changes: Changes = field(default_factory=Changes)
    cancelled: bool = False

    @property
    def summary(self) -> str:
        return f"imported {self.imported}, duplicates {self.duplicates}, failed {len(self.failed)}"


Progress = Callable[[int, int, str], bool | None]
"""progress(done, total, current_source); returning False cancels between files."""


def import_article(store: Store, article: Article) -> ImportOutcome:
    """Store one article: a duplicate is skipped, a known URL becomes a new version."""
    with store.write():
        existing = repo.article_id_by_hash(store, repo.content_hash(article.body))
        if existing is not None:
            return ImportOutcome(existing, "duplicate")
        previous = repo.latest_article_by_url(store, article.url) if article.url else None
        if previous is None:
            return ImportOutcome(repo.insert_article(store, article), "imported")
        if not article.fact_check_url:
            article.fact_check_url = previous.fact_check_url
        new_id = repo.insert_article(
            store, article, version=previous.version + 1, previous_id=previous.id
        )
        assert previous.id is not None
        repo.mark_superseded(store, previous.id, new_id)
        states = _move_claims(store, previous, new_id, article.body)
        return ImportOutcome(new_id, "version", states)


def _move_claims(store: Store, old: Article, new_id: int, new_body: str) -> dict[str, int]:
    """Claims follow the latest version, re-anchored; never moved silently."""
    assert old.id is not None
    states: dict[str, int] = {}
    for claim in repo.claims_for_article(store, old.id):
        assert claim.id is not None
        sel = TextQuoteSelector(claim.exact, claim.prefix, claim.suffix)
        found = reanchor(sel, claim.start, claim.end, new_body, old.body)
        repo.set_claim_anchor(
            store,
            claim.id,
            article_id=new_id,
            start=found.start,
            end=found.end,
            exact=claim.exact,  # the quote as reviewed is kept, even for a proposal
            prefix=found.selector.prefix,
            suffix=found.selector.suffix,
            anchor=found.state,
        )
        states[found.state] = states.get(found.state, 0) + 1
    return states


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files to import from files, folders (recursive) and globs; plus what is missing."""
    files: list[Path] = []
    missing: list[tuple[str, str]] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            files.append(path)

    for raw in paths:
        text = os.fspath(raw)
        path = Path(text)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and importers.is_supported(child):
                    add(child)
        elif path.exists():
            add(path)
        elif glob.has_magic(text):
            matches = sorted(glob.glob(text, recursive=True))
            if not matches:
                missing.append((text, "no file matches this pattern"))
            for match in matches:
                m = Path(match)
                if m.is_file():
                    add(m)
        else:
            missing.append((text, "no such file or folder"))
    return files, missing


def import_paths(
    store: Store,
    paths: Iterable[str | os.PathLike[str]],
    *,
    max_bytes: int = importers.DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
) -> ImportReport:
    """Import files, folders and globs; each file is committed on its own."""
    files, missing = expand_paths(paths)
    report = ImportReport(failed=list(missing))
    total = len(files)
    for done, path in enumerate(files):
        if progress is not None and progress(done, total, str(path)) is False:
            report.cancelled = True
            break
        try:
            articles = importers.read_articles(path, max_bytes)
        except InputError as exc:
            report.failed.append((exc.source, exc.reason))
            continue
        for article in articles:
            outcome = import_article(store, article)
            if outcome.status == "duplicate":
                report.duplicates += 1
                continue
            report.imported += 1
            if outcome.status == "version":
                report.versions += 1
            report.changes.articles.add(outcome.article_id)
    else:
        if progress is not None:
            progress(total, total, "")
    return report


def list_articles(store: Store, *, limit: int | None = None, offset: int = 0) -> list[dict]:
    return repo.list_articles(store, limit=limit, offset=offset)


def get_article(store: Store, article_id: int) -> Article:
    article = repo.get_article(store, article_id)
    if article is None:
        raise ArticleNotFoundError(article_id)
    return article


def article_with_claims(store: Store, article_id: int) -> tuple[Article, list[Claim]]:
    article = get_article(store, article_id)
    return article, repo.claims_for_article(store, article_id)


def set_fact_check_url(store: Store, *, article_id: int, url: str | None) -> Changes:
    from annotator.domain.text import check_http_url

    get_article(store, article_id)
    value = check_http_url(url, "fact_check_url") if url else None
    with store.write():
        repo.set_article_field(store, article_id, "fact_check_url", value)
    return Changes(articles={article_id})
