"""Google's ClaimReview rules, checked before any export: errors block, warnings inform."""

from __future__ import annotations

import pytest

from annotator.domain import Article, Claim, Review, Source, default_scale
from annotator.io.claimreview import (
    ExportError,
    Problem,
    Publisher,
    preflight,
    to_claimreview_xml,
    to_jsonld,
)


def article(**changes) -> Article:
    values = dict(
        title="Palantir et la DGSI : le contrat renouvelé",
        body="Oussama Ben Laden, tué par un commando américain en 2001 après des années.",
        url="https://www.example.fr/palantir-dgsi",
        published="2019-11",
        fact_check_url="https://factcheck.example.org/palantir-dgsi",
        id=12,
    )
    values.update(changes)
    return Article(**values)


def claim(claim_id: int = 3, **review_changes) -> Claim:
    review = dict(
        verdict="false",
        explanation="Il a été tué en 2011.",
        correction="2011",
        status="published",
        date_published="2019-11-20",
    )
    review.update(review_changes)
    return Claim(
        article_id=12,
        exact="tué par un commando américain en 2001",
        start=19,
        end=56,
        claimant="Jean Dupont",
        claim_date="2019-11-19",
        review=Review(**review),
        sources=[Source(url="https://www.britannica.com/event/killing-of-Osama-bin-Laden")],
        id=claim_id,
    )


def publisher(**changes) -> Publisher:
    values = dict(
        name="Vérif'Exemple",
        url="https://factcheck.example.org/",
        logo="https://factcheck.example.org/logo.png",
        base_url="https://factcheck.example.org",
        language="fr",
    )
    values.update(changes)
    return Publisher(**values)


def check(a: Article | None = None, c: Claim | None = None, p: Publisher | None = None):
    return preflight([(a or article(), c or claim())], default_scale(), p or publisher())


def only(problems: list[Problem], severity: str) -> list[tuple[int | None, str]]:
    return [(x.claim_id, x.field) for x in problems if x.severity == severity]


def test_a_complete_review_has_no_problem():
    assert check() == []


# --- required: errors ---------------------------------------------------------------


def test_no_fact_check_page_is_an_error_on_url():
    problems = check(article(fact_check_url=None), p=publisher(base_url=None))
    assert only(problems, "error") == [(3, "url")]
    assert problems[0].message.startswith("claim 3: url: ")


def test_an_unsaved_claim_has_no_url():
    problems = check(c=claim(claim_id=None))
    assert only(problems, "error") == [(None, "url")]
    assert "unsaved claim" in problems[0].message


def test_an_empty_claim_reviewed_is_an_error():
    c = claim()
    c.exact = "  \n "
    problems = check(c=c)
    assert only(problems, "error") == [(3, "claimReviewed")]
    assert "claim 3" in problems[0].message and "claimReviewed" in problems[0].message


def test_a_claim_reviewed_of_control_characters_only_is_empty():
    c = claim()
    c.exact = "\x00\x01"
    assert only(check(c=c), "error") == [(3, "claimReviewed")]


def test_no_verdict_is_an_error_on_the_rating():
    problems = check(c=claim(verdict=None))
    assert only(problems, "error") == [(3, "reviewRating.alternateName")]
    assert problems[0].message.startswith("claim 3: reviewRating.alternateName: ")


def test_an_unknown_verdict_is_an_error():
    assert only(check(c=claim(verdict="pants-on-fire")), "error") == [
        (3, "reviewRating.alternateName")
    ]


def test_two_items_with_one_review_url_are_an_error():
    a = article()
    problems = preflight([(a, claim()), (a, claim())], default_scale(), publisher())
    assert only(problems, "error") == [(3, "url")]


# --- recommended: warnings ------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda a, c, p: setattr(p, "name", None), "author"),
        (lambda a, c, p: setattr(c.review, "date_published", None), "datePublished"),
        (lambda a, c, p: setattr(c, "claimant", "  "), "itemReviewed.author"),
        (lambda a, c, p: setattr(c, "claim_date", None), "itemReviewed.datePublished"),
        (lambda a, c, p: setattr(a, "url", None), "itemReviewed.appearance"),
        (lambda a, c, p: setattr(c.review, "verdict", "unproven"), "reviewRating.ratingValue"),
        (lambda a, c, p: setattr(c.review, "claim_reviewed", "x" * 76), "claimReviewed"),
        (
            lambda a, c, p: setattr(c.review, "claim_reviewed", "Faux : tué en 2001"),
            "claimReviewed",
        ),
        (
            lambda a, c, p: setattr(c.review, "claim_reviewed", "Ben Laden killed in 2001 (false)"),
            "claimReviewed",
        ),
    ],
)
def test_a_missed_recommendation_is_a_warning(change, field):
    a, c, p = article(), claim(), publisher()
    change(a, c, p)
    problems = check(a, c, p)
    assert only(problems, "error") == []
    warned = only(problems, "warning")
    assert len(warned) == 1 and warned[0][1] == field
    assert field in problems[0].message
    # a warning never blocks the export
    assert to_claimreview_xml([(a, c)], default_scale(), p)


def test_75_characters_are_fine():
    assert check(c=claim(claim_reviewed="x" * 75)) == []


def test_a_publisher_warning_is_given_once_not_per_claim():
    a = article()
    problems = preflight(
        [(a, claim(1)), (a, claim(2)), (a, claim(3))], default_scale(), publisher(name=None)
    )
    assert only(problems, "warning") == [(None, "author")]


def test_a_scale_without_range_warns():
    from annotator.domain.rating import Rating, RatingScale

    scale = RatingScale([Rating("false", 1, {"fr": "Faux"}), Rating("true", 1, {"fr": "Vrai"})])
    problems = preflight([(article(), claim())], scale, publisher())
    assert only(problems, "warning") == [(3, "reviewRating.bestRating")]


# --- dates and URLs -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda a, c, p: setattr(c.review, "date_published", "20/11/2019"), "datePublished"),
        (lambda a, c, p: setattr(c, "claim_date", "hier"), "itemReviewed.datePublished"),
        (
            lambda a, c, p: setattr(a, "published", "Nov 2019"),
            "itemReviewed.appearance.datePublished",
        ),
        (lambda a, c, p: setattr(c.sources[0], "date", "2011-13-02"), "citation.datePublished"),
        (lambda a, c, p: setattr(c.sources[0], "url", "javascript:alert(1)"), "citation.url"),
        (lambda a, c, p: setattr(c.sources[0], "url", "ftp://example.org/x"), "citation.url"),
        (lambda a, c, p: setattr(a, "url", "file:///etc/passwd"), "itemReviewed.appearance.url"),
        (lambda a, c, p: setattr(a, "fact_check_url", "factcheck.example.org/x"), "url"),
        (lambda a, c, p: setattr(c.review, "status", "archived"), "status"),
    ],
)
def test_bad_dates_and_urls_are_errors_naming_the_field(change, field):
    a, c, p = article(), claim(), publisher()
    change(a, c, p)
    problems = check(a, c, p)
    assert only(problems, "error") == [(3, field)]
    error = next(x for x in problems if x.severity == "error")
    assert error.message.startswith(f"claim 3: {field}: ")


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda p: setattr(p, "url", "javascript:alert(1)"), "author.url"),
        (lambda p: setattr(p, "logo", "data:image/png;base64,AAAA"), "author.logo"),
        (lambda p: setattr(p, "language", "français"), "inLanguage"),
    ],
)
def test_bad_publisher_settings_are_errors(change, field):
    p = publisher()
    change(p)
    problems = check(p=p)
    assert only(problems, "error") == [(None, field)]
    assert problems[0].message.startswith(f"publisher: {field}: ")


# --- errors block every format --------------------------------------------------------


@pytest.mark.parametrize("export", [to_claimreview_xml, to_jsonld])
def test_an_error_raises_export_error_and_returns_nothing(export):
    a = article(fact_check_url=None)
    items = [(a, claim(1, verdict=None)), (a, claim(2)), (a, claim(4, claim_reviewed=None))]
    items[2][1].exact = " "
    items[1][1].claimant = None  # a warning: kept in .problems, not in the message
    result = None
    with pytest.raises(ExportError) as caught:
        result = export(items, default_scale(), publisher(base_url=None))
    assert result is None
    error = caught.value
    lines = str(error).splitlines()
    assert lines == [p.message for p in error.problems if p.severity == "error"]
    assert [(p.claim_id, p.field) for p in error.errors] == [
        (1, "url"),
        (1, "reviewRating.alternateName"),
        (2, "url"),
        (4, "url"),
        (4, "claimReviewed"),
    ]
    for line, problem in zip(lines, error.errors, strict=True):
        assert f"claim {problem.claim_id}" in line and problem.field in line
    assert (2, "itemReviewed.author") in [(p.claim_id, p.field) for p in error.problems]


def test_export_error_is_a_user_error():
    from annotator.errors import UserError

    assert issubclass(ExportError, UserError)
