"""The article list pane: search, filters, cards, the count, other checks a search found."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.errors import UserError
from annotator.services import browse, finder
from annotator.services.browse import NO_CLAIMS, NO_VERDICT, ArticleFilter
from annotator.services.changes import Changes
from annotator.services.workspace import Store
from annotator.ui import messages
from annotator.ui.articlecards import ArticleCardDelegate, ArticleTable
from annotator.ui.models import ID_ROLE, MARK_CLOSE, MARK_OPEN, ArticleListModel
from annotator.ui.searchhits import ReviewHitsPanel
from annotator.ui.terms import Terms, short_words

SEARCH_DELAY_MS = 250  # typing in the search field: searched after this pause


class ArticleListPane(QWidget):
    """Lists the articles (a search's, best first, or all, newest first) and says which
    one the user chose; `shown()` is the article the window shows, kept selected."""

    article_chosen = Signal(int)
    search_finished = Signal(object)  # Findings, or None for the whole list
    error_message = Signal(str)
    status_message = Signal(str)
    context_menu_requested = Signal(int, QPoint)  # an article's id, where (global)

    def __init__(self, terms: Terms, shown: Callable[[], int | None]):
        super().__init__()
        self.setObjectName("articlePane")
        self._terms = terms
        self._shown = shown
        self._store: Store | None = None
        self._syncing = False  # selected by the program: not the user's choice
        self._query = ""  # the search the list shows
        self._findings: finder.Findings | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)

        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.search = QLineEdit()
        self.search.setObjectName("searchField")
        self.search.setClearButtonEnabled(True)
        self.search.setAcceptDrops(False)  # a dropped file is imported, not typed in here
        self.verdict_filter = QComboBox()
        self.verdict_filter.setObjectName("verdictFilter")
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        for combo in (self.verdict_filter, self.status_filter):
            # Narrow when the window is: the list gives way to the article.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(3)
        self.mine_filter = QToolButton()  # "mes articles": those given to this login
        self.mine_filter.setObjectName("myArticlesFilter")
        self.mine_filter.setCheckable(True)
        self.mine_filter.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.mine_filter.setAutoRaise(True)
        self._me: str | None = None
        self.model = ArticleListModel(terms.labels, self)
        # A table of one column of cards, not a QListView: a list view lays out
        # every row (a call into the Python model per row: 100,000 articles stall
        # the window at each reload), a table only the rows it shows.
        self.table = table = ArticleTable()
        table.setObjectName("articleList")
        table.setModel(self.model)
        for column in (ArticleListModel.DATE, ArticleListModel.CLAIMS, ArticleListModel.STATUS):
            table.setColumnHidden(column, True)
        table.horizontalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        table.setCornerButtonEnabled(False)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._cards = ArticleCardDelegate(self.model, terms, self)
        table.setItemDelegate(self._cards)
        table.verticalHeader().setDefaultSectionSize(self._cards.card_height(table.fontMetrics()))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setMouseTracking(True)
        self.count = QLabel()
        self.count.setObjectName("articleCount")
        self.review_hits = ReviewHitsPanel(terms.style_for_label)

        filters = QHBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(self.verdict_filter, 1)
        filters.addWidget(self.status_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 6)
        layout.setSpacing(6)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.mine_filter)
        layout.addLayout(heading)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(table, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.review_hits)

        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(lambda: self.run_search())
        self.verdict_filter.currentIndexChanged.connect(self._on_filters_changed)
        self.status_filter.currentIndexChanged.connect(self._on_filters_changed)
        self.mine_filter.toggled.connect(self._on_filters_changed)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._on_table_context_menu)
        selection = table.selectionModel()
        selection.currentRowChanged.connect(self._on_table_current_row_changed)
        selection.selectionChanged.connect(self._on_table_selection_changed)
        self.model.modelReset.connect(self._show_count)
        self.review_hits.status_message.connect(self.status_message)

    @property
    def query(self) -> str:
        """The search the list shows ('' for the whole list)."""
        return self._query

    def set_store(self, store: Store | None) -> None:
        """Another database (None: closed): the whole list, or the search run again."""
        self._store = store
        self._me = store.user if store is not None else None
        self._findings = None
        self.model.set_store(store)
        self.review_hits.set_hits([])
        if self._query and store is not None:
            self.run_search(force=True)

    def stop(self) -> None:
        self._search_timer.stop()

    def retranslate(self) -> None:
        self.title.setText(self.tr("ARTICLES"))
        self.search.setPlaceholderText(self.tr("Search articles, claims, reviews (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search articles"))
        self.table.setAccessibleName(self.tr("Articles"))
        self.verdict_filter.setAccessibleName(self.tr("Filter by verdict"))
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.mine_filter.setText(self.tr("Mine"))
        self.mine_filter.setToolTip(self.tr("Only the articles given to me to check"))
        self.fill_filters()
        self.review_hits.retranslate()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        self._show_count()

    def fill_filters(self) -> None:
        """The verdicts of the scale and the statuses, the choices kept."""
        terms = self._terms
        verdict = self.verdict_filter.currentData()
        status = self.status_filter.currentData()
        self.verdict_filter.blockSignals(True)
        self.status_filter.blockSignals(True)
        try:
            self.verdict_filter.clear()
            self.verdict_filter.addItem(self.tr("All verdicts"), None)
            for rating in terms.scale.ratings:
                self.verdict_filter.addItem(
                    terms.styles.icon(rating.key), rating.label(terms.language), rating.key
                )
            self.verdict_filter.addItem(
                terms.styles.icon(None), self.tr("No verdict yet"), NO_VERDICT
            )
            self.status_filter.clear()
            self.status_filter.addItem(self.tr("All statuses"), None)
            for key in ("draft", "in-review", "published"):
                self.status_filter.addItem(terms.status_label(key), key)
            self.status_filter.addItem(self.tr("No claims yet"), NO_CLAIMS)
            self.verdict_filter.setCurrentIndex(max(self.verdict_filter.findData(verdict), 0))
            self.status_filter.setCurrentIndex(max(self.status_filter.findData(status), 0))
        finally:
            self.verdict_filter.blockSignals(False)
            self.status_filter.blockSignals(False)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- searching and filtering -------------------------------------------------

    def _list_filter(self) -> ArticleFilter:
        """The verdict and status filters (the search's words go through `finder`)."""
        return ArticleFilter(
            verdict=self.verdict_filter.currentData(), status=self.status_filter.currentData(),
            assigned_to=self._me if self.mine_filter.isChecked() else None,
        )  # fmt: skip

    def _on_filters_changed(self, *_args: object) -> None:
        self.model.set_filter(self._list_filter())
        self.reselect()

    def _on_search_text_changed(self, _text: str) -> None:
        if self.search.isModified():  # typed: searched once the typing pauses
            self._search_timer.start()
        else:  # set by the program (or a test): at once
            self.run_search()

    def run_search(self, *, force: bool = False) -> None:
        """List the articles matching the search field best first (matched through their
        claims too), with other fact-checkers' reviews below; empty: the whole list."""
        self._search_timer.stop()
        query = self.search.text().strip()
        if (query == self._query and not force) or self._store is None:
            return
        try:
            found = finder.find(self._store, query, mark=(MARK_OPEN, MARK_CLOSE)) if query else None
        except UserError as exc:
            self.error_message.emit(messages.Texts().store_error(exc) or str(exc))
            return
        self._query, self._findings = query, found
        self.model.set_ranked(
            found.articles if found else None, self._list_filter(), query if found else ""
        )
        # Cards show the passage each hit matched while searching.
        self.table.verticalHeader().setDefaultSectionSize(
            self._cards.card_height(self.table.fontMetrics(), with_snippet=found is not None)
        )
        self.review_hits.set_hits(found.reviews if found else [])
        self.reselect()
        self._show_count()
        self.search_finished.emit(found)

    def _show_count(self) -> None:
        count = self.model.rowCount()
        flt = self.model.filter
        text = self.tr("%n article(s)", "", count)
        if not flt.is_empty() or self.model.ranked:
            text = self.tr("%n article(s) match", "", count)
        nothing = ""
        if count == 0 and self._query:
            nothing = self.tr("No results for “{}”").format(short_words(self._query, 60))
            if not flt.is_empty():
                nothing += "\n" + self.tr("(with the verdict and status filters)")
            text = nothing.replace("\n", " ")
        self.table.set_placeholder_text(nothing)
        if self._findings is not None and self._findings.truncated:
            text += " " + self.tr("(the best {} shown)").format(finder.ARTICLE_LIMIT)
        self.count.setText(text)

    # --- the list and its selection ----------------------------------------------

    def reload(self) -> None:
        """The list read again (a search run again): after an import."""
        if self._query:
            self.run_search(force=True)
        else:
            self.model.reload()

    def reload_in_place(self) -> None:
        """Read again because another desk changed the list: the selection and the
        scroll position stay where the user left them."""
        bar = self.table.verticalScrollBar()
        position = bar.value()
        self.reload()
        shown = self._shown()
        row = self.model.row_of(shown) if shown is not None else -1
        if row >= 0:
            self._syncing = True
            try:
                self.table.setCurrentIndex(self.model.index(row, 0))
            finally:
                self._syncing = False
        bar.setValue(position)

    def refresh(self, changes: Changes, _reveal: int | None = None) -> None:
        """Re-read the rows of the articles an edit changed (claim counts, status)."""
        self.model.refresh(changes.articles)

    def show_imported(self, article_ids: set[int]) -> None:
        """The list read again, the first of the imported articles selected."""
        self.reload()
        shown = self._shown()
        # The imported article listed first: one query, not a position per article.
        first = (
            browse.first_listed(self._store, article_ids, self.model.filter)
            if self._store is not None
            else None
        )
        row = self.model.row_of(first) if first is not None else -1
        if row >= 0:
            self.select_row(row)
        elif shown is not None:
            self.reselect()
        else:
            self.select_row(0)

    def reselect(self) -> None:
        """Keep the article shown selected when it is still listed; none shown: the first."""
        shown = self._shown()
        if shown is None:
            self.select_row(0)
        else:
            self.select_quietly(shown)

    def select_quietly(self, article_id: int) -> None:
        """Select an article's row, if it is listed, without it counting as a choice."""
        row = self.model.row_of(article_id)
        if row < 0:
            return
        self._syncing = True
        try:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.scrollTo(self.model.index(row, 0))
        finally:
            self._syncing = False

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, 0))

    def _on_table_context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if index.isValid():
            self.context_menu_requested.emit(
                index.data(ID_ROLE), self.table.viewport().mapToGlobal(position)
            )

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._syncing and current.isValid():
            self.article_chosen.emit(current.data(ID_ROLE))

    def _on_table_selection_changed(self, selected: QItemSelection, _d: QItemSelection) -> None:
        # A test or a tool may select a row without moving the current index.
        indexes = selected.indexes()
        if not self._syncing and indexes:
            self.article_chosen.emit(indexes[0].data(ID_ROLE))
