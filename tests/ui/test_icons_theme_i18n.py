"""The icon table, light/dark theme and the German translation pipeline."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication

from lagebild.core.model import Article, Entity, EntityType, Extraction, Mention
from lagebild.core.resources import resource
from lagebild.ui import i18n
from lagebild.ui.entities.model import EntityTreeModel
from lagebild.ui.entities.panel import EntityPanel
from lagebild.ui.i18n import install_translators
from lagebild.ui.icons import ICONS, icon, is_dark
from lagebild.ui.theme import apply_theme, dark_palette, light_palette, system_is_dark

REQUIRED_ICONS = (
    "person organisation place misc open open-recent save export screenshot zoom-in zoom-out "
    "fit previous next clear-filter present theme language about quit warning date-missing event"
).split()
TS_FILE = Path(str(resource("translations/lagebild_de.ts")))


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The session app; palette, stylesheet, colour scheme and translators restored afterwards."""
    palette, sheet, locale = QPalette(qapp.palette()), qapp.styleSheet(), QLocale()
    yield qapp
    install_translators(qapp, "en")
    QLocale.setDefault(locale)
    hints = qapp.styleHints()
    if hasattr(hints, "unsetColorScheme"):
        hints.unsetColorScheme()
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


def _image(qicon: QIcon, size: int = 32) -> QImage:
    return qicon.pixmap(QSize(size, size)).toImage()


def _small_extraction() -> Extraction:
    text = "Olaf Scholz sprach."
    person = Entity("p1", "Olaf Scholz", EntityType.PER, [Mention(0, 11, "Olaf Scholz", 0)])
    return Extraction(Article(text), [], [], [person], [])


# --- Icons ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", REQUIRED_ICONS)
def test_every_semantic_icon_exists_and_draws(app: QApplication, name: str) -> None:
    assert name in ICONS
    result = icon(name)
    assert not result.isNull()
    image = _image(result)
    assert not image.isNull()
    assert any(image.pixelColor(x, y).alpha() for x in range(32) for y in range(32))


def test_every_glyph_is_in_the_one_font_the_icons_load(app: QApplication) -> None:
    import qtawesome as qta
    from lagebild.ui import icons

    assert all(spec.glyph.startswith(icons.FONT_PREFIX + ".") for spec in ICONS.values())
    assert icons._painter() is not qta.icon  # qtawesome still lists its fonts: only ours is loaded
    assert list(icons._font.fontids) == [icons.FONT_PREFIX]


def test_unknown_icon_name_fails_loudly(app: QApplication) -> None:
    with pytest.raises(KeyError):
        icon("no-such-icon")


def test_icons_are_cached_per_palette(app: QApplication) -> None:
    apply_theme(app, "light")
    assert icon("save") is icon("save")
    light = icon("save")
    apply_theme(app, "dark")
    assert icon("save") is not light


@pytest.mark.parametrize("name", ["person", "save", "warning"])
def test_icons_differ_between_light_and_dark(app: QApplication, name: str) -> None:
    apply_theme(app, "light")
    light = _image(icon(name))
    apply_theme(app, "dark")
    dark = _image(icon(name))
    assert light != dark


def test_icons_are_sharp_on_high_dpi(app: QApplication) -> None:
    pixmap = icon("event").pixmap(QSize(16, 16), 2.0)
    assert pixmap.devicePixelRatio() == 2.0
    assert (pixmap.width(), pixmap.height()) == (32, 32)


# --- Theme ----------------------------------------------------------------------------


def test_dark_and_light_switch_the_palette(app: QApplication) -> None:
    assert apply_theme(app, "dark") == "dark"
    assert is_dark()
    app.setStyleSheet("")  # a stylesheet wraps the style and hides its name
    assert app.style().name().lower() == "fusion"
    window = app.palette().color(QPalette.ColorRole.Window)
    assert apply_theme(app, "light") == "light"
    assert not is_dark()
    assert app.palette().color(QPalette.ColorRole.Window) != window


def test_system_mode_follows_the_colour_scheme(app: QApplication) -> None:
    effective = apply_theme(app, "system")
    assert effective == ("dark" if system_is_dark() else "light")
    assert is_dark() == (effective == "dark")
    assert apply_theme(app, "nonsense") == effective  # unknown modes mean "system"


def test_system_mode_keeps_following_scheme_changes(app: QApplication) -> None:
    system = apply_theme(app, "system")
    opposite = dark_palette() if system == "light" else light_palette()
    app.setPalette(opposite)
    app.styleHints().colorSchemeChanged.emit(app.styleHints().colorScheme())
    assert is_dark() == (system == "dark")  # back to what the system asks for
    apply_theme(app, "dark")
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert is_dark()  # a pinned scheme ignores the desktop


def test_palettes_have_readable_contrast() -> None:
    for palette in (light_palette(), dark_palette()):
        text = palette.color(QPalette.ColorRole.Text).lightness()
        base = palette.color(QPalette.ColorRole.Base).lightness()
        assert abs(text - base) > 150
    assert is_dark(dark_palette()) and not is_dark(light_palette())


def test_bundled_stylesheet_is_applied(app: QApplication) -> None:
    apply_theme(app, "light")
    assert "QToolTip" in app.styleSheet()


def test_entity_icons_follow_a_theme_switch(qtbot, app: QApplication) -> None:
    panel = EntityPanel()
    qtbot.addWidget(panel)
    panel.set_extraction(_small_extraction())
    apply_theme(app, "light")
    index = panel.model().index_of("p1")
    before = index.data(Qt.ItemDataRole.DecorationRole)
    with qtbot.waitSignal(panel.model().dataChanged):
        apply_theme(app, "dark")
    after = index.data(Qt.ItemDataRole.DecorationRole)
    assert _image(before) != _image(after)
    assert after.cacheKey() == icon("person").cacheKey()


# --- Translations ---------------------------------------------------------------------


def test_german_translator_translates_known_strings(app: QApplication) -> None:
    assert install_translators(app, "de") == "de"
    assert QCoreApplication.translate("EntityTreeModel", "Persons") == "Personen"
    model = EntityTreeModel()
    assert model.index(0, 0).data() == "Personen (0)"
    assert install_translators(app, "en") == "en"
    assert QCoreApplication.translate("EntityTreeModel", "Persons") == "Persons"


def test_qt_own_strings_are_german_too(app: QApplication) -> None:
    install_translators(app, "de")
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if not (folder / "qtbase_de.qm").is_file():
        pytest.skip("this Qt ships no qtbase_de.qm")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


def test_language_change_retranslates_the_panel(qtbot, app: QApplication) -> None:
    panel = EntityPanel()
    qtbot.addWidget(panel)
    field = panel.filter_field()
    assert field.placeholderText() == "Filter entities…"
    install_translators(app, "de")
    qtbot.waitUntil(lambda: field.placeholderText() == "Entitäten filtern…")
    accessible = Qt.ItemDataRole.AccessibleTextRole
    assert panel.model().headerData(1, Qt.Orientation.Horizontal, accessible) == "Erwähnungen"
    install_translators(app, "en")
    qtbot.waitUntil(lambda: field.placeholderText() == "Filter entities…")


@pytest.mark.parametrize(
    ("asked", "expected"),
    [("de", "de"), ("de_AT", "de"), ("de-CH", "de"), ("EN", "en"), ("en_GB", "en")],
)
def test_language_codes_are_normalised(app: QApplication, asked: str, expected: str) -> None:
    assert install_translators(app, asked) == expected


def test_default_language_comes_from_the_system_locale(app: QApplication) -> None:
    expected = "de" if QLocale.system().name().startswith("de") else "en"
    assert install_translators(app, None) == expected
    assert install_translators(app, "fr") == expected  # unsupported: system default


def test_german_sets_the_default_locale(app: QApplication) -> None:
    install_translators(app, "de")
    assert QLocale().language() == QLocale.Language.German


def test_catalogue_is_fully_translated() -> None:
    root = ET.parse(TS_FILE).getroot()
    assert root.get("language") == "de" and root.get("sourcelanguage") == "en"
    unfinished = [
        message.findtext("source")
        for message in root.iter("message")
        if message.find("translation").get("type") == "unfinished"
    ]
    assert not unfinished, f"translate these in {TS_FILE.name}: {unfinished}"


def test_placeholders_survive_translation() -> None:
    """Every %1, %n and {0} of a source string is in each of its translations."""
    placeholder = re.compile(r"%\d|%n|\{\w*\}")
    root = ET.parse(TS_FILE).getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            assert sorted(placeholder.findall(source)) == sorted(placeholder.findall(form)), source


def test_german_plural_forms(app: QApplication) -> None:
    """Messages with %n get German singular and plural from the compiled catalogue."""
    install_translators(app, "de")
    root = ET.parse(TS_FILE).getroot()
    plurals = [
        (context.findtext("name"), message.findtext("source"),
         [form.text for form in message.iter("numerusform")])
        for context in root.iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes"
    ]
    for context, source, (singular, plural) in plurals:
        assert QCoreApplication.translate(context, source, "", 1) == singular.replace("%n", "1")
        assert QCoreApplication.translate(context, source, "", 5) == plural.replace("%n", "5")


def test_compiled_catalogue_matches_source(tmp_path: Path) -> None:
    if i18n.qt_tool("lrelease") is None:
        pytest.skip("lrelease not available")
    fresh = i18n.release([TS_FILE], out_dir=tmp_path)[0]
    committed = Path(str(resource("translations/lagebild_de.qm")))
    assert fresh.read_bytes() == committed.read_bytes(), (
        "lagebild_de.qm is stale: run python -m lagebild.ui.i18n --release"
    )



def test_catalogue_covers_every_ui_string(tmp_path: Path) -> None:
    """lupdate over the UI code finds no string the German catalogue lacks."""
    if i18n.qt_tool("lupdate") is None:
        pytest.skip("lupdate not available")
    copy = tmp_path / TS_FILE.name
    shutil.copy(TS_FILE, copy)
    i18n.update([copy])
    root = ET.parse(copy).getroot()
    missing = [
        f"{context.findtext('name')}: {message.findtext('source')}"
        for context in root.iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") == "unfinished"
    ]
    assert not missing, (
        "UI strings without German translation; run python -m lagebild.ui.i18n --update "
        f"and translate them: {missing}"
    )
