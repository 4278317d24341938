"""Application start-up: early init, crash handling, QApplication, the main window.

Order matters: the Qt binding is pinned before anything can import pyqtgraph
or qtawesome (both would pick PyQt if it were installed), faulthandler and
the exception hooks are in place before the first widget exists, and only
cheap modules are imported before the window's first paint.
"""

from __future__ import annotations

import contextlib
import faulthandler
import gc
import logging
import os
import sys
import threading
import time
import traceback
from collections import deque
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import TracebackType

import PySide6  # noqa: F401 - pins the binding before pyqtgraph/qtawesome are imported

os.environ["QT_API"] = "pyside6"
os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"


def _lighten_pyside_import_hook() -> None:
    """Make PySide6's check of every newly imported module cheap.

    For its opt-in ``__feature__`` switches PySide6 asks, for each module
    imported after it, whether its source mentions "PySide6", and reads the
    source with ``inspect.getsource`` (linecache, tokenize) to find out:
    about 0.1 s over the ~450 modules Lagebild imports before the briefing
    shows.  Searching the file's bytes gives the same answer; modules without
    a ``.py`` file (extensions, a frozen app's archive) keep PySide6's own
    check.  Nothing changes if PySide6's internals are not as expected.
    """
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "__wrapped__", None) is not None:
        return

    def mentions_pyside(module: object) -> bool:
        origin = getattr(getattr(module, "__spec__", None), "origin", None)
        if not (isinstance(origin, str) and origin.endswith(".py")):
            return original(module)
        try:
            with open(origin, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    mentions_pyside.__wrapped__ = original  # type: ignore[attr-defined]
    feature._mod_uses_pyside = mentions_pyside  # type: ignore[union-attr]


_lighten_pyside_import_hook()

from PySide6.QtCore import (  # noqa: E402
    QCoreApplication,
    QMessageLogContext,
    QStandardPaths,
    QThread,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication  # noqa: E402

from lagebild import __version__  # noqa: E402

log = logging.getLogger("lagebild")
PROBE_ENV = "LAGEBILD_STARTUP_PROBE"  # benchmarks: print start-up timestamps, then quit
_recent_log: deque[str] = deque(maxlen=200)


@dataclass(frozen=True)
class Options:
    """What the command line asked for."""

    file: Path | None = None
    published: date | None = None
    screenshot: Path | None = None


# --- logging and crash handling -------------------------------------------------


class _RecentLogHandler(logging.Handler):
    """Keeps the last log lines for the crash dialog."""

    def emit(self, record: logging.LogRecord) -> None:
        _recent_log.append(self.format(record))


def setup_logging(level: int = logging.INFO) -> None:
    """Log to stderr (or a file when there is none, as for a GUI launcher on Windows)."""
    fmt = logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s", "%H:%M:%S")
    root = logging.getLogger()
    root.setLevel(level)
    if sys.stderr is not None:
        handler: logging.Handler = logging.StreamHandler(sys.stderr)
    else:
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation))
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(folder / "lagebild.log", encoding="utf-8")
    handler.setFormatter(fmt)
    recent = _RecentLogHandler()
    recent.setFormatter(fmt)
    root.addHandler(handler)
    root.addHandler(recent)
    stream = sys.stderr if sys.stderr is not None else getattr(handler, "stream", None)
    if stream is not None and hasattr(stream, "fileno"):
        with contextlib.suppress(OSError, ValueError):  # a stream without a real file descriptor
            faulthandler.enable(stream)


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message_handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Route Qt's own messages into logging (logger ``qt.<category>``)."""
    category = context.category or "default"
    name = "qt" if category == "default" else f"qt.{category}"
    logging.getLogger(name).log(_QT_LEVELS.get(mode, logging.WARNING), "%s", message)


_in_crash_dialog = False


def excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """Log an uncaught exception and show it in a dialog instead of only on the console."""
    global _in_crash_dialog
    if issubclass(kind, KeyboardInterrupt):
        QCoreApplication.exit(130)
        return
    text = "".join(traceback.format_exception(kind, error, tb))
    log.critical("uncaught exception\n%s", text)
    app = QApplication.instance()
    if app is None or _in_crash_dialog or QThread.currentThread() is not app.thread():
        return
    _in_crash_dialog = True
    try:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Critical, "Lagebild", "")
        box.setText(QCoreApplication.translate("Crash", "Lagebild ran into an unexpected error."))
        box.setInformativeText(
            QCoreApplication.translate(
                "Crash", "You can keep working, but the window may not be reliable. Details follow."
            )
        )
        box.setDetailedText(text + "\n--- recent log ---\n" + "\n".join(_recent_log))
        quit_button = box.addButton(QCoreApplication.translate("Crash", "Quit"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QCoreApplication.translate("Crash", "Continue"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        if box.clickedButton() is quit_button:
            QCoreApplication.exit(1)
    finally:
        _in_crash_dialog = False


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    log.critical(
        "uncaught exception in thread %s\n%s",
        args.thread.name if args.thread else "?",
        "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)),
    )


def early_init() -> None:
    """Logging, faulthandler and exception hooks, before any widget exists."""
    setup_logging()
    sys.excepthook = excepthook
    threading.excepthook = _thread_excepthook
    qInstallMessageHandler(qt_message_handler)


# --- the application ------------------------------------------------------------


def create_application(argv: list[str]) -> QApplication:
    """The QApplication with the names QSettings and the desktop use."""
    from lagebild.ui.settings import APPLICATION, ORGANIZATION, apply_settings_dir_from_env

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    apply_settings_dir_from_env()
    app = QApplication.instance() or QApplication(argv)
    app.setDesktopFileName("org.lagebild.Lagebild")  # matches the installed .desktop file
    _use_bundled_font(app)
    return app  # type: ignore[return-value]


def _use_bundled_font(app: QApplication) -> None:
    """Make DejaVu Sans available (the exports typeset with it) and the UI font
    where the system has no fonts at all (Qt would otherwise fall back to an
    icon font).  Where the system has DejaVu already, nothing is loaded."""
    from PySide6.QtGui import QFont, QFontDatabase

    from lagebild.ui.fonts import BUNDLED_FAMILY, register_bundled_fonts

    system_families = QFontDatabase.families()
    if BUNDLED_FAMILY in system_families:
        return
    register_bundled_fonts()
    if not system_families:
        app.setFont(QFont(BUNDLED_FAMILY, app.font().pointSize()))


def run(options: Options) -> int:
    """Start the GUI; returns the process exit code."""
    early_init()
    app = create_application(sys.argv[:1])
    from lagebild.ui.i18n import install_translators
    from lagebild.ui.mainwindow import MainWindow
    from lagebild.ui.settings import Settings
    from lagebild.ui.theme import apply_theme

    settings = Settings()
    install_translators(app, settings.language or None)
    apply_theme(app, settings.theme)  # type: ignore[arg-type]
    probe = os.environ.get(PROBE_ENV) == "1"
    window = MainWindow(settings, persist=not (probe or options.screenshot))
    if options.screenshot:
        window.resize(1440, 900)
        _take_screenshot_when_shown(window, options.screenshot)
    if probe:
        _print_startup_probe(window)
    _resume_garbage_collection_when_started(window)
    window.open_on_start(options.file, options.published)
    window.show()
    return app.exec()


START_UP_SECONDS = 10  # the collector is back on after this long, whatever the window is doing


def _resume_garbage_collection_when_started(window) -> None:
    """Turn the cyclic garbage collector back on (``lagebild.__main__`` turns it off
    for the start-up) once the window shows its first briefing or has given up
    on it, and after :data:`START_UP_SECONDS` at the latest."""
    if gc.isenabled():
        return

    def resume(*_args: object) -> None:
        if not gc.isenabled():
            gc.enable()

    window.briefing_shown.connect(resume)
    window.runner.failed.connect(resume)
    window.files.message.connect(resume)
    QTimer.singleShot(START_UP_SECONDS * 1000, resume)


def _take_screenshot_when_shown(window, out: Path) -> None:
    """Select the first event of the first briefing, render the window to ``out``, quit."""
    app = QApplication.instance()

    def save() -> None:
        window.repaint()
        ok = window.grab().save(str(out))
        if not ok:
            log.error("could not write the screenshot to %s", out)
        app.exit(0 if ok else 1)

    done = False

    def shown() -> None:
        nonlocal done
        if done:
            return
        done = True
        events = window.selection.events_in_time()
        if events:
            window.selection.select_event(events[0].id)
        QTimer.singleShot(400, save)  # let the timeline and the scroll settle

    def failed(_message: str) -> None:  # save what the user would see (the message), but fail
        nonlocal done
        if done:
            return
        done = True
        QTimer.singleShot(200, save_failure)

    def said(_text: str, level: str) -> None:  # a briefing file that cannot be opened says so here
        if level == "error":
            failed(_text)

    def save_failure() -> None:
        window.grab().save(str(out))
        app.exit(1)

    window.briefing_shown.connect(shown)
    window.runner.failed.connect(failed)
    window.files.message.connect(said)


def _print_startup_probe(window) -> None:
    """For benchmarks/bench_startup.py: monotonic timestamps of the start-up milestones."""
    app = QApplication.instance()

    def mark(name: str) -> None:
        print(f"lagebild-probe {name} {time.monotonic():.6f}", flush=True)

    def ready() -> None:
        window.repaint()  # the briefing is painted, the window takes clicks
        mark("ready")
        app.exit(0)

    def failed(message: str) -> None:
        print(f"lagebild-probe failed {message}", flush=True)
        app.exit(1)

    window.first_painted.connect(lambda: mark("first-paint"))
    window.views_ready.connect(lambda: mark("views-built"))  # pyqtgraph and icon font imported
    window.runner.finished.connect(lambda _extraction: mark("extracted"))  # the worker is done
    window.briefing_shown.connect(ready)
    window.runner.failed.connect(failed)
