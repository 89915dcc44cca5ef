"""What the window says: the status bar, messages that never block it, errors in its words."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox

from annotator.domain.text import InvalidURLError
from annotator.errors import UserError
from annotator.services import articles as article_service
from annotator.services import exporting
from annotator.services.claims import ClaimChangedError
from annotator.services.people import NotAllowedError
from annotator.services.workspace import Store
from annotator.ui import messages
from annotator.ui.conflict import when_text


class Notices(QObject):
    """Says things in a main window; remembers the last message shown (for tests)."""

    STATUS_MS = 10_000

    def __init__(self, window: QMainWindow, store: Callable[[], Store]):
        super().__init__(window)
        self._window = window
        self._store = store
        self.last_message: QMessageBox | None = None

    def status(self, message: str) -> None:
        self._window.statusBar().showMessage(message, self.STATUS_MS)

    def error(self, message: str, details: str | None = None) -> None:
        """A user or environment error: said plainly, without blocking the window."""
        self.status(message)
        box = QMessageBox(QMessageBox.Icon.Warning, "Annotator", message, parent=self._window)
        box.setObjectName("errorMessage")
        if details:
            box.setDetailedText(details)
        self.show(box)

    def show(self, box: QMessageBox) -> None:
        """Open a message box without blocking; it deletes itself once closed."""
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_message = box

    def failure(self, error: BaseException) -> None:
        """A job's or an edit's UserError, with an export's problems as details."""
        self.error(self.describe(error), self.details(error))

    def describe(self, error: BaseException) -> str:
        """A user or environment error in the interface language, when we know its kind;
        else its own words."""
        texts = messages.Texts()
        if isinstance(error, exporting.NothingToExportError):
            title = None
            if error.article_id is not None:
                try:
                    title = article_service.get_article(self._store(), error.article_id).title
                except UserError:
                    title = None
            return texts.nothing_to_export(error.status, title)
        problems = getattr(error, "problems", None)
        if problems:
            return texts.export_failed(len([p for p in problems if p.severity == "error"]))
        if isinstance(error, InvalidURLError):
            return texts.invalid_url()
        if isinstance(error, ClaimChangedError):
            when = when_text(error.updated_at, QLocale())
            return texts.claim_changed(error.updated_by, when)
        if isinstance(error, NotAllowedError):
            return texts.not_allowed(error.what)
        return texts.store_error(error) or str(error)

    def details(self, error: BaseException) -> str | None:
        """An export's problems, one a line, as the export dialog words them."""
        problems = list(getattr(error, "problems", None) or [])
        if not problems:
            return None
        ids = [p.claim_id for p in problems if getattr(p, "claim_id", None) is not None]
        try:
            subjects = exporting.problem_subjects(self._store(), ids) if ids else {}
        except UserError:
            subjects = {}
        texts = messages.Texts()
        return "\n".join(messages.describe_problem(p, subjects, texts) for p in problems)
