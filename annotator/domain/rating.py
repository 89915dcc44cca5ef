"""Rating scales: verdict keys, their numbers (higher = truer) and labels."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field

from annotator.errors import UserError


@dataclass(frozen=True)
class Rating:
    key: str
    value: int | None  # None: no number (e.g. unproven)
    labels: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    color: str = "#999999"

    def label(self, language: str = "fr") -> str:
        return self.labels.get(language) or self.labels.get("en") or self.key


class UnknownVerdictError(UserError, ValueError):
    """The user named a verdict that is not on the scale."""


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold().strip())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass
class RatingScale:
    """An ordered list of ratings; `best`/`worst` come from the numbered ones."""

    ratings: list[Rating]
    name: str = "default"

    def __post_init__(self) -> None:
        keys = [r.key for r in self.ratings]
        if len(set(keys)) != len(keys):
            raise ValueError("rating keys must be unique")
        values = [r.value for r in self.ratings if r.value is not None]
        if values and min(values) < 1:
            raise ValueError("ratingValue must be at least 1 (Google's rule)")

    @property
    def best(self) -> int | None:
        values = [r.value for r in self.ratings if r.value is not None]
        return max(values) if values else None

    @property
    def worst(self) -> int | None:
        values = [r.value for r in self.ratings if r.value is not None]
        return min(values) if values else None

    def get(self, key: str) -> Rating:
        for rating in self.ratings:
            if rating.key == key:
                return rating
        raise UnknownVerdictError(f"unknown verdict {key!r}")

    def keys(self) -> list[str]:
        return [r.key for r in self.ratings]

    def lookup(self, name: str) -> Rating:
        """Find a rating by key or by a label in any language ('Faux' = 'false')."""
        wanted = _fold(name)
        for rating in self.ratings:
            if _fold(rating.key) == wanted:
                return rating
        for rating in self.ratings:
            if any(_fold(label) == wanted for label in rating.labels.values()):
                return rating
        known = ", ".join(f"{r.key} ({r.label('fr')})" for r in self.ratings)
        raise UnknownVerdictError(f"unknown verdict {name!r}; known verdicts: {known}")

    def by_value(self, value: int) -> Rating | None:
        for rating in self.ratings:
            if rating.value == value:
                return rating
        return None

    def to_json(self) -> dict:
        return {
            "name": self.name,
            "ratings": [
                {"key": r.key, "value": r.value, "labels": dict(r.labels), "color": r.color}
                for r in self.ratings
            ],
        }

    @classmethod
    def from_json(cls, data: dict) -> RatingScale:
        ratings = [
            Rating(
                key=str(item["key"]),
                value=None if item.get("value") is None else int(item["value"]),
                labels={str(k): str(v) for k, v in (item.get("labels") or {}).items()},
                color=str(item.get("color") or "#999999"),
            )
            for item in data["ratings"]
        ]
        return cls(ratings, name=str(data.get("name") or "default"))


def default_scale() -> RatingScale:
    """The scale shipped in resources/rating-scale.json (DESIGN.md's table)."""
    from annotator import resources

    return RatingScale.from_json(json.loads(resources.read_text("rating-scale.json")))
