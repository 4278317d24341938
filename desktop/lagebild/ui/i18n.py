"""UI translations: install Qt's and Lagebild's translators, refresh the catalogues.

Source strings in the code are English (``self.tr("Persons")``,
``QCoreApplication.translate("Context", "...")``); ``resources/translations/``
holds the German catalogue ``lagebild_de.ts`` and its compiled ``.qm``.  German
is the default UI language on a German system, English everywhere else.

Refresh the catalogue after changing UI strings::

    python -m lagebild.ui.i18n --update    # lupdate over the UI code + lrelease
    python -m lagebild.ui.i18n --release   # only compile .ts -> .qm

then translate the new (``type="unfinished"``) entries in the ``.ts`` file,
with Qt Linguist or any editor, and run ``--release``.
"""

from __future__ import annotations

import sys
from importlib.resources import as_file
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from lagebild.core.resources import resource

LANGUAGES: tuple[str, ...] = ("de", "en")
SOURCE_LANGUAGE = "en"
TRANSLATED: tuple[str, ...] = ("de",)  # languages with a Lagebild catalogue

_installed: list[QTranslator] = []


def default_language() -> str:
    """German on a German-speaking system, English otherwise."""
    return _normalise(QLocale.system().name()) or SOURCE_LANGUAGE


def _normalise(language: str | None) -> str | None:
    """``"de_AT"``/``"de-DE"``/``"DE"`` -> ``"de"``; unsupported -> ``None``."""
    if not language:
        return None
    code = language.replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else None


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Install the translators for ``language`` (default: from the system locale).

    Replaces translators installed by an earlier call, so switching language at
    run time works (widgets get a ``LanguageChange`` event and re-translate).
    Also makes that language the default ``QLocale`` for number and date
    formatting (the system locale itself if it speaks that language, so
    "en_GB" stays British).  Returns the language now in use (``"de"`` or ``"en"``).
    """
    chosen = _normalise(language) or default_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if chosen in TRANSLATED:
        for translator in (_qt_translator(chosen), _lagebild_translator(chosen)):
            if translator is not None:
                app.installTranslator(translator)
                _installed.append(translator)
    system = QLocale.system()
    same = _normalise(system.name()) == chosen
    QLocale.setDefault(system if same else QLocale(chosen))
    return chosen


def _qt_translator(language: str) -> QTranslator | None:
    """Qt's own strings (standard dialogs, context menus), if Qt ships them."""
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"qtbase_{language}", folder):
        return translator
    return None


def _lagebild_translator(language: str) -> QTranslator | None:
    """Lagebild's catalogue, found through importlib.resources (works when frozen)."""
    node = resource(f"translations/lagebild_{language}.qm")
    if not node.is_file():
        return None
    translator = QTranslator()
    # A path, not bytes: QTranslator.load(data) does not copy its buffer.
    with as_file(node) as path:
        loaded = translator.load(str(path))
    return translator if loaded else None


# --- Catalogue maintenance (developer tool, not used at run time) -------------------

_PACKAGE_DIR = Path(__file__).resolve().parents[1]  # desktop/lagebild
_TRANSLATIONS_DIR = _PACKAGE_DIR.parents[1] / "resources" / "translations"


def qt_tool(name: str) -> Path | None:
    """``lupdate``/``lrelease``: the copy inside the PySide6 wheel, else one on PATH."""
    import shutil

    import PySide6

    bundled = Path(PySide6.__file__).resolve().parent / (
        f"{name}.exe" if sys.platform == "win32" else name
    )
    if bundled.is_file():
        return bundled
    for candidate in (f"pyside6-{name}", name, f"{name}-qt6"):
        found = shutil.which(candidate)
        if found:
            return Path(found)
    return None


def source_files(package_dir: Path = _PACKAGE_DIR) -> list[Path]:
    """Python files that may hold UI strings: everything but the Qt-free core."""
    core = package_dir / "core"
    return sorted(
        path
        for path in package_dir.rglob("*.py")
        if core not in path.parents and "__pycache__" not in path.parts
    )


def update(ts_files: list[Path], package_dir: Path = _PACKAGE_DIR) -> None:
    """Merge the current UI strings into ``ts_files`` (keeps existing translations)."""
    import subprocess

    lupdate = _require("lupdate")
    sources = [str(p) for p in source_files(package_dir)]
    for ts in ts_files:
        subprocess.run(
            [str(lupdate), "-silent", "-no-obsolete", "-locations", "none",
             "-source-language", SOURCE_LANGUAGE, "-target-language", _language_of(ts),
             *sources, "-ts", str(ts)],
            check=True,
        )


def release(ts_files: list[Path], out_dir: Path | None = None) -> list[Path]:
    """Compile ``ts_files`` into ``.qm`` files next to them (or into ``out_dir``)."""
    import subprocess

    lrelease = _require("lrelease")
    outputs = []
    for ts in ts_files:
        qm = (out_dir or ts.parent) / ts.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
        outputs.append(qm)
    return outputs


def _require(name: str) -> Path:
    tool = qt_tool(name)
    if tool is None:
        raise SystemExit(f"{name} not found: install PySide6 or Qt's linguist tools")
    return tool


def _language_of(ts: Path) -> str:
    return ts.stem.rsplit("_", 1)[-1]


def main(argv: list[str] | None = None) -> int:
    """Command line: ``--update`` (lupdate + lrelease) or ``--release`` (lrelease only)."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m lagebild.ui.i18n", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--update", action="store_true", help="extract strings, then compile")
    group.add_argument("--release", action="store_true", help="only compile .ts to .qm")
    args = parser.parse_args(argv)
    ts_files = [_TRANSLATIONS_DIR / f"lagebild_{lang}.ts" for lang in TRANSLATED]
    if args.update:
        update(ts_files)
    for qm in release(ts_files):
        print(f"wrote {qm}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
