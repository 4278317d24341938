"""The Qt binding does not corrupt Python's reference counts.

PySide6 6.12.0 on Python < 3.12 dropped a reference to ``None`` on every call
returning nothing; the app then aborted after a few hundred repaints.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QFont


def test_calls_returning_nothing_keep_none_alive():
    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(1000):
        font.setBold(True)
        QModelIndex().data()
    assert abs(sys.getrefcount(None) - before) < 50
