"""The article list's cards (title, date, claims, status, a search's passage) and its table."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QTextDocument
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from annotator.services.browse import NO_CLAIMS
from annotator.ui.models import ArticleListModel, format_date
from annotator.ui.searchhits import snippet_html
from annotator.ui.terms import Terms
from annotator.ui.verdicts import anchor_icon, draw_marker

# A card's status pill: background and ink.
_STATUS_PILLS = {"draft": ("#f1f1ef", "#5f6670"), "in-review": ("#fff1d6", "#8a5a00"),
                 "published": ("#dff3ea", "#0b6b4b")}  # fmt: skip
# Claims whose place the user must settle: needs-review, orphans.
_ATTENTION_PILLS = (("#fde2b8", "#7a4300"), ("#e9e8e4", "#4b5059"))
_ASSIGNEE_PILL = ("#e3ecfa", "#23406e")  # who has the article


class ArticleCardDelegate(QStyledItemDelegate):
    """An article as a card: title on up to two lines, then date, claims and status.

    It reads the article's row from the model directly: each `index.data()`
    is a round trip through Qt into Python, a dozen per card otherwise. The
    fonts and the wrapped titles are kept, so a card costs a few draw calls.
    """

    PADDING = 8
    _KEEP = 512  # wrapped titles kept (several screens of cards)

    def __init__(self, model: ArticleListModel, terms: Terms, parent: QWidget | None = None):
        super().__init__(parent)
        self._model = model
        self._terms = terms
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
        searching = bool(self._model.query)
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
        item = self._model.row(index.row())
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
        if self._model.query:
            snippet = self._model.snippet(index.row())
            top = inner.top() + 2 * metrics.height() + 3
            self._paint_snippet(painter, snippet, small, inner, top)

        painter.setFont(small)
        meta_y = inner.bottom() - small_metrics.height() + 1
        pills: list[tuple[str, tuple[str, str]]] = []
        if item.status and item.status != NO_CLAIMS:
            status = self._terms.status_label(item.status)
            pills.append((status, _STATUS_PILLS.get(item.status, ("#f1f1ef", "#5f6670"))))
        if item.assigned_to:  # who checks it ("à vérifier par")
            pills.append((_short_name(item.assigned_to), _ASSIGNEE_PILL))
        counts = self._model.attention(item.id)
        if counts and counts.needs_review:  # a place to check after a new version
            pills.append((self._terms.attention_texts(counts)[0], _ATTENTION_PILLS[0]))
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

        date = format_date(item.published, self._terms.labels.locale)
        claims = self._terms.claim_count_text(item.claims)
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
            draw_marker(painter, self._terms.styles.get(key), QRectF(x, dot_y, size, size))
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
            document.setHtml(html.escape(self.tr("Found in a claim's review")))
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


def _short_name(name: str, limit: int = 16) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


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
