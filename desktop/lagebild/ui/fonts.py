"""The UI font shipped in ``resources/fonts/`` (DejaVu Sans, Bitstream Vera licence).

Registering it makes the same typeface available on every platform and in the
frozen bundle, whatever the system has installed.  Call
:func:`register_bundled_fonts` once, after the ``QApplication`` exists and
before the first window is built.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFontDatabase

from lagebild.core.resources import resource

log = logging.getLogger(__name__)

FONT_DIR = "fonts"
BUNDLED_FAMILY = "DejaVu Sans"


def register_bundled_fonts() -> list[str]:
    """Add every ``resources/fonts/*.ttf`` to Qt's font database; returns the families.

    The font data is passed as bytes (Qt keeps its own copy), so this works for
    a checkout, a wheel, a zip import and a frozen bundle alike, with no
    temporary file that must outlive the call.  A file Qt rejects is logged and
    skipped: the app then falls back to the system font.
    """
    folder = resource(FONT_DIR)
    if not folder.is_dir():
        return []
    families: list[str] = []
    for node in sorted(folder.iterdir(), key=lambda n: n.name):
        if not node.name.lower().endswith((".ttf", ".otf")):
            continue
        font_id = QFontDatabase.addApplicationFontFromData(QByteArray(node.read_bytes()))
        if font_id < 0:
            log.warning("Qt could not load the bundled font %s", node.name)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    return families
