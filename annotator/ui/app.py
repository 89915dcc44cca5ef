"""Starting the window: the application object, its look, translations, first start."""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from annotator import __version__, resources
from annotator.errors import UserError
from annotator.services.workspace import is_shared, log_bug, open_workspace, shared_label
from annotator.ui import i18n, messages, startup
from annotator.ui.databases import PASSWORD_REFUSED
from annotator.ui.mainwindow import MainWindow

log = logging.getLogger("annotator")

STYLE_SHEET = """
QLabel#sectionTitle { color: #5f6670; font-size: 8.5pt; font-weight: 600; letter-spacing: 0.6px; }
QLabel#articleTitle { font-size: 15pt; font-weight: 600; color: #1d2430; }
QLabel#articleMeta { color: #5f6670; }
QLabel#articleCount { color: #5f6670; font-size: 8.5pt; }
QLabel#claimQuote {
    font-style: italic; color: #1d2430; background: #f4f1ea;
    border-left: 3px solid #c9b98f; padding: 6px 8px; border-radius: 2px;
}
QLabel#anchorNote { color: #8a4b00; background: #fff4e0; padding: 4px 6px; border-radius: 2px; }
QLabel#claimChangedBy { color: #5f6670; font-size: 8.5pt; }
QLabel#roleNote { color: #5f6670; background: #eef0f3; padding: 4px 6px; border-radius: 2px; }
QFrame#conflictPanel { background: #fdf0ee; border: 1px solid #e7b4ab; border-radius: 3px; }
QLabel#conflictHeadline { color: #7a2418; font-weight: 600; }
QFrame#anchorReviewPanel { background: #fffaf0; border: 1px solid #efd6a8; border-radius: 3px; }
QLabel#anchorReviewTitle { color: #8a4b00; font-weight: 600; }
QLabel#oldContext, QLabel#newContext { color: #1d2430; }
QFrame#similarPanel { background: #f4f7fb; border: 1px solid #d8e1ee; border-radius: 3px; }
QLabel#similarHeadline { font-weight: 600; color: #1d2430; }
QLabel#similarText { font-style: italic; color: #3d434c; }
QLabel#inspectorPlaceholder { color: #7a808a; padding: 24px; }
QLabel#claimReviewedCounter { color: #5f6670; font-size: 8.5pt; }
QLabel#claimReviewedOrigin { color: #5f6670; background: #f4f1ea; font-size: 8.5pt;
                             font-style: italic; padding: 0 5px; border-radius: 6px; }
QLineEdit#claimReviewedEdit[fromQuote="true"] { color: #5f6670; font-style: italic; }
QLabel#claimReviewedCounter[warning="true"] { color: #b3261e; font-weight: 600; }
QLabel#fieldLabel { color: #3d434c; font-weight: 600; font-size: 8.8pt; }
QLabel#errorLabel { color: #b3261e; }
QFrame#verdictLegend { background: #f7f7f5; border: 1px solid #e2e2de; border-radius: 3px; }
QLineEdit[invalid="true"] { border: 1px solid #b3261e; background: #fff3f2; }
QPlainTextEdit#articleView { border: 1px solid #dcdcd8; background: #fffefb; }
QTableView { border: 1px solid #dcdcd8; selection-background-color: #d8e6f7;
             selection-color: #111; }
QHeaderView::section { background: #f3f3f1; border: none; border-bottom: 1px solid #dcdcd8;
                        padding: 4px 6px; color: #3d434c; font-weight: 600; }
QToolBar#mainToolbar { spacing: 4px; padding: 3px 6px; border-bottom: 1px solid #dcdcd8; }
QSplitter::handle { background: #ecece8; }
"""


def ensure_application() -> QApplication:
    """The running QApplication, or a new one with our look."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Annotator")
    app.setOrganizationName("annotator")
    app.setApplicationVersion(__version__)
    app.setStyle("Fusion")
    palette = app.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f7f7f5"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f9f9f7"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#2f6fb3"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#fffef5"))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor("#1d2430"))
    app.setPalette(palette)
    font = QFont()
    font.setFamilies(["Inter", "Noto Sans", "DejaVu Sans", "Segoe UI", "sans-serif"])
    font.setPointSizeF(9.5)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
    with contextlib.suppress(FileNotFoundError):
        app.setWindowIcon(QIcon(str(resources.path("icons/annotator.svg"))))
    return app


def create_main_window(db_path: str | os.PathLike[str] | None) -> MainWindow:
    """Build the main window on a database file, without showing it.

    None opens the default database (created with the sample article on first use).
    """
    ensure_application()
    language = i18n.install(i18n.chosen_language())
    return MainWindow(open_workspace(db_path), language=language)


def _report_bug(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """A bug in a slot: logged with its traceback and said, never swallowed in silence."""
    text = "".join(traceback.format_exception(kind, value, tb))
    where = log_bug(text)
    if where is not None:
        text += f"\n(logged in {where})"
    if sys.__stderr__ is not None:
        sys.__stderr__.write(text)
    app = QApplication.instance()
    if app is not None and isinstance(value, Exception):
        message = QApplication.translate("app", "Internal error: {}").format(value)
        box = QMessageBox(QMessageBox.Icon.Critical, "Annotator", message)
        box.setDetailedText(text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


def run(db_path: str | None = None) -> int:
    """Run the application on a database (None: the default one); returns the exit code.

    Raises WindowUnavailableError (one line, before Qt can abort the process)
    when there is no display or a system library the window needs is missing.
    """
    if QApplication.instance() is None:
        startup.check_can_start()
    app = ensure_application()
    try:
        window = create_main_window(db_path)
    except UserError as exc:
        window = _with_password(db_path, exc)
        if window is None:
            return 1
    previous_hook = sys.excepthook
    sys.excepthook = _report_bug
    try:
        window.show()
        # What the start made (modules, Qt's wrappers, the window) lives as long as
        # the process: frozen, no later full collection walks it. Each such walk took
        # about 20 ms on a busy 2-core machine and stalled whatever the user was doing
        # (the newsroom-load bench: a mark's p95 at 50 desks fell from 19-29 ms to 10).
        gc.collect()
        gc.freeze()
        return app.exec()
    finally:
        sys.excepthook = previous_hook


def _with_password(db_path: str | None, error: UserError) -> MainWindow | None:
    """`--db postgresql://…` whose server wants a password: asked for until it is right
    or the user cancels, used for this session only (never kept). Any other error is
    said, in the interface language."""
    while (
        db_path is not None
        and is_shared(db_path)
        and getattr(error, "kind", "") == PASSWORD_REFUSED
    ):
        password, ok = QInputDialog.getText(
            None, "Annotator",
            QApplication.translate("app", "Password for {}:").format(shared_label(db_path)),
            QLineEdit.EchoMode.Password,
        )  # fmt: skip
        if not ok:
            return None
        try:
            workspace = open_workspace(db_path, password=password or None)
        except UserError as exc:
            error = exc
            continue
        return MainWindow(workspace, language=i18n.install(i18n.chosen_language()))
    QMessageBox.critical(None, "Annotator", messages.Texts().store_error(error) or str(error))
    return None


def main() -> int:
    """Entry point of the `annotator-gui` script: `annotator-gui [DATABASE]`."""
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    try:
        return run(args[0] if args else None)
    except startup.WindowUnavailableError as exc:
        sys.stderr.write(f"annotator: {exc}\n")
        return 1
