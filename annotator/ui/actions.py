"""The window's actions in one table (name, slot, keys, icon, texts) for menus and toolbar."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import attrgetter
from typing import Any, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget

from annotator import resources
from annotator.ui import i18n

_Std = QKeySequence.StandardKey
Key = str | QKeySequence.StandardKey
CONTEXT = "ActionTable"  # the context the table's texts are translated in


# QT_TRANSLATE_NOOP gives its text back; its stub says `object`.
Text = Any


class Spec(NamedTuple):
    """One action: `slot` is a dotted path from the object the slots are found on
    (the window), e.g. "edits.mark_claim"; `text` and `tip` are translated when shown."""

    name: str
    slot: str
    keys: tuple[Key, ...] = ()
    icon: str | None = None
    text: Text = ""
    tip: Text = ""
    icon_text: Text = None  # the toolbar's short text


class Submenu(NamedTuple):
    name: str  # its objectName
    text: Text


# The texts are translated in the context "ActionTable" (pyside6-lupdate reads only a
# literal QT_TRANSLATE_NOOP, hence its repetition).
TABLE: tuple[Spec, ...] = (
    Spec("actionOpenDatabase", "databases.open_dialog", (_Std.Open,), None,
         QT_TRANSLATE_NOOP("ActionTable", "&Open database…"),
         QT_TRANSLATE_NOOP("ActionTable", "Open another database file")),
    Spec("actionOpenSharedDatabase", "databases.shared_dialog", (), None,
         QT_TRANSLATE_NOOP("ActionTable", "Open a &shared database…"),
         QT_TRANSLATE_NOOP("ActionTable",
                           "Open a newsroom's database on a PostgreSQL server (a password, "
                           "if one is asked, is never saved)")),
    Spec("actionNewDatabase", "databases.new_dialog", (_Std.New,), None,
         QT_TRANSLATE_NOOP("ActionTable", "&New database…"),
         QT_TRANSLATE_NOOP("ActionTable", "Create an empty database file")),
    Spec("actionImport", "transfers.import_files_dialog", ("Ctrl+I",), "import",
         QT_TRANSLATE_NOOP("ActionTable", "&Import files…"),
         QT_TRANSLATE_NOOP("ActionTable",
                           "Import articles from files (or drop them on the window)"),
         QT_TRANSLATE_NOOP("ActionTable", "Import")),
    Spec("actionImportFolder", "transfers.import_folder_dialog", ("Ctrl+Shift+I",), None,
         QT_TRANSLATE_NOOP("ActionTable", "Import a &folder…"),
         QT_TRANSLATE_NOOP("ActionTable", "Import every article in a folder and its subfolders")),
    Spec("actionImportReviews", "transfers.import_reviews_dialog", (), None,
         QT_TRANSLATE_NOOP("ActionTable", "Import &reviews (ClaimReview)…"),
         QT_TRANSLATE_NOOP("ActionTable",
                           "Import fact-checks as ClaimReview: ours, or other fact-checkers' "
                           "(kept and offered when a similar claim is marked)")),
    Spec("actionExport", "export_dialog", ("Ctrl+E",), "export",
         QT_TRANSLATE_NOOP("ActionTable", "&Export…"),
         QT_TRANSLATE_NOOP("ActionTable", "Export the reviews as ClaimReview"),
         QT_TRANSLATE_NOOP("ActionTable", "Export")),
    Spec("actionSettings", "settings_dialog", (), "settings",
         QT_TRANSLATE_NOOP("ActionTable", "&Publisher settings…"),
         QT_TRANSLATE_NOOP("ActionTable",
                           "The fact-checking organisation and where its checks are published")),
    Spec("actionQuit", "close", (_Std.Quit,), None, QT_TRANSLATE_NOOP("ActionTable", "&Quit")),
    # Texts from the undo stack: see follow().
    Spec("actionUndo", "edits.undo_stack.undo", ("Ctrl+Z", _Std.Undo), "undo"),
    # Both usual redo keys everywhere (Qt's standard Redo is only one of them).
    Spec("actionRedo", "edits.undo_stack.redo", ("Ctrl+Shift+Z", "Ctrl+Y", _Std.Redo), "redo"),
    Spec("actionMarkClaim", "edits.mark_claim", ("Ctrl+M",), "mark",
         QT_TRANSLATE_NOOP("ActionTable", "&Mark claim"),
         QT_TRANSLATE_NOOP("ActionTable", "Mark the selected words as a claim to review"),
         QT_TRANSLATE_NOOP("ActionTable", "Mark")),
    Spec("actionDeleteClaim", "edits.delete_claim", ("Ctrl+Shift+M",), "delete",
         QT_TRANSLATE_NOOP("ActionTable", "&Delete claim"),
         QT_TRANSLATE_NOOP("ActionTable", "Delete the selected claim and its review"),
         QT_TRANSLATE_NOOP("ActionTable", "Delete")),
    Spec("actionNextClaim", "current.next_claim", ("F8", "Ctrl+Down"), "next",
         QT_TRANSLATE_NOOP("ActionTable", "&Next claim"),
         QT_TRANSLATE_NOOP("ActionTable", "Go to the next claim in the text"),
         QT_TRANSLATE_NOOP("ActionTable", "Next")),
    Spec("actionPreviousClaim", "current.previous_claim", ("Shift+F8", "Ctrl+Up"), "previous",
         QT_TRANSLATE_NOOP("ActionTable", "&Previous claim"),
         QT_TRANSLATE_NOOP("ActionTable", "Go to the previous claim in the text"),
         QT_TRANSLATE_NOOP("ActionTable", "Previous")),
    Spec("actionAddSource", "edits.add_source", ("Ctrl+Shift+S",), "source",
         QT_TRANSLATE_NOOP("ActionTable", "&Add source…"),
         QT_TRANSLATE_NOOP("ActionTable", "Add a source that backs the review"),
         QT_TRANSLATE_NOOP("ActionTable", "Source")),
    Spec("actionEditSource", "edits.edit_source", (), None,
         QT_TRANSLATE_NOOP("ActionTable", "&Edit source…")),
    Spec("actionRemoveSource", "edits.remove_source", (), None,
         QT_TRANSLATE_NOOP("ActionTable", "&Remove source")),
    Spec("actionOpenSource", "inspector.open_source", (), None,
         QT_TRANSLATE_NOOP("ActionTable", "&Open source in browser")),
    Spec("actionAcceptAnchor", "edits.accept_anchor", (), None,
         QT_TRANSLATE_NOOP("ActionTable", "A&ccept the new place"),
         QT_TRANSLATE_NOOP("ActionTable",
                           "The claim now quotes the passage proposed in the new version")),
    Spec("actionRejectAnchor", "edits.reject_anchor", (), None,
         QT_TRANSLATE_NOOP("ActionTable", "Re&ject the new place"),
         QT_TRANSLATE_NOOP("ActionTable", "The claim becomes an orphan, to anchor again by hand")),
    Spec("actionAnchorHere", "edits.anchor_here", (), None,
         QT_TRANSLATE_NOOP("ActionTable", "Anc&hor here"),
         QT_TRANSLATE_NOOP("ActionTable",
                           "Anchor the selected claim on the words selected in the article")),
    Spec("actionFind", "article_pane.focus_search", (_Std.Find,), None,
         QT_TRANSLATE_NOOP("ActionTable", "&Search articles")),
    Spec("actionAbout", "about", (), None, QT_TRANSLATE_NOOP("ActionTable", "&About Annotator")),
)  # fmt: skip

RECENT = Submenu("recentMenu", QT_TRANSLATE_NOOP("ActionTable", "&Recent databases"))
LANGUAGES = Submenu("languageMenu", QT_TRANSLATE_NOOP("ActionTable", "&Language"))
# The menus: (key, title, entries); None is a separator.
MENUS: tuple[tuple[str, Text, tuple[str | Submenu | None, ...]], ...] = (
    ("file", QT_TRANSLATE_NOOP("ActionTable", "&File"), (
        "actionOpenDatabase", "actionOpenSharedDatabase", "actionNewDatabase", RECENT, None,
        "actionImport",
        "actionImportFolder", "actionImportReviews", "actionExport", None, "actionSettings",
        None, "actionQuit",
    )),
    ("edit", QT_TRANSLATE_NOOP("ActionTable", "&Edit"), (
        "actionUndo", "actionRedo", None, "actionFind",
    )),
    ("claim", QT_TRANSLATE_NOOP("ActionTable", "&Claim"), (
        "actionMarkClaim", "actionDeleteClaim", None, "actionNextClaim", "actionPreviousClaim",
        None, "actionAddSource", "actionEditSource", "actionRemoveSource", "actionOpenSource",
        None, "actionAcceptAnchor", "actionRejectAnchor", "actionAnchorHere",
    )),
    ("view", QT_TRANSLATE_NOOP("ActionTable", "&View"), (LANGUAGES,)),
    ("help", QT_TRANSLATE_NOOP("ActionTable", "&Help"), ("actionAbout",)),
)  # fmt: skip
TOOLBAR = ("actionImport", "actionExport", None, "actionMarkClaim", "actionDeleteClaim",
           "actionAddSource", None, "actionPreviousClaim", "actionNextClaim", None,
           "actionUndo", "actionRedo")  # fmt: skip
CONTEXT_MENU = ("actionMarkClaim", "actionDeleteClaim", "actionAnchorHere")  # in the article


def key_sequences(*keys: Key) -> list[QKeySequence]:
    """An action's shortcuts: each text, and every binding this platform gives a
    standard key, once each and in order (the first is the one menus show).

    A sequence given twice makes Qt call the action ambiguous and do nothing:
    `QKeySequence.Redo` is already Ctrl+Shift+Z on Linux, and only there.
    """
    found: list[QKeySequence] = []
    seen: set[str] = set()
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            sequences = QKeySequence.keyBindings(key)
        else:
            sequences = [QKeySequence(key)]
        for sequence in sequences:
            text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            if text and text not in seen:
                seen.add(text)
                found.append(sequence)
    return found


def icon(name: str) -> QIcon:
    try:
        return QIcon(str(resources.path(f"icons/{name}.svg")))
    except FileNotFoundError:
        return QIcon()


class ActionTable(QObject):
    """The QActions of TABLE on a window, and the language choices; the menus, the
    toolbar and the texts in the interface language are made from the table."""

    language_chosen = Signal(str)

    def __init__(self, window: QWidget, language: str):
        super().__init__(window)
        self._actions: dict[str, QAction] = {}
        for spec in TABLE:
            action = QAction(window)
            action.setObjectName(spec.name)
            if spec.keys:
                action.setShortcuts(key_sequences(*spec.keys))
            if spec.icon:
                action.setIcon(icon(spec.icon))
            window.addAction(action)
            self._actions[spec.name] = action
        self._language_group = QActionGroup(window)
        self._languages: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, window)
            action.setObjectName(f"actionLanguage_{code}")
            action.setCheckable(True)
            action.setChecked(code == language)
            action.triggered.connect(lambda _c=False, code=code: self.language_chosen.emit(code))
            self._language_group.addAction(action)
            self._languages[code] = action
        self._menus: list[tuple[QMenu, str]] = []  # each menu and its title, to translate
        self._stack: QUndoStack | None = None

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def connect_slots(self, target: object) -> None:
        """Trigger each action's slot, found on `target` by its path (once the window
        has made what the slots belong to)."""
        for spec in TABLE:
            slot: Callable[[], Any] = attrgetter(spec.slot)(target)
            self._actions[spec.name].triggered.connect(lambda _c=False, slot=slot: slot())

    def enable(self, states: Mapping[str, bool]) -> None:
        for name, enabled in states.items():
            self._actions[name].setEnabled(enabled)

    def check_language(self, language: str) -> None:
        self._languages[language].setChecked(True)

    def build_menus(self, bar: QMenuBar) -> dict[str, QMenu]:
        """The menu bar's menus, by key and by submenu name."""
        menus: dict[str, QMenu] = {}
        for key, title, entries in MENUS:
            menu = menus[key] = bar.addMenu("")
            self._menus.append((menu, title))
            for entry in entries:
                if entry is None:
                    menu.addSeparator()
                elif isinstance(entry, Submenu):
                    sub = menus[entry.name] = menu.addMenu("")
                    sub.setObjectName(entry.name)
                    self._menus.append((sub, entry.text))
                else:
                    menu.addAction(self._actions[entry])
        for action in self._languages.values():
            menus[LANGUAGES.name].addAction(action)
        return menus

    def fill_toolbar(self, toolbar: QToolBar) -> None:
        for name in TOOLBAR:
            if name is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(self._actions[name])

    def context_actions(self) -> list[QAction]:
        return [self._actions[name] for name in CONTEXT_MENU]

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        native = QKeySequence.SequenceFormat.NativeText
        for spec in TABLE:
            if not spec.text:
                continue
            action = self._actions[spec.name]
            text = translate(CONTEXT, spec.text)
            action.setText(text)
            plain = text.replace("&", "").rstrip("…")
            keys = action.shortcut().toString(native)
            action.setToolTip(f"{plain} ({keys})" if keys else plain)
            action.setStatusTip(translate(CONTEXT, spec.tip) if spec.tip else "")
            if spec.icon_text:
                action.setIconText(translate(CONTEXT, spec.icon_text))
        for menu, title in self._menus:
            menu.setTitle(translate(CONTEXT, title))
        self._show_undo_texts()

    def follow(self, stack: QUndoStack) -> None:
        """Undo and Redo: enabled when the stack can, named after what they would do."""
        self._stack = stack
        undo, redo = self._actions["actionUndo"], self._actions["actionRedo"]
        stack.canUndoChanged.connect(undo.setEnabled)
        stack.canRedoChanged.connect(redo.setEnabled)
        stack.undoTextChanged.connect(lambda _text: self._show_undo_texts())
        stack.redoTextChanged.connect(lambda _text: self._show_undo_texts())
        undo.setEnabled(stack.canUndo())
        redo.setEnabled(stack.canRedo())
        self._show_undo_texts()

    def _show_undo_texts(self) -> None:
        stack = self._stack
        undo, redo = (stack.undoText(), stack.redoText()) if stack is not None else ("", "")
        actions = self._actions["actionUndo"], self._actions["actionRedo"]
        actions[0].setText(self.tr("&Undo: {}").format(undo) if undo else self.tr("&Undo"))
        actions[1].setText(self.tr("&Redo: {}").format(redo) if redo else self.tr("&Redo"))
        actions[0].setIconText(self.tr("Undo"))
        actions[1].setIconText(self.tr("Redo"))
        native = QKeySequence.SequenceFormat.NativeText
        for action in actions:
            keys = action.shortcut().toString(native)
            action.setToolTip(f"{action.text().replace('&', '')} ({keys})")

    def undo_keys(self) -> set[str]:
        """The keys of Undo and Redo: text fields leave them to the window's undo stack."""
        portable = QKeySequence.SequenceFormat.PortableText
        return {
            sequence.toString(portable)
            for action in (self._actions["actionUndo"], self._actions["actionRedo"])
            for sequence in action.shortcuts()
        }
