"""Before Qt starts: a display to open the window on, and the system libraries it needs.

Without them Qt aborts the process (SIGABRT) with "This application failed to
start… Reinstalling the application may fix this problem", which tells a
fact-checker nothing. This module imports no Qt, so it can say it in one line.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from annotator.errors import UserError

# What Qt's xcb plugin (a window on X11) loads, with the Debian/Ubuntu package of
# each (DESIGN.md, Known traps; README "Install and start").
XCB_LIBRARIES: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-util.so.1": "libxcb-util1",
}
# Platforms that need no display (tests, screenshots, remote access).
_HEADLESS = {"offscreen", "minimal", "minimalegl", "vnc", "eglfs", "linuxfb", "vkkhrdisplay"}
_OTHER_COMMANDS = "every other command works without one (annotator --help)"


class WindowUnavailableError(UserError):
    """The window cannot start here (no display, a system library missing)."""


def missing_libraries(libraries: Mapping[str, str]) -> list[str]:
    """The shared libraries of `libraries` this system cannot load."""
    missing = []
    for name in libraries:
        try:
            ctypes.CDLL(name)
        except OSError:
            missing.append(name)
    return missing


def _can_connect(display: str) -> bool:
    """Whether the X server of `display` accepts a connection (Qt aborts if not)."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return True  # said already by missing_libraries
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return bool(connection) and xcb.xcb_connection_has_error(connection) == 0
    finally:
        if connection:
            xcb.xcb_disconnect(connection)


def _platforms(environ: Mapping[str, str]) -> list[str]:
    """The Qt platform plugins asked for (QT_QPA_PLATFORM="wayland;xcb" lists two)."""
    value = environ.get("QT_QPA_PLATFORM", "")
    return [p.split(":")[0].strip().lower() for p in value.split(";") if p.strip()]


def check_can_start(environ: Mapping[str, str] | None = None) -> None:
    """Raise WindowUnavailableError, in one line, when Qt would abort for want of a
    display or of a system library; return when the window can start (or when we
    cannot tell: other systems than Linux)."""
    if not sys.platform.startswith("linux"):
        return
    env = os.environ if environ is None else environ
    platforms = _platforms(env)
    if platforms and platforms[0] in _HEADLESS:
        return
    x11 = env.get("DISPLAY", "").strip()
    wayland = env.get("WAYLAND_DISPLAY", "").strip()
    if not x11 and not wayland:
        raise WindowUnavailableError(
            "no display found (DISPLAY and WAYLAND_DISPLAY are not set): the window needs a "
            f"graphical session; {_OTHER_COMMANDS}"
        )
    wants_wayland = platforms[0] == "wayland" if platforms else bool(wayland)
    if wants_wayland:
        if wayland and _wayland_ready(wayland, env):
            return  # Qt's Wayland plugin; it falls back to X11 by itself if need be
        if not x11 or (platforms and platforms[0] == "wayland"):
            raise WindowUnavailableError(
                f"cannot open the Wayland display {wayland or '(WAYLAND_DISPLAY is not set)'!r} "
                f"(no such socket, or libwayland-client.so.0 is missing); {_OTHER_COMMANDS}"
            )
    elif platforms and platforms[0] != "xcb":
        return  # a platform we do not know: let Qt try it
    if not x11:
        raise WindowUnavailableError(
            f"QT_QPA_PLATFORM is xcb but DISPLAY is not set: no X11 display; {_OTHER_COMMANDS}"
        )
    missing = missing_libraries(XCB_LIBRARIES)
    if missing:
        packages = " ".join(dict.fromkeys(XCB_LIBRARIES[name] for name in missing))
        what = "library" if len(missing) == 1 else "libraries"
        raise WindowUnavailableError(
            f"the window cannot start: missing system {what} {', '.join(missing)} "
            f"(Debian/Ubuntu: apt-get install {packages}); {_OTHER_COMMANDS}"
        )
    if not _can_connect(x11):
        raise WindowUnavailableError(
            f"cannot open the display {x11!r} (is the X server running, and may you use it?); "
            f"{_OTHER_COMMANDS}"
        )


def _wayland_ready(name: str, env: Mapping[str, str]) -> bool:
    """A Wayland compositor's socket is there, and the library to talk to it."""
    socket = Path(name) if name.startswith("/") else Path(env.get("XDG_RUNTIME_DIR", "")) / name
    if not socket.is_socket():
        return False
    return not missing_libraries({"libwayland-client.so.0": "libwayland-client0"})
