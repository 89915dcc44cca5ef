"""How each verdict looks: colour, underline style and marker shape (never colour alone)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from annotator.domain.rating import RatingScale

UNDERLINES = ("solid", "dash", "dashdot", "dot", "wave", "double")
MARKERS = ("check", "circle", "diamond", "triangle", "cross", "square")
# The default scale's keys get the shapes that say it best: a check for
# true, a cross for false; other scales take them in order.
_BY_KEY = {
    "true": ("solid", "check"),
    "mostly-true": ("dash", "circle"),
    "mixed": ("dashdot", "diamond"),
    "mostly-false": ("dot", "triangle"),
    "false": ("wave", "cross"),
    "unproven": ("double", "square"),
}
NO_VERDICT_COLOR = "#8a8f98"


@dataclass(frozen=True)
class VerdictStyle:
    key: str | None  # None: not rated yet
    color: QColor
    underline: str
    marker: str

    @property
    def fill(self) -> QColor:
        """The highlight behind the text: light enough to read black text on it."""
        fill = QColor(self.color)
        fill.setAlphaF(0.22 if self.key is not None else 0.16)
        return fill

    @property
    def line(self) -> QColor:
        """Underline and marker colour: light hues (yellow) darkened to show on white."""
        color = QColor(self.color)
        if color.lightnessF() > 0.6:
            color = color.darker(145)
        return color


class VerdictStyles:
    """The styles of one rating scale, by verdict key (None = no verdict)."""

    def __init__(self, scale: RatingScale):
        self._pixmaps: dict[tuple[str | None, int, bool], QPixmap] = {}
        self._icons: dict[tuple[str | None, int], QIcon] = {}
        self._styles: dict[str | None, VerdictStyle] = {
            None: VerdictStyle(None, QColor(NO_VERDICT_COLOR), "thin", "ring")
        }
        for index, rating in enumerate(scale.ratings):
            underline, marker = _BY_KEY.get(
                rating.key, (UNDERLINES[index % len(UNDERLINES)], MARKERS[index % len(MARKERS)])
            )
            self._styles[rating.key] = VerdictStyle(
                rating.key, QColor(rating.color), underline, marker
            )

    def get(self, key: str | None) -> VerdictStyle:
        return self._styles.get(key) or self._styles[None]

    def icon(self, key: str | None, size: int = 16) -> QIcon:
        icon = self._icons.get((key, size))
        if icon is None:
            icon = self._icons[(key, size)] = QIcon(self.pixmap(key, size))
        return icon

    def pixmap(self, key: str | None, size: int = 16, *, with_line: bool = False) -> QPixmap:
        """The marker (and, for the legend, a sample of the underline) as a picture."""
        cached = self._pixmaps.get((key, size, with_line))
        if cached is None:
            cached = self._pixmaps[(key, size, with_line)] = self._draw(key, size, with_line)
        return cached

    def _draw(self, key: str | None, size: int, with_line: bool) -> QPixmap:
        style = self.get(key)
        width = size * 3 if with_line else size
        pixmap = QPixmap(width * 2, size * 2)  # drawn at 2x: crisp on high-DPI screens
        pixmap.setDevicePixelRatio(2.0)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw_marker(painter, style, QRectF(1, 1, size - 2, size - 2))
        if with_line:
            y = size * 0.5
            painter.fillRect(QRectF(size + 3, 2, width - size - 4, size - 6), style.fill)
            draw_underline(painter, style, size + 3, width - 1, y + size * 0.3)
        painter.end()
        return pixmap


def draw_marker(painter: QPainter, style: VerdictStyle, rect: QRectF) -> None:
    color = style.line
    pen = QPen(color, max(1.5, rect.width() / 7))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.save()
    painter.setPen(pen)
    painter.setBrush(color)
    r = rect.adjusted(1, 1, -1, -1)
    c = r.center()
    shape = style.marker
    if shape == "circle":
        painter.drawEllipse(r)
    elif shape == "ring":
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(r.adjusted(1, 1, -1, -1))
    elif shape == "square":
        painter.drawRect(r.adjusted(1, 1, -1, -1))
    elif shape == "diamond":
        painter.drawPolygon(
            QPolygonF([QPointF(c.x(), r.top()), QPointF(r.right(), c.y()),
                       QPointF(c.x(), r.bottom()), QPointF(r.left(), c.y())])
        )  # fmt: skip
    elif shape == "triangle":
        painter.drawPolygon(
            QPolygonF([QPointF(r.left(), r.top() + 1), QPointF(r.right(), r.top() + 1),
                       QPointF(c.x(), r.bottom())])
        )  # fmt: skip
    elif shape == "check":
        painter.setBrush(Qt.BrushStyle.NoBrush)
        pen.setWidthF(pen.widthF() * 1.3)
        painter.setPen(pen)
        path = QPainterPath(QPointF(r.left() + 1, c.y()))
        path.lineTo(QPointF(c.x() - 1, r.bottom() - 1))
        path.lineTo(QPointF(r.right(), r.top() + 1))
        painter.drawPath(path)
    elif shape == "cross":
        pen.setWidthF(pen.widthF() * 1.3)
        painter.setPen(pen)
        painter.drawLine(r.topLeft() + QPointF(1, 1), r.bottomRight() - QPointF(1, 1))
        painter.drawLine(r.topRight() + QPointF(-1, 1), r.bottomLeft() + QPointF(1, -1))
    painter.restore()


def draw_underline(painter: QPainter, style: VerdictStyle, x1: float, x2: float, y: float) -> None:
    """The verdict's underline from x1 to x2 at height y (its own pattern per verdict)."""
    if x2 <= x1:
        return
    painter.save()
    pen = QPen(style.line, 1.6)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    kind = style.underline
    if kind == "wave":
        path = QPainterPath(QPointF(x1, y))
        step, amp = 3.0, 1.6
        x, up = x1, True
        while x < x2:
            nx = min(x + step, x2)
            path.quadTo(QPointF((x + nx) / 2, y - amp if up else y + amp), QPointF(nx, y))
            x, up = nx, not up
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    elif kind == "double":
        pen.setWidthF(1.0)
        painter.setPen(pen)
        painter.drawLine(QPointF(x1, y - 1.5), QPointF(x2, y - 1.5))
        painter.drawLine(QPointF(x1, y + 1.0), QPointF(x2, y + 1.0))
    else:
        pen.setStyle(
            {
                "solid": Qt.PenStyle.SolidLine,
                "dash": Qt.PenStyle.DashLine,
                "dashdot": Qt.PenStyle.DashDotLine,
                "dot": Qt.PenStyle.DotLine,
                "thin": Qt.PenStyle.DashLine,
            }.get(kind, Qt.PenStyle.SolidLine)
        )
        if kind == "thin":
            pen.setWidthF(1.0)
        elif kind == "dot":
            pen.setWidthF(2.0)
        painter.setPen(pen)
        painter.drawLine(QPointF(x1, y), QPointF(x2, y))
    painter.restore()


def lanes(spans: Sequence[tuple[int, int, Any, Any]]) -> list[int]:
    """Underline lane per (start, end, …) span, sorted by start: overlaps stay visible."""
    ends: list[int] = []  # end of the last span in each lane
    result: list[int] = []
    for span in spans:
        start, end = span[0], span[1]
        for lane, lane_end in enumerate(ends):
            if lane_end <= start:
                ends[lane] = end
                result.append(lane)
                break
        else:
            ends.append(end)
            result.append(len(ends) - 1)
    return result


# --- anchor states --------------------------------------------------------------------

# A claim whose place is not certain: what the claim list and the view show beside it.
ANCHOR_COLORS = {"needs-review": "#b86e00", "orphan": "#7a808a", "moved": "#2f6fb3"}
ANCHOR_FILLS = {"needs-review": "#fff4e0", "orphan": "#f1f1ef"}
_ANCHOR_ICONS: dict[tuple[str, int], QIcon] = {}


def draw_question_badge(painter: QPainter, color: QColor, rect: QRectF) -> None:
    """A small filled circle with a "?": a place proposed, not yet accepted."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawEllipse(rect)
    font = painter.font()
    font.setBold(True)
    font.setPixelSize(max(7, int(rect.height() * 0.78)))
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "?")
    painter.restore()


def anchor_icon(state: str, size: int = 16) -> QIcon:
    """The marker of a claim's anchor state (empty for an exact one)."""
    icon = _ANCHOR_ICONS.get((state, size))
    if icon is not None:
        return icon
    if state not in ANCHOR_COLORS:
        icon = QIcon()
    else:
        pixmap = QPixmap(size * 2, size * 2)
        pixmap.setDevicePixelRatio(2.0)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor(ANCHOR_COLORS[state])
        rect = QRectF(2, 2, size - 4, size - 4)
        if state == "needs-review":
            draw_question_badge(painter, color, rect)
        elif state == "orphan":  # a dashed ring, crossed: no place in the text
            pen = QPen(color, 1.4, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawEllipse(rect.adjusted(1, 1, -1, -1))
            painter.setPen(QPen(color, 1.4))
            painter.drawLine(rect.bottomLeft() + QPointF(2, -2), rect.topRight() + QPointF(-2, 2))
        else:  # moved: an arrow
            pen = QPen(color, 1.6)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            y = rect.center().y()
            painter.drawLine(QPointF(rect.left() + 1, y), QPointF(rect.right() - 1, y))
            painter.drawLine(QPointF(rect.right() - 1, y), QPointF(rect.right() - 4.5, y - 3.5))
            painter.drawLine(QPointF(rect.right() - 1, y), QPointF(rect.right() - 4.5, y + 3.5))
        painter.end()
        icon = QIcon(pixmap)
    _ANCHOR_ICONS[(state, size)] = icon
    return icon
