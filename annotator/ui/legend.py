"""The legend under the article: each verdict's marker, underline and colour, with counts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QFrame, QSizePolicy, QWidget


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
