"""Choosing another database: the open and new file pickers, a newsroom's shared database,
and the recent ones."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu

from annotator.errors import UserError
from annotator.services.workspace import Workspace, is_shared, open_workspace, shared_label
from annotator.ui import i18n, messages
from annotator.ui.jobs import Job
from annotator.ui.shareddb import ConnectingDialog, SharedDatabaseDialog, SharedPasswordDialog

# What the server says when a password is missing or wrong (StoreError.kind).
PASSWORD_REFUSED = "login-refused"


class _Attempt:
    """One connection being made in the background, and the dialog waiting for it (None
    for a recent database opened straight away)."""

    def __init__(self, job: Job, dialog: ConnectingDialog | None):
        self.job = job
        self.dialog = dialog
        self.abandoned = False  # the dialog was cancelled: the connection is closed once made
        self.workspace: Workspace | None = None  # once made


class DatabaseChooser(QObject):
    """Asks which database to open; `chosen(path, create)` says a file, `opened(workspace)`
    a shared database already connected (in the background: a server that does not
    answer takes seconds). `current()` is the location of the database open now."""

    chosen = Signal(str, bool)  # path, create it
    opened = Signal(object)  # a Workspace on a shared database, open
    refused = Signal(str)  # why a choice cannot be taken

    def __init__(self, window: QMainWindow, current: Callable[[], str]):
        super().__init__(window)
        self._window = window
        self._current = current
        self._attempts: list[_Attempt] = []

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Open a database"), self._folder(),
            self.tr("Annotator databases (*.db *.sqlite *.annotator);;All files (*)"),
        )  # fmt: skip
        if path:
            self.chosen.emit(path, False)

    def new_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("New database"),
            str(Path(self._folder()) / "annotations.db"),
            self.tr("Annotator databases (*.db)"),
        )  # fmt: skip
        if path:
            if Path(path).exists() and Path(path).stat().st_size > 0:
                self.refused.emit(self.tr("{} already exists; open it instead.").format(path))
                return
            self.chosen.emit(path, True)

    def _folder(self) -> str:
        current = self._current()
        return "" if is_shared(current) else str(Path(current).parent)

    # --- a newsroom's shared database ----------------------------------------------------

    def shared_dialog(self) -> SharedDatabaseDialog:
        """Fichier → Ouvrir une base partagée… : the fields filled from the last shared
        database opened, the password empty."""
        last = next((p for p in i18n.recent_databases() if is_shared(p)), None)
        dialog = SharedDatabaseDialog(self._window, last)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda address, password: self._connect(address, password, dialog))
        dialog.open()
        return dialog

    def open_shared(self, address: str) -> None:
        """A recent shared database: connected as it is (a password from the
        environment, or none needed); the server asks for one, a prompt asks the user."""
        self._connect(address, "", None)

    def _connect(self, address: str, password: str, dialog: ConnectingDialog | None) -> None:
        if any(a.dialog is dialog and not a.abandoned for a in self._attempts):
            return  # already connecting for this dialog
        label = shared_label(address)

        def work(_progress: object) -> Workspace:
            attempt.workspace = open_workspace(address, password=password or None)
            return attempt.workspace

        job = Job(work, self)
        attempt = _Attempt(job, dialog)
        self._attempts.append(attempt)
        job.finished.connect(lambda workspace: self._on_connected(attempt, workspace))
        job.failed.connect(lambda error: self._on_refused(attempt, address, error))
        if dialog is not None:
            dialog.rejected.connect(lambda: setattr(attempt, "abandoned", True))
            dialog.set_busy(True, self.tr("Connecting to {}…").format(label))
        else:
            self._window.setCursor(Qt.CursorShape.BusyCursor)
            self._window.statusBar().showMessage(self.tr("Connecting to {}…").format(label))
        job.start()

    def _ended(self, attempt: _Attempt) -> None:
        if attempt in self._attempts:
            self._attempts.remove(attempt)
        attempt.job.deleteLater()  # and with it the password its work was given
        if attempt.dialog is None:
            self._window.unsetCursor()
            self._window.statusBar().clearMessage()

    def _on_connected(self, attempt: _Attempt, workspace: Workspace) -> None:
        self._ended(attempt)
        if attempt.abandoned:
            workspace.close()
            return
        if attempt.dialog is not None:
            attempt.dialog.accept()
        self.opened.emit(workspace)

    def _on_refused(self, attempt: _Attempt, address: str, error: UserError) -> None:
        self._ended(attempt)
        if attempt.abandoned:
            return
        text = messages.Texts().store_error(error) or str(error)
        refused_login = getattr(error, "kind", "") == PASSWORD_REFUSED
        dialog = attempt.dialog
        if dialog is not None:
            dialog.show_error(text, clear_password=refused_login)
        elif refused_login:
            self._ask_password(address)
        else:
            self.refused.emit(text)

    def _ask_password(self, address: str) -> SharedPasswordDialog:
        prompt = SharedPasswordDialog(self._window, shared_label(address))
        prompt.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        prompt.submitted.connect(lambda password: self._connect(address, password, prompt))
        prompt.open()
        return prompt

    def stop(self) -> None:
        """The window closes: wait for a connection being made, and close it once made."""
        for attempt in list(self._attempts):
            attempt.abandoned = True
            attempt.job.wait()
            if attempt.workspace is not None:
                attempt.workspace.close()  # its `finished` may never be delivered now

    # --- recent ------------------------------------------------------------------------------

    def fill_recent_menu(self, menu: QMenu) -> None:
        """The databases opened last, newest first; the one open now greyed, and a file
        that is gone. A shared database is named by its address (never a password)."""
        menu.clear()
        current = self._current()
        for path in i18n.recent_databases():
            action = menu.addAction(path)
            if is_shared(path):
                action.setEnabled(path != current)
                action.triggered.connect(lambda _c=False, p=path: self.open_shared(p))
            else:
                action.setEnabled(path != current and Path(path).exists())
                action.triggered.connect(lambda _c=False, p=path: self.chosen.emit(p, False))
        if menu.isEmpty():
            menu.addAction(self.tr("(none)")).setEnabled(False)
