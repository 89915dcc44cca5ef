"""Opening a newsroom's shared database: its address in parts, and a password that is
kept in memory for the connection only (never in the settings, the recent list, the log
or the window title)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.errors import UserError
from annotator.services.workspace import SSL_MODES, shared_address, shared_parts

DEFAULT_PORT = "5432"
DEFAULT_SCHEMA = "annotator"


class ConnectingDialog(QDialog):
    """What both dialogs share: an error line, OK and Cancel, and a busy state while the
    chooser connects in the background (the fields are kept as typed)."""

    def _finish_layout(self, form: QFormLayout, *notes: QLabel) -> None:
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.status = QLabel()
        self.status.setObjectName("sharedStatusLabel")
        self.status.setWordWrap(True)
        self.status.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # As tall as its wrapped lines need, whatever the language and the error said.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(form)
        for note in notes:
            layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.busy = False

    def _fields(self) -> list[QWidget]:
        raise NotImplementedError

    def _submit(self) -> None:
        raise NotImplementedError

    def _password_field(self) -> QLineEdit:
        raise NotImplementedError

    def ok_button(self) -> QWidget:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def set_busy(self, busy: bool, text: str = "") -> None:
        """While connecting: the fields and OK wait, a busy cursor, `text` said."""
        self.busy = busy
        for field in self._fields():
            field.setEnabled(not busy)
        self.status.setText(text if busy else "")
        self.status.setVisible(busy and bool(text))
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
            self.ok_button().setEnabled(False)
            self.error.hide()
        else:
            self.unsetCursor()
            self._check()

    def show_error(self, text: str, *, clear_password: bool = False) -> None:
        """A failure said in the dialog, which stays open with the fields as typed."""
        self.set_busy(False)
        if clear_password:
            self._password_field().clear()
            self._password_field().setFocus(Qt.FocusReason.OtherFocusReason)
        self.error.setText(text)
        self.error.show()

    def _check(self) -> None:
        pass


class SharedDatabaseDialog(ConnectingDialog):
    """A newsroom's database on a PostgreSQL server: host, port, database, user, schema,
    TLS and password. OK says `submitted(address, password)`; the address never holds
    the password. Whoever connects answers with `show_error` (the dialog stays open) or
    `accept`."""

    submitted = Signal(str, str)  # the address (no password), the password ("" if none)

    TLS_CHOICES = SSL_MODES  # "", prefer, require, verify-full (libpq's sslmode)

    def __init__(self, parent: QWidget | None, last: str | None = None):
        super().__init__(parent)
        self.setObjectName("sharedDatabaseDialog")
        self.setWindowTitle(self.tr("Open a shared database"))
        self.setModal(True)
        self.host = QLineEdit()
        self.host.setObjectName("sharedHostEdit")
        self.host.setPlaceholderText(self.tr("db.example.org (empty: this computer)"))
        self.port = QLineEdit(DEFAULT_PORT)
        self.port.setObjectName("sharedPortEdit")
        self.port.setValidator(QIntValidator(1, 65535, self.port))
        self.database = QLineEdit()
        self.database.setObjectName("sharedDatabaseEdit")
        self.user = QLineEdit()
        self.user.setObjectName("sharedUserEdit")
        self.schema = QLineEdit()
        self.schema.setObjectName("sharedSchemaEdit")
        self.schema.setPlaceholderText(DEFAULT_SCHEMA)
        self.tls = QComboBox()
        self.tls.setObjectName("sharedTlsCombo")
        tls_texts = {
            "": self.tr("Default (as libpq decides)"),
            "prefer": self.tr("If the server offers it (prefer)"),
            "require": self.tr("Required (require)"),
            "verify-full": self.tr("Required, server certificate checked (verify-full)"),
        }
        for mode in self.TLS_CHOICES:
            self.tls.addItem(tls_texts[mode], mode)
        self.password = QLineEdit()
        self.password.setObjectName("sharedPasswordEdit")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for field, name in (
            (self.host, self.tr("Server")), (self.port, self.tr("Port")),
            (self.database, self.tr("Database")), (self.user, self.tr("User name")),
            (self.schema, self.tr("Schema")), (self.tls, self.tr("Secure connection (TLS)")),
            (self.password, self.tr("Password")),
        ):  # fmt: skip
            field.setAccessibleName(name)
        form = QFormLayout()
        form.addRow(self.tr("&Server"), self.host)
        form.addRow(self.tr("P&ort"), self.port)
        form.addRow(self.tr("&Database"), self.database)
        form.addRow(self.tr("&User name"), self.user)
        form.addRow(self.tr("S&chema (optional)"), self.schema)
        form.addRow(self.tr("Secure connection (&TLS)"), self.tls)
        form.addRow(self.tr("Pass&word"), self.password)
        hint = QLabel(
            self.tr(
                "Leave the password empty when the server does not ask for one, or when it "
                "comes from PGPASSWORD or ~/.pgpass. It is never saved."
            )
        )
        hint.setObjectName("sharedPasswordHint")
        hint.setWordWrap(True)
        self._finish_layout(form, hint)
        if last:
            self.fill(last)
        for edit in (self.database, self.port):
            edit.textChanged.connect(self._check)
        self.setMinimumWidth(500)
        self._check()

    def fill(self, address: str) -> None:
        """The fields from an address (a recent one); the password stays empty."""
        try:
            parts = shared_parts(address)
        except UserError:
            return
        self.host.setText(parts["host"])
        self.port.setText(parts["port"] or DEFAULT_PORT)
        self.database.setText(parts["database"])
        self.user.setText(parts["user"])
        self.schema.setText("" if parts["schema"] == DEFAULT_SCHEMA else parts["schema"])
        index = self.tls.findData(parts["sslmode"])
        self.tls.setCurrentIndex(max(index, 0))

    def _fields(self) -> list[QWidget]:
        return [self.host, self.port, self.database, self.user, self.schema, self.tls,
                self.password]  # fmt: skip

    def _password_field(self) -> QLineEdit:
        return self.password

    def address(self) -> str:
        """The address the fields make (UserError when one is not acceptable)."""
        port = self.port.text().strip()
        return shared_address(
            host=self.host.text(), port=int(port) if port else None,
            database=self.database.text(), user=self.user.text(),
            schema=self.schema.text(), sslmode=str(self.tls.currentData() or ""),
        )  # fmt: skip

    def _check(self) -> None:
        if self.busy:
            return
        port = self.port.text().strip()
        ok = bool(self.database.text().strip()) and (not port or self.port.hasAcceptableInput())
        self.ok_button().setEnabled(ok)

    def _submit(self) -> None:
        if self.busy or not self.ok_button().isEnabled():
            return
        try:
            address = self.address()
        except UserError as exc:
            self.show_error(self._refusal(exc))
            return
        self.submitted.emit(address, self.password.text())

    def _refusal(self, error: UserError) -> str:
        if getattr(error, "kind", "") == "bad-schema":
            return self.tr(
                "Schema: “{}” is not a schema name (lower-case letters, digits and _, "
                "starting with a letter)."
            ).format(self.schema.text().strip())
        return str(error)


class SharedPasswordDialog(ConnectingDialog):
    """The password of a shared database opened again (from the recent ones), when the
    server asks for one. OK says `submitted(password)`."""

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None, label: str):
        super().__init__(parent)
        self.setObjectName("sharedPasswordDialog")
        self.setWindowTitle(self.tr("Password"))
        self.setModal(True)
        self.password = QLineEdit()
        self.password.setObjectName("sharedPasswordEdit")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        form = QFormLayout()
        intro = QLabel(self.tr("The server asks for the password of {}.").format(label))
        intro.setObjectName("sharedPasswordIntro")
        intro.setWordWrap(True)
        form.addRow(intro)
        form.addRow(self.tr("Pass&word"), self.password)
        note = QLabel(self.tr("It is kept for this session only, never saved."))
        note.setWordWrap(True)
        self._finish_layout(form, note)
        self.setMinimumWidth(400)

    def _fields(self) -> list[QWidget]:
        return [self.password]

    def _password_field(self) -> QLineEdit:
        return self.password

    def _check(self) -> None:
        if not self.busy:
            self.ok_button().setEnabled(True)

    def _submit(self) -> None:
        if not self.busy:
            self.submitted.emit(self.password.text())
