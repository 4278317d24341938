"""app.py's cheaper answer to PySide6's per-import question agrees with PySide6's own."""

from __future__ import annotations

import json
import sys

import lagebild.app  # noqa: F401 - installs the cheaper check
import lagebild.ui.mainwindow


def test_the_byte_search_gives_pysides_answer() -> None:
    feature = sys.modules["shibokensupport.feature"]
    cheap = feature._mod_uses_pyside
    original = cheap.__wrapped__
    assert cheap(lagebild.ui.mainwindow) is True
    assert cheap(json) is False
    for module in list(sys.modules.values())[:400]:
        assert cheap(module) == original(module), module


def test_installed_once() -> None:
    feature = sys.modules["shibokensupport.feature"]
    before = feature._mod_uses_pyside
    lagebild.app._lighten_pyside_import_hook()
    assert feature._mod_uses_pyside is before
