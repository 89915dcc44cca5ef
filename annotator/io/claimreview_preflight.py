"""Google's ClaimReview rules, checked before any export: the problems, and the reviews cleaned."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urldefrag

from annotator.domain.model import STATUSES, Article, Claim
from annotator.domain.rating import Rating, RatingScale
from annotator.domain.text import (
    InvalidURLError,
    check_http_url,
    is_iso_date,
    slugify,
    strip_xml_illegal,
)
from annotator.errors import UserError

CLAIM_REVIEWED_MAX = 75  # Google: "about 75 characters"

ERROR, WARNING = "error", "warning"


@dataclass
class Publisher:
    """The fact-checking organisation: ClaimReview's `author`."""

    name: str | None = None
    url: str | None = None
    logo: str | None = None
    base_url: str | None = None  # settings factcheck.base_url: derives fact-check page URLs
    language: str | None = None  # settings language (e.g. "fr"): the reviews' inLanguage


@dataclass
class Problem:
    """One thing wrong with a review: an error blocks the export, a warning does not.

    `message` is the command line's English sentence; `kind` and `detail` say the
    same for a program that words it itself (the window, in its language).
    """

    claim_id: int | None
    field: str  # the ClaimReview field, e.g. "url", "reviewRating.alternateName"
    message: str  # names the claim: "claim 3: ..."
    severity: str  # "error" or "warning"
    # "missing", "invalid", "too-long", "contains-verdict", "duplicate", "unsaved",
    # "off-scale", "no-label", "no-number", "bad-scale", "not-exported", "placeholder"...
    kind: str = ""
    # The value, a length, a count... (`field` here would be the attribute above.)
    detail: dict[str, Any] = dataclasses.field(default_factory=dict)


class ExportError(UserError):
    """The reviews cannot be exported; nothing was produced.

    `problems` holds every problem found (errors first, then warnings);
    str() lists the errors, one per line, each naming the claim and the field.
    """

    def __init__(self, problems: list[Problem]):
        errors = [p for p in problems if p.severity == ERROR]
        warnings = [p for p in problems if p.severity != ERROR]
        self.problems = errors + warnings
        super().__init__("\n".join(p.message for p in errors) or "export failed")

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]


@dataclass(slots=True)
class PreparedReview:
    """One review with every value checked and cleaned, ready to write."""

    url: str
    claim_reviewed: str
    label: str
    rating_value: int | None
    best: int | None
    worst: int | None
    claimant: str | None
    claim_date: str | None
    appearance_url: str | None
    appearance_name: str | None
    appearance_date: str | None
    exact: str | None
    prefix: str | None
    suffix: str | None
    start: int | None
    end: int | None
    date_published: str | None
    language: str | None
    body: str | None
    correction: str | None
    status: str | None
    citations: list[tuple[str, str | None, str | None, str | None, str | None]] = field(
        default_factory=list
    )
    verdict: str | None = None  # the rating key (the Web Annotation export names it)


def _clean(value: str | None) -> str | None:
    """Text without XML-illegal characters; None when nothing visible is left."""
    if not value:
        return None
    value = strip_xml_illegal(value)
    return value if value.strip() else None


def _clean_line(value: str | None) -> str | None:
    value = _clean(value)
    return value.strip() if value is not None else None


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _label(rating: Rating, language: str | None) -> str:
    if language:
        primary = language.split("-")[0].lower()
        found = rating.labels.get(language) or rating.labels.get(primary)
        if found:
            return found
    return rating.label("en")


_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")


def review_url(article: Article, claim: Claim, publisher: Publisher) -> str | None:
    """The review's URL: the article's fact-check page plus `#claim-<id>`.

    The page is the article's own fact-check URL, else the publisher's base URL
    and a slug of the title. None when neither is known or the claim has no id.
    """
    page = (article.fact_check_url or "").strip()
    if not page:
        base = (publisher.base_url or "").strip()
        if not base:
            return None
        page = base.rstrip("/") + "/" + slugify(article.title or "")
    if claim.id is None:
        return None
    return f"{urldefrag(page).url}#claim-{claim.id}"


class _Checker:
    """Collects problems for one claim, each message naming the claim and field."""

    def __init__(
        self,
        problems: list[Problem],
        claim: Claim,
        article: Article,
        url_cache: dict[str, str | None],
    ):
        self.problems = problems
        self.url_cache = url_cache
        self.claim_id = claim.id
        if claim.id is not None:
            self.who = f"claim {claim.id}"
        else:
            self.who = f"an unsaved claim of article {article.id}"
        self.failed = False

    def error(self, field_name: str, text: str, kind: str = "", **detail: Any) -> None:
        self.failed = True
        self.problems.append(
            Problem(
                self.claim_id, field_name, f"{self.who}: {field_name}: {text}", ERROR, kind, detail
            )
        )

    def warn(self, field_name: str, text: str, kind: str = "", **detail: Any) -> None:
        self.problems.append(
            Problem(
                self.claim_id,
                field_name,
                f"{self.who}: {field_name}: {text}",
                WARNING,
                kind,
                detail,
            )
        )

    def url(self, field_name: str, value: str | None, what: str, **detail: Any) -> str | None:
        value = (value or "").strip()
        if not value:
            return None
        # Claims of one article share its URLs: check each address once.
        if value not in self.url_cache:
            try:
                self.url_cache[value] = check_http_url(value, field_name)
            except InvalidURLError:
                self.url_cache[value] = None
        checked = self.url_cache[value]
        if checked is None:
            self.error(
                field_name,
                f"{what} must be an absolute http(s) URL, not {value!r}",
                "invalid",
                value=value,
                **detail,
            )
        return checked

    def date(self, field_name: str, value: str | None, what: str, **detail: Any) -> str | None:
        value = (value or "").strip()
        if not value:
            return None
        if not is_iso_date(value):
            self.error(
                field_name,
                f"{what} must be an ISO date (YYYY, YYYY-MM, YYYY-MM-DD or a date-time), "
                f"not {value!r}",
                "invalid",
                value=value,
                **detail,
            )
            return None
        return value


def _publisher_values(
    publisher: Publisher, problems: list[Problem]
) -> tuple[str | None, str | None, str | None, str | None]:
    """Name, URL, logo and language of the publisher, checked once for all reviews."""

    def report(field_name: str, text: str, severity: str, kind: str, **detail: Any) -> None:
        problems.append(
            Problem(None, field_name, f"publisher: {field_name}: {text}", severity, kind, detail)
        )

    name = _clean_line(publisher.name)
    if name is None:
        report(
            "author",
            "no organisation name (recommended); set it with: "
            "annotator settings publisher.name NAME",
            WARNING,
            "missing",
        )
    checked: list[str | None] = []
    for field_name, value, key in (
        ("author.url", publisher.url, "publisher.url"),
        ("author.logo", publisher.logo, "publisher.logo"),
    ):
        value = (value or "").strip()
        if not value:
            checked.append(None)
            continue
        try:
            checked.append(check_http_url(value, field_name))
        except InvalidURLError:
            report(
                field_name,
                f"settings {key} must be an absolute http(s) URL, not {value!r}",
                ERROR,
                "invalid",
                value=value,
            )
            checked.append(None)
    language = (publisher.language or "").strip() or None
    if language is not None and not _LANGUAGE.match(language):
        report(
            "inLanguage",
            f"settings language is not a language tag: {language!r}",
            ERROR,
            "invalid",
            value=language,
        )
        language = None
    return name, checked[0], checked[1], language


def _rating_limits(scale: RatingScale) -> tuple[int | None, int | None, str | None]:
    best, worst = scale.best, scale.worst
    if best is None or worst is None:
        return None, None, "the rating scale has no numbers"
    if worst < 1:
        return None, None, f"worstRating must be at least 1, not {worst}"
    if best <= worst:
        return None, None, f"bestRating ({best}) must be greater than worstRating ({worst})"
    return best, worst, None


def _prepare(
    items: list[tuple[Article, Claim]], scale: RatingScale, publisher: Publisher
) -> tuple[list[PreparedReview], list[Problem], tuple[str | None, str | None, str | None]]:
    problems: list[Problem] = []
    org_name, org_url, org_logo, pub_language = _publisher_values(publisher, problems)
    ratings = {r.key: r for r in scale.ratings}
    verdict_words = {
        r.key: [
            (word, re.compile(r"(?<!\w)" + re.escape(_fold(word)) + r"(?!\w)"))
            for word in dict.fromkeys([*r.labels.values(), r.label("en")])
            if word.strip()
        ]
        for r in scale.ratings
    }
    url_cache: dict[str, str | None] = {}
    best, worst, limits_problem = _rating_limits(scale)
    reviews: list[PreparedReview] = []
    seen_urls: dict[str, int | None] = {}

    for article, claim in items:
        check = _Checker(problems, claim, article, url_cache)
        review = claim.review

        url = review_url(article, claim, publisher)
        if url is None:
            if claim.id is None:
                check.error("url", "the claim has no id yet (save it before exporting)", "unsaved")
            else:
                check.error(
                    "url",
                    "no fact-check page URL: set the article's fact-check URL, or "
                    "annotator settings factcheck.base_url URL",
                    "missing",
                )
        else:
            url = check.url("url", url, "the fact-check page URL")
            if url is not None:
                if url in seen_urls:
                    check.error(
                        "url",
                        f"{url} is already the URL of another review in this export",
                        "duplicate",
                        value=url,
                    )
                    url = None
                else:
                    seen_urls[url] = claim.id

        claim_reviewed = _clean(claim.reviewed_text)
        if claim_reviewed is not None:
            claim_reviewed = claim_reviewed.strip()
        if not claim_reviewed:
            check.error("claimReviewed", "empty: write a short restatement of the claim", "missing")
        elif len(claim_reviewed) > CLAIM_REVIEWED_MAX:
            check.warn(
                "claimReviewed",
                f"{len(claim_reviewed)} characters; Google recommends about "
                f"{CLAIM_REVIEWED_MAX}: write a shorter restatement",
                "too-long",
                length=len(claim_reviewed),
                limit=CLAIM_REVIEWED_MAX,
            )

        rating = ratings.get(review.verdict) if review.verdict else None
        language = pub_language
        if language is None and article.language and _LANGUAGE.match(article.language.strip()):
            language = article.language.strip()
        label = None
        if not review.verdict:
            check.error(
                "reviewRating.alternateName",
                "no verdict: rate the claim before exporting",
                "missing",
            )
        elif rating is None:
            check.error(
                "reviewRating.alternateName",
                f"verdict {review.verdict!r} is not on the rating scale ({', '.join(ratings)})",
                "off-scale",
                value=review.verdict,
            )
        else:
            label = _clean_line(_label(rating, language))
            if label is None:
                check.error(
                    "reviewRating.alternateName",
                    f"verdict {rating.key!r} has no label",
                    "no-label",
                    value=rating.key,
                )
            elif claim_reviewed:
                folded = _fold(claim_reviewed)
                for word, pattern in verdict_words[rating.key]:
                    if pattern.search(folded):
                        check.warn(
                            "claimReviewed",
                            f"contains the verdict {word!r}; claimReviewed states the claim, "
                            "never the verdict",
                            "contains-verdict",
                            value=word,
                        )
                        break
            if rating.value is None:
                check.warn(
                    "reviewRating.ratingValue",
                    f"verdict {rating.key!r} has no number on the scale; only its name is exported",
                    "no-number",
                    value=rating.key,
                )
            elif limits_problem:
                check.warn("reviewRating.bestRating", limits_problem, "bad-scale")

        claimant = _clean_line(claim.claimant)
        if claimant is None:
            check.warn("itemReviewed.author", "no claimant: who made the claim?", "missing")
        claim_date = check.date("itemReviewed.datePublished", claim.claim_date, "the claim date")
        if claim_date is None and not (claim.claim_date or "").strip():
            check.warn(
                "itemReviewed.datePublished", "no claim date: when was the claim made?", "missing"
            )

        appearance_url = check.url("itemReviewed.appearance.url", article.url, "the article's URL")
        if appearance_url is None and not (article.url or "").strip():
            check.warn(
                "itemReviewed.appearance",
                "the article has no URL: where did the claim appear?",
                "missing",
            )
        appearance_date = check.date(
            "itemReviewed.appearance.datePublished", article.published, "the article's date"
        )

        date_published = check.date(
            "datePublished", review.date_published, "the review's publication date"
        )
        if date_published is None and not (review.date_published or "").strip():
            check.warn("datePublished", "no publication date for the review", "missing")

        status = review.status or None
        if status is not None and status not in STATUSES:
            check.error(
                "status",
                f"unknown status {status!r} (one of {', '.join(STATUSES)})",
                "invalid",
                value=status,
            )

        citations = []
        for number, source in enumerate(claim.sources, start=1):
            source_url = check.url(
                "citation.url", source.url, f"source {number}'s URL", number=number
            )
            if source_url is None and not (source.url or "").strip():
                check.error("citation.url", f"source {number} has no URL", "missing", number=number)
            source_date = check.date(
                "citation.datePublished", source.date, f"source {number}'s date", number=number
            )
            citations.append(
                (
                    source_url,
                    _clean_line(source.title),
                    _clean_line(source.publisher),
                    source_date,
                    # Trimmed like every source field on input, so that text
                    # around a removed control character does not come back
                    # different after a round trip.
                    _clean_line(source.quote),
                )
            )

        if check.failed:
            continue
        assert url is not None and claim_reviewed and label is not None and rating is not None
        numbered = rating.value is not None
        exact = _clean(claim.exact)
        # The position selector is written only where the text at those offsets is
        # the quote: a needs-review claim's offsets are a proposal that points at
        # other words than the reviewed ones, and must never contradict them.
        has_span = (
            claim.start is not None
            and claim.end is not None
            and article.body[claim.start : claim.end] == claim.exact
        )
        reviews.append(
            PreparedReview(
                url=url,
                claim_reviewed=claim_reviewed,
                label=label,
                rating_value=rating.value,
                best=best if numbered else None,
                worst=worst if numbered else None,
                claimant=claimant,
                claim_date=claim_date,
                appearance_url=appearance_url,
                appearance_name=_clean_line(article.title),
                appearance_date=appearance_date,
                exact=exact,
                prefix=_clean(claim.prefix) if exact else None,
                suffix=_clean(claim.suffix) if exact else None,
                start=claim.start if has_span else None,
                end=claim.end if has_span else None,
                date_published=date_published,
                language=language,
                body=_clean(review.explanation),
                correction=_clean(review.correction),
                status=status,
                citations=citations,  # type: ignore[arg-type]  # URLs checked above
                verdict=rating.key,
            )
        )
    return reviews, problems, (org_name, org_url, org_logo)


def preflight(
    items: list[tuple[Article, Claim]], scale: RatingScale, publisher: Publisher
) -> list[Problem]:
    """Google's rules for every review: errors (required fields) and warnings."""
    return _prepare(items, scale, publisher)[1]


def prepared_reviews(
    items: list[tuple[Article, Claim]],
    scale: RatingScale,
    publisher: Publisher,
    warnings: list[Problem] | None = None,
) -> tuple[list[PreparedReview], tuple[str | None, str | None, str | None]]:
    """Every review checked and cleaned for writing, one per item and in order, with
    the organisation's (name, url, logo); raises ExportError like the exporters.

    Other export formats (Web Annotation) start here, so that they apply the
    same rules and never carry a character that XML forbids.
    """
    reviews, problems, org = _prepare(items, scale, publisher)
    if any(p.severity == ERROR for p in problems):
        raise ExportError(problems)
    if warnings is not None:
        warnings.extend(problems)
    return reviews, org
