"""F5 in the main window starts the presentation of the shown briefing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lagebild.ui.actions import ActionKey

# The offscreen platform cannot resize or raise windows; Qt says so.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


def test_f5_presents_the_briefing_and_esc_ends_it(qtbot, make_window):
    window = make_window(start=True)
    qtbot.waitUntil(lambda: window.selection.extraction is not None, timeout=60_000)
    action = window.registry[ActionKey.PRESENT]
    assert "F5" in [s.toString() for s in action.shortcuts()]
    assert action in window.tool_bar.actions()
    action.trigger()
    presentation = window._presentation
    assert presentation is not None and presentation.isVisible()
    presentation.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is presentation)
    with qtbot.waitSignal(presentation.finished, timeout=5000):
        qtbot.keyClick(presentation, Qt.Key.Key_Escape)


def test_export_menu_writes_the_shown_briefing(qtbot, make_window, tmp_path, monkeypatch):
    from lagebild.ui.export.kinds import ExportKind

    window = make_window(start=True)
    assert not window.export_menu.isEnabled() or window.selection.extraction is not None
    qtbot.waitUntil(lambda: window.selection.extraction is not None, timeout=60_000)
    assert window.export_menu.isEnabled()
    target = tmp_path / "lagebild.csv"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *args, **kwargs: (str(target), "")
    )
    window.export_actions[ExportKind.CSV].trigger()
    text = target.read_text(encoding="utf-8-sig")
    assert "Beginn der russischen Invasion in der Ukraine" in text
