"""Use case: export reviews as ClaimReview XML, JSON-LD, HTML snippets or Web Annotation."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from annotator.domain.model import Article, Claim
from annotator.io.errors import InputError
from annotator.services.settings import get_settings, language
from annotator.store import Store, repo

FORMATS = ("claimreview-xml", "jsonld", "html", "web-annotation")
# Used when the organisation has not set factcheck.base_url, so that a
# newcomer's first export works; every review using it gets a warning.
PLACEHOLDER_BASE_URL = "https://fact-check.example/"


if TYPE_CHECKING:
    from annotator.io.claimreview import Problem, Publisher


class NothingToExportError(InputError):
    """The scope holds no review to export: `article_id` (None: every article), `status`."""

    def __init__(self, article_id: int | None, status: str):
        scope = f"article {article_id}" if article_id is not None else "the database"
        what = "published reviews" if status == "published" else "rated claims"
        super().__init__("export", f"nothing to export: no {what} in {scope}")
        self.article_id = article_id
        self.status = status


@dataclass
class ExportResult:
    data: bytes
    count: int
    warnings: list[Problem] = field(default_factory=list)


def publisher(store: Store) -> Publisher:
    # lxml is imported only when exporting: the other commands start faster.
    from annotator.io.claimreview import Publisher

    settings = get_settings(store)
    return Publisher(
        name=settings["publisher.name"],
        url=settings["publisher.url"],
        logo=settings["publisher.logo"],
        base_url=settings["factcheck.base_url"] or PLACEHOLDER_BASE_URL,
        language=language(store),
    )


def export_items(
    store: Store, *, article_id: int | None = None, status: str = "all"
) -> list[tuple[Article, Claim]]:
    """The (article, claim) pairs in scope: claims of latest versions, in text order."""
    if status not in ("all", "published"):
        raise InputError("--status", f"must be 'published' or 'all', not {status!r}")
    if article_id is not None:
        article = repo.get_article(store, article_id)
        if article is None:
            raise InputError(f"article {article_id}", "no such article")
        claims = repo.claims_for_article(store, repo.latest_version_id(store, article_id))
    else:
        claims = repo.list_claims(store)
    if status == "published":
        claims = [c for c in claims if c.review.status == "published"]
    articles: dict[int, Article] = {}
    items = []
    for claim in claims:
        if claim.article_id not in articles:
            found = repo.get_article(store, claim.article_id)
            assert found is not None
            articles[claim.article_id] = found
        items.append((articles[claim.article_id], claim))
    return items


def export(
    store: Store, *, fmt: str, article_id: int | None = None, status: str = "all"
) -> ExportResult:
    """Build the export in memory; raises ExportError (nothing written) if invalid."""
    from annotator.io import claimreview
    from annotator.io.claimreview import Problem

    if fmt not in FORMATS:
        raise InputError("--format", f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    items = export_items(store, article_id=article_id, status=status)
    # With --status all, a claim not rated yet is not a review yet: it is
    # left out with a warning. A published claim without verdict is an error.
    unrated = [c.id for _a, c in items if not c.review.verdict and c.review.status != "published"]
    items = [(a, c) for a, c in items if c.id not in unrated]
    if not items:
        raise NothingToExportError(article_id, status)
    scale = repo.rating_scale(store)
    pub = publisher(store)
    warnings: list[Problem] = []
    if unrated:
        listed = ", ".join(str(i) for i in unrated)
        warnings.insert(
            0,
            Problem(
                None,
                "reviewRating",
                f"claim(s) {listed} have no verdict yet: not exported",
                "warning",
                "not-exported",
                {"claims": list(unrated)},
            ),
        )
    if not get_settings(store)["factcheck.base_url"]:
        no_page = [c.id for a, c in items if not a.fact_check_url]
        if no_page:
            warnings.insert(
                0,
                Problem(
                    None,
                    "url",
                    f"{len(no_page)} review URL(s) use the placeholder {PLACEHOLDER_BASE_URL}; "
                    "set yours with: annotator settings factcheck.base_url URL",
                    "warning",
                    "placeholder",
                    {"count": len(no_page), "base_url": PLACEHOLDER_BASE_URL},
                ),
            )
    checked: list[Problem] = []
    if fmt == "claimreview-xml":
        data = claimreview.to_claimreview_xml(items, scale, pub, checked)
    elif fmt == "jsonld":
        data = claimreview.to_jsonld(items, scale, pub, checked).encode("utf-8")
    elif fmt == "html":
        data = claimreview.to_html_snippets(items, scale, pub, checked).encode("utf-8")
    else:  # web-annotation: FORMATS was checked above
        from annotator.io.web_annotation import to_web_annotation

        data = to_web_annotation(items, scale, pub, checked).encode("utf-8")
    warnings += [p for p in checked if p.severity == "warning"]
    return ExportResult(data=data, count=len(items), warnings=warnings)


def exportable_counts(store: Store, article_id: int | None = None) -> dict[str, int]:
    """How many reviews each scope of an export holds (claims with a verdict):
    "article" (`article_id`'s latest version), "all", "published". The window
    offers only the scopes that can succeed."""
    latest = repo.latest_version_id(store, article_id) if article_id is not None else None
    every, published, in_article = repo.count_rated_claims(store, latest)
    return {"article": in_article, "all": every, "published": published}


def problem_subjects(store: Store, claim_ids: list[int]) -> dict[int, tuple[int, str, str]]:
    """claim id -> (article id, article title, quote): what a problem is about, in words."""
    claims = repo.claim_summaries(store, list(dict.fromkeys(claim_ids)))
    titles = repo.article_titles(store, sorted({c["article_id"] for c in claims.values()}))
    return {
        claim_id: (c["article_id"], titles.get(c["article_id"], ("", None))[0], c["exact"])
        for claim_id, c in claims.items()
    }
