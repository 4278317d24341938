"""Start-up plumbing around the window: command line, crash dialog, Qt messages into logging."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import qWarning
from PySide6.QtWidgets import QMessageBox

from lagebild import app
from lagebild.__main__ import parse_args


def test_command_line_takes_file_date_and_screenshot() -> None:
    args = parse_args(["article.html", "--date", "2024-02-10", "--screenshot", "out.png"])
    assert args.file == Path("article.html")
    assert args.date == date(2024, 2, 10)
    assert args.screenshot == Path("out.png")
    assert parse_args([]).file is None


def test_command_line_rejects_a_malformed_date(capsys) -> None:
    with pytest.raises(SystemExit):
        parse_args(["--date", "10.02.2024"])
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_importing_the_app_pins_the_binding_for_pyqtgraph_and_qtawesome() -> None:
    code = "import lagebild.app, os; print(os.environ['QT_API'], os.environ['PYQTGRAPH_QT_LIB'])"
    env = dict(os.environ, QT_API="pyqt5", PYQTGRAPH_QT_LIB="PyQt5")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["pyside6", "PySide6"]


def test_uncaught_exception_is_logged_and_shown_in_a_dialog(qapp, monkeypatch, caplog) -> None:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    try:
        raise ValueError("kaputt")
    except ValueError as error:
        with caplog.at_level(logging.CRITICAL, logger="lagebild"):
            app.excepthook(type(error), error, error.__traceback__)
    assert "kaputt" in caplog.text
    [box] = shown
    assert "ValueError: kaputt" in box.detailedText()
    assert "Traceback" in box.detailedText()
    assert box.icon() == QMessageBox.Icon.Critical


def test_qt_messages_go_to_logging(qapp, caplog) -> None:
    from PySide6.QtCore import qInstallMessageHandler

    previous = qInstallMessageHandler(app.qt_message_handler)
    try:
        with caplog.at_level(logging.WARNING, logger="qt"):
            qWarning("a Qt warning for the log")
    finally:
        qInstallMessageHandler(previous)
    assert any(r.name.startswith("qt") and "a Qt warning for the log" in r.getMessage() for r in caplog.records)
