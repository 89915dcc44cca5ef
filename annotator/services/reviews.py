"""Use case: import ClaimReview (ours and other fact-checkers') and Web Annotation files."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urldefrag, urlsplit

from annotator.domain.anchoring import EXACT, ORPHAN, Anchor
from annotator.domain.model import Article, Claim, Review, Source
from annotator.domain.rating import RatingScale, UnknownVerdictError
from annotator.domain.text import (
    InvalidURLError,
    check_http_url,
    has_bad_escape,
    has_bidi_controls,
    has_xml_illegal,
    is_iso_date,
    strip_xml_illegal,
)
from annotator.errors import InputError, UserError
from annotator.services import claims as claim_service
from annotator.services import settings as settings_service
from annotator.services.changes import Changes
from annotator.services.review_match import claim_quote, find_article
from annotator.store import Store, StoreError, repo

if TYPE_CHECKING:
    # io is imported when a file is read: lxml stays out of other commands' start.
    from annotator.io.claimreview_import import ReviewRecord

# Review files are read whole (JSON, XML). Our own exports must always read back
# (2,500 claims with long explanations make 32 MB): the limit is a guard against
# a runaway file, not a size a real export reaches.
DEFAULT_MAX_BYTES = 512 * 1024 * 1024
REVIEW_SUFFIXES = frozenset(
    {".json", ".jsonld", ".json-ld", ".jsonl", ".ndjson", ".html", ".htm", ".xhtml", ".xml",
     ".rdf"}
)  # fmt: skip

ATTACHED, EXTERNAL, FAILED = "attached", "external", "failed"


@dataclass
class ReviewOutcome:
    """What became of one review read from a file."""

    source: str  # FILE or FILE#item-N...
    kind: str  # attached, external or failed
    id: int | None = None  # the claim's id (attached) or the external review's id
    duplicate: bool = False  # already in the database: nothing was added
    reason: str | None = None  # why it failed


@dataclass
class ReviewImportReport:
    """Counts, failures and notes of one import-reviews run.

    `attached` and `external` count the reviews this run added; `duplicates`
    those that were already in the database (a re-import adds nothing and says
    so). `outcomes` still says where each review is.
    """

    attached: int = 0
    external: int = 0
    duplicates: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (source, what was decided)
    outcomes: list[ReviewOutcome] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)
    cancelled: bool = False

    @property
    def summary(self) -> str:
        text = f"attached {self.attached}, external {self.external}, failed {len(self.failed)}"
        return text + (f", already present {self.duplicates}" if self.duplicates else "")

    def _add(self, outcome: ReviewOutcome) -> None:
        self.outcomes.append(outcome)
        if outcome.duplicate:
            self.duplicates += 1
        elif outcome.kind == ATTACHED:
            self.attached += 1
        elif outcome.kind == EXTERNAL:
            self.external += 1
        if outcome.kind == FAILED:
            self.failed.append((outcome.source, outcome.reason or "failed"))


Progress = Callable[[int, int, str], bool | None]
"""progress(done, total, current_file); returning False cancels between files."""


# --- files -------------------------------------------------------------------------


def is_review_name(name: str) -> bool:
    return os.path.splitext(name)[1].lower() in REVIEW_SUFFIXES


def expand_review_paths(
    paths: Iterable[str | os.PathLike[str]],
) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files named, files under folders (recursive, by suffix) and globs; plus what is
    missing or unreadable (the same rules as the article import's)."""
    from annotator.services.reading import expand_paths

    return expand_paths(paths, accept=is_review_name)


def import_review_files(
    store: Store,
    paths: Iterable[str | os.PathLike[str]],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
) -> ReviewImportReport:
    """Import every review in the files; each review is committed on its own."""
    from annotator.io.claimreview_import import read_reviews
    from annotator.io.importers import read_limited

    files, missing = expand_review_paths(paths)
    report = ReviewImportReport(failed=list(missing))
    total = len(files)
    for done, path in enumerate(files):
        if progress is not None and progress(done, total, str(path)) is False:
            report.cancelled = True
            break
        try:
            result = read_reviews(read_limited(path, max_bytes), str(path))
        except InputError as exc:
            report.failed.append((exc.source, exc.reason))
            continue
        for source, reason in result.failed:
            report._add(ReviewOutcome(source, FAILED, reason=reason))
        import_records(store, result.records, report)
    else:
        if progress is not None:
            progress(total, total, "")
    return report


def import_review_data(store: Store, data: bytes, source: str) -> ReviewImportReport:
    """Import the reviews in one file's bytes (a drop in the window, a test)."""
    from annotator.io.claimreview_import import read_reviews

    report = ReviewImportReport()
    try:
        result = read_reviews(data, source)
    except InputError as exc:
        report.failed.append((exc.source, exc.reason))
        return report
    for failed_source, reason in result.failed:
        report._add(ReviewOutcome(failed_source, FAILED, reason=reason))
    import_records(store, result.records, report)
    return report


# --- records -----------------------------------------------------------------------


@dataclass
class _Context:
    scale: RatingScale
    our_name: str | None
    records: list[ReviewRecord]
    settings_checked: bool = False


def import_records(store: Store, records: list[ReviewRecord], report: ReviewImportReport) -> None:
    """Attach each record to its article or keep it as an external review."""
    context = _Context(
        scale=repo.rating_scale(store),
        our_name=settings_service.get_settings(store)["publisher.name"],
        records=records,
    )
    for record in records:
        try:
            with store.write():
                outcome = _import_one(store, record, context, report)
        except StoreError:
            raise  # the environment failed (disk full, locked): stop, said once
        except UserError as exc:
            outcome = ReviewOutcome(record.source, FAILED, reason=str(exc))
        report._add(outcome)


def _restore_settings(store: Store, context: _Context, report: ReviewImportReport) -> None:
    """Settings left unset are taken from our own exports when their reviews are
    attached, so that a fresh database exports the same reviews again; a set
    value is never changed."""
    ours = [r for r in context.records if r.ours]
    if not ours:
        return
    current = settings_service.get_settings(store)
    wanted = {
        "publisher.name": next((r.publisher for r in ours if r.publisher), None),
        "publisher.url": next((r.publisher_url for r in ours if r.publisher_url), None),
        "publisher.logo": next((r.publisher_logo for r in ours if r.publisher_logo), None),
    }
    language = next((r.language for r in ours if r.language), None)
    if language and language.lower() != settings_service.language(store).lower():
        wanted["language"] = language
    for key, value in wanted.items():
        if value is None or current.get(key):
            continue
        try:
            report.changes.merge(settings_service.set_setting(store, key, value))
        except UserError as exc:
            report.notes.append((ours[0].source, f"settings {key} not taken from the file: {exc}"))
            continue
        report.notes.append(
            (ours[0].source, f"settings {key} was not set: set to {value!r} from the file")
        )
    context.our_name = settings_service.get_settings(store)["publisher.name"]


def _import_one(
    store: Store, record: ReviewRecord, context: _Context, report: ReviewImportReport
) -> ReviewOutcome:
    found = find_article(store, record)
    if found is None:
        review_id, inserted = repo.insert_external_review(store, _external_row(record))
        for note in record.notes:
            report.notes.append((record.source, note))
        return ReviewOutcome(record.source, EXTERNAL, review_id, duplicate=not inserted)
    article, anchor = found
    return _attach(store, record, article, anchor, context, report)


def _safe_url(url: str | None) -> str | None:
    """A URL with another scheme than http(s) (javascript:, file:, data:…) stays in the
    raw record only. Relative and scheme-less ones, as some publishers write them
    ("/estadao-verifica/…"), are kept as given: harmless, and never opened as links."""
    if not url:
        return None
    try:
        return check_http_url(url)
    except InvalidURLError:
        try:
            scheme = urlsplit(url.strip()).scheme
        except ValueError:  # 'http://[::1': not a URL at all
            return None
        if scheme or has_xml_illegal(url) or has_bidi_controls(url) or has_bad_escape(url):
            return None
        return url.strip()


def _external_row(record: ReviewRecord) -> dict:
    url = _safe_url(record.url)
    if record.url and url is None:
        record.notes.append(
            f"review URL {record.url!r} is not an http(s) URL: kept in the raw record only"
        )
    appearance = record.appearance_urls[0] if record.appearance_urls else None
    return {
        "url": url,
        "publisher": record.publisher,
        "claim_reviewed": record.claim_reviewed,
        "claimant": record.claimant,
        "claim_date": record.claim_date,
        "appearance_url": _safe_url(appearance),
        "rating_label": record.rating_label,
        "rating_value": record.rating_value,
        "best_rating": record.best_rating,
        "worst_rating": record.worst_rating,
        "language": record.language,
        "date_published": record.date_published,
        "origin": record.source,
        "raw": record.raw,
    }


# --- attaching --------------------------------------------------------------------


def _verdict(record: ReviewRecord, scale: RatingScale) -> str | None:
    if record.verdict_key and record.verdict_key in {r.key for r in scale.ratings}:
        return record.verdict_key
    if record.rating_label:
        try:
            return scale.lookup(record.rating_label).key
        except UnknownVerdictError:
            pass
    # Our own files use our numbers: a relabelled verdict is still found.
    if (
        record.ours
        and record.rating_value is not None
        and record.best_rating == scale.best
        and record.worst_rating == scale.worst
    ):
        rating = scale.by_value(int(record.rating_value))
        if rating is not None and rating.value == record.rating_value:
            return rating.key
    return None


def _folded(exact: str) -> str:
    """What the export writes as claimReviewed for a claim without a restatement."""
    return strip_xml_illegal(" ".join(exact.split())).strip()


def _checked_sources(record: ReviewRecord, report: ReviewImportReport) -> list[Source]:
    sources = []
    for number, source in enumerate(record.sources, start=1):
        try:
            check_http_url(source.url, "source url")
        except InvalidURLError as exc:
            report.notes.append((record.source, f"citation {number} left out: {exc}"))
            continue
        if source.date and not is_iso_date(source.date):
            source.date = None
        sources.append(source)
    return sources


def _duplicate(store: Store, record: ReviewRecord, article: Article, anchor: Anchor) -> int | None:
    """The id of a claim this review already is: same article, same span, same review."""
    assert article.id is not None
    existing = repo.claims_for_article(store, article.id)
    if not existing:
        return None
    provenance = repo.review_provenance(store, [c.id for c in existing if c.id is not None])
    quote = claim_quote(record) or ""
    for claim in existing:
        assert claim.id is not None
        if anchor.found:
            same_span = (claim.start, claim.end) == (anchor.start, anchor.end)
        else:
            same_span = claim.start is None and claim.exact == quote
        if not same_span:
            continue
        if record.url:
            if provenance.get(claim.id, {}).get("review_url") == record.url:
                return claim.id
            if record.claim_id_hint == claim.id:
                return claim.id
        elif claim.reviewed_text == (record.claim_reviewed or claim.reviewed_text):
            return claim.id
    return None


def _attach(
    store: Store,
    record: ReviewRecord,
    article: Article,
    anchor: Anchor,
    context: _Context,
    report: ReviewImportReport,
) -> ReviewOutcome:
    assert article.id is not None
    duplicate = _duplicate(store, record, article, anchor)
    if duplicate is not None:
        return ReviewOutcome(record.source, ATTACHED, duplicate, duplicate=True)

    if record.ours and not context.settings_checked:
        _restore_settings(store, context, report)
        context.settings_checked = True
    notes = list(record.notes)
    verdict = _verdict(record, context.scale)
    kept_label = None
    if verdict is None and record.rating_label:
        kept_label = record.rating_label
        notes.append(
            f"verdict {kept_label!r} is not on the rating scale: kept as the review's label; "
            "choose a verdict before exporting"
        )
    exact = claim_quote(record) or ""
    folded = _folded(anchor.selector.exact if anchor.found else exact)
    restatement = record.claim_reviewed if record.claim_reviewed != folded else None
    fields = {
        "verdict": verdict,
        "explanation": record.explanation,
        "correction": record.correction,
        "claim_reviewed": restatement,
        "claimant": record.claimant,
        "claim_date": record.claim_date,
    }
    sources = _checked_sources(record, report)
    wanted_id = record.claim_id_hint
    if wanted_id is not None and repo.claim_id_taken(store, wanted_id):
        wanted_id = None

    if anchor.found:
        assert anchor.start is not None and anchor.end is not None
        # Review URLs end in #claim-<id>: keeping the id keeps the URL. A proposal
        # keeps the quote as reviewed, like a claim moved to a new version.
        claim, _ = claim_service.mark_claim(
            store, article_id=article.id, start=anchor.start, end=anchor.end, sources=sources,
            claim_id=wanted_id, anchor=anchor.state, reviewed_quote=exact, **fields,
        )  # fmt: skip
        assert claim.id is not None
        if anchor.state != EXACT:
            notes.append(f"placed {anchor.state} in article {article.id}")
    else:
        claim = _insert_orphan(store, record, article, exact, fields, sources, wanted_id, context)
        notes.append(
            f"not found in the text of article {article.id}: kept as an orphan claim to place"
        )
    assert claim.id is not None
    if record.ours and record.status:
        claim_service.update_claim(
            store, claim_id=claim.id, status=record.status, date_published=record.date_published
        )
    # Who checked it, when that is not us (another fact-checker, or another
    # newsroom's Annotator export).
    reviewed_by = record.publisher if record.publisher != context.our_name else None
    repo.set_review_provenance(
        store,
        claim.id,
        review_url=record.url,
        rating_label=kept_label,
        reviewed_by=reviewed_by,
    )
    if not record.ours:
        # Another fact-checker's review stays readable as they published it
        # (their date, their rating numbers, the raw JSON).
        repo.insert_external_review(store, _external_row(record))
    else:
        _keep_fact_check_page(store, record, article, notes)
    report.changes.merge(Changes(articles={article.id}, claims={claim.id}))
    for note in notes:
        report.notes.append((record.source, note))
    return ReviewOutcome(record.source, ATTACHED, claim.id)


def _insert_orphan(
    store: Store,
    record: ReviewRecord,
    article: Article,
    exact: str,
    fields: dict,
    sources: list[Source],
    wanted_id: int | None,
    context: _Context,
) -> Claim:
    """A claim that could not be placed in its article, checked as mark_claim checks."""
    assert article.id is not None
    if not exact.strip():
        raise InputError(record.source, "the claim has no text to place in the article")
    claim_date = fields["claim_date"]
    if claim_date and not is_iso_date(claim_date):
        raise InputError("claim_date", f"not an ISO date: {claim_date!r}")
    if fields["verdict"] is not None:
        context.scale.get(fields["verdict"])
    for source in sources:
        source.url = check_http_url(source.url, "source url")

    def text_or_none(value: str | None) -> str | None:
        return value if value is not None and value.strip() else None

    claim = Claim(
        article_id=article.id,
        exact=exact,
        start=None,
        end=None,
        anchor=ORPHAN,
        claimant=text_or_none(fields["claimant"]),
        claim_date=fields["claim_date"],
        review=Review(
            verdict=fields["verdict"],
            claim_reviewed=text_or_none(fields["claim_reviewed"]),
            explanation=text_or_none(fields["explanation"]),
            correction=text_or_none(fields["correction"]),
            status="draft",
        ),
        sources=sources,
        id=wanted_id if wanted_id is not None else repo.next_claim_id(store),
    )
    claim_service.restore_claim(store, claim)
    return claim


def _keep_fact_check_page(
    store: Store, record: ReviewRecord, article: Article, notes: list[str]
) -> None:
    """Our review URL is the article's fact-check page plus #claim-<id>: keep that
    page on the article when its settings would derive another one."""
    from annotator.io.claimreview import review_url
    from annotator.services.exporting import PLACEHOLDER_BASE_URL, publisher

    if not record.url or article.fact_check_url or record.claim_id_hint is None:
        return
    page = urldefrag(record.url).url
    if page.startswith(PLACEHOLDER_BASE_URL):
        return
    probe = Claim(article_id=article.id or 0, exact="", start=None, end=None, id=0)
    derived = review_url(article, probe, publisher(store))
    if derived is not None and urldefrag(derived).url == page:
        return
    try:
        from annotator.services.articles import set_fact_check_url

        assert article.id is not None
        set_fact_check_url(store, article_id=article.id, url=page)
    except UserError as exc:
        notes.append(f"fact-check page {page!r} not kept: {exc}")
        return
    article.fact_check_url = page
    notes.append(f"article {article.id}'s fact-check page set to {page}")
