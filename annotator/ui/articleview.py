"""The read-only article view: claims painted under the visible text only, at any size."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from typing import NamedTuple

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTextBlock,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from annotator.ui.offsets import OffsetMap
from annotator.ui.verdicts import VerdictStyles, draw_marker, draw_underline, lanes

GUTTER = 30
MAX_LANES = 3


class Span(NamedTuple):
    """A claim as the view paints it: UTF-16 positions of the document."""

    start: int
    end: int
    claim_id: int
    verdict: str | None
    lane: int


class _Gutter(QWidget):
    """The strip left of the text: a verdict marker beside each line where a claim starts."""

    def __init__(self, view: ArticleView):
        super().__init__(view)
        self._view = view
        self.setObjectName("articleGutter")

    def sizeHint(self) -> QSize:
        return QSize(GUTTER, 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().window().color().lighter(103))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._view.paint_gutter(painter, event.rect())
        painter.end()


class ArticleView(QPlainTextEdit):
    """Shows an article's body; highlights come from spans, painted per visible block.

    Nothing is written into the document's formats, so opening a 1 MB article
    with thousands of claims costs little more than setPlainText, and the
    document's positions stay exactly the body's (in UTF-16 units).
    """

    claim_clicked = Signal(int)
    selection_marked = Signal()  # the context menu's "Mark claim"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setAcceptDrops(False)  # dropped files go to the window, which imports them
        self.viewport().setAcceptDrops(False)
        font = QFont()
        font.setFamilies(["Source Serif 4", "Noto Serif", "DejaVu Serif", "Georgia", "serif"])
        font.setPointSizeF(12)
        self.setFont(font)
        self.document().setDocumentMargin(14)
        self.viewport().setMouseTracking(True)
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)

        self._styles: VerdictStyles | None = None
        self._offsets = OffsetMap("")
        self._spans: list[Span] = []
        self._starts: list[int] = []
        self._longest = 0
        self._current: int | None = None
        self._press: QPoint | None = None
        self._describe: Callable[[Span], str] = lambda span: ""
        self._context_actions: list[QAction] = []

        self._gutter = _Gutter(self)
        self.setViewportMargins(GUTTER, 0, 0, 0)
        self.updateRequest.connect(self._on_update_request)

    # --- content ----------------------------------------------------------

    def show_article(
        self, body: str, claims: Iterable[tuple[int, int, int, str | None]], styles: VerdictStyles
    ) -> None:
        """Show a body with its claims: (id, start, end, verdict) in code points."""
        self._styles = styles
        self._current = None
        self.setPlainText(body)
        self._offsets = OffsetMap(body)
        self.set_claims(claims)

    def clear_article(self) -> None:
        self._spans, self._starts, self._current = [], [], None
        self._offsets = OffsetMap("")
        self.setPlainText("")

    def set_claims(self, claims: Iterable[tuple[int, int, int, str | None]]) -> None:
        """Replace the highlights (code-point offsets); repaints what is visible."""
        if self._offsets.has_astral:
            to16 = self._offsets.to_utf16
            converted = sorted((to16(s), to16(e), i, v) for i, s, e, v in claims)
        else:  # most texts: code points and UTF-16 units are the same numbers
            converted = sorted((s, e, i, v) for i, s, e, v in claims)
        claim_lanes = lanes(converted)
        self._spans = [
            Span._make((*span, lane)) for span, lane in zip(converted, claim_lanes, strict=True)
        ]
        self._starts = [span.start for span in self._spans]
        self._longest = max((span.end - span.start for span in self._spans), default=0)
        self.viewport().update()
        self._gutter.update()

    def set_describer(self, describe: Callable[[Span], str]) -> None:
        """How a hovered claim is described (verdict label, quote) in its tooltip."""
        self._describe = describe

    def set_context_actions(self, actions: list[QAction]) -> None:
        self._context_actions = actions

    def highlight_ranges(self) -> list[tuple[int, int, str | None]]:
        """(start, end, verdict) of every highlight, in Qt positions (for tests and tools)."""
        return [(s.start, s.end, s.verdict) for s in self._spans]

    @property
    def offsets(self) -> OffsetMap:
        return self._offsets

    def set_current_claim(self, claim_id: int | None, *, scroll: bool = True) -> None:
        self._current = claim_id
        span = self._span(claim_id)
        if span is not None and scroll:
            cursor = QTextCursor(self.document())
            cursor.setPosition(span.start)
            # Moves the caret only: a selection here would be marked again by Ctrl+M.
            self.setTextCursor(cursor)
            self.centerCursor()
        self.viewport().update()

    def selected_span(self) -> tuple[int, int] | None:
        """The selection in code points, without surrounding blanks; None if empty."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._offsets.to_code_points(cursor.selectionStart())
        end = self._offsets.to_code_points(cursor.selectionEnd(), round_up=True)
        # Python strings index code points, like the store: trim blanks there.
        selected = cursor.selectedText()
        lead = len(selected) - len(selected.lstrip())
        trail = len(selected) - len(selected.rstrip())
        start, end = start + lead, end - trail
        return (start, end) if end > start else None

    def _span(self, claim_id: int | None) -> Span | None:
        if claim_id is None:
            return None
        return next((s for s in self._spans if s.claim_id == claim_id), None)

    # --- geometry ---------------------------------------------------------

    def _spans_in(self, lo: int, hi: int) -> list[Span]:
        """Spans that overlap [lo, hi) (UTF-16 positions)."""
        first = bisect_left(self._starts, lo - self._longest)
        last = bisect_left(self._starts, hi)
        return [s for s in self._spans[first:last] if s.end > lo]

    def _rects(self, block: QTextBlock, origin: QPointF, start: int, end: int) -> list[QRectF]:
        layout = block.layout()
        if layout is None or layout.lineCount() == 0:
            return []
        base = block.position()
        length = block.length() - 1  # without the paragraph separator
        rs, re_ = max(start - base, 0), min(end - base, length)
        if re_ <= rs:
            return []
        first = layout.lineForTextPosition(rs).lineNumber()
        last = layout.lineForTextPosition(re_).lineNumber()
        if first < 0:
            first = 0
        if last < 0:
            last = layout.lineCount() - 1
        rects = []
        for index in range(first, last + 1):
            line = layout.lineAt(index)
            ls = line.textStart()
            le = ls + line.textLength()
            a, b = max(rs, ls), min(re_, le)
            if b <= a:
                continue
            x1 = line.cursorToX(a)[0]
            x2 = line.cursorToX(b)[0]
            rects.append(
                QRectF(
                    origin.x() + min(x1, x2),
                    origin.y() + line.y(),
                    abs(x2 - x1),
                    line.height(),
                )
            )
        return rects

    def _visible_blocks(self, area: QRect) -> Iterable[tuple[QTextBlock, QPointF]]:
        offset = self.contentOffset()
        block = self.firstVisibleBlock()
        while block.isValid():
            geometry = self.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > area.bottom():
                break
            if block.isVisible() and geometry.bottom() >= area.top():
                yield block, geometry.topLeft()
            block = block.next()

    def claims_at(self, point: QPoint) -> list[int]:
        """Claims whose highlight is under a viewport point, innermost first."""
        if not self._spans:
            return []
        cursor = self.cursorForPosition(point)
        pos = cursor.position()
        block = cursor.block()
        origin = self.blockBoundingGeometry(block).translated(self.contentOffset()).topLeft()
        hits = []
        for span in self._spans_in(max(pos - 1, 0), pos + 1):
            rects = self._rects(block, origin, span.start, span.end)
            if any(r.contains(QPointF(point)) for r in rects):
                hits.append(span)
        hits.sort(key=lambda s: (s.end - s.start, s.start))
        return [s.claim_id for s in hits]

    # --- painting ---------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._spans and self._styles is not None:
            painter = QPainter(self.viewport())
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint_claims(painter, event.rect())
            painter.end()
        super().paintEvent(event)

    def _paint_claims(self, painter: QPainter, area: QRect) -> None:
        assert self._styles is not None
        current: list[tuple[QRectF, QColor]] = []
        for block, origin in self._visible_blocks(area):
            base = block.position()
            for span in self._spans_in(base, base + block.length()):
                style = self._styles.get(span.verdict)
                rects = self._rects(block, origin, span.start, span.end)
                if not rects:
                    continue
                layout = block.layout()
                ascent = layout.lineAt(0).ascent() if layout.lineCount() else 0.0
                for rect in rects:
                    painter.fillRect(rect, style.fill)
                    y = rect.top() + ascent + 2.5 + min(span.lane, MAX_LANES) * 3.5
                    draw_underline(painter, style, rect.left(), rect.right(), y)
                    if span.claim_id == self._current:
                        current.append((rect, style.line))
        for rect, color in current:
            painter.setPen(QPen(color, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-1.5, -0.5, 1.5, 0.5), 3, 3)

    def paint_gutter(self, painter: QPainter, area: QRect) -> None:
        if not self._spans or self._styles is None:
            return
        top = self.viewport().geometry().top()
        for block, origin in self._visible_blocks(area.translated(0, -top)):
            layout = block.layout()
            if layout is None or layout.lineCount() == 0:
                continue
            base = block.position()
            first = bisect_left(self._starts, base)
            last = bisect_left(self._starts, base + block.length())
            by_line: dict[int, list[str | None]] = {}
            for span in self._spans[first:last]:
                line = layout.lineForTextPosition(span.start - base).lineNumber()
                verdicts = by_line.setdefault(max(line, 0), [])
                if span.verdict not in verdicts:
                    verdicts.append(span.verdict)
            for line_number, verdicts in by_line.items():
                line = layout.lineAt(line_number)
                size = min(11.0, line.height() - 3)
                y = origin.y() + top + line.y() + (line.height() - size) / 2
                for index, verdict in enumerate(verdicts[:2]):
                    x = GUTTER - 5 - size - index * (size + 2)
                    draw_marker(painter, self._styles.get(verdict), QRectF(x, y, size, size))

    def _on_update_request(self, rect: QRect, dy: int) -> None:
        if dy:
            self._gutter.scroll(0, dy)
        else:
            self._gutter.update(0, rect.y(), self._gutter.width(), rect.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        contents = self.contentsRect()
        self._gutter.setGeometry(QRect(contents.left(), contents.top(), GUTTER, contents.height()))

    # --- interaction ------------------------------------------------------

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            ids = self.claims_at(event.pos())
            spans = [s for s in (self._span(i) for i in ids) if s is not None]
            if spans:
                text = "<hr>".join(self._describe(s) for s in spans)
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        if (
            event.button() != Qt.MouseButton.LeftButton
            or self.textCursor().hasSelection()
            or self._press is None
            or (point - self._press).manhattanLength() > 4
        ):
            return
        ids = self.claims_at(point)
        if not ids:
            return
        # Clicking again where claims overlap walks through them, innermost first.
        chosen = ids[(ids.index(self._current) + 1) % len(ids)] if self._current in ids else ids[0]
        self.claim_clicked.emit(chosen)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        first = menu.actions()[0] if menu.actions() else None
        for action in self._context_actions:
            menu.insertAction(first, action)
        if self._context_actions:
            menu.insertSeparator(first)
        menu.exec(event.globalPos())
        menu.deleteLater()
