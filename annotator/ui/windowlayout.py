"""The window's size and its panes' proportions: remembered, and readable at first start."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter

from annotator.ui import i18n


class WindowLayout:
    """Restores and saves a main window's geometry and its two splitters (the list,
    the article and the side panel; the claims above the inspector)."""

    def __init__(self, window: QMainWindow, main: QSplitter, side: QSplitter):
        self._window, self._main, self._side = window, main, side
        self._default_splits = False

    def restore(self) -> None:
        prefs = i18n.preferences()
        geometry = prefs.value("window/geometry")
        if geometry is not None:
            self._window.restoreGeometry(geometry)
        else:  # first start: roomy, but never larger than the screen (a 1024×640 laptop)
            screen = self._window.screen() or QApplication.primaryScreen()
            room = screen.availableGeometry() if screen is not None else QRect(0, 0, 1400, 850)
            self._window.resize(min(1400, room.width()), min(850, room.height()))
        self._default_splits = True
        for key, splitter in (("window/main", self._main), ("window/side", self._side)):
            state = prefs.value(key)
            if state is not None:
                splitter.restoreState(state)
                self._default_splits = False

    def shown(self) -> None:
        """The window is shown: on a first start, proportions of its real size now."""
        if self._default_splits:
            self._default_splits = False
            self._main.setSizes(self.default_split(self._main.width()))
            height = self._side.height()
            self._side.setSizes([int(height * 0.25), height - int(height * 0.25)])

    def default_split(self, width: int) -> list[int]:
        """Widths of the list, the article and the side panel for a first start: the
        article first (readable whatever the window), the panels narrower when small."""
        splitter = self._main
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

    def save(self) -> None:
        prefs = i18n.preferences()
        prefs.setValue("window/geometry", self._window.saveGeometry())
        prefs.setValue("window/main", self._main.saveState())
        prefs.setValue("window/side", self._side.saveState())
