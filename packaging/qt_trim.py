"""Which of Qt's plugins and translations the bundle carries: what the window uses.

Shared by the spec (a last filter over everything collected) and by our hook
for PySide6.QtGui (so that the system libraries of a plugin we leave out,
GTK for the gtk3 theme, are never looked for at all).
"""

from __future__ import annotations

from pathlib import PurePosixPath

# Plugins by folder: None keeps all of that kind, a set keeps those names
# (without the platform's decoration: libqxcb.so, qwindows.dll, libqcocoa.dylib).
PLUGINS: dict[str, set[str] | None] = {
    "platforms": {"qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa"},
    "platforminputcontexts": None,  # compose (dead keys) and ibus: typing accents
    "platformthemes": {"qxdgdesktopportal"},  # file dialogs through the desktop portal
    "xcbglintegrations": None,
    "wayland-shell-integration": None,  # xdg-shell: a window on a Wayland desktop
    "wayland-decoration-client": None,  # its title bar
    "wayland-graphics-integration-client": None,
    "imageformats": {"qsvg"},  # the SVG icons; PNG (screenshots) is built into QtGui
    "iconengines": {"qsvgicon"},
    "styles": None,  # the native styles of macOS and Windows
}
# Qt's own dialogs and context menus in French (English is Qt's own language).
TRANSLATIONS = {"qtbase_fr.qm", "qt_fr.qm"}


def _plugin_name(filename: str) -> str:
    stem = filename.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep(dest: str, *, is_dir: bool = False) -> bool:
    """Whether a file the bundle would place at `dest` (a file, or a folder with
    `is_dir`, relative to the bundle) is one of Qt's that we do not want."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if not parts or parts[0] != "PySide6":
        return True
    if "plugins" in parts:
        where = parts.index("plugins")
        kind_and_name = parts[where + 1 :]
        if not kind_and_name:
            return True
        wanted = PLUGINS.get(kind_and_name[0], set())
        if is_dir or len(kind_and_name) == 1:
            return kind_and_name[0] in PLUGINS
        return wanted is None or _plugin_name(kind_and_name[-1]) in wanted
    if "translations" in parts and not is_dir:
        return parts[-1] in TRANSLATIONS
    return True
