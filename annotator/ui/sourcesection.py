"""The inspector's sources: the claim's sources in a table, and the buttons that act on them."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.model import Source
from annotator.ui.models import Labels, SourcesTableModel


class SourcesSection(QWidget):
    """The sources of the claim shown, and Add, Edit, Remove and Open. What the user asks
    of them is said as signals (an edit becomes an undoable command elsewhere); the
    texts are set by the inspector, in its translation context."""

    add_requested = Signal()
    edit_requested = Signal(int)  # row of the source (-1: the selected one)
    remove_requested = Signal()

    def __init__(self, labels: Labels):
        super().__init__()
        self.model = SourcesTableModel(labels, self)
        self.table = QTableView()
        self.table.setObjectName("sourcesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setMinimumHeight(110)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(self._on_double_clicked)

        self.add_button = QToolButton()
        self.edit_button = QToolButton()
        self.remove_button = QToolButton()
        self.open_button = QToolButton()
        for button in (self.add_button, self.edit_button, self.remove_button, self.open_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAutoRaise(False)
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(-1))
        self.remove_button.clicked.connect(self.remove_requested)
        self.open_button.clicked.connect(lambda: self.open_source())
        self._lay_out()

    def _lay_out(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("fieldLabel")
        # The title and Add, then what acts on the selected source, above the table:
        # the title and four buttons on one row made the pane too wide for a small window.
        bar = QHBoxLayout()
        bar.setSpacing(4)
        bar.addWidget(self.title, 1)
        bar.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        buttons.addStretch(1)
        for button in (self.edit_button, self.remove_button, self.open_button):
            buttons.addWidget(button)
        # Spaced as the rest of the inspector's body, which this section continues.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(bar)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return rows[0].row()
        current = self.table.currentIndex()
        return current.row() if current.isValid() else -1

    def update_buttons(self, *, locked: bool) -> None:
        """Edit and Remove for a selected source the user may change; Open for any."""
        has = self.model.source(self.selected_row()) is not None
        self.edit_button.setEnabled(has and not locked)
        self.remove_button.setEnabled(has and not locked)
        self.open_button.setEnabled(has)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.column() == 0:
            self.open_source(index.row())
        else:
            self.edit_requested.emit(index.row())

    def source(self, row: int | None = None) -> Source | None:
        """A source of the claim shown (the selected one by default)."""
        return self.model.source(self.selected_row() if row is None else row)

    def open_source(self, row: int | None = None) -> None:
        source = self.source(row)
        if source is not None:
            # Only http(s) URLs are ever stored, so this opens a web page and nothing else.
            QDesktopServices.openUrl(QUrl(source.url))
