"""Known traps of this platform (DESIGN.md), kept as tests so an upgrade cannot bring them back."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest


@pytest.mark.slow  # 20,000 binding calls in a fresh process
def test_pyside6_void_calls_do_not_corrupt_none():
    """PySide6 6.12.0 on Python 3.11 drops a reference to None per void call (then aborts)."""
    code = textwrap.dedent(
        """
        import sys
        from PySide6.QtGui import QTextCursor, QTextDocument
        doc = QTextDocument("x" * 100)
        cursor = QTextCursor(doc)
        before = sys.getrefcount(None)
        for i in range(20_000):
            cursor.setPosition(i % 100)
        after = sys.getrefcount(None)
        # A healthy binding leaves None's count where it was (give or take a few).
        assert after >= before - 100, (before, after)
        print("ok")
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"
