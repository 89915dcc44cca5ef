"""The window killed (SIGKILL) right after an edit: the edit is there on restart."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from annotator.services.workspace import add_sample_article
from annotator.store import open_store, repo
from tests.support import PHRASE

# A window process killed with SIGKILL, then reopened.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import os, signal, sys
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QAction, QTextCursor
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QWidget
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
    app = QApplication([])
    from annotator.ui import create_main_window
    window = create_main_window(sys.argv[1])
    window.show()
    listing = window.findChild(QAbstractItemView, "articleList")
    listing.setCurrentIndex(listing.model().index(0, 0))
    view = window.findChild(QWidget, "articleView")
    text = view.toPlainText()
    start = len(text[: text.index(sys.argv[3])].encode("utf-16-le")) // 2
    cursor = view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(sys.argv[3].encode("utf-16-le")) // 2,
                       QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    window.findChild(QAction, "actionMarkClaim").trigger()
    combo = window.findChild(QComboBox, "verdictCombo")
    combo.setCurrentIndex(combo.findText("Faux"))
    window.findChild(QWidget, "correctionEdit").setPlainText("2011")
    print("edited", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)  # no close, no atexit, no flush: a crash
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_edits_survive_a_killed_window(tmp_path):
    db = tmp_path / "desk.db"
    with open_store(db) as store:
        add_sample_article(store)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "XDG_DATA_HOME": str(tmp_path / "xdg"),
        "ANNOTATOR_UI_LANGUAGE": "fr",
    }
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(db), str(tmp_path / "qsettings"), PHRASE],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr[-2000:]
    assert result.stdout.strip() == "edited"
    with open_store(db) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        [claim] = repo.list_claims(store)
        assert claim.exact == PHRASE
        assert claim.review.verdict == "false"
        assert claim.review.correction == "2011"
