"""Other fact-checkers' reviews a search found ("already checked elsewhere"), as cards."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from annotator.services.finder import ReviewHit
from annotator.ui.models import HIT_ROLE, MARK_CLOSE, MARK_OPEN, ReviewHitsModel
from annotator.ui.panels import StyleForLabel, is_web_url, iso_date, open_web_page
from annotator.ui.verdicts import draw_marker


def snippet_html(snippet: str) -> str:
    """A search snippet as HTML: escaped, its matched words in bold."""
    escaped = html.escape(" ".join(snippet.split()))
    return escaped.replace(MARK_OPEN, "<b>").replace(MARK_CLOSE, "</b>")


class ReviewHitDelegate(QStyledItemDelegate):
    """A review hit as a card: publisher, verdict (with our marker when it is on our
    scale) and date, then the matching passage with the matched words in bold."""

    PADDING = 6
    SNIPPET_LINES = 2

    def __init__(self, style_for_label: StyleForLabel, parent: QWidget | None = None):
        super().__init__(parent)
        self._style_for_label = style_for_label

    def _fonts(self, font: QFont) -> tuple[QFont, QFont]:
        bold = QFont(font)
        bold.setWeight(QFont.Weight.DemiBold)
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.92)
        return bold, small

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        bold, small = self._fonts(option.font)
        height = QFontMetrics(bold).height() + QFontMetrics(small).lineSpacing() * 2
        return QSize(200, height + self.PADDING * 2 + 3)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        hit = index.data(HIT_ROLE)
        if not isinstance(hit, ReviewHit):
            return
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(rect, QColor("#dbe8f7") if selected else QColor("#ffffff"))
        painter.setPen(QColor("#e6e6e2"))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        bold, small = self._fonts(option.font)
        bold_metrics, small_metrics = QFontMetrics(bold), QFontMetrics(small)
        inner = rect.adjusted(self.PADDING + 2, self.PADDING, -self.PADDING, -self.PADDING)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        line = QRect(inner.left(), inner.top(), inner.width(), bold_metrics.height())

        x = line.left()
        style = self._style_for_label(hit.verdict)
        if style is not None:
            size = 10.0
            draw_marker(
                painter, style, QRectF(x, line.top() + (line.height() - size) / 2, size, size)
            )
            x += int(size) + 5
        date = iso_date(getattr(hit, "date", None))
        painter.setFont(small)
        date_width = small_metrics.horizontalAdvance(date) + 4 if date else 0
        if date:
            painter.setPen(QColor("#5f6670"))
            painter.drawText(
                QRect(line.right() - date_width, line.top(), date_width, line.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                date,
            )
        room = line.right() - date_width - x - 4
        publisher = hit.checked_by or "?"
        verdict = f" — {hit.verdict}" if hit.verdict else ""
        painter.setFont(bold)
        painter.setPen(QColor("#1d2430"))
        verdict_width = min(bold_metrics.horizontalAdvance(verdict), room // 2)
        name = bold_metrics.elidedText(publisher, Qt.TextElideMode.ElideRight, room - verdict_width)
        painter.drawText(QRect(x, line.top(), room, line.height()), left, name)
        x += bold_metrics.horizontalAdvance(name)
        if verdict:
            painter.setPen(style.line if style is not None else QColor("#8a4b00"))
            rest = line.right() - date_width - x - 4
            painter.drawText(
                QRect(x, line.top(), max(rest, 0), line.height()),
                left,
                bold_metrics.elidedText(verdict, Qt.TextElideMode.ElideRight, max(rest, 0)),
            )

        top = line.bottom() + 3
        lines_height = small_metrics.lineSpacing() * self.SNIPPET_LINES
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(small)
        document.setDefaultStyleSheet("body { color: #3d434c; }")
        document.setHtml(snippet_html(hit.snippet or hit.title))
        document.setTextWidth(inner.width())
        painter.translate(inner.left(), top)
        clip = QRectF(0, 0, inner.width(), lines_height)
        painter.setClipRect(clip)
        document.drawContents(painter, clip)
        painter.restore()


class ReviewHitsPanel(QFrame):
    """Other fact-checkers' verdicts a search found ("already checked elsewhere"),
    each openable in the browser."""

    VISIBLE_ROWS = 3
    status_message = Signal(str)  # something to say in the status bar

    def __init__(self, style_for_label: StyleForLabel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reviewHitsPanel")
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.model = ReviewHitsModel(self)
        self.list = QListView()
        self.list.setObjectName("reviewHitList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(ReviewHitDelegate(style_for_label, self.list))
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.activated.connect(lambda index: self.open_review(index.row()))
        self.list.selectionModel().currentChanged.connect(self._update_button)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openReviewButton")
        self.open_button.clicked.connect(lambda: self.open_review())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.open_button)
        layout.addLayout(bar)
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        count = self.model.rowCount()
        self.title.setText(
            self.tr("ALREADY CHECKED ELSEWHERE") + (f"  ·  {count}" if count else "")
        )
        self.open_button.setText(self.tr("Open the review"))
        self.open_button.setToolTip(self.tr("Open the fact-check's page in the web browser"))
        self.list.setAccessibleName(self.tr("Reviews by other fact-checkers"))
        self.model.describe = self.describe
        self._update_button()

    def describe(self, hit: ReviewHit) -> str:
        parts = [hit.checked_by or "?"]
        if hit.verdict:
            parts.append(hit.verdict)
        head = " — ".join(parts)
        date = iso_date(getattr(hit, "date", None))
        if date:
            head += f" ({date})"
        text = " ".join((hit.snippet or hit.title).split())
        text = text.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")
        return f"{head} : {text}"

    def set_hits(self, hits: Sequence[ReviewHit]) -> None:
        self.model.set_hits(hits)
        self.retranslate()
        # As tall as its hits, up to VISIBLE_ROWS: the articles keep the room.
        row = self.list.sizeHintForRow(0) if hits else 0
        frame = self.list.frameWidth() * 2
        self.list.setFixedHeight(row * min(len(hits), self.VISIBLE_ROWS) + frame)
        self.setVisible(bool(hits))
        if hits:
            self.list.setCurrentIndex(self.model.index(0, 0))

    def _update_button(self, *_args: object) -> None:
        hit = self.model.hit(self.list.currentIndex().row())
        self.open_button.setEnabled(hit is not None and is_web_url(hit.url))

    def open_review(self, row: int | None = None) -> bool:
        """Open a hit's page (the current one by default); only http(s) addresses."""
        hit = self.model.hit(self.list.currentIndex().row() if row is None else row)
        if hit is None:
            return False
        if not open_web_page(hit.url):
            self.status_message.emit(
                self.tr("This review has no web address to open (only http and https are).")
            )
            return False
        return True
