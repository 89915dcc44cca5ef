"""The others on a shared database: what they change as it happens, who has which
article, what this login may do. On a desk's own file the same code runs: changes made
by another process on the file are picked up, and everyone is an editor."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from annotator.errors import UserError
from annotator.services import people
from annotator.services.changes import Changes
from annotator.services.live import Feed
from annotator.services.workspace import Workspace
from annotator.ui.notices import Notices

# DESIGN.md: a desk sees what others change within 2 seconds. The check is cheap (the
# notifications already on the socket, or SQLite's data_version), never a table read.
LIVE_INTERVAL_MS = 1000


class TeamDesk(QObject):
    """Watches the workspace for other desks' changes (`changed_elsewhere`), gives
    articles to people (`assigned`), and knows what this login may do (`capabilities`)."""

    changed_elsewhere = Signal(object)  # Changes another desk made
    assigned = Signal(object)  # Changes of an assignment made here
    capabilities_changed = Signal(object)  # people.Capabilities

    def __init__(self, window: QWidget, workspace: Callable[[], Workspace], notices: Notices):
        super().__init__(window)
        self._window = window
        self._workspace = workspace
        self._notices = notices
        self._feed: Feed | None = None
        self.capabilities = people.Capabilities("", publish=True, settings=True)
        self._timer = QTimer(self)
        self._timer.setObjectName("liveTimer")
        self._timer.setInterval(LIVE_INTERVAL_MS)
        self._timer.timeout.connect(self.poll)

    # --- the workspace ---------------------------------------------------------------

    def attach(self) -> None:
        """A workspace was opened: watch it, and learn what this login may do there."""
        self.detach()
        store = self._workspace().store
        try:
            self.capabilities = people.capabilities(store)
            self._feed = Feed(store)
        except UserError as exc:
            self._notices.status(str(exc))
        self.capabilities_changed.emit(self.capabilities)
        if self._feed is not None:
            self._timer.start()

    def detach(self) -> None:
        self._timer.stop()
        if self._feed is not None:
            feed, self._feed = self._feed, None
            with contextlib.suppress(UserError):  # the connection was lost already
                feed.close()

    def poll(self) -> Changes:
        """What other desks changed since the last look (also called when the window
        comes back to the front); the panes refresh from `changed_elsewhere`."""
        if self._feed is None:
            return Changes()
        try:
            changes = self._feed.poll()
        except UserError as exc:
            self.detach()
            self._notices.error(str(exc))
            return Changes()
        if changes:
            self.changed_elsewhere.emit(changes)
        return changes

    # --- assignment ------------------------------------------------------------------

    def fill_assign_menu(self, menu: QMenu, article_id: int, assignee: str | None) -> None:
        """Me, the others, nobody, someone else…: the one with the article checked."""
        menu.clear()
        store = self._workspace().store
        me = store.user
        try:
            names = [n for n in people.people(store) if n != me]
        except UserError:
            names = []
        group = QActionGroup(menu)
        choices: list[tuple[str, str | None]] = [(self.tr("Me ({})").format(me), me)]
        choices += [(name, name) for name in names]
        if assignee and assignee != me and assignee not in names:
            choices.append((assignee, assignee))
        for text, name in choices:
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(name == assignee)
            action.setActionGroup(group)
            action.triggered.connect(lambda _c=False, n=name: self.assign(article_id, n))
        menu.addSeparator()
        nobody = menu.addAction(self.tr("Nobody"))
        nobody.setCheckable(True)
        nobody.setChecked(assignee is None)
        nobody.setActionGroup(group)
        nobody.triggered.connect(lambda: self.assign(article_id, None))
        other = menu.addAction(self.tr("Someone else…"))
        other.triggered.connect(lambda: self._ask_assignee(article_id))

    def _ask_assignee(self, article_id: int) -> None:
        name, ok = QInputDialog.getText(
            self._window, self.tr("Give the article to"), self.tr("Login name:")
        )
        if ok and name.strip():
            self.assign(article_id, name.strip())

    def assign(self, article_id: int, user: str | None) -> bool:
        """Give an article to someone (None: to nobody); said in the status bar."""
        store = self._workspace().store
        try:
            changes = people.assign(store, article_id=article_id, user=user or "-")
        except UserError as exc:
            self._notices.failure(exc)
            return False
        if user:
            self._notices.status(self.tr("The article is now {}’s to check.").format(user))
        else:
            self._notices.status(self.tr("Nobody has the article now."))
        self.assigned.emit(changes)
        return True
