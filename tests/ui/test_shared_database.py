"""Fichier → Ouvrir une base partagée… on a real PostgreSQL server: the address in parts,
errors said in the dialog, a password used but never saved, the recent ones."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from annotator.services.articles import import_paths
from annotator.services.workspace import shared_parts
from annotator.store import open_store
from tests import postgres


@pytest.fixture
def newsroom(server, tmp_path, write_articles):
    """The run's shared database holding three articles of the newsroom."""
    folder = tmp_path / "newsroom"
    write_articles(folder, 3, prefix="rédaction")
    with open_store(server.url) as store:
        assert import_paths(store, [folder], workers=0).imported == 3
    return server


@pytest.fixture
def checker(server):
    """A throwaway login with a password (a fact-checker's), dropped afterwards; the
    window reaches it over TCP, where the server asks for the password."""
    name = f"annotator_test_pw_{os.getpid()}"
    password = "mot de passe très secret"
    with postgres.connect(server.url) as admin:
        admin.execute(f'DROP ROLE IF EXISTS "{name}"')
        admin.execute(
            f"CREATE ROLE \"{name}\" LOGIN PASSWORD '{password}' IN ROLE annotator_checker"
        )
    yield name, password
    with postgres.connect(server.url) as admin:
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s",
                      (name,))  # fmt: skip
        admin.execute(f'DROP ROLE IF EXISTS "{name}"')


def open_dialog(window) -> QDialog:
    window.action_table["actionOpenSharedDatabase"].trigger()
    dialog = window.findChild(QDialog, "sharedDatabaseDialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def fill(dialog, url: str, **changes: str) -> None:
    """The fields as a user types them, from the parts of `url` (and `changes`)."""
    parts = {**shared_parts(url), **changes}
    for name in ("host", "port", "database", "user"):
        dialog.findChild(object, f"shared{name.capitalize()}Edit").setText(parts[name])
    if "password" in parts:
        dialog.findChild(object, "sharedPasswordEdit").setText(parts["password"])


def press_ok(qtbot, dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)


def titles(window) -> list[str]:
    model = window.article_model
    rows = [model.index(row, 0).data() for row in range(model.rowCount())]
    return sorted(str(text) for text in rows)


def settings_text() -> str:
    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "annotator",
                         "annotator")  # fmt: skip
    settings.sync()
    with open(settings.fileName(), encoding="utf-8") as fh:
        return fh.read()


def test_the_dialog_opens_the_newsrooms_articles(make_window, sample_db, newsroom, qtbot):
    window = make_window(sample_db)
    dialog = open_dialog(window)
    assert dialog.findChild(object, "sharedPortEdit").text() == "5432"
    assert dialog.findChild(object, "sharedTlsCombo").currentData() == ""
    fill(dialog, newsroom.url)
    with qtbot.waitSignal(window.databases.opened, timeout=20_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert window.workspace.shared
    qtbot.waitUntil(lambda: window.article_model.rowCount() == 3)
    assert all("Rédaction numéro" in title for title in titles(window)), titles(window)
    label = window.workspace.name
    assert label.endswith(f"/{newsroom.name}") and "postgresql://" not in label
    assert window.windowTitle() == f"{label} — Annotator"
    assert label in window.statusBar().currentMessage()
    assert window.recent_databases()[0] == window.workspace.location
    assert not dialog.isVisible()


def test_a_wrong_database_name_is_said_in_the_dialog_and_nothing_changes(
    make_window, sample_db, newsroom, qtbot
):
    window = make_window(sample_db)
    before = (window.store.path, window.windowTitle(), window.article_model.rowCount())
    dialog = open_dialog(window)
    fill(dialog, newsroom.url, database="no_such_newsroom")
    press_ok(qtbot, dialog)
    error = dialog.findChild(object, "errorLabel")
    assert dialog.isVisible() and error.isVisible()
    assert "aucune base de ce nom" in error.text(), error.text()
    assert "/no_such_newsroom" in error.text()
    assert dialog.findChild(object, "sharedDatabaseEdit").text() == "no_such_newsroom"
    assert (window.store.path, window.windowTitle(), window.article_model.rowCount()) == before
    assert window.recent_databases() == [str(sample_db)]
    dialog.reject()


def test_a_database_not_prepared_says_to_run_newsroom_init(make_window, sample_db, server, qtbot):
    name = f"{server.name}_bare"
    with postgres.connect(server.admin) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        window = make_window(sample_db)
        dialog = open_dialog(window)
        fill(dialog, server.url, database=name)
        press_ok(qtbot, dialog)
        text = dialog.findChild(object, "errorLabel").text()
        assert "annotator newsroom init" in text and "pas préparée" in text, text
        dialog.reject()
    finally:
        with postgres.connect(server.admin) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_password_is_used_for_the_session_and_never_saved(
    make_window, sample_db, newsroom, checker, qtbot, tmp_path, write_articles
):
    name, password = checker
    host = shared_parts(newsroom.url)["host"] or "localhost"  # TCP: the server asks
    window = make_window(sample_db)
    dialog = open_dialog(window)
    fill(dialog, newsroom.url, host=host, user=name, password="pas le bon")
    press_ok(qtbot, dialog)
    assert "refusé ce nom d'utilisateur ou ce mot de passe" in dialog.error.text()
    assert dialog.findChild(object, "sharedPasswordEdit").text() == ""  # cleared
    assert dialog.findChild(object, "sharedUserEdit").text() == name  # the rest as typed
    dialog.findChild(object, "sharedPasswordEdit").setText(password)
    with qtbot.waitSignal(window.databases.opened, timeout=20_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.article_model.rowCount() == 3)
    assert window.store.user == name
    # A background job connects again, with the password kept in memory.
    folder = tmp_path / "more"
    write_articles(folder, 2, prefix="suite")
    job = window.import_paths([folder])
    with qtbot.waitSignal(job.finished, timeout=20_000) as finished:
        pass
    assert finished.args[0].imported == 2
    location = window.workspace.location
    assert location.startswith("postgresql://") and name in location
    stored = settings_text()
    assert location in stored and password not in stored and "pas le bon" not in stored
    assert password not in window.windowTitle() and password not in location
    assert password not in window.statusBar().currentMessage()


def test_a_recent_shared_database_is_enabled_and_asks_for_its_password(
    make_window, sample_db, newsroom, checker, qtbot, tmp_path
):
    name, password = checker
    host = shared_parts(newsroom.url)["host"] or "localhost"
    window = make_window(sample_db)
    dialog = open_dialog(window)
    fill(dialog, newsroom.url, host=host, user=name, password=password)
    with qtbot.waitSignal(window.databases.opened, timeout=20_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    shared = window.workspace.location
    assert window.open_database(str(sample_db))
    window.recent_menu.aboutToShow.emit()
    entries = {a.text(): a for a in window.recent_menu.actions() if isinstance(a, QAction)}
    assert list(entries) == [str(sample_db), shared]
    assert entries[shared].isEnabled() and not entries[str(sample_db)].isEnabled()
    entries[shared].trigger()  # no password in the environment: the server asks for it
    qtbot.waitUntil(lambda: window.findChild(QDialog, "sharedPasswordDialog") is not None,
                    timeout=20_000)  # fmt: skip
    prompt = window.findChild(QDialog, "sharedPasswordDialog")
    assert name in prompt.findChild(object, "sharedPasswordIntro").text()
    prompt.findChild(object, "sharedPasswordEdit").setText(password)
    with qtbot.waitSignal(window.databases.opened, timeout=20_000):
        prompt.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert window.workspace.location == shared
    qtbot.waitUntil(lambda: window.article_model.rowCount() == 3)
    assert password not in settings_text()


def test_an_import_that_loses_the_connection_says_so_in_the_window(
    make_window, newsroom, qtbot, tmp_path, write_articles, monkeypatch
):
    window = make_window(newsroom.url)
    folder = tmp_path / "lot"
    write_articles(folder, 100)
    postgres.small_batches(monkeypatch, 30)
    cut = postgres.cut_after_first_batch(monkeypatch, newsroom)
    job = window.import_paths([folder])
    with qtbot.waitSignal(job.failed, timeout=30_000):
        pass
    assert cut["pid"] is not None
    text = window.last_message.text()
    assert text.startswith(window.workspace.name), text
    assert "connexion au serveur a été perdue pendant l'import" in text, text
    assert "30 articles importés avant" in text, text
    assert postgres.whole_articles(newsroom) == (33, 33)
    qtbot.waitUntil(lambda: window.article_model.rowCount() == 33)


def test_cancelling_while_connecting_keeps_the_window_as_it_was(
    make_window, sample_db, newsroom, qtbot
):
    window = make_window(sample_db)
    dialog = open_dialog(window)
    fill(dialog, newsroom.url)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.busy and not dialog.ok_button().isEnabled()
    dialog.reject()  # before the connection made in the background is handed over
    qtbot.waitUntil(lambda: not window.databases._attempts, timeout=20_000)
    assert window.store.path == str(sample_db)
    with postgres.connect(newsroom.url) as admin:
        left = admin.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
            " AND application_name = 'annotator'"
        ).fetchone()[0]
    assert left == 0  # the connection made for nothing was closed


def test_started_on_a_shared_database_that_wants_a_password_asks_for_it(
    newsroom, checker, qtbot, monkeypatch
):
    """`annotator gui --db postgresql://marie@host/news`: the password is asked for, a
    wrong one asked again, and the window opens (nothing kept)."""
    from PySide6.QtWidgets import QInputDialog

    from annotator.errors import UserError
    from annotator.ui import app, create_main_window

    name, password = checker
    parts = shared_parts(newsroom.url)
    url = (
        f"postgresql://{name}@{parts['host'] or 'localhost'}:{parts['port'] or 5432}/"
        + (parts["database"])
    )
    with pytest.raises(UserError) as refused:
        create_main_window(url)
    answers = iter([("pas le bon", True), (password, True)])
    asked = []
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *a, **k: asked.append(a[2]) or next(answers)
    )
    window = app._with_password(url, refused.value)
    assert window is not None
    qtbot.addWidget(window)
    assert len(asked) == 2 and name in asked[0] and password not in asked[0]
    assert window.store.user == name and window.article_model.rowCount() == 3
    assert password not in settings_text()
    window.close()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    assert app._with_password(url, refused.value) is None  # cancelled: not started
