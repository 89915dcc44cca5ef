"""The main window: article list, article view, claims and their inspector."""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Callable, Sequence
from operator import itemgetter
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QIcon,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPixmap,
    QShortcut,
    QTextDocument,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from annotator import __version__, resources
from annotator.domain.model import Claim
from annotator.domain.rating import UnknownVerdictError
from annotator.domain.text import InvalidURLError
from annotator.errors import UserError
from annotator.services import anchors, browse, exporting, files, finder, search
from annotator.services import articles as article_service
from annotator.services import claims as claim_service
from annotator.services import reviews as review_service
from annotator.services import settings as settings_service
from annotator.services.anchors import AnchorCounts
from annotator.services.browse import NO_CLAIMS, NO_VERDICT, ArticleFilter
from annotator.services.changes import Changes
from annotator.services.workspace import Store, Workspace, open_workspace
from annotator.ui import i18n, matches, messages
from annotator.ui.articleview import ArticleView, Span
from annotator.ui.commands import (
    AddSourceCommand,
    AnchorCommand,
    DeleteClaimCommand,
    EditSourceCommand,
    MarkClaimCommand,
    RemoveSourceCommand,
    ServiceCommand,
    SetClaimFieldCommand,
)
from annotator.ui.dialogs import ExportDialog, SettingsDialog, SourceDialog
from annotator.ui.inspector import ClaimInspector
from annotator.ui.jobs import Job, Progress
from annotator.ui.models import (
    ID_ROLE,
    MARK_CLOSE,
    MARK_OPEN,
    ArticleListModel,
    ClaimListModel,
    Labels,
    format_date,
)
from annotator.ui.panels import ReviewHitsPanel, snippet_html
from annotator.ui.verdicts import VerdictStyle, VerdictStyles, anchor_icon, draw_marker

REVIEW_FIELDS = ("verdict", "claim_reviewed", "explanation", "correction", "status",
                 "date_published")  # fmt: skip
SEARCH_DELAY_MS = 250  # typing in the search field: searched after this pause
SEARCH_MATCHES_SHOWN = 200  # highlighted in the article shown
Brief = Sequence[Any]  # a claim's (id, start, end, verdict, ...): a brief or a ClaimRow
# The article files the import reads. No service names them yet (the list is
# io.importers.supported_suffixes()); tests/ui/test_transfers.py keeps this copy equal.
ARTICLE_SUFFIXES = (".atom", ".htm", ".html", ".json", ".jsonl", ".markdown", ".md", ".ndjson",
                    ".rdf", ".rss", ".shtml", ".text", ".txt", ".xhtml", ".xml")  # fmt: skip


def key_sequences(*keys: str | QKeySequence.StandardKey) -> list[QKeySequence]:
    """An action's shortcuts: each text, and every binding this platform gives a
    standard key, once each and in order (the first is the one menus show).

    A sequence given twice makes Qt call the action ambiguous and do nothing:
    `QKeySequence.Redo` is already Ctrl+Shift+Z on Linux, and only there.
    """
    found: list[QKeySequence] = []
    seen: set[str] = set()
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            sequences = QKeySequence.keyBindings(key)
        else:
            sequences = [QKeySequence(key)]
        for sequence in sequences:
            text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            if text and text not in seen:
                seen.add(text)
                found.append(sequence)
    return found


def icon(name: str) -> QIcon:
    try:
        return QIcon(str(resources.path(f"icons/{name}.svg")))
    except FileNotFoundError:
        return QIcon()


def _short(text: str, length: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


# A card's status pill: background and ink.
_STATUS_PILLS = {"draft": ("#f1f1ef", "#5f6670"), "in-review": ("#fff1d6", "#8a5a00"),
                 "published": ("#dff3ea", "#0b6b4b")}  # fmt: skip
# Claims whose place the user must settle: needs-review, orphans.
_ATTENTION_PILLS = (("#fde2b8", "#7a4300"), ("#e9e8e4", "#4b5059"))


class ArticleCardDelegate(QStyledItemDelegate):
    """An article as a card: title on up to two lines, then date, claims and status.

    It reads the article's row from the model directly: each `index.data()`
    is a round trip through Qt into Python, a dozen per card otherwise. The
    fonts and the wrapped titles are kept, so a card costs a few draw calls.
    """

    PADDING = 8
    _KEEP = 512  # wrapped titles kept (several screens of cards)

    def __init__(self, desk: MainWindow):
        super().__init__(desk)
        self._desk = desk
        self._fonts: dict[str, tuple[QFont, QFontMetrics, QFont, QFontMetrics]] = {}
        self._lines: dict[tuple[str, int, str], list[str]] = {}

    SNIPPET_LINES = 2

    def card_height(self, metrics: QFontMetrics, *, with_snippet: bool = False) -> int:
        """A card's height; with the passage a search matched, two lines more."""
        height = self.PADDING * 2 + metrics.height() * 3 + 6
        if with_snippet:
            height += (
                QFontMetrics(self._fonts_for(QFont())[2]).lineSpacing() * (self.SNIPPET_LINES) + 4
            )
        return height

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        searching = bool(self._desk.article_model.query)
        return QSize(200, self.card_height(option.fontMetrics, with_snippet=searching))

    def _fonts_for(self, font: QFont) -> tuple[QFont, QFontMetrics, QFont, QFontMetrics]:
        key = font.key()
        found = self._fonts.get(key)
        if found is None:
            title_font = QFont(font)
            title_font.setWeight(QFont.Weight.DemiBold)
            small = QFont(font)
            small.setPointSizeF(font.pointSizeF() * 0.92)
            found = (title_font, QFontMetrics(title_font), small, QFontMetrics(small))
            self._fonts[key] = found
        return found

    def _title_lines(self, title: str, metrics: QFontMetrics, width: int, key: str) -> list[str]:
        lines = self._lines.get((title, width, key))
        if lines is None:
            if len(self._lines) >= self._KEEP:
                self._lines.clear()
            lines = self._lines[(title, width, key)] = _wrap(title, metrics, width, 2)
        return lines

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        item = self._desk.article_model.row(index.row())
        if item is None:
            return
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        background = QColor("#dbe8f7") if selected else QColor("#ffffff")
        painter.fillRect(rect, background)
        if selected:
            painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), QColor("#2f6fb3"))
        painter.setPen(QColor("#e6e6e2"))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

        pad = self.PADDING
        inner = rect.adjusted(pad + 4, pad, -pad, -pad)
        title_font, metrics, small, small_metrics = self._fonts_for(option.font)
        lines = self._title_lines(item.title, metrics, inner.width(), title_font.key())
        painter.setFont(title_font)
        painter.setPen(QColor("#1d2430"))
        y = inner.top()
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for line in lines:
            painter.drawText(QRect(inner.left(), y, inner.width(), metrics.height()), left, line)
            y += metrics.height()
        if self._desk.article_model.query:
            snippet = self._desk.article_model.snippet(index.row())
            top = inner.top() + 2 * metrics.height() + 3
            self._paint_snippet(painter, snippet, small, inner, top)

        painter.setFont(small)
        meta_y = inner.bottom() - small_metrics.height() + 1
        pills: list[tuple[str, tuple[str, str]]] = []
        if item.status and item.status != NO_CLAIMS:
            status = self._desk.status_label(item.status)
            pills.append((status, _STATUS_PILLS.get(item.status, ("#f1f1ef", "#5f6670"))))
        counts = self._desk.article_model.attention(item.id)
        if counts and counts.needs_review:  # a place to check after a new version
            pills.append((self._desk.attention_texts(counts)[0], _ATTENTION_PILLS[0]))
        right = inner.right()
        height = small_metrics.height()
        for text, (fill, ink) in pills:
            width = small_metrics.horizontalAdvance(text) + 12
            pill = QRectF(right - width, meta_y, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(fill))
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setPen(QColor(ink))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
            right = int(pill.left()) - 6
        if counts and counts.orphans:  # short: the orphan marker and a number
            number = str(counts.orphans)
            width = height + small_metrics.horizontalAdvance(number) + 8
            pill = QRectF(right - width, meta_y, width, height)
            fill, ink = _ATTENTION_PILLS[1]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(fill))
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            anchor_icon("orphan", height).paint(
                painter, QRect(int(pill.left()) + 3, meta_y, height, height)
            )
            painter.setPen(QColor(ink))
            painter.drawText(
                pill.adjusted(height + 2, 0, 0, 0), Qt.AlignmentFlag.AlignCenter, number
            )
            right = int(pill.left()) - 6

        date = format_date(item.published, self._desk.labels.locale)
        claims = self._desk.claim_count_text(item.claims)
        meta = "  ·  ".join(part for part in (date, claims) if part)
        room = max(right - inner.left(), 0)
        if small_metrics.horizontalAdvance(meta) > room and date:
            meta = date  # the pills say more than a count cut in the middle
        meta = small_metrics.elidedText(meta, Qt.TextElideMode.ElideRight, room)
        painter.setPen(QColor("#5f6670"))
        meta_rect = QRect(inner.left(), meta_y, room, small_metrics.height())
        painter.drawText(meta_rect, left, meta)
        x = inner.left() + small_metrics.horizontalAdvance(meta) + 8

        seen = [key or None for key in dict.fromkeys(item.verdicts)]  # '' is no verdict
        size = 9.0
        dot_y = meta_y + (small_metrics.height() - size) / 2
        for key in seen[:7]:
            if x + size > right:
                break
            draw_marker(painter, self._desk.styles.get(key), QRectF(x, dot_y, size, size))
            x += size + 3
        painter.restore()

    def _paint_snippet(
        self, painter: QPainter, snippet: str, small: QFont, inner: QRect, top: int
    ) -> None:
        """The passage the search matched, its words in bold, on up to two lines."""
        small_metrics = QFontMetrics(small)
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(small)
        if snippet:
            document.setDefaultStyleSheet("body { color: #3d434c; } b { color: #1d2430; }")
            document.setHtml(snippet_html(snippet))
        else:  # found through a claim's review, not in the text
            document.setDefaultStyleSheet("body { color: #7a808a; font-style: italic; }")
            document.setHtml(html.escape(self._desk.tr("Found in a claim's review")))
        document.setTextWidth(inner.width())
        painter.save()
        painter.translate(inner.left(), top)
        clip = QRectF(0, 0, inner.width(), small_metrics.lineSpacing() * self.SNIPPET_LINES)
        painter.setClipRect(clip)
        document.drawContents(painter, clip)
        painter.restore()


class ArticleTable(QTableView):
    """The article list; says so in its middle when a search found nothing."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._placeholder = ""

    def placeholder_text(self) -> str:
        return self._placeholder

    def set_placeholder_text(self, text: str) -> None:
        if text != self._placeholder:
            self._placeholder = text
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if self._placeholder and (model is None or model.rowCount() == 0):
            painter = QPainter(self.viewport())
            painter.setPen(QColor("#5f6670"))
            area = self.viewport().rect().adjusted(12, 24, -12, -12)
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            painter.drawText(area, int(flags | Qt.TextFlag.TextWordWrap), self._placeholder)
            painter.end()


def _wrap(text: str, metrics: QFontMetrics, width: int, max_lines: int) -> list[str]:
    """Words on up to max_lines lines; what does not fit is elided on the last one."""
    words = text.split()
    lines: list[str] = []
    i = 0
    while i < len(words) and len(lines) < max_lines - 1:
        line = words[i]
        i += 1
        while i < len(words) and metrics.horizontalAdvance(f"{line} {words[i]}") <= width:
            line = f"{line} {words[i]}"
            i += 1
        lines.append(line)
    if i < len(words):
        lines.append(" ".join(words[i:]))
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]


class LegendBar(QFrame):
    """What each highlight means: marker, underline and colour, with the count in the article.

    One widget paints every entry and flows them onto lines as its width
    allows: new counts repaint it, and lay the window out again only when its
    height changes (a label per entry cost a layout pass at each article).
    """

    MARGIN_X, MARGIN_Y, SPACING, LINE_SPACING, INNER = 10, 5, 12, 4, 4

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("verdictLegend")
        self._entries: list[tuple[QPixmap, str, int]] = []
        self._title = ""
        self._placed: dict[int, tuple[list[tuple[int, int, int, int]], int]] = {}  # by width
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def fill(self, entries: list[tuple[QPixmap, str, int]], title: str) -> None:
        """Show the entries (picture, label, count); a count of 0 shows the label greyed."""
        before = self.heightForWidth(self.width())
        self._entries, self._title = list(entries), title
        self._placed.clear()
        self.setAccessibleName(title)
        self.setAccessibleDescription(
            ", ".join(f"{label} {count}" if count else label for _, label, count in entries)
        )
        if self.heightForWidth(self.width()) != before:
            self.updateGeometry()
        self.update()

    def entries(self) -> list[tuple[str, int]]:
        """(label, count) of each entry, as shown."""
        return [(label, count) for _, label, count in self._entries]

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        title = QFont(self.font())
        title.setPointSizeF(8.5)
        title.setWeight(QFont.Weight.DemiBold)
        bold = QFont(self.font())
        bold.setBold(True)
        return title, self.font(), bold

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._placed.clear()
        super().changeEvent(event)

    def _items(self, width: int) -> tuple[list[tuple[int, int, int, int]], int]:
        """Where each piece goes, as (x, y, entry index or -1 for the title, width), and
        the height all of them take; kept per width (layouts ask several times)."""
        found = self._placed.get(width)
        if found is None:
            if len(self._placed) > 8:
                self._placed.clear()
            found = self._placed[width] = self._place(width)
        return found

    def _place(self, width: int) -> tuple[list[tuple[int, int, int, int]], int]:
        title_font, font, bold = self._fonts()
        title_metrics, metrics, bold_metrics = (
            QFontMetrics(title_font), QFontMetrics(font), QFontMetrics(bold)
        )  # fmt: skip
        line_height = max(metrics.height(), 14)
        right = width - self.MARGIN_X
        x, y = self.MARGIN_X, self.MARGIN_Y
        placed: list[tuple[int, int, int, int]] = []
        pieces = [(title_metrics.horizontalAdvance(self._title), -1)]
        for index, (pixmap, label, count) in enumerate(self._entries):
            size = pixmap.deviceIndependentSize().toSize()
            # Room for a count of three digits even when there is none: the bar keeps
            # its lines (and the window its layout) from one article to the next.
            digits = bold_metrics.horizontalAdvance(str(count) if count >= 1000 else "888")
            extent = size.width() + self.INNER * 2 + metrics.horizontalAdvance(label) + digits
            pieces.append((extent, index))
        for extent, index in pieces:
            if x + extent > right and x > self.MARGIN_X:
                x = self.MARGIN_X
                y += line_height + self.LINE_SPACING
            placed.append((x, y, index, extent))
            x += extent + self.SPACING
        return placed, y + line_height + self.MARGIN_Y

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._items(width)[1]

    def sizeHint(self) -> QSize:
        return QSize(400, self.heightForWidth(400))

    def minimumSizeHint(self) -> QSize:
        return QSize(100, self.heightForWidth(self.width() or 400))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)  # the frame, as the style sheet draws it
        painter = QPainter(self)
        title_font, font, bold = self._fonts()
        line_height = max(QFontMetrics(font).height(), 14)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        placed, _height = self._items(self.width())
        for x, y, index, extent in placed:
            if index < 0:
                painter.setFont(title_font)
                painter.setPen(QColor("#5f6670"))
                painter.drawText(QRect(x, y, extent + 2, line_height), flags, self._title)
                continue
            pixmap, label, count = self._entries[index]
            size = pixmap.deviceIndependentSize().toSize()
            painter.drawPixmap(x, y + (line_height - size.height()) // 2, pixmap)
            x += size.width() + self.INNER
            painter.setFont(font)
            painter.setPen(QColor("#1d2430") if count else QColor("#8a8f98"))
            width = QFontMetrics(font).horizontalAdvance(label)
            painter.drawText(QRect(x, y, width + 2, line_height), flags, label)
            if count:
                x += width + self.INNER
                painter.setFont(bold)
                painter.setPen(QColor("#1d2430"))
                painter.drawText(QRect(x, y, extent, line_height), flags, str(count))
        painter.end()


class MainWindow(QMainWindow):
    """The annotation desk. Every edit is saved at once and goes on the undo stack."""

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
        self.scale = settings_service.rating_scale(workspace.store)
        self.styles = VerdictStyles(self.scale)
        self.labels = Labels()
        self.labels.verdict = self.verdict_label
        self.labels.status = self.status_label
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("undoStack")
        self._article: Any = None
        self._claims_by_id: dict[int, Brief] = {}  # (id, start, end, verdict, ...)
        self._current: Claim | None = None  # the selected claim, read whole
        self._claim_id: int | None = None
        self._syncing = False
        self._jobs: list[Job] = []
        self.last_message: QMessageBox | None = None
        self._closed = False
        self._query = ""  # the search shown in the list
        self._findings: finder.Findings | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)

        self.setAcceptDrops(True)
        self._build_actions()
        self._build_widgets()
        self._build_menus()
        self._connect()
        self.retranslate()
        self._restore_layout()
        self.article_model.set_store(workspace.store)
        self._remember_database(workspace.location)
        self._update_title()
        self.select_article_row(0)
        self._update_actions()

    @property
    def store(self) -> Store:
        """The open database's store, for the services (the workspace holds it)."""
        return self.workspace.store

    # --- construction -----------------------------------------------------

    def _action(
        self, name: str, slot: Callable[[], Any], shortcuts: list[Any] | None = None,
        icon_name: str | None = None,
    ) -> QAction:  # fmt: skip
        action = QAction(self)
        action.setObjectName(name)
        if shortcuts:
            action.setShortcuts(key_sequences(*shortcuts))
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        a = self._action
        self.action_open = a("actionOpenDatabase", self.open_database_dialog, [std.Open])
        self.action_new = a("actionNewDatabase", self.new_database_dialog, [std.New])
        self.action_import = a("actionImport", self.import_files_dialog, ["Ctrl+I"], "import")
        self.action_import_folder = a("actionImportFolder", self.import_folder_dialog,
                                      ["Ctrl+Shift+I"])  # fmt: skip
        self.action_import_reviews = a("actionImportReviews", self.import_reviews_dialog, [])
        self.action_export = a("actionExport", self.export_dialog, ["Ctrl+E"], "export")
        self.action_settings = a("actionSettings", self.settings_dialog, [], "settings")
        self.action_quit = a("actionQuit", self.close, [std.Quit])
        self.action_undo = a("actionUndo", self.undo_stack.undo, ["Ctrl+Z", std.Undo], "undo")
        # Both usual redo keys everywhere (Qt's standard Redo is only one of them).
        self.action_redo = a("actionRedo", self.undo_stack.redo,
                             ["Ctrl+Shift+Z", "Ctrl+Y", std.Redo], "redo")  # fmt: skip
        self.action_mark = a("actionMarkClaim", self.mark_claim, ["Ctrl+M"], "mark")
        self.action_delete = a("actionDeleteClaim", self.delete_claim, ["Ctrl+Shift+M"], "delete")
        self.action_next = a("actionNextClaim", lambda: self.step_claim(1), ["F8", "Ctrl+Down"],
                             "next")  # fmt: skip
        self.action_previous = a("actionPreviousClaim", lambda: self.step_claim(-1),
                                 ["Shift+F8", "Ctrl+Up"], "previous")  # fmt: skip
        self.action_add_source = a("actionAddSource", self.add_source, ["Ctrl+Shift+S"], "source")
        self.action_edit_source = a("actionEditSource", lambda: self.edit_source(None), [])
        self.action_remove_source = a("actionRemoveSource", self.remove_source, [])
        self.action_open_source = a("actionOpenSource", lambda: self.inspector.open_source(), [])
        self.action_accept_anchor = a("actionAcceptAnchor", self.accept_anchor, [])
        self.action_reject_anchor = a("actionRejectAnchor", self.reject_anchor, [])
        self.action_anchor_here = a("actionAnchorHere", self.anchor_here, [])
        self.action_find = a("actionFind", self._focus_search, [std.Find])
        self.action_about = a("actionAbout", self.about, [])
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self)
            action.setObjectName(f"actionLanguage_{code}")
            action.setCheckable(True)
            action.setChecked(code == self.language)
            action.triggered.connect(lambda _c=False, code=code: self.set_language(code))
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.undo_stack.canUndoChanged.connect(self.action_undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.action_redo.setEnabled)
        self.undo_stack.undoTextChanged.connect(lambda _t: self._retranslate_undo())
        self.undo_stack.redoTextChanged.connect(lambda _t: self._retranslate_undo())
        self.action_undo.setEnabled(False)
        self.action_redo.setEnabled(False)

    def _build_widgets(self) -> None:
        # Left: search, filters, articles.
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
        self.article_model = ArticleListModel(self.labels, self)
        # A table of one column of cards, not a QListView: a list view lays out
        # every row (a call into the Python model per row: 100,000 articles stall
        # the window at each reload), a table only the rows it shows.
        self.article_list = ArticleTable()
        self.article_list.setObjectName("articleList")
        self.article_list.setModel(self.article_model)
        for column in (ArticleListModel.DATE, ArticleListModel.CLAIMS, ArticleListModel.STATUS):
            self.article_list.setColumnHidden(column, True)
        self.article_list.horizontalHeader().hide()
        self.article_list.horizontalHeader().setStretchLastSection(True)
        self.article_list.verticalHeader().hide()
        self.article_list.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.article_list.setShowGrid(False)
        self.article_list.setWordWrap(False)
        self.article_list.setTabKeyNavigation(False)
        self.article_list.setCornerButtonEnabled(False)
        self.article_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        cards = self._cards = ArticleCardDelegate(self)
        self.article_list.setItemDelegate(cards)
        self.article_list.verticalHeader().setDefaultSectionSize(
            cards.card_height(self.article_list.fontMetrics())
        )
        self.article_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.article_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.article_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.article_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.article_list.setMouseTracking(True)
        self.article_count = QLabel()
        self.article_count.setObjectName("articleCount")
        self.review_hits = ReviewHitsPanel(self)

        filters = QHBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(self.verdict_filter, 1)
        filters.addWidget(self.status_filter, 1)
        left = QWidget()
        left.setObjectName("articlePane")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 6)
        left_layout.setSpacing(6)
        self.articles_title = QLabel()
        self.articles_title.setObjectName("sectionTitle")
        left_layout.addWidget(self.articles_title)
        left_layout.addWidget(self.search)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.article_list, 1)
        left_layout.addWidget(self.article_count)
        left_layout.addWidget(self.review_hits)

        # Centre: the article.
        self.article_title = QLabel()
        self.article_title.setObjectName("articleTitle")
        self.article_title.setWordWrap(True)
        self.article_title.setTextFormat(Qt.TextFormat.PlainText)  # a title is text, not HTML
        self.article_meta = QLabel()
        self.article_meta.setObjectName("articleMeta")
        self.article_meta.setWordWrap(True)
        self.article_meta.setOpenExternalLinks(True)
        self.article_meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        for label in (self.article_title, self.article_meta):
            # The pane's width is the splitter's: a new article's title must not make
            # the whole window lay itself out again (only its height counts).
            policy = label.sizePolicy()
            policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
            label.setSizePolicy(policy)
        self.view = ArticleView()
        # The article is what people read: about 45 characters a line at least, the
        # side panels give way (the splitter keeps every pane above its minimum).
        self.view.setMinimumWidth(self.view.readable_width())
        self.view.set_describer(self._describe_span)
        self.view.set_context_actions(
            [self.action_mark, self.action_delete, self.action_anchor_here]
        )
        self.legend = LegendBar()
        centre = QWidget()
        centre.setObjectName("articlePaneCentre")
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(4, 8, 4, 6)
        centre_layout.setSpacing(4)
        heading = QVBoxLayout()
        heading.setContentsMargins(6, 0, 6, 4)
        heading.setSpacing(2)
        heading.addWidget(self.article_title)
        heading.addWidget(self.article_meta)
        centre_layout.addLayout(heading)
        centre_layout.addWidget(self.view, 1)
        centre_layout.addWidget(self.legend)

        # Right: the claims of the article, and the inspector.
        self.claim_model = ClaimListModel(self.labels, self.styles, self)
        self.claim_list = QTableView()
        self.claim_list.setObjectName("claimList")
        self.claim_list.setModel(self.claim_model)
        self.claim_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.claim_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.claim_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.claim_list.verticalHeader().hide()
        self.claim_list.verticalHeader().setDefaultSectionSize(28)
        self.claim_list.setShowGrid(False)
        self.claim_list.setWordWrap(False)
        self.claim_list.setAlternatingRowColors(True)
        claim_header = self.claim_list.horizontalHeader()
        claim_header.setSectionResizeMode(ClaimListModel.QUOTE, QHeaderView.ResizeMode.Stretch)
        claim_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        claim_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        claim_header.resizeSection(1, 118)
        claim_header.resizeSection(2, 96)
        claim_header.setHighlightSections(False)
        self.claims_title = QLabel()
        self.claims_title.setObjectName("sectionTitle")
        # Its count changes with each article: its width must not lay the window out again.
        self.claims_title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        claims_box = QWidget()
        claims_layout = QVBoxLayout(claims_box)
        claims_layout.setContentsMargins(4, 8, 8, 4)
        claims_layout.setSpacing(6)
        claims_layout.addWidget(self.claims_title)
        claims_layout.addWidget(self.claim_list, 1)

        self.inspector = ClaimInspector(self, self.labels)
        self.inspector.add_source_button.clicked.connect(self.add_source)
        self.inspector.edit_source_button.clicked.connect(lambda: self.edit_source(None))
        self.inspector.remove_source_button.clicked.connect(self.remove_source)
        self.inspector.open_source_button.clicked.connect(lambda: self.inspector.open_source())
        self.inspector_title = QLabel()
        self.inspector_title.setObjectName("sectionTitle")
        inspector_box = QWidget()
        inspector_layout = QVBoxLayout(inspector_box)
        inspector_layout.setContentsMargins(4, 4, 8, 6)
        inspector_layout.setSpacing(4)
        inspector_layout.addWidget(self.inspector_title)
        scroll = QScrollArea()
        scroll.setObjectName("inspectorScroll")
        scroll.setWidgetResizable(True)
        # Narrower than its fields (the user made the pane so): scroll, never clip.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.inspector)
        inspector_layout.addWidget(scroll, 1)

        self.side_splitter = QSplitter(Qt.Orientation.Vertical)
        self.side_splitter.setObjectName("sideSplitter")
        self.side_splitter.addWidget(claims_box)
        self.side_splitter.addWidget(inspector_box)
        self.side_splitter.setStretchFactor(0, 1)
        self.side_splitter.setStretchFactor(1, 3)
        self.side_splitter.setSizes([200, 560])

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(left)
        self.main_splitter.addWidget(centre)
        self.main_splitter.addWidget(self.side_splitter)
        self.main_splitter.setStretchFactor(0, 0)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setStretchFactor(2, 0)
        self.main_splitter.setSizes([380, 560, 460])
        # The side panels can be folded away by dragging their edge; the article cannot.
        self.main_splitter.setCollapsible(0, True)
        self.main_splitter.setCollapsible(1, False)
        self.main_splitter.setCollapsible(2, True)
        self.setCentralWidget(self.main_splitter)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.action_import, self.action_export, None, self.action_mark,
                       self.action_delete, self.action_add_source, None, self.action_previous,
                       self.action_next, None, self.action_undo, self.action_redo):  # fmt: skip
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)
        self.addToolBar(self.toolbar)
        self.statusBar().setObjectName("statusBar")

        # Delete removes the selected claim where that cannot mean deleting text.
        for widget in (self.claim_list, self.view):
            shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), widget)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.delete_claim)
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

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.action_open)
        self.file_menu.addAction(self.action_new)
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_import)
        self.file_menu.addAction(self.action_import_folder)
        self.file_menu.addAction(self.action_import_reviews)
        self.file_menu.addAction(self.action_export)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_settings)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_quit)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.action_undo)
        self.edit_menu.addAction(self.action_redo)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.action_find)
        self.claim_menu = bar.addMenu("")
        for action in (self.action_mark, self.action_delete, None, self.action_next,
                       self.action_previous, None, self.action_add_source,
                       self.action_edit_source, self.action_remove_source,
                       self.action_open_source, None, self.action_accept_anchor,
                       self.action_reject_anchor, self.action_anchor_here):  # fmt: skip
            if action is None:
                self.claim_menu.addSeparator()
            else:
                self.claim_menu.addAction(action)
        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.setObjectName("languageMenu")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.action_about)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(lambda: self._run_search())
        self.verdict_filter.currentIndexChanged.connect(self._on_filters_changed)
        self.status_filter.currentIndexChanged.connect(self._on_filters_changed)
        selection = self.article_list.selectionModel()
        selection.currentRowChanged.connect(self._on_article_list_current_row_changed)
        selection.selectionChanged.connect(self._on_article_list_selection_changed)
        self.article_model.modelReset.connect(self._update_article_count)
        claims = self.claim_list.selectionModel()
        claims.currentRowChanged.connect(self._on_claim_list_current_row_changed)
        claims.selectionChanged.connect(self._on_claim_list_selection_changed)
        self.view.claim_clicked.connect(self._on_view_claim_clicked)
        self.view.selectionChanged.connect(self._update_actions)
        self.inspector.sources.selectionModel().selectionChanged.connect(self._update_actions)

    # --- texts --------------------------------------------------------------

    def verdict_label(self, key: str | None) -> str:
        if key is None:
            return self.tr("No verdict")
        try:
            return self.scale.get(key).label(self.language)
        except UserError:
            return key

    def claim_count_text(self, count: int) -> str:
        return self.tr("%n claim(s)", "", count) if count else self.tr("no claims")

    def attention_texts(self, counts: AnchorCounts) -> list[str]:
        """What an article card says of claims whose place must be settled."""
        texts = []
        if counts.needs_review:
            texts.append(self.tr("%n to check", "", counts.needs_review))
        if counts.orphans:
            texts.append(self.tr("%n orphan(s)", "", counts.orphans))
        return texts

    def style_for_label(self, label: str | None) -> VerdictStyle | None:
        """Our verdict's style for a label another fact-checker used, if it is on our scale."""
        if not label:
            return None
        try:
            return self.styles.get(self.scale.lookup(label).key)
        except UnknownVerdictError:
            return None

    def status_label(self, key: str) -> str:
        return {
            "draft": self.tr("Draft"),
            "in-review": self.tr("In review"),
            "published": self.tr("Published"),
            NO_CLAIMS: "—",
            "anchor:moved": self.tr("moved in a new version"),
            "anchor:needs-review": self.tr("anchor to check"),
            "anchor:orphan": self.tr("orphan: no longer in the text"),
        }.get(key, key)

    def retranslate(self) -> None:
        texts = {
            self.action_open: (self.tr("&Open database…"), self.tr("Open another database file")),
            self.action_new: (self.tr("&New database…"), self.tr("Create an empty database file")),
            self.action_import: (
                self.tr("&Import files…"),
                self.tr("Import articles from files (or drop them on the window)"),
            ),
            self.action_import_folder: (
                self.tr("Import a &folder…"),
                self.tr("Import every article in a folder and its subfolders"),
            ),
            self.action_export: (self.tr("&Export…"), self.tr("Export the reviews as ClaimReview")),
            self.action_settings: (
                self.tr("&Publisher settings…"),
                self.tr("The fact-checking organisation and where its checks are published"),
            ),
            self.action_quit: (self.tr("&Quit"), ""),
            self.action_mark: (
                self.tr("&Mark claim"),
                self.tr("Mark the selected words as a claim to review"),
            ),
            self.action_delete: (
                self.tr("&Delete claim"),
                self.tr("Delete the selected claim and its review"),
            ),
            self.action_next: (self.tr("&Next claim"), self.tr("Go to the next claim in the text")),
            self.action_previous: (
                self.tr("&Previous claim"),
                self.tr("Go to the previous claim in the text"),
            ),
            self.action_add_source: (
                self.tr("&Add source…"),
                self.tr("Add a source that backs the review"),
            ),
            self.action_edit_source: (self.tr("&Edit source…"), ""),
            self.action_remove_source: (self.tr("&Remove source"), ""),
            self.action_open_source: (self.tr("&Open source in browser"), ""),
            self.action_import_reviews: (
                self.tr("Import &reviews (ClaimReview)…"),
                self.tr(
                    "Import fact-checks as ClaimReview: ours, or other fact-checkers' "
                    "(kept and offered when a similar claim is marked)"
                ),
            ),
            self.action_accept_anchor: (
                self.tr("A&ccept the new place"),
                self.tr("The claim now quotes the passage proposed in the new version"),
            ),
            self.action_reject_anchor: (
                self.tr("Re&ject the new place"),
                self.tr("The claim becomes an orphan, to anchor again by hand"),
            ),
            self.action_anchor_here: (
                self.tr("Anc&hor here"),
                self.tr("Anchor the selected claim on the words selected in the article"),
            ),
            self.action_find: (self.tr("&Search articles"), ""),
            self.action_about: (self.tr("&About Annotator"), ""),
        }
        native = QKeySequence.SequenceFormat.NativeText
        for action, (text, tip) in texts.items():
            action.setText(text)
            plain = text.replace("&", "").rstrip("…")
            keys = action.shortcut().toString(native)
            action.setToolTip(f"{plain} ({keys})" if keys else plain)
            action.setStatusTip(tip)
        self.action_mark.setIconText(self.tr("Mark"))
        self.action_delete.setIconText(self.tr("Delete"))
        self.action_add_source.setIconText(self.tr("Source"))
        self.action_previous.setIconText(self.tr("Previous"))
        self.action_next.setIconText(self.tr("Next"))
        self.action_import.setIconText(self.tr("Import"))
        self.action_export.setIconText(self.tr("Export"))
        self._retranslate_undo()
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("&Recent databases"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.claim_menu.setTitle(self.tr("&Claim"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))

        self.articles_title.setText(self.tr("ARTICLES"))
        self.claims_title.setText(self.tr("CLAIMS IN THIS ARTICLE"))
        self.inspector_title.setText(self.tr("REVIEW"))
        self.search.setPlaceholderText(self.tr("Search articles, claims, reviews (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search articles"))
        self.article_list.setAccessibleName(self.tr("Articles"))
        self.view.setAccessibleName(self.tr("Article text"))
        self.claim_list.setAccessibleName(self.tr("Claims in this article"))
        self.verdict_filter.setAccessibleName(self.tr("Filter by verdict"))
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.labels.locale = self.locale_for_language()
        self.labels.headers = {
            "articles": [self.tr("Title"), self.tr("Date"), self.tr("Claims"), self.tr("Status")],
            "claims": [self.tr("Claim"), self.tr("Verdict"), self.tr("Status")],
            "sources": [
                self.tr("Address"),
                self.tr("Title"),
                self.tr("Publisher"),
                self.tr("Date"),
                self.tr("Quoted passage"),
            ],
        }  # fmt: skip
        self._fill_filters()
        self.inspector.retranslate(self.scale, self.styles, self.language)
        self.review_hits.retranslate()
        self.article_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        self.claim_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        self.inspector.sources_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        self._update_article_header()
        self._update_article_count()
        self._update_title()

    def undo_keys(self) -> set[str]:
        """The keys of Undo and Redo: text fields leave them to the window's undo stack."""
        portable = QKeySequence.SequenceFormat.PortableText
        return {
            sequence.toString(portable)
            for action in (self.action_undo, self.action_redo)
            for sequence in action.shortcuts()
        }

    def _retranslate_undo(self) -> None:
        undo, redo = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.action_undo.setText(self.tr("&Undo: {}").format(undo) if undo else self.tr("&Undo"))
        self.action_redo.setText(self.tr("&Redo: {}").format(redo) if redo else self.tr("&Redo"))
        self.action_undo.setIconText(self.tr("Undo"))
        self.action_redo.setIconText(self.tr("Redo"))
        native = QKeySequence.SequenceFormat.NativeText
        for action in (self.action_undo, self.action_redo):
            keys = action.shortcut().toString(native)
            action.setToolTip(f"{action.text().replace('&', '')} ({keys})")

    def locale_for_language(self) -> Any:
        from PySide6.QtCore import QLocale

        return QLocale(
            QLocale.Language.French if self.language == "fr" else QLocale.Language.English
        )

    def _fill_filters(self) -> None:
        verdict = self.verdict_filter.currentData()
        status = self.status_filter.currentData()
        self.verdict_filter.blockSignals(True)
        self.status_filter.blockSignals(True)
        try:
            self.verdict_filter.clear()
            self.verdict_filter.addItem(self.tr("All verdicts"), None)
            for rating in self.scale.ratings:
                self.verdict_filter.addItem(
                    self.styles.icon(rating.key), rating.label(self.language), rating.key
                )
            self.verdict_filter.addItem(
                self.styles.icon(None), self.tr("No verdict yet"), NO_VERDICT
            )
            self.status_filter.clear()
            self.status_filter.addItem(self.tr("All statuses"), None)
            for key in ("draft", "in-review", "published"):
                self.status_filter.addItem(self.status_label(key), key)
            self.status_filter.addItem(self.tr("No claims yet"), NO_CLAIMS)
            self.verdict_filter.setCurrentIndex(max(self.verdict_filter.findData(verdict), 0))
            self.status_filter.setCurrentIndex(max(self.status_filter.findData(status), 0))
        finally:
            self.verdict_filter.blockSignals(False)
            self.status_filter.blockSignals(False)

    def set_language(self, language: str) -> None:
        """Switch the interface language now, and remember it."""
        self.language = i18n.install(language)
        i18n.save_language(self.language)
        self.language_actions[self.language].setChecked(True)
        self.retranslate()
        self.article_model.reload()
        self._reselect_article()
        self._reload_claims()

    # --- articles -------------------------------------------------------------

    def _list_filter(self) -> ArticleFilter:
        """The verdict and status filters (the search's words go through `finder`)."""
        return ArticleFilter(
            verdict=self.verdict_filter.currentData(), status=self.status_filter.currentData()
        )

    def _on_filters_changed(self, *_args: object) -> None:
        self.article_model.set_filter(self._list_filter())
        self._reselect_article()

    def _on_search_text_changed(self, _text: str) -> None:
        if self.search.isModified():  # typed: searched once the typing pauses
            self._search_timer.start()
        else:  # set by the program (or a test): at once
            self._run_search()

    def _run_search(self, *, force: bool = False) -> None:
        """List the articles matching the search field best first (matched through their
        claims too), with other fact-checkers' reviews below; empty: the whole list."""
        self._search_timer.stop()
        query = self.search.text().strip()
        if query == self._query and not force:
            return
        try:
            found = finder.find(self.store, query, mark=(MARK_OPEN, MARK_CLOSE)) if query else None
        except UserError as exc:
            self.show_error(str(exc))
            return
        self._query, self._findings = query, found
        self.article_model.set_ranked(
            found.articles if found else None, self._list_filter(), query if found else ""
        )
        # Cards show the passage each hit matched while searching.
        self.article_list.verticalHeader().setDefaultSectionSize(
            self._cards.card_height(self.article_list.fontMetrics(), with_snippet=found is not None)
        )
        self.review_hits.set_hits(found.reviews if found else [])
        self._reselect_article()
        self._show_search_matches()
        self._update_article_count()
        self.search_finished.emit(found)

    def _show_search_matches(self) -> None:
        """Highlight the search's words in the article shown, and scroll to the first."""
        if self._article is None or not self._query:
            self.view.set_search_matches([])
            return
        found = matches.find(self._article.body, self._query, limit=SEARCH_MATCHES_SHOWN)
        self.view.set_search_matches(found, scroll=True)

    def _reload_list(self) -> None:
        """The list read again (a search run again): after an import."""
        if self._query:
            self._run_search(force=True)
        else:
            self.article_model.reload()

    def _reselect_article(self) -> None:
        """Keep the article shown selected in the list when it is still listed."""
        if self._article is not None:
            row = self.article_model.row_of(self._article.id)
            if row >= 0:
                self._select_row_quietly(row)
                return
        if self._article is None:
            self.select_article_row(0)

    def _select_row_quietly(self, row: int) -> None:
        self._syncing = True
        try:
            self.article_list.setCurrentIndex(self.article_model.index(row, 0))
            self.article_list.scrollTo(self.article_model.index(row, 0))
        finally:
            self._syncing = False

    def _update_article_count(self) -> None:
        count = self.article_model.rowCount()
        flt = self.article_model.filter
        text = self.tr("%n article(s)", "", count)
        if not flt.is_empty() or self.article_model.ranked:
            text = self.tr("%n article(s) match", "", count)
        nothing = ""
        if count == 0 and self._query:
            nothing = self.tr("No results for “{}”").format(_short(self._query, 60))
            if not flt.is_empty():
                nothing += "\n" + self.tr("(with the verdict and status filters)")
            text = nothing.replace("\n", " ")
        self.article_list.set_placeholder_text(nothing)
        if self._findings is not None and self._findings.truncated:
            text += " " + self.tr("(the best {} shown)").format(finder.ARTICLE_LIMIT)
        self.article_count.setText(text)

    def select_article_row(self, row: int) -> None:
        if 0 <= row < self.article_model.rowCount():
            self.article_list.setCurrentIndex(self.article_model.index(row, 0))

    def _on_article_list_current_row_changed(
        self, current: QModelIndex, _previous: QModelIndex
    ) -> None:
        if not self._syncing and current.isValid():
            self.show_article(current.data(ID_ROLE))

    def _on_article_list_selection_changed(
        self, selected: QItemSelection, _d: QItemSelection
    ) -> None:
        # A test or a tool may select a row without moving the current index.
        indexes = selected.indexes()
        if not self._syncing and indexes:
            self.show_article(indexes[0].data(ID_ROLE))

    def current_article_id(self) -> int | None:
        return self._article.id if self._article is not None else None

    def current_article_title(self) -> str | None:
        return self._article.title if self._article is not None else None

    def show_article(self, article_id: int | None, *, force: bool = False) -> None:
        """Show an article and its claims (highlights painted as they scroll into view)."""
        if article_id is None:
            return
        if not force and self._article is not None and self._article.id == article_id:
            return
        try:
            article = article_service.get_article(self.store, article_id)
            # Where each claim is and its verdict: the list reads the rest of the
            # rows it shows, so 2,000 claims cost one lean query here.
            claims = browse.claim_briefs(self.store, article_id)
        except UserError as exc:
            self.show_error(str(exc))
            return
        self._article = article
        self._claim_id = None
        self._set_claims(claims)
        # Proposed places are looked up only for an article the list says has some.
        counts = self.article_model.attention(article_id)
        provisional = (
            anchors.claims_in_state(self.store, article_id)
            if counts is None or counts.needs_review
            else ()
        )
        self.view.show_article(article.body, claims, self.styles, provisional=provisional)
        self._update_article_header()
        self.select_claim(None)
        self._show_search_matches()
        self.article_shown.emit(article_id)

    def _set_claims(self, claims: list[Brief]) -> None:
        """The shown article's claims, as briefs (id, start, end, verdict) or ClaimRows."""
        self._claims_by_id = {c[0]: c for c in claims}
        load: Callable[[list[int]], list[browse.ClaimRow]] | None = None
        if self._article is not None:
            store, article_id = self.store, self._article.id

            def load_rows(ids: list[int]) -> list[browse.ClaimRow]:
                return browse.claim_rows(store, article_id, set(ids))

            load = load_rows
        self._syncing = True
        try:
            self.claim_model.set_claims(claims, load)
        finally:
            self._syncing = False
        self._update_legend()
        self.claims_title.setText(
            self.tr("CLAIMS IN THIS ARTICLE") + (f"  ·  {len(claims)}" if claims else "")
        )

    def _reload_claims(self) -> None:
        if self._article is None:
            return
        claims = browse.claim_briefs(self.store, self._article.id)
        self._set_claims(claims)
        self.view.set_claims(claims)
        self.view.set_provisional(anchors.claims_in_state(self.store, self._article.id))

    def article_body(self) -> str:
        """The text of the article shown ('' if none)."""
        return self._article.body if self._article is not None else ""

    def _update_article_header(self) -> None:
        article = self._article
        if article is None:
            self.article_title.setText(self.tr("No article"))
            self.article_meta.setText(
                self.tr("Import articles with Ctrl+I, or drop files on this window.")
            )
            self.legend.setVisible(False)
            return
        self.legend.setVisible(True)
        # Room for two lines whatever the title: the article below keeps its place
        # (and its layout) from one article to the next.
        self.article_title.setMinimumHeight(2 * self.article_title.fontMetrics().lineSpacing())
        self.article_title.setText(article.title)
        parts = []
        if article.published:
            parts.append(format_date(article.published, self.labels.locale))
        if article.author:
            parts.append(html.escape(article.author))
        if article.url:
            host = urlsplit(article.url).netloc or article.url
            parts.append(
                f'<a href="{html.escape(article.url, quote=True)}">{html.escape(host)}</a>'
            )
        if article.version > 1:
            parts.append(self.tr("version {}").format(article.version))
        if article.origin:
            parts.append(html.escape(Path(article.origin).name))
        self.article_meta.setText("  ·  ".join(parts))

    def _update_legend(self) -> None:
        counts = Counter(map(itemgetter(3), self._claims_by_id.values()))  # by verdict
        entries = [
            (
                self.styles.pixmap(r.key, 14, with_line=True),
                r.label(self.language),
                counts.get(r.key, 0),
            )
            for r in self.scale.ratings
        ]  # fmt: skip
        entries.append(
            (
                self.styles.pixmap(None, 14, with_line=True),
                self.tr("No verdict"),
                counts.get(None, 0),
            )
        )
        self.legend.fill(entries, self.tr("Legend"))

    def _describe_span(self, span: Span) -> str:
        claim = self.claim_model.claim_by_id(span.claim_id)
        if claim is None:
            return ""
        style = self.styles.get(claim.verdict)
        text = (
            f'<b style="color:{style.line.name()}">'
            f"{html.escape(self.verdict_label(claim.verdict))}</b>"
            f" · {html.escape(self.status_label(claim.status))}"
            f"<br><i>« {html.escape(_short(claim.exact, 90))} »</i>"
        )  # fmt: skip
        if claim.anchor != "exact":
            text += "<br>" + html.escape(self.status_label("anchor:" + claim.anchor))
        if claim.correction:
            text += "<br>" + html.escape(self.tr("Correction: {}").format(claim.correction))
        return text

    # --- claims ---------------------------------------------------------------

    def _on_claim_list_current_row_changed(
        self, current: QModelIndex, _previous: QModelIndex
    ) -> None:
        if not self._syncing and current.isValid():
            self.select_claim(current.data(ID_ROLE))

    def _on_claim_list_selection_changed(
        self, selected: QItemSelection, _d: QItemSelection
    ) -> None:
        indexes = selected.indexes()
        if not self._syncing and indexes:
            self.select_claim(indexes[0].data(ID_ROLE))

    def _on_view_claim_clicked(self, claim_id: int) -> None:
        self.select_claim(claim_id, scroll=False)

    def current_claim(self) -> Claim | None:
        return self._current

    def select_claim(self, claim_id: int | None, *, scroll: bool = True) -> None:
        """Make a claim of the shown article the current one (None: no claim)."""
        claim: Claim | None = None
        if claim_id is not None and claim_id in self._claims_by_id:
            try:
                claim = claim_service.get_claim(self.store, claim_id)
            except UserError:
                claim = None  # deleted meanwhile (another window): nothing to show
        changed = (claim.id if claim else None) != self._claim_id
        self._claim_id = claim.id if claim else None
        self._current = claim
        self._syncing = True
        try:
            row = self.claim_model.row_of(self._claim_id)
            if row >= 0:
                self.claim_list.setCurrentIndex(self.claim_model.index(row, 0))
                self.claim_list.scrollTo(self.claim_model.index(row, 0))
            else:  # only if needed: clearing lays the window out again, even when empty
                if self.claim_list.selectionModel().hasSelection():
                    self.claim_list.clearSelection()
                if self.claim_list.currentIndex().isValid():
                    self.claim_list.setCurrentIndex(QModelIndex())
        finally:
            self._syncing = False
        self.view.set_current_claim(self._claim_id, scroll=scroll and changed and claim is not None)
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self.inspector.isAncestorOf(focus)
        self.inspector.show_claim(claim)
        if claim is None and had_focus:
            # Its field is hidden now (an undone Mark): Qt would hand the focus to the
            # next field in the window, the search field, whose own undo then takes
            # Ctrl+Z and Ctrl+Shift+Z. Back to the text, where the claim was.
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_actions()
        if changed:
            self.claim_selected.emit(self._claim_id)

    def step_claim(self, step: int) -> None:
        count = self.claim_model.rowCount()
        if not count:
            return
        row = self.claim_model.row_of(self._claim_id)
        row = (0 if step > 0 else count - 1) if row < 0 else (row + step) % count
        claim_id = self.claim_model.claim_id(row)
        if claim_id is not None:
            self.select_claim(claim_id)

    def reveal_claim(self, claim_id: int) -> None:
        """Show a claim wherever it is: its article first, then the claim."""
        if claim_id not in self._claims_by_id:
            try:
                claim = claim_service.get_claim(self.store, claim_id)
            except UserError as exc:
                self.show_error(str(exc))
                return
            row = self.article_model.row_of(claim.article_id)
            if row >= 0:
                self._select_row_quietly(row)
            self.show_article(claim.article_id)
        self.select_claim(claim_id)

    # --- edits (all through the undo stack) ---------------------------------

    def push(self, command: ServiceCommand) -> bool:
        """Run a command's first write, then put it on the stack; a refused edit is shown."""
        try:
            changes = command.first_run()
        except UserError as exc:
            self.show_error(self.describe_error(exc))
            return False
        self.undo_stack.push(command)
        self.apply_changes(changes, reveal=command.reveal())
        return True

    def run_service(self, call: Callable[[], Changes], *, reveal: int | None = None) -> None:
        """Undo and redo land here: write, then refresh what changed."""
        try:
            changes = call()
        except UserError as exc:
            self.show_error(self.describe_error(exc))
            return
        self.apply_changes(changes, reveal=reveal)

    def apply_changes(self, changes: Changes, *, reveal: int | None = None) -> None:
        """Refresh just what a write changed."""
        if changes.settings:
            self.reload_settings()
        self.article_model.refresh(changes.articles)
        if reveal is not None and reveal not in changes.removed_claims:
            if reveal not in self._claims_by_id and reveal not in changes.claims:
                reveal = None
            elif reveal not in self._claims_by_id:
                claim = claim_service.get_claim(self.store, reveal)
                if self._article is None or claim.article_id != self._article.id:
                    self.reveal_claim(reveal)
                    return
        if self._article is not None and self._article.id in changes.articles:
            known = set(self._claims_by_id)
            if changes.removed_claims & known or not changes.claims <= known:
                self._reload_claims()
            else:
                self._refresh_claims(changes.claims)
        target = reveal if reveal in self._claims_by_id else self._claim_id
        if target not in self._claims_by_id:
            target = None
        self.select_claim(target)

    def _refresh_claims(self, claim_ids: set[int]) -> None:
        assert self._article is not None
        rows = browse.claim_rows(self.store, self._article.id, claim_ids)
        for fresh in rows:
            old = self._claims_by_id.get(fresh.id)
            if old is not None and (old[1], old[2]) != (fresh.start, fresh.end):
                self._reload_claims()  # a claim moved: text order, highlights, orphans last
                return
        verdicts_changed = False
        provisional = set(self.view.provisional())
        for fresh in rows:
            old = self._claims_by_id.get(fresh.id)
            verdicts_changed |= old is None or old[3] != fresh.verdict
            self._claims_by_id[fresh.id] = fresh
            self.claim_model.update_claim(fresh)
            if fresh.anchor == anchors.NEEDS_REVIEW:
                provisional.add(fresh.id)
            else:
                provisional.discard(fresh.id)
        self.view.set_provisional(provisional)
        if verdicts_changed:
            self.view.set_claims(self.claim_model.claims())
            self._update_legend()

    def mark_claim(self) -> None:
        """Mark the words selected in the article as a claim; then rate it."""
        if self._article is None:
            self.show_status(self.tr("Open an article first."))
            return
        span = self.view.selected_span()
        if span is None:
            self.show_status(self.tr("Select the words of the claim in the article first."))
            return
        start, end = span
        quote = self._article.body[start:end]
        command = MarkClaimCommand(
            self, self.tr("Mark claim “{}”").format(_short(quote)),
            article_id=self._article.id, start=start, end=end,
        )  # fmt: skip
        if self.push(command):
            cursor = self.view.textCursor()
            cursor.clearSelection()
            self.view.setTextCursor(cursor)
            self.select_claim(command.claim_id, scroll=False)
            self.inspector.focus_verdict()

    def delete_claim(self) -> None:
        claim = self.current_claim()
        if claim is None or claim.id is None:
            self.show_status(self.tr("Select a claim first."))
            return
        self.push(
            DeleteClaimCommand(
                self, self.tr("Delete claim “{}”").format(_short(claim.exact)), claim_id=claim.id
            )
        )

    def _claim_now(self) -> Claim | None:
        """The selected claim as the database has it now (what undo puts back)."""
        if self._current is None or self._current.id is None:
            return None
        try:
            return claim_service.get_claim(self.store, self._current.id)
        except UserError as exc:
            self.show_error(str(exc))
            return None

    def accept_anchor(self) -> None:
        """Accept the place a new version proposes for the selected claim."""
        self._settle_anchor(
            AnchorCommand.ACCEPT,
            self.tr("The selected claim has no proposed place to accept."),
            self.tr("Accept the new place of “{}”"),
        )

    def reject_anchor(self) -> None:
        """Reject the proposed place: the claim becomes an orphan, to anchor by hand."""
        self._settle_anchor(
            AnchorCommand.REJECT,
            self.tr("The selected claim has no proposed place to reject."),
            self.tr("Reject the new place of “{}”"),
        )

    def _settle_anchor(self, action: str, none_message: str, label: str) -> None:
        claim = self._claim_now()
        if claim is None or claim.anchor != anchors.NEEDS_REVIEW:
            self.show_status(none_message)
            return
        self.push(
            AnchorCommand(self, label.format(_short(claim.exact)), claim=claim, action=action)
        )

    def anchor_here(self) -> None:
        """Anchor the selected claim (an orphan, most often) on the selected words."""
        claim = self._claim_now()
        if claim is None or claim.id is None:
            self.show_status(self.tr("Select a claim first."))
            return
        span = self.view.selected_span()
        if span is None:
            self.show_status(self.tr("Select the words of the claim in the article first."))
            return
        start, end = span
        quote = self.article_body()[start:end]
        command = AnchorCommand(
            self, self.tr("Anchor “{}” here").format(_short(quote)),
            claim=claim, action=AnchorCommand.MOVE, span=span,
        )  # fmt: skip
        if self.push(command):
            cursor = self.view.textCursor()
            cursor.clearSelection()
            self.view.setTextCursor(cursor)

    def similar_reviews(self, text: str, claim_id: int | None) -> list[search.SimilarReview]:
        """Earlier claims (of other articles: this one's are in its list) and other
        fact-checkers' reviews close to a claim's words."""
        if self._closed:
            return []
        try:
            found = search.similar_reviews(self.store, text, exclude_claim_id=claim_id)
        except UserError as exc:
            self.show_status(str(exc))
            return []
        shown = self.current_article_id()
        return [f for f in found if f.kind != "claim" or f.article_id != shown]

    def edit_claim_field(
        self, claim_id: int, field: str, value: Any, *, mergeable: bool = False
    ) -> None:
        """An edit from the inspector: one undoable command, saved now."""
        claim = self._current if self._current and self._current.id == claim_id else None
        if claim is None:
            try:
                claim = claim_service.get_claim(self.store, claim_id)
            except UserError as exc:
                self.show_error(str(exc))
                return
        before = getattr(claim.review if field in REVIEW_FIELDS else claim, field)
        if isinstance(value, str) and not value.strip():
            value = None
        if (before or None) == (value or None):
            return
        names = {
            "claim_reviewed": self.tr("Edit claim reviewed"),
            "claimant": self.tr("Edit claimant"),
            "claim_date": self.tr("Edit claim date"),
            "explanation": self.tr("Edit explanation"),
            "correction": self.tr("Edit correction"),
        }
        if field == "verdict":
            text = self.tr("Set verdict to {}").format(self.verdict_label(value))
        elif field == "status":
            text = self.tr("Set status to {}").format(self.status_label(value))
        else:
            text = names.get(field, field)
        self.push(
            SetClaimFieldCommand(
                self, text, claim_id=claim_id, field=field, before=before, after=value,
                mergeable=mergeable,
            )
        )  # fmt: skip

    def add_source(self) -> None:
        claim = self.current_claim()
        if claim is None or claim.id is None:
            self.show_status(self.tr("Select a claim first."))
            return
        values = SourceDialog.ask(self)
        if not values:
            return
        host = urlsplit(str(values.get("url") or "")).netloc or str(values.get("url"))
        self.push(
            AddSourceCommand(
                self, self.tr("Add source {}").format(host), claim_id=claim.id, fields=values
            )
        )

    def edit_source(self, row: int | None) -> None:
        claim = self.current_claim()
        row = self.inspector.selected_source_row() if row is None else row
        source = self.inspector.sources_model.source(row)
        if claim is None or claim.id is None or source is None:
            return
        values = SourceDialog.ask(self, source)
        if not values:
            return
        after = {k: v for k, v in values.items() if v != getattr(source, k)}
        if after:
            self.push(
                EditSourceCommand(
                    self, self.tr("Edit source"), claim_id=claim.id, source=source, after=after
                )
            )

    def edit_source_field(self, source_id: int, field: str, value: str) -> None:
        claim = self.current_claim()
        source = next((s for s in (claim.sources if claim else []) if s.id == source_id), None)
        if claim is None or claim.id is None or source is None:
            return
        self.push(
            EditSourceCommand(
                self, self.tr("Edit source"), claim_id=claim.id, source=source,
                after={field: value.strip() or (None if field != "url" else "")},
            )
        )  # fmt: skip

    def remove_source(self) -> None:
        claim = self.current_claim()
        source = self.inspector.sources_model.source(self.inspector.selected_source_row())
        if claim is None or claim.id is None or source is None or source.id is None:
            return
        host = urlsplit(source.url).netloc or source.url
        self.push(
            RemoveSourceCommand(
                self, self.tr("Remove source {}").format(host), claim_id=claim.id,
                source_id=source.id,
            )
        )  # fmt: skip

    def _update_actions(self, *_args: object) -> None:
        has_article = self._article is not None
        has_claim = self.current_claim() is not None
        # Mark stays enabled with an article shown: with no selection it says what to do.
        self.action_mark.setEnabled(has_article)
        self.action_delete.setEnabled(has_claim)
        self.action_add_source.setEnabled(has_claim)
        has_source = has_claim and self.inspector.selected_source_row() >= 0
        self.action_edit_source.setEnabled(has_source)
        self.action_remove_source.setEnabled(has_source)
        self.action_open_source.setEnabled(has_source)
        has_claims = self.claim_model.rowCount() > 0
        self.action_next.setEnabled(has_claims)
        self.action_previous.setEnabled(has_claims)
        proposal = self._current is not None and self._current.anchor == anchors.NEEDS_REVIEW
        self.action_accept_anchor.setEnabled(proposal)
        self.action_reject_anchor.setEnabled(proposal)
        self.action_anchor_here.setEnabled(has_claim and self.view.textCursor().hasSelection())

    # --- messages -------------------------------------------------------------

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)

    def describe_error(self, error: BaseException) -> str:
        """A user or environment error in the interface language, when we know its kind;
        else its own words."""
        texts = messages.Texts(self)
        if isinstance(error, exporting.NothingToExportError):
            title = None
            if error.article_id is not None:
                try:
                    title = article_service.get_article(self.store, error.article_id).title
                except UserError:
                    title = None
            return texts.nothing_to_export(error.status, title)
        problems = getattr(error, "problems", None)
        if problems:
            return texts.export_failed(len([p for p in problems if p.severity == "error"]))
        if isinstance(error, InvalidURLError):
            return texts.invalid_url()
        return str(error)

    def error_details(self, error: BaseException) -> str | None:
        """An export's problems, one a line, as the export dialog words them."""
        problems = list(getattr(error, "problems", None) or [])
        if not problems:
            return None
        ids = [p.claim_id for p in problems if getattr(p, "claim_id", None) is not None]
        try:
            subjects = exporting.problem_subjects(self.store, ids) if ids else {}
        except UserError:
            subjects = {}
        texts = messages.Texts(self)
        return "\n".join(messages.describe_problem(p, subjects, texts) for p in problems)

    def show_error(self, message: str, details: str | None = None) -> None:
        """A user or environment error: said plainly, without blocking the window."""
        self.show_status(message)
        box = QMessageBox(QMessageBox.Icon.Warning, "Annotator", message, parent=self)
        box.setObjectName("errorMessage")
        if details:
            box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_message = box

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

    # --- import and export ------------------------------------------------------

    def import_files_dialog(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in ARTICLE_SUFFIXES)
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import articles"), "", self.tr("Articles ({})").format(patterns)
        )
        if paths:
            self.import_paths(paths)

    def import_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder"))
        if folder:
            self.import_paths([folder])

    def import_paths(self, paths: list[str] | list[Path]) -> Job:
        """Import files and folders in a worker thread, with a progress dialog."""
        targets = [str(p) for p in paths]
        # Its own connection (the store's policy: never the file by path).
        worker = self.workspace.open_worker()

        def work(progress: Progress) -> article_service.ImportReport:
            # WAL lets the window keep reading meanwhile.
            with worker:
                return article_service.import_paths(worker.store, targets, progress=progress)

        job = self._start_job(work, self.tr("Importing articles…"))
        job.finished.connect(self._on_import_finished)
        return job

    def _on_import_finished(self, report: article_service.ImportReport) -> None:
        self._reload_list()
        shown = self._article.id if self._article is not None else None
        # The imported article listed first: one query, not a position per article.
        first = browse.first_listed(self.store, report.changes.articles, self.article_model.filter)
        row = self.article_model.row_of(first) if first is not None else -1
        if row >= 0:
            self.select_article_row(row)
        elif shown is not None:
            self._reselect_article()
        else:
            self.select_article_row(0)
        summary = self.tr("Imported {}, duplicates {}, failed {}").format(
            report.imported, report.duplicates, len(report.failed)
        )
        if report.cancelled:
            summary += " " + self.tr("(cancelled)")
        self.show_status(summary)
        # Failures first, then what was imported with a repair (bytes replaced...).
        details = "\n".join(
            [f"{source}: {reason}" for source, reason in report.failed]
            + [f"warning: {source}: {message}" for source, message in report.warnings]
        )
        if report.failed:
            self.show_error(
                self.tr(
                    "%n file(s) could not be imported; the others were.", "", len(report.failed)
                ),
                details,
            )
        elif report.warnings:
            self.show_error(
                self.tr(
                    "%n file(s) imported with a repair (see the details).",
                    "",
                    len({source for source, _message in report.warnings}),
                ),
                details,
            )
        self.import_finished.emit(report)

    def import_reviews_dialog(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in sorted(review_service.REVIEW_SUFFIXES))
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import reviews (ClaimReview)"), "",
            self.tr("ClaimReview files ({})").format(patterns),
        )  # fmt: skip
        if paths:
            self.import_review_paths(paths)

    def import_review_paths(self, paths: list[str] | list[Path]) -> Job:
        """Import ClaimReview files in a worker thread, with a progress dialog."""
        targets = [str(p) for p in paths]
        worker = self.workspace.open_worker()

        def work(progress: Progress) -> review_service.ReviewImportReport:
            with worker:
                return review_service.import_review_files(worker.store, targets, progress=progress)

        job = self._start_job(work, self.tr("Importing reviews…"))
        job.finished.connect(self._on_reviews_imported)
        return job

    def _on_reviews_imported(self, report: review_service.ReviewImportReport) -> None:
        # Attached reviews are claims now; external ones can be found and offered.
        self._reload_list()
        if self._article is not None:
            self._reload_claims()
            self.select_claim(self._claim_id, scroll=False)
        self.inspector.refresh_similar()
        summary = self.tr(
            "Reviews imported: {} attached to articles, {} external (other fact-checkers), "
            "{} failed"
        ).format(report.attached, report.external, len(report.failed))
        if report.duplicates:
            summary += " " + self.tr("({} were already there)").format(report.duplicates)
        if report.cancelled:
            summary += " " + self.tr("(cancelled)")
        self.show_status(summary)
        lines = [f"{source}: {reason}" for source, reason in report.failed]
        if report.notes:
            lines += ["", *(f"{source}: {note}" for source, note in report.notes)]
        box = QMessageBox(
            QMessageBox.Icon.Warning if report.failed else QMessageBox.Icon.Information,
            "Annotator", summary, parent=self,
        )  # fmt: skip
        box.setObjectName("reviewImportSummary")
        if report.failed:
            box.setInformativeText(
                self.tr(
                    "%n review(s) or file(s) could not be read (see the details); "
                    "the others were imported.", "", len(report.failed),
                )
            )  # fmt: skip
        if any(lines):
            box.setDetailedText("\n".join(lines).strip())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_message = box
        self.reviews_imported.emit(report)

    def export_dialog(self) -> ExportDialog:
        dialog = ExportDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export_to(self, path: str, *, fmt: str, article_id: int | None = None,
                  status: str = "all", report_errors: bool = True) -> Job:  # fmt: skip
        """Export in a worker thread; the file is replaced only by a complete, valid export.

        A failure is shown in a message unless `report_errors` is False (the export
        dialog lists the problems itself)."""
        worker = self.workspace.open_worker()
        cancelled = self.tr("Export cancelled; nothing was written.")

        def work(progress: Progress) -> exporting.ExportResult:
            progress(0, 1, path)
            with worker:
                files.check_output_path(path)
                result = exporting.export(
                    worker.store, fmt=fmt, article_id=article_id, status=status
                )
            if progress(1, 1, path) is False:
                raise _Cancelled(cancelled)
            files.write_atomically(path, result.data)
            return result

        job = self._start_job(work, self.tr("Exporting reviews…"), report_errors=report_errors)
        job.finished.connect(
            lambda result: self.show_status(
                self.tr("Exported %n review(s) to {}.", "", result.count).format(path)
            )
        )
        return job

    def _start_job(
        self, work: Callable[[Progress], Any], label: str, *, report_errors: bool = True
    ) -> Job:
        job = Job(work, self)
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self)
        dialog.setObjectName("progressDialog")
        dialog.setWindowTitle("Annotator")
        dialog.setWindowModality(Qt.WindowModality.NonModal)  # the window stays usable
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(job.cancel)

        def on_progress(done: int, total: int, current: str) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))
            if current:
                dialog.setLabelText(f"{label}\n{Path(current).name}  ({done}/{total})")

        def on_end(*_args: object) -> None:
            dialog.canceled.disconnect(job.cancel)
            dialog.close()
            dialog.deleteLater()
            if job in self._jobs:
                self._jobs.remove(job)

        job.progressed.connect(on_progress)
        job.finished.connect(on_end)
        job.failed.connect(on_end)
        if report_errors:
            job.failed.connect(
                lambda error: self.show_error(self.describe_error(error), self.error_details(error))
            )
        self._jobs.append(job)
        job.progress_dialog = dialog  # type: ignore[attr-defined]
        return job.start()

    def running_jobs(self) -> list[Job]:
        return list(self._jobs)

    # --- drag and drop --------------------------------------------------------

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

    # --- databases and settings -----------------------------------------------

    def open_database_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a database"), str(Path(self.workspace.location).parent),
            self.tr("Annotator databases (*.db *.sqlite *.annotator);;All files (*)"),
        )  # fmt: skip
        if path:
            self.open_database(path, create=False)

    def new_database_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New database"),
            str(Path(self.workspace.location).parent / "annotations.db"),
            self.tr("Annotator databases (*.db)"),
        )  # fmt: skip
        if path:
            if Path(path).exists() and Path(path).stat().st_size > 0:
                self.show_error(self.tr("{} already exists; open it instead.").format(path))
                return
            self.open_database(path, create=True)

    def open_database(self, path: str, *, create: bool = False) -> bool:
        """Switch to another database file; a file we must not touch is refused."""
        try:
            workspace = open_workspace(path, create=create)
        except UserError as exc:
            self.show_error(str(exc))
            return False
        old, self.workspace = self.workspace, workspace
        old.close()
        self.undo_stack.clear()  # its commands belong to the other file
        self._article = None
        self._claims_by_id = {}
        self._current = None
        self._claim_id = None
        self.reload_settings()
        self._findings = None
        self.article_model.set_store(workspace.store)  # the whole list: the search is run again
        self.review_hits.set_hits([])
        if self._query:
            self._run_search(force=True)
        self.view.clear_article()
        self._set_claims([])
        self.select_claim(None)
        self._update_article_header()
        self._remember_database(workspace.location)
        self._update_title()
        self.select_article_row(0)
        return True

    def reload_settings(self) -> None:
        self.scale = settings_service.rating_scale(self.store)
        self.styles = VerdictStyles(self.scale)
        self.claim_model.set_styles(self.styles)
        self.inspector.retranslate(self.scale, self.styles, self.language)
        self._fill_filters()
        self._update_legend()

    def settings_dialog(self) -> None:
        dialog = SettingsDialog(self, self.store)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.show_status(self.tr("Publisher settings saved.")))
        dialog.open()

    def _remember_database(self, path: str) -> None:
        i18n.remember_database(path)

    def recent_databases(self) -> list[str]:
        return i18n.recent_databases()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.recent_databases():
            action = self.recent_menu.addAction(path)
            action.setEnabled(path != self.workspace.location and Path(path).exists())
            action.triggered.connect(lambda _c=False, p=path: self.open_database(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.workspace.name} — Annotator")

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- layout -----------------------------------------------------------------

    def _restore_layout(self) -> None:
        prefs = i18n.preferences()
        geometry = prefs.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:  # first start: roomy, but never larger than the screen (a 1024×640 laptop)
            screen = self.screen() or QApplication.primaryScreen()
            room = screen.availableGeometry() if screen is not None else QRect(0, 0, 1400, 850)
            self.resize(min(1400, room.width()), min(850, room.height()))
        self._default_splits = True
        for key, splitter in (
            ("window/main", self.main_splitter),
            ("window/side", self.side_splitter),
        ):
            state = prefs.value(key)
            if state is not None:
                splitter.restoreState(state)
                self._default_splits = False

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._default_splits:
            # First start: proportions of the real window size, not of the hidden one.
            self._default_splits = False
            self.main_splitter.setSizes(self._default_split(self.main_splitter.width()))
            height = self.side_splitter.height()
            self.side_splitter.setSizes([int(height * 0.25), height - int(height * 0.25)])

    def _default_split(self, width: int) -> list[int]:
        """Widths of the list, the article and the side panel for a first start: the
        article first (readable whatever the window), the panels narrower when small."""
        splitter = self.main_splitter
        width -= splitter.handleWidth() * (splitter.count() - 1)
        panes = [splitter.widget(i) for i in range(3)]
        minimum = [pane.minimumSizeHint().width() if pane else 0 for pane in panes]
        left = min(max(int(width * 0.24), minimum[0]), 360)
        right = min(max(int(width * 0.32), minimum[2]), 460)
        short = minimum[1] - (width - left - right)
        if short > 0:  # a small window: the panels give way, in proportion
            room = (left - minimum[0]) + (right - minimum[2])
            if room > 0:
                take = min(short, room)
                cut_left = take * (left - minimum[0]) // room
                left, right = left - cut_left, right - (take - cut_left)
        return [left, max(width - left - right, minimum[1]), right]

    def save_layout(self) -> None:
        prefs = i18n.preferences()
        prefs.setValue("window/geometry", self.saveGeometry())
        prefs.setValue("window/main", self.main_splitter.saveState())
        prefs.setValue("window/side", self.side_splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed:
            self._closed = True
            self._search_timer.stop()
            self.inspector.stop_lookups()
            # Every edit is saved already. An empty stack says nothing when Qt deletes
            # it later, after the Python side of the window may be gone.
            self.undo_stack.clear()
            for job in list(self._jobs):
                job.cancel()
            for job in list(self._jobs):
                job.wait()
                job.blockSignals(True)  # its results would land on a closed database
                job.progress_dialog.close()  # type: ignore[attr-defined]
            self._jobs.clear()
            self.save_layout()
            self.article_model.set_store(None)
            self.workspace.close()
        super().closeEvent(event)


class _Cancelled(UserError):
    """The user cancelled a job."""
