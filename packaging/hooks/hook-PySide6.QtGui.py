"""PyInstaller's hook for PySide6.QtGui, less the plugins the window does not use."""

import os
import sys

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from qt_trim import keep

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(src, dest) for src, dest in binaries if keep(f"{dest}/{os.path.basename(src)}")]
datas = [(src, dest) for src, dest in datas if keep(f"{dest}/{os.path.basename(src)}")]
