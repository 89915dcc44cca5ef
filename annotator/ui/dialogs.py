"""Dialogs: a source, the publisher settings, export with its pre-flight problems."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.model import Source
from annotator.domain.text import check_http_url, is_iso_date
from annotator.errors import UserError
from annotator.services import settings as settings_service
from annotator.store import Store

if TYPE_CHECKING:
    from annotator.ui.mainwindow import MainWindow

SOURCE_FIELDS = ("url", "title", "publisher", "date", "quote")


class SourceDialog(QDialog):
    """Address, title, publisher, date and quoted passage of a source."""

    def __init__(self, parent: QWidget | None, source: Source | None = None):
        super().__init__(parent)
        self.setObjectName("sourceDialog")
        self.setWindowTitle(self.tr("Edit source") if source else self.tr("Add a source"))
        self.url = QLineEdit(source.url if source else "")
        self.url.setPlaceholderText("https://…")
        self.title = QLineEdit((source.title or "") if source else "")
        self.publisher = QLineEdit((source.publisher or "") if source else "")
        self.date = QLineEdit((source.date or "") if source else "")
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.quote = QPlainTextEdit((source.quote or "") if source else "")
        self.quote.setTabChangesFocus(True)
        self.quote.setFixedHeight(80)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Address (http or https)"), self.url)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Publisher"), self.publisher)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Quoted passage"), self.quote)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.url.textChanged.connect(self._check)
        self.date.textChanged.connect(self._check)
        self.resize(520, self.sizeHint().height())
        self._check()

    def values(self) -> dict[str, str | None]:
        return {
            "url": self.url.text().strip(),
            "title": self.title.text().strip() or None,
            "publisher": self.publisher.text().strip() or None,
            "date": self.date.text().strip() or None,
            "quote": self.quote.toPlainText().strip() or None,
        }

    def problem(self) -> str | None:
        values = self.values()
        if not values["url"]:
            return self.tr("The address is required.")
        try:
            check_http_url(values["url"] or "")
        except UserError:
            return self.tr("Only web addresses starting with http:// or https:// are accepted.")
        if values["date"] and not is_iso_date(values["date"]):
            return self.tr("The date must look like 2011-05-02, 2011-05 or 2011.")
        return None

    def _check(self) -> None:
        problem = self.problem()
        self.error.setText(problem or "")
        self.error.setVisible(bool(problem) and bool(self.url.text().strip()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)

    @classmethod
    def ask(cls, parent: QWidget | None, source: Source | None = None) -> dict[str, Any] | None:
        """The source's fields, or None when cancelled (tests replace this)."""
        dialog = cls(parent, source)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.values()
            return None
        finally:
            dialog.deleteLater()


class SettingsDialog(QDialog):
    """The fact-checking organisation: ClaimReview's author, and where checks are published."""

    KEYS = ("publisher.name", "publisher.url", "publisher.logo", "factcheck.base_url", "language")

    def __init__(self, parent: QWidget | None, store: Store):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Publisher settings"))
        self._store = store
        current = settings_service.get_settings(store)
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        labels = {
            "publisher.name": self.tr("Organisation &name"),
            "publisher.url": self.tr("Organisation &web site"),
            "publisher.logo": self.tr("&Logo address"),
            "factcheck.base_url": self.tr("Fact-check pages &base address"),
            "language": self.tr("Language of &exports (fr, en…)"),
        }
        hints = {
            "publisher.name": self.tr("The fact-checking organisation (ClaimReview author)"),
            "factcheck.base_url": self.tr(
                "A review's address is this plus a slug of the article title"
            ),
        }
        for key in self.KEYS:
            edit = QLineEdit(current.get(key) or "")
            edit.setObjectName(f"setting:{key}")
            if key in hints:
                edit.setToolTip(hints[key])
            if key.endswith(("url", "logo")):
                edit.setPlaceholderText("https://…")
            self.edits[key] = edit
            form.addRow(labels[key], edit)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def save(self) -> None:
        """Check every value first; write them only if all are valid."""
        current = settings_service.get_settings(self._store)
        changed = {
            key: edit.text().strip()
            for key, edit in self.edits.items()
            if edit.text().strip() != (current.get(key) or "")
        }
        for key, value in changed.items():
            try:
                if value:
                    settings_service.KEYS[key][1](value)
            except UserError as exc:
                self.error.setText(str(exc))
                self.error.show()
                self.edits[key].setFocus()
                return
        for key, value in changed.items():
            settings_service.set_setting(self._store, key, value or None)
        self.accept()


FORMATS = ("claimreview-xml", "jsonld", "html", "web-annotation")
SUFFIXES = {"claimreview-xml": ".xml", "jsonld": ".jsonld", "html": ".html",
            "web-annotation": ".json"}  # fmt: skip


class ExportDialog(QDialog):
    """Format, scope and file; lists the pre-flight problems, a double-click shows the claim."""

    def __init__(self, desk: MainWindow):
        super().__init__(desk)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export reviews"))
        self._desk = desk
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        names = {
            "claimreview-xml": self.tr("ClaimReview XML (RDF/XML, validated)"),
            "jsonld": self.tr("ClaimReview JSON-LD"),
            "html": self.tr("HTML snippet to embed (JSON-LD)"),
            "web-annotation": self.tr("W3C Web Annotation (JSON-LD)"),
        }
        for key in FORMATS:
            self.format.addItem(names[key], key)
        self.scope_article = QRadioButton(self.tr("This &article"))
        self.scope_all = QRadioButton(self.tr("A&ll reviews"))
        self.scope_published = QRadioButton(self.tr("&Published reviews only"))
        self.scope = QButtonGroup(self)
        for button in (self.scope_article, self.scope_all, self.scope_published):
            self.scope.addButton(button)
        has_article = desk.current_article_id() is not None
        self.scope_article.setEnabled(has_article)
        (self.scope_article if has_article else self.scope_all).setChecked(True)
        scope_row = QHBoxLayout()
        for button in (self.scope_article, self.scope_all, self.scope_published):
            scope_row.addWidget(button)
        scope_row.addStretch(1)

        self.path = QLineEdit(str(Path.home() / "claimreview.xml"))
        self.path.setObjectName("exportPath")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)

        self.problems = QListWidget()
        self.problems.setObjectName("exportProblems")
        self.problems.setAccessibleName(self.tr("Problems found before export"))
        self.problems.itemActivated.connect(self._on_problems_item_activated)
        self.problems_title = QLabel(self.tr("Problems (double-click to show the claim)"))
        self.problems_title.setVisible(False)
        self.problems.setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Format"), self.format)
        form.addRow(self.tr("Scope"), scope_row)
        form.addRow(self.tr("F&ile"), path_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems_title)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.format.currentIndexChanged.connect(self._on_format_current_index_changed)
        self.resize(640, 260)

    def fmt(self) -> str:
        return str(self.format.currentData())

    def scope_args(self) -> dict[str, Any]:
        if self.scope_article.isChecked():
            return {"article_id": self._desk.current_article_id(), "status": "all"}
        if self.scope_published.isChecked():
            return {"article_id": None, "status": "published"}
        return {"article_id": None, "status": "all"}

    def _on_format_current_index_changed(self, _row: int) -> None:
        path = Path(self.path.text())
        self.path.setText(str(path.with_suffix(SUFFIXES[self.fmt()])))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text())
        if chosen:
            self.path.setText(chosen)

    def start_export(self) -> None:
        path = self.path.text().strip()
        if not path:
            self.message.setText(self.tr("Choose a file to write."))
            return
        self.export_button.setEnabled(False)
        self.message.setText(self.tr("Exporting…"))
        job = self._desk.export_to(path, fmt=self.fmt(), **self.scope_args())
        job.finished.connect(self._on_job_finished)
        job.failed.connect(self._on_job_failed)

    def show_problems(self, problems: list[Any]) -> None:
        self.problems.clear()
        for problem in problems:
            claim_id = getattr(problem, "claim_id", None)
            severity = getattr(problem, "severity", "error")
            text = getattr(problem, "message", str(problem))
            prefix = "⚠ " if severity == "warning" else "✖ "
            item = QListWidgetItem(prefix + text)
            item.setData(Qt.ItemDataRole.UserRole, claim_id)
            if claim_id is not None:
                item.setToolTip(self.tr("Double-click to show claim {}").format(claim_id))
            self.problems.addItem(item)
        self.problems.setVisible(bool(problems))
        self.problems_title.setVisible(bool(problems))
        if problems:
            self.resize(self.width(), max(self.height(), 420))

    def _on_job_finished(self, result: Any) -> None:
        self.export_button.setEnabled(True)
        warnings = list(getattr(result, "warnings", []))
        self.show_problems(warnings)
        message = self.tr("Exported %n review(s) to {}.", "", result.count).format(self.path.text())
        if warnings:
            message += " " + self.tr("%n warning(s) listed above.", "", len(warnings))
        self.message.setText(message)

    def _on_job_failed(self, error: Any) -> None:
        self.export_button.setEnabled(True)
        problems = list(getattr(error, "problems", []) or [])
        self.show_problems(problems)
        self.message.setText(
            self.tr("Nothing was written: {}").format(
                self.tr("fix the problems listed above.") if problems else str(error)
            )
        )

    def _on_problems_item_activated(self, item: QListWidgetItem) -> None:
        claim_id = item.data(Qt.ItemDataRole.UserRole)
        if claim_id is not None:
            self._desk.reveal_claim(int(claim_id))
