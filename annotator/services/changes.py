"""What a write changed, so that each view refreshes just that."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Changes:
    """What a write changed, so a view can refresh just that."""

    articles: set[int] = field(default_factory=set)
    claims: set[int] = field(default_factory=set)
    removed_claims: set[int] = field(default_factory=set)
    settings: bool = False
    # Made by another desk or process (live updates): who, when known; and whether it
    # is unknown what changed (SQLite says only "the file changed"): then a view
    # refreshes what it shows.
    by: set[str] = field(default_factory=set)
    unknown: bool = False
    # Claim id -> the revision this write left it at, read inside the write: the
    # revision to make the next edit from. (Read after the commit, it could already be
    # someone else's, and an edit made from it would go over their change unseen.)
    revisions: dict[int, int] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(
            self.articles or self.claims or self.removed_claims or self.settings or self.unknown
        )

    def merge(self, other: Changes) -> Changes:
        self.articles |= other.articles
        self.claims |= other.claims
        self.removed_claims |= other.removed_claims
        self.settings = self.settings or other.settings
        self.by |= other.by
        self.unknown = self.unknown or other.unknown
        self.revisions.update(other.revisions)
        return self
