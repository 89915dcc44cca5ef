"""The claim inspector's widgets, made and laid out: ClaimInspector (inspector.py) runs them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from annotator.ui.conflict import ConflictPanel
from annotator.ui.fields import PlainTextEdit, VerdictModel
from annotator.ui.panels import AnchorReviewPanel, SimilarPanel
from annotator.ui.sourcesection import SourcesSection
from annotator.ui.terms import Terms


class InspectorForm(QFrame):
    """Every widget of the inspector, by the names the window and tests use, in its
    place; none is given its texts nor wired here (as a Designer form leaves it to the
    class that uses it): ClaimInspector says what they show and what they do."""

    def __init__(self, terms: Terms):
        super().__init__()
        self.placeholder = QLabel()
        self.placeholder.setObjectName("inspectorPlaceholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.quote = QLabel()
        self.quote.setObjectName("claimQuote")
        self.quote.setWordWrap(True)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changed_by = QLabel()  # "modifié par Marie, 14:02"
        self.changed_by.setObjectName("claimChangedBy")
        self.changed_by.setTextFormat(Qt.TextFormat.PlainText)
        self.role_note = QLabel()  # why the fields are greyed (a published claim)
        self.role_note.setObjectName("roleNote")
        self.role_note.setWordWrap(True)
        self.conflict = ConflictPanel()
        self.anchor_note = QLabel()
        self.anchor_note.setObjectName("anchorNote")
        self.anchor_note.setWordWrap(True)
        self.anchor_note.setTextFormat(Qt.TextFormat.PlainText)
        self.anchor_here_button = QPushButton()
        self.anchor_here_button.setObjectName("anchorHereButton")
        self.anchor_review = AnchorReviewPanel()
        self.similar = SimilarPanel(terms.style_for_label)

        self.claim_reviewed = QLineEdit()
        self.claim_reviewed.setObjectName("claimReviewedEdit")
        # Until the user writes their own, claimReviewed is the quote: shown as such.
        self.reviewed_origin = QLabel()
        self.reviewed_origin.setObjectName("claimReviewedOrigin")
        self.counter = QLabel()
        self.counter.setObjectName("claimReviewedCounter")
        self.claimant = QLineEdit()
        self.claimant.setObjectName("claimantEdit")
        self.claim_date = QLineEdit()
        self.claim_date.setObjectName("claimDateEdit")
        self.verdict = QComboBox()
        self.verdict.setObjectName("verdictCombo")
        # As narrow as the pane: the longest entry ("— no verdict yet —") may be cut.
        self.verdict.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.verdict.setMinimumContentsLength(10)
        self.verdict_model = VerdictModel(self.verdict)
        self.verdict.setModel(self.verdict_model)
        self.status = QComboBox()
        self.status.setObjectName("statusCombo")
        self.explanation = PlainTextEdit("explanationEdit")
        self.explanation.setMinimumHeight(70)
        self.explanation.setMaximumHeight(110)
        self.correction = PlainTextEdit("correctionEdit")
        self.correction.setFixedHeight(48)

        self.sources_section = section = SourcesSection(terms.labels)
        # The section's parts, by the names the window and tests use.
        self.sources_model, self.sources = section.model, section.table
        self.add_source_button, self.edit_source_button = section.add_button, section.edit_button
        self.remove_source_button = section.remove_button
        self.open_source_button = section.open_button

        self._build_layout()

    def _build_layout(self) -> None:
        # Labels above their fields: the pane stays narrow, French labels stay whole.
        self.reviewed_label = QLabel()
        self.claimant_label = QLabel()
        self.date_label = QLabel()
        self.verdict_label = QLabel()
        self.status_label = QLabel()
        self.explanation_label = QLabel()
        self.correction_label = QLabel()
        for label, buddy in (
            (self.reviewed_label, self.claim_reviewed),
            (self.claimant_label, self.claimant),
            (self.date_label, self.claim_date),
            (self.verdict_label, self.verdict),
            (self.status_label, self.status),
            (self.explanation_label, self.explanation),
            (self.correction_label, self.correction),
        ):
            label.setBuddy(buddy)
            label.setObjectName("fieldLabel")
            label.setWordWrap(True)  # a narrow pane wraps a label rather than clip the fields

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        reviewed_head = QHBoxLayout()
        reviewed_head.addWidget(self.reviewed_label, 1)
        reviewed_head.addWidget(self.reviewed_origin, 0, Qt.AlignmentFlag.AlignBottom)
        reviewed_head.addWidget(self.counter, 0, Qt.AlignmentFlag.AlignBottom)
        grid.addLayout(reviewed_head, 0, 0, 1, 2)
        grid.addWidget(self.claim_reviewed, 1, 0, 1, 2)
        grid.addWidget(self.claimant_label, 2, 0)
        grid.addWidget(self.date_label, 2, 1)
        grid.addWidget(self.claimant, 3, 0)
        grid.addWidget(self.claim_date, 3, 1)
        grid.addWidget(self.verdict_label, 4, 0)
        grid.addWidget(self.status_label, 4, 1)
        grid.addWidget(self.verdict, 5, 0)
        grid.addWidget(self.status, 5, 1)
        grid.addWidget(self.explanation_label, 6, 0, 1, 2)
        grid.addWidget(self.explanation, 7, 0, 1, 2)
        grid.addWidget(self.correction_label, 8, 0, 1, 2)
        grid.addWidget(self.correction, 9, 0, 1, 2)
        for row in (2, 4, 6, 8):
            grid.setRowMinimumHeight(row, 24)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(6)
        body.addWidget(self.quote)
        body.addWidget(self.changed_by)
        body.addWidget(self.role_note)
        body.addWidget(self.conflict)
        body.addWidget(self.anchor_note)
        anchor_bar = QHBoxLayout()
        anchor_bar.addStretch(1)
        anchor_bar.addWidget(self.anchor_here_button)
        body.addLayout(anchor_bar)
        body.addWidget(self.anchor_review)
        body.addWidget(self.similar)
        body.addLayout(grid)
        body.addSpacing(4)
        body.addWidget(self.sources_section, 1)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 10)
        outer.addWidget(self.placeholder)
        outer.addWidget(self.body, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
