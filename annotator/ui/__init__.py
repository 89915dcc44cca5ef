"""The desktop window (the only package that imports Qt)."""

from annotator.ui.app import create_main_window, main, run

__all__ = ["create_main_window", "main", "run"]
