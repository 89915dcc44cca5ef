"""The bundle's program: `annotator [ARGS]`, the same command line as the pip-installed one.

Two additions that only the bundle needs, both kept out of the package:

- `annotator --open [FILE]...` is what the desktop entry runs: the window, and
  the ClaimReview files the file manager handed over imported into it.
- `ANNOTATOR_SCREENSHOT=FILE.png annotator [--db PATH]` opens the window,
  saves a picture of it once it is up, and quits: CI proves with it that the
  frozen window starts (Qt plugins, icons, translations found in the bundle).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable

SCREENSHOT_ENV = "ANNOTATOR_SCREENSHOT"
WINDOW_TIMEOUT_S = 60


def _when_window_is_up(action: Callable[[object], None]) -> None:
    """Call `action(main_window)` from the event loop once the window is shown."""
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from annotator.ui.app import ensure_application
    from annotator.ui.mainwindow import MainWindow

    ensure_application()  # `gui` reuses this instance: the timer runs in its event loop
    deadline = time.monotonic() + WINDOW_TIMEOUT_S

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                action(widget)
                return
        if time.monotonic() > deadline:  # a message box instead of the window: say so
            sys.stderr.write(f"annotator: no window after {WINDOW_TIMEOUT_S} s\n")
            os._exit(1)
        QTimer.singleShot(50, poll)

    QTimer.singleShot(0, poll)


def _save_screenshot(path: str) -> Callable[[object], None]:
    def shoot(window: object) -> None:
        import time

        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        deadline = time.monotonic() + WINDOW_TIMEOUT_S

        def grab() -> None:
            # After the jobs the window started (files given with --open): their result
            # is in the picture, and closing the window does not cancel them.
            if window.running_jobs() and time.monotonic() < deadline:  # type: ignore[attr-defined]
                QTimer.singleShot(100, grab)
                return
            if not window.grab().save(path):  # type: ignore[attr-defined]
                sys.stderr.write(f"annotator: cannot write {path}\n")
                os._exit(1)
            window.close()  # type: ignore[attr-defined]
            QApplication.quit()

        QTimer.singleShot(500, grab)  # the list and the article are filled by then

    return shoot


def _import_reviews(paths: list[str]) -> Callable[[object], None]:
    def start(window: object) -> None:
        window.import_review_paths(paths)  # type: ignore[attr-defined]

    return start


def main() -> None:
    # Import workers are spawned processes: in a frozen app they re-run this
    # program, which must hand them over to multiprocessing before anything else.
    multiprocessing.freeze_support()
    args = sys.argv[1:]
    if args[:1] == ["--open"]:  # from the desktop entry: `annotator --open %F`
        files = [a for a in args[1:] if a]
        args = ["gui"]
        if files:
            _when_window_is_up(_import_reviews(files))
    screenshot = os.environ.get(SCREENSHOT_ENV)
    if screenshot:
        _when_window_is_up(_save_screenshot(os.path.abspath(screenshot)))

    from annotator.cli import main as cli

    cli(args=args, prog_name="annotator")


if __name__ == "__main__":
    main()
