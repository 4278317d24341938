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
