"""The window's panes in their splitters, its size and their proportions: remembered, and
readable at first start."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from annotator.ui import i18n


class WindowLayout:
    """Lays a main window's panes out in two splitters (the list, the article and the
    side panel; the claims above the inspector), and restores and saves the window's
    geometry and the splitters' proportions."""

    def __init__(
        self,
        window: QMainWindow,
        articles: QWidget,
        article: QWidget,
        claims: QWidget,
        inspector: QWidget,
    ):
        self._window = window
        self._default_splits = False
        self._side = self._side_panel(claims, inspector)
        self._main = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("mainSplitter")
        for index, pane in enumerate((articles, article, self._side)):
            splitter.addWidget(pane)
            splitter.setStretchFactor(index, 1 if pane is article else 0)
            # The side panels can be folded away by dragging their edge; the article cannot.
            splitter.setCollapsible(index, pane is not article)
        splitter.setSizes([380, 560, 460])
        window.setCentralWidget(splitter)

    def _side_panel(self, claims: QWidget, inspector: QWidget) -> QSplitter:
        """The claims above the inspector, which scrolls under its title."""
        self.inspector_title = QLabel()  # its text is the window's to give
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
        scroll.setWidget(inspector)
        inspector_layout.addWidget(scroll, 1)

        side = QSplitter(Qt.Orientation.Vertical)
        side.setObjectName("sideSplitter")
        side.addWidget(claims)
        side.addWidget(inspector_box)
        side.setStretchFactor(0, 1)
        side.setStretchFactor(1, 3)
        side.setSizes([200, 560])
        return side

    @property
    def main_splitter(self) -> QSplitter:
        return self._main

    @property
    def side_splitter(self) -> QSplitter:
        return self._side

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
