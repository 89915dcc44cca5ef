"""Starting the window where it cannot start: one line saying why, never Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.ui import startup

ROOT = Path(__file__).resolve().parents[2]


def start(tmp_path, code: str, **env: str) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "ANNOTATOR_DB")
    }
    clean.update(
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        PYTHONPATH=str(ROOT),
        **env,
    )
    return subprocess.run(
        [sys.executable, "-c", code], env=clean, capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize(
    "code",
    [
        "from annotator.cli import main; main([])",  # `annotator`
        "from annotator.cli import main; main(['gui'])",  # `annotator gui`
        "import sys; from annotator.ui import main; sys.argv = ['annotator-gui']; sys.exit(main())",
    ],
    ids=["annotator", "annotator gui", "annotator-gui"],
)
def test_no_display_is_said_in_one_line(tmp_path, code):
    done = start(tmp_path, code)
    assert done.returncode == 1, (done.returncode, done.stderr)  # not -6 (SIGABRT)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "no display" in lines[0] and "every other command works without one" in lines[0]
    assert "Reinstalling" not in done.stderr
    assert not (tmp_path / "data" / "annotator" / "annotator.db").exists()  # nothing opened


def test_every_other_command_works_without_a_display(tmp_path):
    done = start(tmp_path, "from annotator.cli import main; main(['articles'])")
    assert done.returncode == 0, done.stderr
    assert "Palantir" in done.stdout


def test_a_missing_system_library_is_named_with_its_package(monkeypatch):
    libraries = {**startup.XCB_LIBRARIES, "libxcb-does-not-exist.so.0": "libxcb-does-not-exist0"}
    monkeypatch.setattr(startup, "XCB_LIBRARIES", libraries)
    if sys.platform != "linux":
        pytest.skip("the libraries are checked on Linux only")
    with pytest.raises(startup.WindowUnavailableError) as raised:
        startup.check_can_start({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"})
    message = str(raised.value)
    assert "\n" not in message
    assert "libxcb-does-not-exist.so.0" in message
    assert "apt-get install libxcb-does-not-exist0" in message


def test_a_missing_library_stops_the_command_before_qt(tmp_path):
    code = (
        "from annotator.ui import startup\n"
        "startup.XCB_LIBRARIES['libxcb-does-not-exist.so.0'] = 'libxcb-does-not-exist0'\n"
        "from annotator.cli import main; main(['gui'])"
    )
    done = start(tmp_path, code, DISPLAY=":0", QT_QPA_PLATFORM="xcb")
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip().splitlines() == [
        done.stderr.strip()
    ] and "libxcb-does-not-exist.so.0" in (done.stderr)


@pytest.mark.parametrize(
    ("environ", "says"),
    [
        ({}, "no display found"),
        ({"QT_QPA_PLATFORM": "xcb"}, "no display found"),
        ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, "DISPLAY is not set"),
        ({"WAYLAND_DISPLAY": "/nonexistent/wayland-9"}, "Wayland display"),
    ],
)
def test_what_is_missing_is_said(environ, says):
    if sys.platform != "linux":
        pytest.skip("checked on Linux only")
    with pytest.raises(startup.WindowUnavailableError, match=says):
        startup.check_can_start(environ)


@pytest.mark.parametrize("platform", ["offscreen", "minimal", "vnc"])
def test_platforms_without_a_display_are_let_through(platform):
    startup.check_can_start({"QT_QPA_PLATFORM": platform})
