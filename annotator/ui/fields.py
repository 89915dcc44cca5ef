"""The inspector's fields: the verdict list, plain-text edits, undo keys left to the window."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTextEdit, QWidget

from annotator.domain.rating import RatingScale, UnknownVerdictError
from annotator.ui.models import VERDICT_ROLE
from annotator.ui.verdicts import VerdictStyles


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def mentions_verdict(text: str, scale: RatingScale) -> str | None:
    """The verdict label a claimReviewed text contains (Google forbids it), if any."""
    folded = _fold(text)
    labels = {label for r in scale.ratings for label in r.labels.values()}
    for label in sorted(labels, key=len, reverse=True):
        if re.search(rf"(?<!\w){re.escape(_fold(label))}(?!\w)", folded):
            return label
    return None


class VerdictModel(QStandardItemModel):
    """The verdict combo's items; also finds a verdict by its label in any language.

    So `findText("Faux")` works whatever the interface language, like the
    command line's `--verdict`.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._scale: RatingScale | None = None

    def fill(
        self, scale: RatingScale, styles: VerdictStyles, language: str, none_label: str
    ) -> None:
        self._scale = scale
        self.clear()
        blank = QStandardItem(styles.icon(None), none_label)
        blank.setData(None, VERDICT_ROLE)
        self.appendRow(blank)
        for rating in scale.ratings:
            item = QStandardItem(styles.icon(rating.key), rating.label(language))
            item.setData(rating.key, VERDICT_ROLE)
            item.setToolTip(rating.label("en" if language != "en" else "fr"))
            self.appendRow(item)

    def row_of(self, key: str | None) -> int:
        for row in range(self.rowCount()):
            if self.item(row).data(VERDICT_ROLE) == key:
                return row
        return 0

    def match(
        self,
        start: QModelIndex | QPersistentModelIndex,
        role: int,
        value: Any,
        hits: int = 1,
        flags: Qt.MatchFlag = Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchWrap,
    ) -> list[QModelIndex]:
        found = super().match(start, role, value, hits, flags)
        if found or role != Qt.ItemDataRole.DisplayRole or not isinstance(value, str):
            return found
        if self._scale is None or not value.strip():
            return found
        try:
            key = self._scale.lookup(value).key
        except UnknownVerdictError:
            return found
        return [self.index(self.row_of(key), 0)]


class PlainTextEdit(QTextEdit):
    """A plain-text QTextEdit: accepts setText and setPlainText, pastes no formatting."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)


class UndoKeys(QObject):
    """Lets Ctrl+Z (and every key of the window's Undo and Redo) reach the window's
    undo stack instead of a field's own undo.

    Every keystroke is already saved as an undoable edit; a second, private
    undo history in each field would disagree with it.
    """

    def __init__(self, keys: Callable[[], set[str]], parent: QObject | None = None):
        super().__init__(parent)
        self._keys = keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination()).toString(
                QKeySequence.SequenceFormat.PortableText
            )
            if (
                pressed in self._keys()
                or event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
            ):
                event.ignore()
                return True
        return False
