"""The read-only article view: claims painted under the visible text only, at any size."""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from itertools import accumulate
from operator import itemgetter, le, lt, sub
from typing import Any, NamedTuple

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
    QTextCharFormat,
    QTextCursor,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QApplication,
    QPlainTextEdit,
    QStyle,
    QTextEdit,
    QToolTip,
    QWidget,
)

from annotator.ui.offsets import OffsetMap
from annotator.ui.verdicts import (
    ANCHOR_COLORS,
    VerdictStyles,
    draw_marker,
    draw_question_badge,
    draw_underline,
    lanes,
)

GUTTER = 30
_START, _END = itemgetter(1), itemgetter(2)  # of a claim row (id, start, end, verdict, ...)
MAX_LANES = 3


def _in_word(char: str) -> bool:
    return char.isalnum() or char == "_" or unicodedata.category(char).startswith("M")


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) widened so that neither end cuts a word in two (code points).

    "…Le premier contrat avai" becomes "…Le premier contrat avait"; an end on
    a blank or on punctuation stays where it is.
    """
    while 0 < start < len(text) and _in_word(text[start - 1]) and _in_word(text[start]):
        start -= 1
    while 0 < end < len(text) and _in_word(text[end - 1]) and _in_word(text[end]):
        end += 1
    return start, end


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
        # The highlights in text order: (claim id, start, end, verdict, ...) rows
        # in UTF-16 positions, their starts, and each one's underline lane. Span
        # objects are made only for what is painted or asked for.
        self._rows: list[Sequence[Any]] = []
        self._lanes: list[int] = []
        self._starts: list[int] = []
        self._longest = 0
        self._current: int | None = None
        self._provisional: frozenset[int] = frozenset()  # needs-review: a proposed place
        self._press: QPoint | None = None
        self._dragged = False  # the left button moved since it was pressed: a drag
        self._search_matches: list[tuple[int, int]] = []
        self._body = ""
        self._describe: Callable[[Span], str] = lambda span: ""
        self._context_actions: list[QAction] = []

        self._gutter = _Gutter(self)
        self.setViewportMargins(GUTTER, 0, 0, 0)
        self.updateRequest.connect(self._on_update_request)

    def readable_width(self, characters: int = 45) -> int:
        """The width that shows about `characters` characters of text a line."""
        text = self.fontMetrics().averageCharWidth() * characters
        margins = 2 * int(self.document().documentMargin()) + 2 * self.frameWidth()
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return text + margins + GUTTER + scroll_bar

    # --- content ----------------------------------------------------------

    def show_article(
        self,
        body: str,
        claims: Iterable[Sequence],
        styles: VerdictStyles,
        *,
        provisional: Iterable[int] = (),
    ) -> None:
        """Show a body with its claims: (id, start, end, verdict, ...) in code points;
        `provisional`: ids of claims whose place is only proposed (needs-review)."""
        self._styles = styles
        self._current = None
        self._provisional = frozenset(provisional)
        self._body = body
        self._search_matches = []
        self.setExtraSelections([])
        self.setPlainText(body)
        # The document counts UTF-16 units: equal to the body's length, no
        # character needs two and the map needs no scan of the text.
        self._offsets = OffsetMap(body, length16=self.document().characterCount() - 1)
        self.set_claims(claims)

    def clear_article(self) -> None:
        self._rows, self._lanes, self._starts, self._current = [], [], [], None
        self._provisional = frozenset()
        self._offsets = OffsetMap("")
        self._body = ""
        self._search_matches = []
        self.setExtraSelections([])
        self.setPlainText("")

    def set_claims(self, claims: Iterable[Sequence]) -> None:
        """Replace the highlights: (id, start, end, verdict, ...) in code points, orphans
        (start None) left out; repaints what is visible.

        Claims in text order (as the database gives them) are kept as they come,
        without a copy of each: opening 2,000 claims costs a few C-speed passes.
        """
        rows = list(claims)
        starts = list(map(_START, rows))
        if None in starts:  # orphans: no longer in the text
            rows = [c for c in rows if c[1] is not None]
            starts = list(map(_START, rows))
        if self._offsets.has_astral:  # else code points and UTF-16 units are the same numbers
            to16 = self._offsets.to_utf16
            rows = [(c[0], to16(c[1]), to16(c[2]), c[3]) for c in rows]
            starts = list(map(_START, rows))
        if not all(map(lt, starts, starts[1:])):  # not in text order: by start, then end
            rows.sort(key=itemgetter(1, 2, 0))
            starts = list(map(_START, rows))
        ends = list(map(_END, rows))
        if all(map(le, accumulate(ends, max), starts[1:])):
            self._lanes = [0] * len(rows)  # no two claims overlap: one lane
        else:
            self._lanes = lanes(list(zip(starts, ends, strict=True)))
        self._rows, self._starts = rows, starts
        self._longest = max(map(sub, ends, starts), default=0)
        self.viewport().update()
        self._gutter.update()

    def set_search_matches(self, spans: Sequence[tuple[int, int]], *, scroll: bool = False) -> None:
        """Highlight a search's words ([start, end) in code points), the first more
        strongly; with `scroll`, bring the first into view (the caret moves there,
        nothing is selected: Mark would take a selection)."""
        self._search_matches = list(spans)
        selections = []
        for number, (start, end) in enumerate(spans):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._offsets.to_utf16(start))
            cursor.setPosition(self._offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor  # type: ignore[attr-defined]
            text_format = QTextCharFormat()
            text_format.setBackground(QColor("#ffd24d" if number == 0 else "#fff0a8"))
            selection.format = text_format  # type: ignore[attr-defined]
            selections.append(selection)
        self.setExtraSelections(selections)
        if scroll and spans:
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._offsets.to_utf16(spans[0][0]))
            self.setTextCursor(cursor)
            self.centerCursor()

    def search_matches(self) -> list[tuple[int, int]]:
        """The search's words highlighted, in code points (for tests and tools)."""
        return list(self._search_matches)

    def set_provisional(self, claim_ids: Iterable[int]) -> None:
        """Claims shown as provisional (dashed outline and "?"): a place proposed by
        re-anchoring that the user has not accepted yet."""
        provisional = frozenset(claim_ids)
        if provisional != self._provisional:
            self._provisional = provisional
            self.viewport().update()

    def provisional(self) -> frozenset[int]:
        return self._provisional

    def set_describer(self, describe: Callable[[Span], str]) -> None:
        """How a hovered claim is described (verdict label, quote) in its tooltip."""
        self._describe = describe

    def set_context_actions(self, actions: list[QAction]) -> None:
        self._context_actions = actions

    def highlight_ranges(self) -> list[tuple[int, int, str | None]]:
        """(start, end, verdict) of every highlight, in Qt positions (for tests and tools)."""
        return [(row[1], row[2], row[3]) for row in self._rows]

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
        for index, row in enumerate(self._rows):
            if row[0] == claim_id:
                return self._make_span(index)
        return None

    def _make_span(self, index: int) -> Span:
        claim_id, start, end, verdict = self._rows[index][:4]
        return Span(start, end, claim_id, verdict, self._lanes[index])

    # --- geometry ---------------------------------------------------------

    def _spans_in(self, lo: int, hi: int) -> list[Span]:
        """Spans that overlap [lo, hi) (UTF-16 positions)."""
        first = bisect_left(self._starts, lo - self._longest)
        last = bisect_left(self._starts, hi)
        rows = self._rows
        return [self._make_span(k) for k in range(first, last) if rows[k][2] > lo]

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
        if not self._rows:
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
        if not self._rows or self._styles is None:
            super().paintEvent(event)
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        badges: list[QRectF] = []
        kept = self._paint_claims(painter, event.rect(), badges)
        painter.end()
        super().paintEvent(event)
        for layout in kept:
            layout.setCacheEnabled(False)  # freed at its next draw: memory stays bounded
        if badges:  # over the text, as a superscript "?"
            painter = QPainter(self.viewport())
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            color = QColor(ANCHOR_COLORS["needs-review"])
            for rect in badges:
                draw_question_badge(painter, color, rect)
            painter.end()

    def _paint_claims(
        self, painter: QPainter, area: QRect, badges: list[QRectF]
    ) -> list[QTextLayout]:
        """Highlights under the visible text; returns the layouts whose glyphs it kept.

        A block's layout forgets its shaped glyphs after each use, and measuring
        a claim (cursorToX) shapes the whole paragraph again: kept until the
        text itself is drawn, they are shaped once per paint, not twice.
        """
        assert self._styles is not None
        current: list[tuple[QRectF, QColor]] = []
        provisional: list[tuple[list[QRectF], bool]] = []  # (rects, the span ends here)
        kept: list[QTextLayout] = []
        for block, origin in self._visible_blocks(area):
            base = block.position()
            spans = self._spans_in(base, base + block.length())
            if not spans:
                continue
            layout = block.layout()
            if not layout.cacheEnabled():
                layout.setCacheEnabled(True)
                kept.append(layout)
            for span in spans:
                style = self._styles.get(span.verdict)
                rects = self._rects(block, origin, span.start, span.end)
                if not rects:
                    continue
                ascent = layout.lineAt(0).ascent() if layout.lineCount() else 0.0
                for rect in rects:
                    painter.fillRect(rect, style.fill)
                    y = rect.top() + ascent + 2.5 + min(span.lane, MAX_LANES) * 3.5
                    draw_underline(painter, style, rect.left(), rect.right(), y)
                    if span.claim_id == self._current:
                        current.append((rect, style.line))
                if span.claim_id in self._provisional:
                    provisional.append((rects, span.end < base + block.length()))
        for rect, color in current:
            painter.setPen(QPen(color, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-1.5, -0.5, 1.5, 0.5), 3, 3)
        if provisional:
            self._paint_provisional(painter, provisional, badges)
        return kept

    @staticmethod
    def _paint_provisional(
        painter: QPainter, spans: list[tuple[list[QRectF], bool]], badges: list[QRectF]
    ) -> None:
        """A proposed place: a dashed outline, and (in `badges`) a "?" at its end."""
        pen = QPen(QColor(ANCHOR_COLORS["needs-review"]), 1.3, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for rects, ends_here in spans:
            for rect in rects:
                painter.drawRect(rect.adjusted(-1, -1, 1, 1))
            if ends_here:
                last = rects[-1]
                size = min(11.0, max(8.0, last.height() * 0.5))
                badges.append(
                    QRectF(last.right() - size * 0.4, last.top() - size * 0.55, size, size)
                )

    def paint_gutter(self, painter: QPainter, area: QRect) -> None:
        if not self._rows or self._styles is None:
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
            for row in self._rows[first:last]:
                start, verdict = row[1], row[3]
                line = layout.lineForTextPosition(start - base).lineNumber()
                verdicts = by_line.setdefault(max(line, 0), [])
                if verdict not in verdicts:
                    verdicts.append(verdict)
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

    def snap_selection_to_words(self) -> None:
        """Widen the selection to whole words (what a drag of the mouse means)."""
        cursor = self.textCursor()
        if not cursor.hasSelection() or not self._body:
            return
        anchor, position = cursor.anchor(), cursor.position()
        lo, hi = min(anchor, position), max(anchor, position)
        start = self._offsets.to_code_points(lo)
        end = self._offsets.to_code_points(hi, round_up=True)
        start, end = whole_words(self._body, start, end)
        lo, hi = self._offsets.to_utf16(start), self._offsets.to_utf16(end)
        if anchor <= position:
            cursor.setPosition(lo)
            cursor.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
        else:
            cursor.setPosition(hi)
            cursor.setPosition(lo, QTextCursor.MoveMode.KeepAnchor)
        if (cursor.anchor(), cursor.position()) != (anchor, position):
            self.setTextCursor(cursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        self._dragged = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if (
            event.buttons() & Qt.MouseButton.LeftButton
            and self._press is not None
            and (event.position().toPoint() - self._press).manhattanLength()
            >= QApplication.startDragDistance()
        ):
            self._dragged = True

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        if event.button() == Qt.MouseButton.LeftButton and (
            self._dragged or event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            # Selected with the mouse: a claim is whole words. The keyboard
            # (Shift+arrows) can still take part of a word, for who means it.
            self.snap_selection_to_words()
        self._dragged = False
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
