"""The list of the shown article's claims, in text order, above the inspector."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.services.browse import ClaimRow
from annotator.ui.models import ID_ROLE, ClaimListModel
from annotator.ui.terms import Terms


class ClaimListPane(QWidget):
    """A title with the count, and the claims' table; says which claim the user chose."""

    claim_chosen = Signal(int)

    def __init__(self, terms: Terms, parent: QWidget | None = None):
        super().__init__(parent)
        self._syncing = False  # selected by the program: not the user's choice
        self._count = 0
        self.model = ClaimListModel(terms.labels, terms.styles, self)
        self.table = QTableView()
        self.table.setObjectName("claimList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ClaimListModel.QUOTE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 118)
        header.resizeSection(2, 96)
        header.setHighlightSections(False)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        # Its count changes with each article: its width must not lay the window out again.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 8, 4)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)

        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._on_table_current_row_changed)
        selection.selectionChanged.connect(self._on_table_selection_changed)

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Claims in this article"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        self._show_count()

    def set_claims(
        self,
        claims: Sequence[Sequence[Any]],
        load: Callable[[list[int]], list[ClaimRow]] | None = None,
    ) -> None:
        """The claims as ClaimRows, or as briefs with `load(ids)` to read their rows."""
        self._syncing = True
        try:
            self.model.set_claims(claims, load)
        finally:
            self._syncing = False
        self._count = len(claims)
        self._show_count()

    def _show_count(self) -> None:
        count = f"  ·  {self._count}" if self._count else ""
        self.title.setText(self.tr("CLAIMS IN THIS ARTICLE") + count)

    def select(self, claim_id: int | None) -> None:
        """Select a claim's row (None: none), without it counting as the user's choice."""
        self._syncing = True
        try:
            row = self.model.row_of(claim_id)
            if row >= 0:
                self.table.setCurrentIndex(self.model.index(row, 0))
                self.table.scrollTo(self.model.index(row, 0))
            else:  # only if needed: clearing lays the window out again, even when empty
                if self.table.selectionModel().hasSelection():
                    self.table.clearSelection()
                if self.table.currentIndex().isValid():
                    self.table.setCurrentIndex(QModelIndex())
        finally:
            self._syncing = False

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._syncing and current.isValid():
            self.claim_chosen.emit(current.data(ID_ROLE))

    def _on_table_selection_changed(self, selected: QItemSelection, _d: QItemSelection) -> None:
        indexes = selected.indexes()
        if not self._syncing and indexes:
            self.claim_chosen.emit(indexes[0].data(ID_ROLE))
