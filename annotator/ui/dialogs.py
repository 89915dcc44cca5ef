"""Dialogs: a source, the publisher settings, export with its pre-flight problems."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
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
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.model import Source
from annotator.domain.text import check_http_url, is_iso_date
from annotator.errors import UserError
from annotator.services import exporting
from annotator.services import settings as settings_service
from annotator.services.workspace import Store
from annotator.ui import i18n, messages
from annotator.ui.jobs import Job


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
                self.error.setText(messages.Texts(self).invalid_setting(key, exc))
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
    """Format, scope and file; lists the pre-flight problems, a double-click shows the claim.

    Only the scopes that hold something to export are offered; the format, the
    scope and the folder chosen last are remembered; an existing file is replaced
    only once the user agrees.
    """

    MAX_PROBLEMS = 300  # listed; the rest are counted
    claim_requested = Signal(int)  # a problem's claim, to show in the window
    settings_saved = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        *,
        store: Callable[[], Store],
        current_article: Callable[[], tuple[int, str] | None],
        export_to: Callable[..., Job],
        describe_error: Callable[[BaseException], str],
    ):
        """`current_article()` is the (id, title) of the article shown, if any;
        `export_to(path, fmt=..., report_errors=..., article_id=..., status=...)` starts
        the export's job."""
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export reviews"))
        self._store = store
        self._current_article = current_article
        self._export_to = export_to
        self._describe_error = describe_error
        self._texts = messages.Texts(self)
        prefs = i18n.preferences()
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
        self.format.setCurrentIndex(max(self.format.findData(prefs.value("export/format")), 0))
        self.scope_article = QRadioButton()
        self.scope_article.setObjectName("exportScope_article")
        self.scope_all = QRadioButton()
        self.scope_all.setObjectName("exportScope_all")
        self.scope_published = QRadioButton()
        self.scope_published.setObjectName("exportScope_published")
        self.scope = QButtonGroup(self)
        self._scopes = {
            "article": self.scope_article,
            "all": self.scope_all,
            "published": self.scope_published,
        }
        for button in self._scopes.values():
            self.scope.addButton(button)
        scope_row = QHBoxLayout()
        for button in self._scopes.values():
            scope_row.addWidget(button)
        scope_row.addStretch(1)

        folder = str(prefs.value("export/folder") or "") or str(Path.home())
        self.path = QLineEdit(str(Path(folder) / f"claimreview{SUFFIXES[self.fmt()]}"))
        self.path.setObjectName("exportPath")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)

        self.problems = QListWidget()
        self.problems.setObjectName("exportProblems")
        self.problems.setAccessibleName(self.tr("Problems found before export"))
        # Long problems wrap: no sideways scrolling to read one.
        self.problems.setWordWrap(True)
        self.problems.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.problems.setResizeMode(QListView.ResizeMode.Adjust)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems.setSpacing(2)
        self.problems.itemActivated.connect(self._on_problems_item_activated)
        self.problems_title = QLabel(self.tr("Problems (double-click to show the claim)"))
        self.problems_title.setVisible(False)
        self.problems.setVisible(False)
        self.message = QLabel()
        self.message.setObjectName("exportMessage")
        self.message.setWordWrap(True)
        self.settings_button = QPushButton(self.tr("Publisher settings…"))
        self.settings_button.setObjectName("exportSettingsButton")
        self.settings_button.setToolTip(
            self.tr("The organisation and the address of its fact-check pages")
        )
        self.settings_button.clicked.connect(self._open_settings)

        form = QFormLayout()
        format_label = QLabel(self.tr("&Format"))
        format_label.setBuddy(self.format)
        form.addRow(format_label, self.format)
        form.addRow(QLabel(self.tr("Scope")), scope_row)
        # A label made here has a buddy: given a layout, addRow shows "F&ile" as is.
        file_label = QLabel(self.tr("F&ile"))
        file_label.setObjectName("exportPathLabel")
        file_label.setBuddy(self.path)
        form.addRow(file_label, path_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.buttons.addButton(self.settings_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.settings_button.setVisible(False)  # shown when a problem is fixed there
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems_title)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.format.currentIndexChanged.connect(self._on_format_current_index_changed)
        self.refresh_scopes(str(prefs.value("export/scope") or "article"))
        self.resize(680, 280)

    def fmt(self) -> str:
        return str(self.format.currentData())

    def chosen_scope(self) -> str | None:
        return next((k for k, b in self._scopes.items() if b.isChecked()), None)

    def refresh_scopes(self, preferred: str | None = None) -> None:
        """Offer the scopes that hold reviews to export, each with its count; choose
        `preferred` (or the one chosen before) if it can succeed, else the first that can."""
        preferred = preferred or self.chosen_scope()
        article = self._current_article()
        article_id, title = article if article is not None else (None, None)
        try:
            counts = exporting.exportable_counts(self._store(), article_id)
        except UserError:
            counts = {"article": 0, "all": 0, "published": 0}
        if article_id is None:
            counts["article"] = 0
        texts = {
            "article": self.tr("This &article (%n)", "", counts["article"]),
            "all": self.tr("A&ll reviews (%n)", "", counts["all"]),
            "published": self.tr("&Published only (%n)", "", counts["published"]),
        }
        why = {
            "article": self.tr("No claim of this article has a verdict yet."),
            "all": self.tr("No claim has a verdict yet."),
            "published": self.tr("No review is published yet (status Published)."),
        }
        for key, button in self._scopes.items():
            button.setText(texts[key])
            button.setEnabled(counts[key] > 0)
            button.setToolTip("" if counts[key] else why[key])
        usable = [key for key in self._scopes if counts[key] > 0]
        choice = preferred if preferred in usable else (usable[0] if usable else None)
        self.scope.setExclusive(False)
        for key, button in self._scopes.items():
            button.setChecked(key == choice)
        self.scope.setExclusive(True)
        self.export_button.setEnabled(choice is not None)
        if choice is None:
            self.message.setText(
                self._texts.nothing_to_export("all", None)
                + " "
                + self.tr("Rate a claim first: choose its verdict in the inspector.")
                if title is None or counts["all"] == 0
                else self._texts.nothing_to_export("all", title)
            )

    def scope_args(self) -> dict[str, Any]:
        scope = self.chosen_scope()
        if scope == "article":
            article = self._current_article()
            return {"article_id": article[0] if article else None, "status": "all"}
        if scope == "published":
            return {"article_id": None, "status": "published"}
        return {"article_id": None, "status": "all"}

    def _on_format_current_index_changed(self, _row: int) -> None:
        path = Path(self.path.text())
        self.path.setText(str(path.with_suffix(SUFFIXES[self.fmt()])))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path.text(),
            options=QFileDialog.Option.DontConfirmOverwrite,  # asked once, at export
        )  # fmt: skip
        if chosen:
            self.path.setText(chosen)

    def confirm_overwrite(self, path: Path) -> bool:
        """Whether to replace an existing file (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.tr("Replace the file?"),
            self.tr("“{}” already exists in {}. Replace it with this export?").format(
                path.name, path.parent
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def start_export(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.message.setText(self.tr("Choose a file to write."))
            return
        if self.chosen_scope() is None:
            self.refresh_scopes()
            return
        path = Path(text).expanduser()
        if path.is_dir():
            self.message.setText(self.tr("“{}” is a folder: choose a file name.").format(path))
            return
        if path.exists() and not self.confirm_overwrite(path):
            self.message.setText(self.tr("Nothing was written: the file was kept."))
            return
        prefs = i18n.preferences()
        prefs.setValue("export/format", self.fmt())
        prefs.setValue("export/scope", self.chosen_scope())
        prefs.setValue("export/folder", str(path.parent))
        self.export_button.setEnabled(False)
        self.settings_button.setVisible(False)
        self.message.setText(self.tr("Exporting…"))
        job = self._export_to(str(path), fmt=self.fmt(), report_errors=False,
                              **self.scope_args())  # fmt: skip
        job.finished.connect(self._on_job_finished)
        job.failed.connect(self._on_job_failed)

    def show_problems(self, problems: list[Any]) -> None:
        self.problems.clear()
        shown = problems[: self.MAX_PROBLEMS]
        ids = [p.claim_id for p in shown if getattr(p, "claim_id", None) is not None]
        try:
            subjects = exporting.problem_subjects(self._store(), ids) if ids else {}
        except UserError:
            subjects = {}
        for problem in shown:
            claim_id = getattr(problem, "claim_id", None)
            severity = getattr(problem, "severity", "error")
            text = messages.describe_problem(problem, subjects, self._texts)
            prefix = "⚠ " if severity == "warning" else "✖ "
            item = QListWidgetItem(prefix + text)
            item.setData(Qt.ItemDataRole.UserRole, claim_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, messages.fixed_in(problem))
            if claim_id is not None:
                item.setToolTip(self.tr("Double-click to show the claim in the article"))
            elif messages.fixed_in(problem) == messages.SETTINGS:
                item.setToolTip(self.tr("Double-click to open the publisher settings"))
            self.problems.addItem(item)
        if len(problems) > len(shown):
            more = QListWidgetItem(
                self.tr("… and %n more", "", len(problems) - len(shown))
            )  # fmt: skip
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.problems.addItem(more)
        self.problems.setVisible(bool(problems))
        self.problems_title.setVisible(bool(problems))
        self.settings_button.setVisible(
            any(messages.fixed_in(p) == messages.SETTINGS for p in problems)
        )
        if problems:
            self.resize(max(self.width(), 760), max(self.height(), 460))

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
        if problems:
            reason = self.tr("fix the problems listed above.")
        else:
            reason = self._describe_error(error)
        self.message.setText(self.tr("Nothing was written: {}").format(reason))

    def _on_problems_item_activated(self, item: QListWidgetItem) -> None:
        claim_id = item.data(Qt.ItemDataRole.UserRole)
        if claim_id is not None:
            self.claim_requested.emit(int(claim_id))
        elif item.data(Qt.ItemDataRole.UserRole + 1) == messages.SETTINGS:
            self._open_settings()

    def _open_settings(self) -> None:
        dialog = SettingsDialog(self, self._store())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.settings_saved)
        dialog.open()
