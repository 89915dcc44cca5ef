"""Choosing another database: the open and new file pickers, and the recent ones."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from annotator.ui import i18n


class DatabaseChooser(QObject):
    """Asks which database to open; `chosen(path, create)` says it. `current()` is the
    location of the database open now."""

    chosen = Signal(str, bool)  # path, create it
    refused = Signal(str)  # why a choice cannot be taken

    def __init__(self, window: QWidget, current: Callable[[], str]):
        super().__init__(window)
        self._window = window
        self._current = current

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Open a database"), str(Path(self._current()).parent),
            self.tr("Annotator databases (*.db *.sqlite *.annotator);;All files (*)"),
        )  # fmt: skip
        if path:
            self.chosen.emit(path, False)

    def new_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("New database"),
            str(Path(self._current()).parent / "annotations.db"),
            self.tr("Annotator databases (*.db)"),
        )  # fmt: skip
        if path:
            if Path(path).exists() and Path(path).stat().st_size > 0:
                self.refused.emit(self.tr("{} already exists; open it instead.").format(path))
                return
            self.chosen.emit(path, True)

    def fill_recent_menu(self, menu: QMenu) -> None:
        """The databases opened last, newest first; the one open now greyed."""
        menu.clear()
        for path in i18n.recent_databases():
            action = menu.addAction(path)
            action.setEnabled(path != self._current() and Path(path).exists())
            action.triggered.connect(lambda _c=False, p=path: self.chosen.emit(p, False))
        if menu.isEmpty():
            menu.addAction(self.tr("(none)")).setEnabled(False)
