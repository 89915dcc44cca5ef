"""Keyboard shortcuts: no key is given twice, and the keys the menus show do what they say."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from annotator.services import claims as claim_service
from annotator.store import open_store
from tests.support import PHRASE, select_text

PORTABLE = QKeySequence.SequenceFormat.PortableText
WIDGET_CONTEXTS = (Qt.ShortcutContext.WidgetShortcut, Qt.ShortcutContext.WidgetWithChildrenShortcut)


def shortcut_owners(window) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Each key of the window's actions and shortcuts -> who has it: those that work
    anywhere in the window, and those that work only in one widget."""
    anywhere: dict[str, list[str]] = defaultdict(list)
    in_widget: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            for n in range(sequence.count()):
                key = QKeySequence(sequence[n]).toString(PORTABLE)
                owners = in_widget if action.shortcutContext() in WIDGET_CONTEXTS else anywhere
                owners[key].append(action.objectName() or action.text())
    for shortcut in window.findChildren(QShortcut):
        for sequence in shortcut.keys():  # noqa: SIM118 (a QShortcut, not a dict)
            key = sequence.toString(PORTABLE)
            if shortcut.context() in WIDGET_CONTEXTS:
                in_widget[key].append(f"QShortcut on {shortcut.parent().objectName()}")
            else:
                anywhere[key].append(f"QShortcut {key}")
    return anywhere, in_widget


@pytest.mark.parametrize("language", ["fr", "en"])
def test_no_two_actions_share_a_key(make_window, sample_db, language):
    window = make_window(sample_db)
    window.set_language(language)
    anywhere, in_widget = shortcut_owners(window)
    shared = {key: owners for key, owners in anywhere.items() if len(owners) > 1}
    assert not shared, f"keys given to several actions (Qt does nothing for them): {shared}"
    both = {key: anywhere[key] + owners for key, owners in in_widget.items() if key in anywhere}
    assert not both, f"keys of an action that a widget's shortcut takes too: {both}"
    # Every action keeps each sequence once, including what the standard keys add.
    for action in window.findChildren(QAction):
        texts = [s.toString(PORTABLE) for s in action.shortcuts()]
        assert len(texts) == len(set(texts)), (action.objectName(), texts)


def test_redo_has_both_usual_keys_and_the_menu_shows_one_of_them(make_window, sample_db):
    window = make_window(sample_db)
    redo = window.findChild(QAction, "actionRedo")
    undo = window.findChild(QAction, "actionUndo")
    redo_keys = [s.toString(PORTABLE) for s in redo.shortcuts()]
    assert redo_keys[:2] == ["Ctrl+Shift+Z", "Ctrl+Y"]
    assert redo.shortcut().toString(PORTABLE) == "Ctrl+Shift+Z"  # what the menu shows
    assert undo.shortcut().toString(PORTABLE) == "Ctrl+Z"
    # The tooltip names the keys the action really has, in the interface language.
    native = redo.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert redo.toolTip().endswith(f"({native})")


REDO_KEYS = {
    "ctrl-shift-z": (
        Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    ),
    "ctrl-y": (Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier),
}  # fmt: skip
UNDO_KEY = (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def verdict(db) -> list:
    with open_store(db) as store:
        return [c.review.verdict for c in claim_service.list_claims(store)]


def mark_and_rate(window) -> None:
    select_text(window.view, PHRASE)
    window.findChild(QAction, "actionMarkClaim").trigger()
    combo = window.inspector.verdict
    combo.setCurrentIndex(combo.findText("Faux"))
    assert window.undo_stack.count() == 2


def key_click(qtbot, keys) -> None:
    """The keys, to whatever has the focus, as the window system sends them."""
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, keys[0], keys[1])


@pytest.mark.parametrize("keys", list(REDO_KEYS), ids=list(REDO_KEYS))
def test_pressing_redo_redoes_wherever_the_focus_is(make_window, sample_db, qtbot, keys):
    window = make_window(sample_db)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    targets = [window.inspector.verdict, window.inspector.explanation,
               window.inspector.claim_reviewed, window.view, window.claim_list]  # fmt: skip
    for target in targets:
        mark_and_rate(window)
        window.undo_stack.undo()  # the verdict: the claim stays, and its inspector
        assert verdict(sample_db) == [None]
        target.setFocus()
        qtbot.waitUntil(lambda target=target: QApplication.focusWidget() is target)
        key_click(qtbot, REDO_KEYS[keys])
        assert window.undo_stack.index() == 2, f"redo did nothing in {target.objectName()}"
        assert verdict(sample_db) == ["false"]
        window.undo_stack.undo()
        window.undo_stack.undo()
        window.undo_stack.clear()


@pytest.mark.parametrize("keys", list(REDO_KEYS), ids=list(REDO_KEYS))
def test_undo_then_redo_a_mark_by_keyboard(make_window, sample_db, qtbot, keys):
    """Undoing a Mark hides the field that had the focus: the keys still reach the window."""
    window = make_window(sample_db)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    select_text(window.view, PHRASE)
    window.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view)
    qtbot.keyClick(window.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert verdict(sample_db) == [None]
    assert QApplication.focusWidget() is window.inspector.verdict
    key_click(qtbot, UNDO_KEY)
    assert verdict(sample_db) == []
    assert QApplication.focusWidget() is window.view
    key_click(qtbot, REDO_KEYS[keys])
    assert verdict(sample_db) == [None]
    assert window.current_claim() is not None


# --- in a real X window ----------------------------------------------------------------

XCB_SCRIPT = r"""
import json, sys
from PySide6.QtCore import Qt, qInstallMessageHandler
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

messages = []
qInstallMessageHandler(lambda kind, context, text: messages.append(text))
from annotator.ui import create_main_window

window = create_main_window(sys.argv[1])
window.show()
window.activateWindow()
QTest.qWaitForWindowActive(window, 5000)
result = {"active": QApplication.activeWindow() is window}
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
phrase = "tué par un commando américain en 2001"


def press(key, modifiers):
    QTest.keyClick(QApplication.focusWidget(), key, modifiers)


for name, key, modifiers in (("ctrl-shift-z", Qt.Key.Key_Z, CTRL | SHIFT),
                             ("ctrl-y", Qt.Key.Key_Y, CTRL)):
    text = window.view.toPlainText()
    start = len(text[: text.index(phrase)].encode("utf-16-le")) // 2
    cursor = window.view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(phrase), QTextCursor.MoveMode.KeepAnchor)
    window.view.setTextCursor(cursor)
    window.view.setFocus()
    press(Qt.Key.Key_M, CTRL)  # mark: the verdict list has the focus
    steps = [window.undo_stack.index()]
    press(Qt.Key.Key_Z, CTRL)  # undo the mark
    steps.append(window.undo_stack.index())
    press(key, modifiers)  # redo it
    steps.append(window.undo_stack.index())
    combo = window.inspector.verdict
    combo.setCurrentIndex(combo.findText("Faux"))
    for widget in (window.inspector.explanation, window.view, window.claim_list, combo):
        window.undo_stack.undo()
        widget.setFocus()
        QApplication.processEvents()
        press(key, modifiers)
        steps.append(window.undo_stack.index())
    result[name] = steps
    while window.undo_stack.canUndo():
        window.undo_stack.undo()
    window.undo_stack.clear()
result["ambiguous"] = [m for m in messages if "mbiguous" in m]
window.close()
print("RESULT " + json.dumps(result))
"""


def _xvfb() -> str | None:
    return shutil.which("Xvfb")


@pytest.mark.slow
def test_redo_keys_work_in_a_real_x_window(sample_db, tmp_path):
    """Offscreen has other key bindings than X11 (its Redo is Ctrl+Y): try the real one."""
    from annotator.ui import startup

    xvfb = _xvfb()
    if xvfb is None:
        pytest.skip("Xvfb is not installed")
    missing = startup.missing_libraries(startup.XCB_LIBRARIES)
    if missing:
        pytest.skip(f"the X11 libraries Qt needs are missing: {missing}")
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            display = pipe.readline().strip()
        assert display, "Xvfb did not start"
        env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY",)}
        env.update(
            DISPLAY=f":{display}",
            QT_QPA_PLATFORM="xcb",
            ANNOTATOR_UI_LANGUAGE="fr",
            XDG_CONFIG_HOME=str(tmp_path / "config"),
            XDG_DATA_HOME=str(tmp_path / "data"),
            PYTHONPATH=str(Path(__file__).resolve().parents[2]),
        )
        done = subprocess.run(
            [sys.executable, "-c", XCB_SCRIPT, str(sample_db)],
            env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
    finally:
        server.terminate()
        server.wait(10)
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    assert lines, done.stderr[-2000:]
    result = json.loads(lines[0][len("RESULT ") :])
    assert result["active"]
    assert result["ctrl-shift-z"] == [1, 0, 1, 2, 2, 2, 2], result
    assert result["ctrl-y"] == [1, 0, 1, 2, 2, 2, 2], result
    assert result["ambiguous"] == []
