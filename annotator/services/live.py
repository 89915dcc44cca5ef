"""What other desks changed, as it happens: PostgreSQL's notifications (LISTEN/NOTIFY)
on a newsroom's database, SQLite's data_version on a desk's file. Nothing polls tables."""

from __future__ import annotations

import json

from annotator.services.changes import Changes
from annotator.store import Store


class Feed:
    """Changes made by others since the last `poll()`; `poll` never waits."""

    def __init__(self, store: Store):
        self.store = store
        self._listener = store.listen()
        self._own_session = store.session_id  # what this desk's own connection did it knows
        self._version = store.data_version() if self._listener is None else None

    def poll(self) -> Changes:
        """What changed elsewhere (empty: nothing). On SQLite only that the file changed."""
        if self._listener is None:
            now = self.store.data_version()
            changed = now != self._version
            self._version = now
            return Changes(unknown=changed)
        found = Changes()
        for payload in self._listener.payloads():
            try:
                event = json.loads(payload)
            except ValueError:
                continue
            if event.get("pid") is not None and event.get("pid") == self._own_session:
                continue
            found.by.add(str(event.get("by") or ""))
            article = event.get("article_id")
            if article is not None:
                found.articles.add(int(article))
            if event.get("table") == "articles" and event.get("op") != "update":
                found.unknown = True  # articles came or went: the lists are read again
            if event.get("table") == "claims":
                target = found.removed_claims if event.get("op") == "delete" else found.claims
                target.add(int(event["id"]))
        return found

    def close(self) -> None:
        if self._listener is not None:
            self._listener.close()
            self._listener = None
