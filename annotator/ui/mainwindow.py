"""The main window: builds the panes, the controllers and the actions, and wires them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QToolBar

from annotator import __version__
from annotator.domain.model import Source
from annotator.errors import UserError
from annotator.services import anchors
from annotator.services import settings as settings_service
from annotator.services.changes import Changes
from annotator.services.workspace import Store, Workspace, open_workspace
from annotator.ui import i18n
from annotator.ui.actions import ActionTable
from annotator.ui.articlelist import ArticleListPane
from annotator.ui.claimlist import ClaimListPane
from annotator.ui.current import CurrentArticle
from annotator.ui.databases import DatabaseChooser
from annotator.ui.dialogs import ExportDialog, SettingsDialog, SourceDialog
from annotator.ui.edits import EditController
from annotator.ui.inspector import ClaimInspector
from annotator.ui.jobrunner import JobRunner
from annotator.ui.notices import Notices
from annotator.ui.readingpane import ReadingPane
from annotator.ui.team import TeamDesk
from annotator.ui.terms import Terms
from annotator.ui.transfers import Transfers
from annotator.ui.windowlayout import WindowLayout
from annotator.ui.windowsurface import WindowSurface


class MainWindow(WindowSurface, QMainWindow):
    """The annotation desk on one workspace. Every edit is saved at once and goes on the
    undo stack (`edits`); `current` keeps the article shown and its claims in step."""

    article_shown = Signal(int)
    claim_selected = Signal(object)  # claim id or None
    import_finished = Signal(object)  # ImportReport
    reviews_imported = Signal(object)  # ReviewImportReport
    search_finished = Signal(object)  # Findings, or None for the whole list

    def __init__(self, workspace: Workspace, *, language: str = "fr"):
        super().__init__()
        self.setObjectName("mainWindow")
        self.workspace = workspace
        self.language = language
        self._closed = False
        self.last_context_menu: QMenu | None = None  # the article list's, for tests
        self.terms = Terms(settings_service.rating_scale(workspace.store), language, self)
        self.notices = Notices(self, self._store)
        self.action_table = ActionTable(self, language)
        self._build_panes()
        self._build_controllers()
        self._lay_out()
        self.action_table.connect_slots(self)
        self._connect()
        self.setAcceptDrops(True)
        self.retranslate()
        self.window_layout.restore()
        self.article_pane.set_store(workspace.store)
        self.team.attach()
        i18n.remember_database(workspace.location)
        self._update_title()
        self.article_pane.select_row(0)
        self._update_actions()

    def _store(self) -> Store:
        return self.workspace.store

    # --- construction -------------------------------------------------------------

    def _build_panes(self) -> None:
        terms = self.terms
        self.article_pane = ArticleListPane(terms, shown=lambda: self.current.current_article_id())
        self.reading_pane = ReadingPane(terms)
        self.claim_pane = ClaimListPane(terms)
        self.inspector = ClaimInspector(
            terms,
            undo_keys=self.action_table.undo_keys,
            article_body=lambda: self.current.article_body(),
            similar_reviews=lambda text, claim_id: self.current.similar_reviews(text, claim_id),
        )
        # The widgets tests, scripts and the benchmarks reach by name.
        pane = self.article_pane
        self.search, self.verdict_filter, self.status_filter = (
            pane.search, pane.verdict_filter, pane.status_filter,
        )  # fmt: skip
        self.article_model, self.article_list = pane.model, pane.table
        self.article_count, self.review_hits = pane.count, pane.review_hits
        self.view, self.legend = self.reading_pane.view, self.reading_pane.legend
        self.claim_model, self.claim_list = self.claim_pane.model, self.claim_pane.table

    def _build_controllers(self) -> None:
        self.jobs = JobRunner(self, lambda: self.workspace, self.notices.failure)
        self.transfers = Transfers(self, self.jobs, self.notices)
        self.databases = DatabaseChooser(self, lambda: self.workspace.location)
        self.current = CurrentArticle(
            self._store, self.terms, (self.reading_pane, self.claim_pane, self.inspector),
            self.notices, attention=self.article_model.attention,
            search_query=lambda: self.article_pane.query,
            reveal_in_list=self.article_pane.select_quietly,
        )  # fmt: skip
        self.edits = EditController(
            self._store, self.terms, self.notices, article=lambda: self.current.article,
            claim=self.current.current_claim, claim_now=self.current.claim_now,
            selected_span=self.view.selected_span, source=self.inspector.source,
            ask_source=self._ask_source, parent=self,
        )  # fmt: skip
        self.undo_stack = self.edits.undo_stack
        self.team = TeamDesk(self, lambda: self.workspace, self.notices)

    def _ask_source(self, source: Source | None) -> dict[str, Any] | None:
        # Looked up at each call: tests replace SourceDialog.ask.
        return SourceDialog.ask(self) if source is None else SourceDialog.ask(self, source)

    def _lay_out(self) -> None:
        self.window_layout = layout = WindowLayout(
            self, self.article_pane, self.reading_pane, self.claim_pane, self.inspector
        )
        self.main_splitter, self.side_splitter = layout.main_splitter, layout.side_splitter
        self.inspector_title = layout.inspector_title

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.action_table.fill_toolbar(self.toolbar)
        self.addToolBar(self.toolbar)
        self.statusBar().setObjectName("statusBar")
        menus = self.action_table.build_menus(self.menuBar())
        self.file_menu, self.recent_menu = menus["file"], menus["recentMenu"]
        self.view.set_context_actions(self.action_table.context_actions())

        # Delete removes the selected claim where that cannot mean deleting text.
        for widget in (self.claim_list, self.view):
            shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), widget)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.edits.delete_claim)
        targets = {
            "Ctrl+1": self.article_list,
            "Ctrl+2": self.view,
            "Ctrl+3": self.claim_list,
            "Ctrl+4": self.inspector.verdict,
        }
        for key, target in targets.items():
            QShortcut(QKeySequence(key), self).activated.connect(
                lambda target=target: target.setFocus(Qt.FocusReason.ShortcutFocusReason)
            )

    def _connect(self) -> None:
        articles, current, edits, inspector = (
            self.article_pane, self.current, self.edits, self.inspector,
        )  # fmt: skip
        articles.article_chosen.connect(current.show_article)
        articles.search_finished.connect(current.show_search_matches)
        articles.search_finished.connect(self.search_finished)
        articles.error_message.connect(self.notices.error)
        articles.status_message.connect(self.notices.status)
        current.article_shown.connect(self.article_shown)
        current.claim_selected.connect(self.claim_selected)
        current.refreshed.connect(self._update_actions)
        # What an edit changed, to each pane in turn (Anki's operation_did_execute).
        edits.changes_applied.connect(self._on_edits_changes_applied)
        edits.changes_applied.connect(articles.refresh)
        edits.changes_applied.connect(current.apply_changes)
        edits.span_used.connect(self._on_edits_span_used)
        edits.claim_marked.connect(self._on_edits_claim_marked)
        self.action_table.follow(edits.undo_stack)
        inspector.field_edited.connect(edits.edit_claim_field)
        inspector.add_source_requested.connect(edits.add_source)
        inspector.source_edit_requested.connect(edits.edit_source)
        inspector.source_field_edited.connect(edits.edit_source_field)
        inspector.remove_source_requested.connect(edits.remove_source)
        inspector.accept_anchor_requested.connect(edits.accept_anchor)
        inspector.reject_anchor_requested.connect(edits.reject_anchor)
        inspector.anchor_here_requested.connect(edits.anchor_here)
        inspector.claim_requested.connect(current.reveal_claim)
        inspector.status_message.connect(self.notices.status)
        inspector.sources.selectionModel().selectionChanged.connect(self._update_actions)
        self.view.selectionChanged.connect(self._update_actions)
        self.transfers.import_finished.connect(self._on_transfers_import_finished)
        self.transfers.import_failed.connect(lambda _error: self.article_pane.reload())
        self.transfers.reviews_imported.connect(self._on_transfers_reviews_imported)
        self.databases.chosen.connect(lambda path, create: self.open_database(path, create=create))
        self.databases.opened.connect(self.use_workspace)
        self.databases.refused.connect(self.notices.error)
        self.recent_menu.aboutToShow.connect(
            lambda: self.databases.fill_recent_menu(self.recent_menu)
        )
        self.action_table.language_chosen.connect(self.set_language)
        # The others on the database: their changes, assignments, what this login may do.
        team = self.team
        team.changed_elsewhere.connect(self._on_team_changed_elsewhere)
        team.assigned.connect(self._on_team_assigned)
        team.capabilities_changed.connect(self._on_team_capabilities_changed)
        edits.conflict_found.connect(inspector.show_conflict)
        menu = self.reading_pane.assignee_menu
        menu.aboutToShow.connect(lambda: self._fill_assign_menu(menu, self.current.article))
        articles.context_menu_requested.connect(self._on_article_context_menu)

    # --- texts ----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.terms.retranslate(self.language)
        self.action_table.retranslate()
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.inspector_title.setText(self.tr("REVIEW"))
        self.article_pane.retranslate()
        self.claim_pane.retranslate()
        self.inspector.retranslate()
        self.inspector.sources_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        self.reading_pane.retranslate()
        self._update_title()

    def set_language(self, language: str) -> None:
        """Switch the interface language now, and remember it."""
        self.language = i18n.install(language)
        i18n.save_language(self.language)
        self.action_table.check_language(self.language)
        self.retranslate()
        self.article_model.reload()
        self.article_pane.reselect()
        self.current.reload_claims()

    def reload_settings(self) -> None:
        """The rating scale read again: verdict styles, lists and legend follow."""
        self.terms.set_scale(settings_service.rating_scale(self.workspace.store))
        self.claim_model.set_styles(self.terms.styles)
        self.inspector.retranslate()
        self.article_pane.fill_filters()
        self.current.show_legend()

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.workspace.name} — Annotator")

    def _update_actions(self, *_args: object) -> None:
        claim = self.current.current_claim()
        has_claim = claim is not None
        has_source = has_claim and self.inspector.selected_source_row() >= 0
        has_claims = self.current.claim_count() > 0
        proposal = claim is not None and claim.anchor == anchors.NEEDS_REVIEW
        self.action_table.enable({
            # Mark stays enabled with an article shown: with no selection it says what to do.
            "actionMarkClaim": self.current.article is not None,
            "actionDeleteClaim": has_claim, "actionAddSource": has_claim,
            "actionEditSource": has_source, "actionRemoveSource": has_source,
            "actionOpenSource": has_source,
            "actionNextClaim": has_claims, "actionPreviousClaim": has_claims,
            "actionAcceptAnchor": proposal, "actionRejectAnchor": proposal,
            "actionAnchorHere": has_claim and self.view.textCursor().hasSelection(),
        })  # fmt: skip

    # --- what the controllers say -------------------------------------------------------

    def _on_edits_changes_applied(self, changes: Changes, _reveal: int | None) -> None:
        if changes.settings:
            self.reload_settings()

    def _on_edits_span_used(self) -> None:
        cursor = self.view.textCursor()
        cursor.clearSelection()
        self.view.setTextCursor(cursor)

    def _on_edits_claim_marked(self, claim_id: int) -> None:
        self.current.select_claim(claim_id, scroll=False)
        self.inspector.focus_verdict()

    def _on_transfers_import_finished(self, report: Any) -> None:
        self.article_pane.show_imported(report.changes.articles)
        self.import_finished.emit(report)

    def _on_transfers_reviews_imported(self, report: Any) -> None:
        # Attached reviews are claims now; external ones can be found and offered.
        self.article_pane.reload()
        if self.current.article is not None:
            self.current.reload_claims()
            claim = self.current.current_claim()
            self.current.select_claim(claim.id if claim else None, scroll=False)
        self.inspector.refresh_similar()
        self.reviews_imported.emit(report)

    def _on_team_changed_elsewhere(self, changes: Changes) -> None:
        """Another desk's change: the lists and the claim shown follow, the selection,
        the scroll position and the field being typed in stay."""
        if changes.unknown:
            self.article_pane.reload_in_place()
        else:
            self.article_pane.refresh(changes)
        self.current.apply_changes(changes)
        if changes.unknown or self.current.current_article_id() in changes.articles:
            self.current.refresh_header()
        if changes.settings:
            self.reload_settings()

    def _on_team_assigned(self, changes: Changes) -> None:
        self.article_pane.refresh(changes)
        if self.current.current_article_id() in changes.articles:
            self.current.refresh_header()

    def _on_team_capabilities_changed(self, capabilities: Any) -> None:
        self.inspector.set_capabilities(capabilities.publish)
        action = self.action_table["actionSettings"]
        action.setEnabled(capabilities.settings)
        if not capabilities.settings:
            why = self.tr("Only an editor may change the publisher settings.")
            action.setToolTip(why)
            action.setStatusTip(why)

    def _fill_assign_menu(self, menu: QMenu, article: Any) -> None:
        if article is not None and article.id is not None:
            self.team.fill_assign_menu(menu, article.id, article.assigned_to)

    def article_menu(self, article_id: int) -> QMenu:
        """An article's context menu in the list: give it to someone."""
        row = self.article_model.row_of(article_id)
        item = self.article_model.row(row) if row >= 0 else None
        menu = QMenu(self)
        menu.setObjectName("articleContextMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        give = menu.addMenu(self.tr("Give to"))
        give.setObjectName("assignMenu")
        self.team.fill_assign_menu(give, article_id, item.assigned_to if item else None)
        self.last_context_menu = menu
        return menu

    def _on_article_context_menu(self, article_id: int, where: QPoint) -> None:
        self.article_menu(article_id).popup(where)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Back to the front: what other desks did meanwhile, at once (SQLite: another
        # process on the file; PostgreSQL: the notifications already there).
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.team.poll()

    # --- dialogs --------------------------------------------------------------------------

    def export_dialog(self) -> ExportDialog:
        dialog = ExportDialog(
            self, store=self._store, export_to=self.transfers.export_to,
            current_article=self._article_named, describe_error=self.notices.describe,
        )  # fmt: skip
        dialog.claim_requested.connect(self.current.reveal_claim)
        dialog.settings_saved.connect(self.reload_settings)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _article_named(self) -> tuple[int, str] | None:
        article = self.current.article
        return (article.id, article.title) if article and article.id is not None else None

    def settings_dialog(self) -> None:
        dialog = SettingsDialog(self, self.workspace.store)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.notices.status(self.tr("Publisher settings saved.")))
        dialog.open()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Annotator"),
            self.tr(
                "<h3>Annotator {}</h3><p>Mark the claims in news articles, rate them, source "
                "them and export ClaimReview.</p><p>Everything stays in one SQLite file on this "
                "computer; nothing is sent over the network.</p>"
            ).format(__version__),
        )

    # --- databases --------------------------------------------------------------------------

    def open_database(self, path: str, *, create: bool = False) -> bool:
        """Switch to another database file; a file we must not touch is refused."""
        try:
            workspace = open_workspace(path, create=create)
        except UserError as exc:
            self.notices.error(self.notices.describe(exc))
            return False
        self.use_workspace(workspace)
        return True

    def use_workspace(self, workspace: Workspace) -> None:
        """Switch to a database opened already (a shared one is connected in the
        background by `databases`)."""
        self.team.detach()
        old, self.workspace = self.workspace, workspace
        old.close()
        self.undo_stack.clear()  # its commands belong to the other file
        self.current.clear()
        self.reload_settings()
        self.article_pane.set_store(workspace.store)  # the whole list, or the search again
        self.team.attach()
        i18n.remember_database(workspace.location)
        self._update_title()
        self.article_pane.select_row(0)
        if workspace.shared:
            self.notices.status(self.tr("Connected to {}").format(workspace.name))

    def recent_databases(self) -> list[str]:
        return i18n.recent_databases()

    # --- drag and drop --------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # --- showing and closing ----------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.window_layout.shown()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed:
            self._closed = True
            self.article_pane.stop()
            self.current.close()
            self.inspector.stop_lookups()
            # Every edit is saved already. An empty stack says nothing when Qt deletes
            # it later, after the Python side of the window may be gone.
            self.undo_stack.clear()
            self.team.detach()
            self.jobs.stop_all()
            self.databases.stop()
            self.window_layout.save()
            self.article_pane.set_store(None)
            self.workspace.close()
        super().closeEvent(event)
