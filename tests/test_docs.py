"""The README is the front door: its commands are the ones CI and users run."""

from __future__ import annotations

import re
from pathlib import Path

from annotator.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _code_blocks() -> list[str]:
    return re.findall(r"```sh\n(.*?)```", README, re.S)


def test_ci_runs_the_readme_test_command():
    test_command = next(b.strip() for b in _code_blocks() if "pytest" in b)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci.splitlines()


def test_readme_starts_with_install_and_test_commands():
    head = README[:2000]  # "near the top": after the desk package, before any other section
    assert "pip install" in head and "annotator" in head and "pytest" in head


def test_every_command_is_in_the_readme():
    for name in main.commands:
        assert f"annotator {name}" in README or f"`annotator {name}" in README, name


def test_the_install_command_lists_what_a_real_window_needs():
    """Qt's X11 plugin and the sample's emoji need these on a bare Debian (DESIGN.md)."""
    start = README.index("**Install and start**")
    install = README[start : README.index("**Install and run the tests**")]
    needed = (
        "libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core "
        "libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 "
        "libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 fonts-noto-color-emoji"
    )
    for package in needed.split():
        assert f" {package}" in install, package
