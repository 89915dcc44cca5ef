"""Organisation settings and the rating scale."""

from __future__ import annotations

from annotator.domain.rating import Rating, RatingScale
from annotator.store.base import Store


def rating_scale(store: Store) -> RatingScale:
    rows = list(
        store.query(
            "SELECT s.name, r.* FROM ratings r JOIN rating_scales s ON s.id = r.scale_id"
            " WHERE s.id = (SELECT min(id) FROM rating_scales) ORDER BY r.position"
        )
    )
    ratings = [
        Rating(
            key=r["key"],
            value=r["value"],
            labels={"fr": r["label_fr"], "en": r["label_en"]},
            color=r["color"],
        )
        for r in rows
    ]
    return RatingScale(ratings, name=rows[0]["name"] if rows else "default")


def get_setting(store: Store, key: str) -> str | None:
    row = store.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def all_settings(store: Store) -> dict[str, str]:
    return dict(store.execute("SELECT key, value FROM settings").fetchall())


def set_setting(store: Store, key: str, value: str | None) -> None:
    if value is None:
        store.execute("DELETE FROM settings WHERE key = ?", (key,))
    else:
        store.execute(
            "INSERT INTO settings(key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )
