"""ClaimReview export: Google's rules, then RDF/XML (XSD-validated), JSON-LD or HTML snippets."""

from __future__ import annotations

import dataclasses
import functools
import json
import re
import threading
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urldefrag

from lxml import etree

from annotator import resources
from annotator.domain.model import STATUSES, Article, Claim
from annotator.domain.rating import Rating, RatingScale
from annotator.domain.text import (
    InvalidURLError,
    check_http_url,
    date_problem,
    is_iso_date,
    slugify,
    strip_xml_illegal,
)
from annotator.errors import UserError
from annotator.io.xmlsafe import UnsafeXMLError, parse_untrusted

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
SCHEMA = "http://schema.org/"
OA = "http://www.w3.org/ns/oa#"
ANN = "urn:annotator:ns#"
NSMAP = {"rdf": RDF, "schema": SCHEMA, "oa": OA, "ann": ANN}

XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
SCHEMA_DATE = SCHEMA + "Date"

CLAIM_REVIEWED_MAX = 75  # Google: "about 75 characters"

ERROR, WARNING = "error", "warning"

# How schema.org's JSON-LD context (https://schema.org, the file
# schemaorgcontext.jsonld of each release) defines the terms we emit with a
# type: url and logo are IRIs, datePublished is typed schema:Date; every other
# term we use has no coercion. The XML carries the same datatypes
# (rdf:resource / rdf:datatype) so that both describe one graph.
CONTEXT_COERCION = {"url": "@id", "logo": "@id", "datePublished": SCHEMA_DATE}


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


# --- preparing reviews ------------------------------------------------------------


@dataclass(slots=True)
class _Review:
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
) -> tuple[list[_Review], list[Problem], tuple[str | None, str | None, str | None]]:
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
    reviews: list[_Review] = []
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
            _Review(
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


def _prepared_or_raise(
    items: list[tuple[Article, Claim]],
    scale: RatingScale,
    publisher: Publisher,
    warnings: list[Problem] | None = None,
) -> tuple[list[_Review], tuple[str | None, str | None, str | None]]:
    reviews, problems, org = _prepare(items, scale, publisher)
    if any(p.severity == ERROR for p in problems):
        raise ExportError(problems)
    if warnings is not None:
        warnings.extend(problems)
    return reviews, org


def prepared_reviews(
    items: list[tuple[Article, Claim]],
    scale: RatingScale,
    publisher: Publisher,
    warnings: list[Problem] | None = None,
) -> tuple[list[_Review], tuple[str | None, str | None, str | None]]:
    """Every review checked and cleaned for writing, one per item and in order, with
    the organisation's (name, url, logo); raises ExportError like the exporters.

    Other export formats (Web Annotation) start here, so that they apply the
    same rules and never carry a character that XML forbids.
    """
    return _prepared_or_raise(items, scale, publisher, warnings)


# --- RDF/XML ---------------------------------------------------------------------


def _q(ns: str, name: str) -> str:
    return f"{{{ns}}}{name}"


_ABOUT, _RESOURCE, _DATATYPE = _q(RDF, "about"), _q(RDF, "resource"), _q(RDF, "datatype")


def _names(ns: str, names: str) -> dict[str, str]:
    return {name: _q(ns, name) for name in names.split()}


_S = _names(
    SCHEMA,
    "ClaimReview url claimReviewed reviewRating Rating ratingValue bestRating worstRating "
    "alternateName itemReviewed Claim author Person Organization name datePublished "
    "appearance CreativeWork inLanguage reviewBody citation publisher logo",
)
_W = _names(
    OA,
    "SpecificResource hasSource hasSelector TextQuoteSelector exact prefix suffix "
    "TextPositionSelector start end",
)
_A = _names(ANN, "anchor correction status quote")
_DATE_ATTRIB = {_DATATYPE: SCHEMA_DATE}
_INT_ATTRIB = {_DATATYPE: XSD_INTEGER}


def _build_tree(
    reviews: list[_Review], org: tuple[str | None, str | None, str | None]
) -> etree._Element:
    sub = etree.SubElement
    # Short names keep the shape of the tree readable below.
    S, W, A = _S, _W, _A
    org_name, org_url, org_logo = org
    root = etree.Element(_q(RDF, "RDF"), nsmap=NSMAP)

    for r in reviews:
        node = sub(root, S["ClaimReview"], {_ABOUT: r.url})
        sub(node, S["url"], {_RESOURCE: r.url})
        sub(node, S["claimReviewed"]).text = r.claim_reviewed

        rating = sub(sub(node, S["reviewRating"]), S["Rating"])
        if r.rating_value is not None:
            sub(rating, S["ratingValue"], _INT_ATTRIB).text = str(r.rating_value)
        if r.best is not None and r.worst is not None:
            sub(rating, S["bestRating"], _INT_ATTRIB).text = str(r.best)
            sub(rating, S["worstRating"], _INT_ATTRIB).text = str(r.worst)
        sub(rating, S["alternateName"]).text = r.label

        claim = sub(sub(node, S["itemReviewed"]), S["Claim"])
        if r.claimant is not None:
            sub(sub(sub(claim, S["author"]), S["Person"]), S["name"]).text = r.claimant
        if r.claim_date is not None:
            sub(claim, S["datePublished"], _DATE_ATTRIB).text = r.claim_date
        if r.appearance_url is not None or r.appearance_name is not None:
            work = sub(sub(claim, S["appearance"]), S["CreativeWork"])
            if r.appearance_url is not None:
                sub(work, S["url"], {_RESOURCE: r.appearance_url})
            if r.appearance_name is not None:
                sub(work, S["name"]).text = r.appearance_name
            if r.appearance_date is not None:
                sub(work, S["datePublished"], _DATE_ATTRIB).text = r.appearance_date
        if r.exact is not None or r.start is not None:
            target = sub(sub(claim, A["anchor"]), W["SpecificResource"])
            if r.appearance_url is not None:
                sub(target, W["hasSource"], {_RESOURCE: r.appearance_url})
            if r.exact is not None:
                quote = sub(sub(target, W["hasSelector"]), W["TextQuoteSelector"])
                sub(quote, W["exact"]).text = r.exact
                if r.prefix is not None:
                    sub(quote, W["prefix"]).text = r.prefix
                if r.suffix is not None:
                    sub(quote, W["suffix"]).text = r.suffix
            if r.start is not None and r.end is not None:
                position = sub(sub(target, W["hasSelector"]), W["TextPositionSelector"])
                sub(position, W["start"], _INT_ATTRIB).text = str(r.start)
                sub(position, W["end"], _INT_ATTRIB).text = str(r.end)

        if org_name is not None or org_url is not None or org_logo is not None:
            author = sub(sub(node, S["author"]), S["Organization"])
            if org_name is not None:
                sub(author, S["name"]).text = org_name
            if org_url is not None:
                sub(author, S["url"], {_RESOURCE: org_url})
            if org_logo is not None:
                sub(author, S["logo"], {_RESOURCE: org_logo})
        if r.date_published is not None:
            sub(node, S["datePublished"], _DATE_ATTRIB).text = r.date_published
        if r.language is not None:
            sub(node, S["inLanguage"]).text = r.language
        if r.body is not None:
            sub(node, S["reviewBody"]).text = r.body
        for url, name, publisher, date, quote_text in r.citations:
            work = sub(sub(node, S["citation"]), S["CreativeWork"])
            sub(work, S["url"], {_RESOURCE: url})
            if name is not None:
                sub(work, S["name"]).text = name
            if publisher is not None:
                sub(sub(sub(work, S["publisher"]), S["Organization"]), S["name"]).text = publisher
            if date is not None:
                sub(work, S["datePublished"], _DATE_ATTRIB).text = date
            if quote_text is not None:
                sub(work, A["quote"]).text = quote_text
        if r.correction is not None:
            sub(node, A["correction"]).text = r.correction
        if r.status is not None:
            sub(node, A["status"]).text = r.status
    return root


# An XMLSchema keeps the errors of its last run in .error_log: exports run in
# worker threads, so each validation holds the schema until its log is read.
_SCHEMA_LOCK = threading.Lock()


@functools.cache
def _schema() -> etree.XMLSchema:
    """resources/claimreview.xsd and the files it imports, compiled once."""
    path = resources.path("claimreview.xsd")
    parser = etree.XMLParser(
        no_network=True, resolve_entities=False, load_dtd=False, huge_tree=False
    )
    # Parsed from its path so that the relative schemaLocations resolve.
    return etree.XMLSchema(etree.parse(str(path), parser))


_CLARK = re.compile(r"\{([^}]*)\}")
_PREFIXES = {ns: prefix for prefix, ns in NSMAP.items()}


def _readable(message: str) -> str:
    """'{http://schema.org/}url' -> 'schema:url' in libxml2's messages."""
    return _CLARK.sub(
        lambda m: f"{_PREFIXES[m.group(1)]}:" if m.group(1) in _PREFIXES else m.group(0), message
    )


def validate_claimreview_xml(data: bytes, name: str = "<data>") -> list[str]:
    """Check ClaimReview XML against resources/claimreview.xsd: [] if valid.

    Otherwise messages "name:LINE: message". Malformed XML and any DOCTYPE are
    reported too; entities are never expanded and nothing is fetched.
    """
    try:
        tree = parse_untrusted(data)
    except UnsafeXMLError as exc:
        return [f"{name}:{exc.line}: {exc.message}"]
    root = tree.getroot()
    if root.tag != _q(RDF, "RDF"):
        return [
            f"{name}:{root.sourceline or 1}: the root element must be rdf:RDF "
            f"({RDF}RDF), not {_readable(str(root.tag))}"
        ]
    schema = _schema()
    with _SCHEMA_LOCK:
        if not schema.validate(tree):
            return [f"{name}:{e.line}: {_readable(e.message)}" for e in schema.error_log]
    # What a pattern cannot say: 29 February exists in leap years only.
    return [
        f"{name}:{node.sourceline}: {_readable(str(node.tag))}: {date_problem(node.text or '')}"
        for node in root.iter()
        if node.get(_DATATYPE) == SCHEMA_DATE and date_problem(node.text or "")
    ]


def _xsd_problems(data: bytes) -> list[Problem]:
    """The XSD's complaints about our own output, each tied to its review if possible."""
    tree = parse_untrusted(data)
    starts = []
    for node in tree.getroot().iterchildren(_S["ClaimReview"]):
        about = node.get(_ABOUT) or ""
        match = re.search(r"#claim-(\d+)$", about)
        starts.append((node.sourceline or 0, int(match.group(1)) if match else None))
    lines = [line for line, _ in starts]
    schema = _schema()
    with _SCHEMA_LOCK:
        schema.validate(tree)
        entries = list(schema.error_log)
    problems = []
    for entry in entries:
        at = bisect_right(lines, entry.line) - 1
        claim_id = starts[at][1] if at >= 0 else None
        element = re.search(r"Element '(?:\{[^}]*\})?([^']+)'", entry.message)
        field_name = element.group(1) if element else "xml"
        who = f"claim {claim_id}" if claim_id is not None else "export"
        problems.append(
            Problem(
                claim_id,
                field_name,
                f"{who}: {field_name}: the XML breaks the ClaimReview profile "
                f"(line {entry.line}): {_readable(entry.message)}",
                ERROR,
                "schema",
                {"line": entry.line},
            )
        )
    return problems


def _valid(root: etree._Element) -> bool:
    schema = _schema()
    with _SCHEMA_LOCK:
        return bool(schema.validate(root.getroottree()))


def _serialize(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def to_claimreview_xml(
    items: list[tuple[Article, Claim]],
    scale: RatingScale,
    publisher: Publisher,
    warnings: list[Problem] | None = None,
) -> bytes:
    """ClaimReview as RDF/XML, validated against resources/claimreview.xsd.

    Raises ExportError when a required field is missing or the result breaks
    the XSD; never returns a half-valid document. The preflight's warnings
    are appended to `warnings` when given (the checks run once).
    """
    reviews, org = _prepared_or_raise(items, scale, publisher, warnings)
    root = _build_tree(reviews, org)
    data = _serialize(root)
    # Validating the tree in memory skips a re-parse; the bytes are parsed
    # again only to give line numbers when something is wrong.
    if not _valid(root):
        raise ExportError(
            _xsd_problems(data) or [Problem(None, "xml", "export: invalid XML", ERROR)]
        )
    return data


# --- JSON-LD -----------------------------------------------------------------------


def _key(tag: str) -> str:
    ns, _, local = tag[1:].partition("}")
    return local if ns == SCHEMA else ns + local


def _node_json(node: etree._Element) -> dict:
    ns, _, local = node.tag[1:].partition("}")
    out: dict = {"@type": local if ns == SCHEMA else ns + local}
    about = node.get(_ABOUT)
    if about is not None:
        out["@id"] = about
    for prop in node:
        key = _key(prop.tag)
        value: object
        resource = prop.get(_RESOURCE)
        coercion = CONTEXT_COERCION.get(key)
        if resource is not None:
            value = resource if coercion == "@id" else {"@id": resource}
        elif len(prop):
            value = _node_json(prop[0])
        else:
            text = prop.text or ""
            datatype = prop.get(_DATATYPE)
            if datatype is None:
                value = text if coercion is None else {"@value": text}
            elif datatype == coercion:
                value = text
            elif datatype == XSD_INTEGER:
                value = int(text)
            else:
                value = {"@value": text, "@type": datatype}
        if key in out:
            if not isinstance(out[key], list):
                out[key] = [out[key]]
            out[key].append(value)
        else:
            out[key] = value
    return out


def to_jsonld(
    items: list[tuple[Article, Claim]],
    scale: RatingScale,
    publisher: Publisher,
    warnings: list[Problem] | None = None,
) -> str:
    """ClaimReview as JSON-LD with "@context": "https://schema.org": the XML's graph.

    One review gives one object, several an "@graph". Raises ExportError like
    to_claimreview_xml. "<" is written as \\u003c so the text can sit in a
    <script> element as it is.
    """
    reviews, org = _prepared_or_raise(items, scale, publisher, warnings)
    return _jsonld_text(reviews, org)


def _jsonld_text(reviews: list[_Review], org: tuple[str | None, str | None, str | None]) -> str:
    root = _build_tree(reviews, org)
    # The JSON is derived from the validated XML tree, so both formats carry
    # one graph by construction and the XSD guards the JSON-LD too.
    if not _valid(root):
        raise ExportError(_xsd_problems(_serialize(root)))
    nodes = [_node_json(node) for node in root]
    if len(nodes) == 1:
        document = {"@context": "https://schema.org", **nodes[0]}
    else:
        document = {"@context": "https://schema.org", "@graph": nodes}
    return script_safe_json(document)


def script_safe_json(document: object) -> str:
    """Indented JSON that can sit inside an HTML <script> element as it is.

    "<" is written \\u003c, so neither "</script>" nor "<!--" can appear; U+2028
    and U+2029 are escaped for older JavaScript parsers.
    """
    text = json.dumps(document, ensure_ascii=False, indent=2)
    text = text.replace("<", "\\u003c").replace("\u2028", "\\u2028")
    return text.replace("\u2029", "\\u2029") + "\n"


# --- HTML snippet ------------------------------------------------------------------


def _comment_safe(text: str) -> str:
    """Text that cannot end or break an HTML comment (no "--", no ">")."""
    return re.sub(r"-(?=-)", "%2D", text).replace(">", "%3E")


def to_html_snippets(
    items: list[tuple[Article, Claim]],
    scale: RatingScale,
    publisher: Publisher,
    warnings: list[Problem] | None = None,
) -> str:
    """Per article, a ready `<script type="application/ld+json">` with its reviews.

    Each snippet goes in that article's fact-check page; its JSON-LD is the
    same graph as the XML export of those reviews. Raises ExportError like
    to_claimreview_xml, before anything is produced.
    """
    reviews, org = _prepared_or_raise(items, scale, publisher, warnings)
    groups: dict[int | None, list[_Review]] = {}
    pages: dict[int | None, str] = {}
    for (article, _claim), review in zip(items, reviews, strict=True):
        groups.setdefault(article.id, []).append(review)
        pages.setdefault(article.id, urldefrag(review.url).url)
    parts = []
    for article_id, group in groups.items():
        what = f"article {article_id}" if article_id is not None else "an article"
        parts.append(
            f"<!-- ClaimReview of {what}, for {_comment_safe(pages[article_id])} -->\n"
            '<script type="application/ld+json">\n'
            f"{_jsonld_text(group, org)}"
            "</script>\n"
        )
    return "\n".join(parts)
