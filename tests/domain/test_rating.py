"""The default rating scale: DESIGN.md's table, higher = truer, labels in two languages."""

import pytest

from annotator.domain.rating import Rating, RatingScale, UnknownVerdictError, default_scale


def test_default_scale_is_designs_table():
    scale = default_scale()
    assert [(r.key, r.value, r.label("fr"), r.label("en")) for r in scale.ratings] == [
        ("true", 5, "Vrai", "True"),
        ("mostly-true", 4, "Plutôt vrai", "Mostly true"),
        ("mixed", 3, "Mitigé", "Mixed"),
        ("mostly-false", 2, "Plutôt faux", "Mostly false"),
        ("false", 1, "Faux", "False"),
        ("unproven", None, "Invérifiable", "Unproven"),
    ]
    assert (scale.best, scale.worst) == (5, 1)


@pytest.mark.parametrize(
    "name, key",
    [
        ("Faux", "false"),
        ("faux", "false"),
        ("FALSE", "false"),
        ("false", "false"),
        ("Plutot vrai", "mostly-true"),
        ("Invérifiable", "unproven"),
        ("mostly-false", "mostly-false"),
    ],
)
def test_lookup_by_key_or_label_in_either_language(name, key):
    assert default_scale().lookup(name).key == key


def test_unknown_verdict_lists_the_known_ones():
    with pytest.raises(UnknownVerdictError, match="Faux"):
        default_scale().lookup("Pinocchio")


def test_scale_refuses_values_below_one_and_duplicate_keys():
    with pytest.raises(ValueError):
        RatingScale([Rating("a", 0)])
    with pytest.raises(ValueError):
        RatingScale([Rating("a", 1), Rating("a", 2)])


def test_json_round_trip():
    scale = default_scale()
    again = RatingScale.from_json(scale.to_json())
    assert [(r.key, r.value, r.labels, r.color) for r in again.ratings] == [
        (r.key, r.value, r.labels, r.color) for r in scale.ratings
    ]
