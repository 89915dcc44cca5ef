"""Someone else changed what you were changing: their value beside yours, keep either.

The window edits a claim from the revision it shows. When another desk changed the
same field meanwhile, nothing is written over them: the inspector shows this panel,
and one click keeps theirs (your text is dropped) or yours (written from their
revision, so it is a change made knowingly, with them in view).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)


@dataclass(frozen=True)
class Conflict:
    """One field of one claim: their value now, the one this desk wanted to write."""

    claim_id: int
    field: str
    theirs: Any
    mine: Any
    by: str | None
    at: str | None  # ISO 8601, UTC


def when_text(at: str | None, locale: QLocale) -> str:
    """'14:02' today, else the short date and the time, in local time."""
    if not at:
        return ""
    moment = QDateTime.fromString(at, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return at
    moment = moment.toLocalTime()
    if moment.date() == QDateTime.currentDateTime().date():
        return moment.toString("HH:mm")
    return locale.toString(moment, QLocale.FormatType.ShortFormat)


class ConflictPanel(QFrame):
    """Their value and yours for one field; `keep_theirs` / `keep_mine` say the choice."""

    keep_theirs = Signal()
    keep_mine = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("conflictPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.conflict: Conflict | None = None
        self.headline = QLabel()
        self.headline.setObjectName("conflictHeadline")
        self.headline.setWordWrap(True)
        self.theirs_label = QLabel()
        self.mine_label = QLabel()
        self.theirs = QLabel()
        self.theirs.setObjectName("conflictTheirs")
        self.mine = QLabel()
        self.mine.setObjectName("conflictMine")
        for label in (self.theirs, self.mine):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keep_theirs_button = QPushButton()
        self.keep_theirs_button.setObjectName("conflictKeepTheirsButton")
        self.keep_mine_button = QPushButton()
        self.keep_mine_button.setObjectName("conflictKeepMineButton")
        self.keep_theirs_button.clicked.connect(self.keep_theirs)
        self.keep_mine_button.clicked.connect(self.keep_mine)

        values = QGridLayout()
        values.setColumnStretch(1, 1)
        values.addWidget(self.theirs_label, 0, 0, Qt.AlignmentFlag.AlignTop)
        values.addWidget(self.theirs, 0, 1)
        values.addWidget(self.mine_label, 1, 0, Qt.AlignmentFlag.AlignTop)
        values.addWidget(self.mine, 1, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_theirs_button)
        buttons.addWidget(self.keep_mine_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.headline)
        layout.addLayout(values)
        layout.addLayout(buttons)
        self.setVisible(False)

    def present(
        self, conflict: Conflict, field_label: str, theirs: str, mine: str, when: str
    ) -> None:
        """Show a conflict; `theirs` and `mine` are the values as the user reads them."""
        self.conflict = conflict
        who = conflict.by or self.tr("someone")
        self.headline.setText(
            self.tr("{who} changed “{field}” at {when} while you were changing it. "
                    "Yours is not saved until you choose.").format(
                who=who, field=field_label, when=when or "?")
        )  # fmt: skip
        self.theirs_label.setText(self.tr("{}:").format(who))
        self.mine_label.setText(self.tr("You:"))
        self.theirs.setText(theirs or self.tr("(empty)"))
        self.mine.setText(mine or self.tr("(empty)"))
        self.keep_theirs_button.setText(self.tr("Keep theirs"))
        self.keep_mine_button.setText(self.tr("Keep mine"))
        self.setVisible(True)

    def update_mine(self, mine: str) -> None:
        """The user kept typing: what keeping theirs would drop."""
        self.mine.setText(mine or self.tr("(empty)"))

    def dismiss(self) -> None:
        self.conflict = None
        self.setVisible(False)
