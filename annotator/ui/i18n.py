"""Interface preferences: the language (chosen, or the system locale's), recent databases."""

from __future__ import annotations

import os

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from annotator import resources

LANGUAGES = {"fr": "Français", "en": "English"}
DEFAULT = "fr"
ENV_LANGUAGE = "ANNOTATOR_UI_LANGUAGE"
_installed: list[QTranslator] = []  # Qt does not own translators: keep them alive
# Texts of Qt's own dialogs that its French file (qtbase_fr.qm) lacks, since Qt 6
# gave them a mnemonic: translated in ours, which Qt asks too.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def preferences() -> QSettings:
    """The per-user interface settings (language, layout, recent databases)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "annotator", "annotator"
    )


def system_language() -> str:
    """The system locale's language when we have it; French otherwise (also for 'C')."""
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else DEFAULT


def chosen_language() -> str:
    env = os.environ.get(ENV_LANGUAGE, "").strip().lower()
    if env in LANGUAGES:
        return env
    saved = str(preferences().value("language", "") or "")
    return saved if saved in LANGUAGES else system_language()


def save_language(language: str) -> None:
    preferences().setValue("language", language)


RECENT_KEY = "recentDatabases"
MAX_RECENT = 8


def recent_databases() -> list[str]:
    """The databases opened last, newest first.

    QSettings gives a list of one item back as a plain string (an INI file
    cannot tell them apart): read here only, so that no caller walks its letters.
    """
    value = preferences().value(RECENT_KEY)
    if value is None:
        return []
    items = [value] if isinstance(value, str) else list(value)
    return [str(item) for item in items if str(item).strip()]


def remember_database(path: str) -> list[str]:
    """Put a database first in the recent ones (once); returns the new list."""
    recent = [path, *(p for p in recent_databases() if p != path)][:MAX_RECENT]
    preferences().setValue(RECENT_KEY, recent)
    return recent


def install(language: str) -> str:
    """Load the translations for `language` into the running application."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install translations after creating the QApplication")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES:
        language = DEFAULT
    # English is the source language; its file holds only the plural forms
    # ("%n article(s)" -> "1 article", "2 articles").
    ours = QTranslator()
    try:
        if ours.load(str(resources.path(f"translations/annotator_{language}.qm"))):
            _installed.append(ours)
    except FileNotFoundError:
        pass  # a build without compiled translations: English texts, French verdicts
    if language != "en":
        qt = QTranslator()  # Qt's own dialogs and context menus
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", qt_dir):
            _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(
        QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English)
    )
    return language
