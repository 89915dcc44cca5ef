"""Use case: export reviews as ClaimReview XML, JSON-LD, HTML snippets or Web Annotation."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from annotator.domain.anchoring import NEEDS_REVIEW
from annotator.domain.model import Article, Claim
from annotator.errors import InputError
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


def derived_pages(store: Store, base_url: str) -> dict[int, str]:
    """Fact-check pages of the articles that have none of their own: the base URL
    plus a slug of the title. Articles whose titles give the same slug (or none:
    "article") would share a page; the one imported first keeps the slug, each
    other gets its first version's id after it (`…/slug-42`), so a page never
    changes when another article arrives. A page is written on the article
    when one of its claims is published (`freeze_page`): from then on it stays."""
    from annotator.domain.text import slugify

    base = base_url.strip().rstrip("/") + "/"
    rows = repo.latest_pages(store)
    taken = {own for _id, _title, _root, own in rows if own}
    pages: dict[int, str] = {}
    for article_id, title, root, own in rows:
        if own:
            continue
        slug = slugify(title or "")
        page = base + slug
        if page in taken:
            page = f"{base}{slug}-{root}"
        taken.add(page)
        pages[article_id] = page
    return pages


def freeze_page(store: Store, article_id: int) -> None:
    """Write the article's derived fact-check page on it (inside the caller's
    transaction), so that a published review keeps its URL whatever happens to the
    base URL or to other articles' titles. Nothing without a base URL set."""
    article = repo.get_article(store, article_id)
    base = get_settings(store)["factcheck.base_url"]
    if article is None or article.fact_check_url or not base:
        return
    page = derived_pages(store, base).get(article_id)
    if page is not None:
        repo.set_article_field(store, article_id, "fact_check_url", page)


def _with_pages(store: Store, items: list[tuple[Article, Claim]]) -> list[tuple[Article, Claim]]:
    """The items with every article's fact-check page filled in (in memory only)."""
    from dataclasses import replace

    base = get_settings(store)["factcheck.base_url"] or PLACEHOLDER_BASE_URL
    if all(a.fact_check_url for a, _c in items):
        return items
    pages = derived_pages(store, base)
    copies: dict[int | None, Article] = {}
    out = []
    for article, claim in items:
        if article.id not in copies:
            page = article.fact_check_url or pages.get(article.id or 0)
            copies[article.id] = replace(article, fact_check_url=page)
        out.append((copies[article.id], claim))
    return out


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
    # Another organisation's review (import-reviews) is kept and shown, never
    # exported under our name; writing our own verdict or explanation makes it ours.
    provenance = repo.review_provenance(store, [c.id for _a, c in items if c.id is not None])
    others = {
        c.id: provenance[c.id]["reviewed_by"]
        for _a, c in items
        if c.id in provenance and provenance[c.id]["reviewed_by"]
    }
    items = [(a, c) for a, c in items if c.id not in others]
    if not items and others:
        raise InputError(
            "export",
            f"nothing to export: the reviews in scope are other organisations' "
            f"({', '.join(sorted(set(others.values())))})",
        )
    if not items:
        raise NothingToExportError(article_id, status)
    scale = repo.rating_scale(store)
    pub = publisher(store)
    warnings: list[Problem] = _needs_review(items, status)
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
    for claim_id, organisation in others.items():
        warnings.append(
            Problem(
                claim_id,
                "author",
                f"claim {claim_id}: reviewed by {organisation}, not by us: not exported "
                "(write your own verdict or explanation to make it yours)",
                "warning",
                "other-organisation",
                {"organisation": organisation},
            )
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
    items = _with_pages(store, items)
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


def _needs_review(items: list[tuple[Article, Claim]], status: str) -> list[Problem]:
    """Claims whose article changed under their verdict and that nobody checked since.

    Such a claim keeps the words that were reviewed (its quote), and only
    those are exported, without offsets (io.claimreview writes a position
    only where the text there is the quote). What goes to publishers
    (`--status published`) must not carry a verdict on a text nobody looked
    at again: the export is refused, naming each claim; otherwise each is a
    warning.
    """
    from annotator.io.claimreview import ERROR, WARNING, ExportError, Problem

    severity = ERROR if status == "published" else WARNING
    problems = [
        Problem(
            claim.id,
            "anchor",
            f"claim {claim.id}: anchor: needs review: the article changed since the claim was "
            f"reviewed (now article {article.id}) and the claim's place in it is only a "
            "proposal: check it (in the window: Accept or Reject the new place)"
            + ("" if severity == ERROR else "; exported with the reviewed quote and no position"),
            severity,
            "needs-review",
            {"article": article.id},
        )
        for article, claim in items
        if claim.anchor == NEEDS_REVIEW
    ]
    if severity == ERROR and problems:
        raise ExportError(problems)
    return problems


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
