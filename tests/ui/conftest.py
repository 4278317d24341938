"""Qt test set-up: offscreen platform, isolated settings, a small hand-made extraction.

The environment is set before anything imports Qt: tests never open windows
on the developer's screen and never touch the developer's real settings.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["QT_API"] = "pyside6"
os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"

from collections.abc import Callable, Iterator  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from lagebild.core.model import (  # noqa: E402
    Article,
    Entity,
    EntityType,
    Event,
    Extraction,
    Mention,
    MentionKind,
    Sentence,
    Timex,
    TimexType,
)
from lagebild.ui.mainwindow import MainWindow  # noqa: E402
from lagebild.ui.settings import SETTINGS_DIR_ENV, use_settings_dir  # noqa: E402

# Emoji (outside the BMP: two UTF-16 units each) before and inside the sentences,
# so a highlight that forgot the conversion would visibly shift.
EMOJI_TEXT = (
    "„Das ist 😀 großartig“, sagte Anna Schmidt am 3. März 2023 in Berlin.\n"
    "Am 2. Januar 2024 traf Schmidt 🇩🇪 in Berlin ein. Künftig will sie in Berlin bleiben."
)
SCHMIDT, BERLIN = "e-schmidt", "e-berlin"


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets empty settings in its own folder (also for subprocesses)."""
    folder = tmp_path / "settings"
    folder.mkdir()
    use_settings_dir(folder)
    monkeypatch.setenv(SETTINGS_DIR_ENV, str(folder))
    return folder


def _span(text: str, surface: str, after: int = 0) -> tuple[int, int]:
    start = text.index(surface, after)
    return start, start + len(surface)


def build_emoji_extraction() -> Extraction:
    """Three sentences, three events, two entities, emoji before every event sentence."""
    text = EMOJI_TEXT
    first_end = text.index("\n")
    second_end = text.index(" Künftig")
    sentences = [
        Sentence(0, first_end),
        Sentence(first_end + 1, second_end),
        Sentence(second_end + 1, len(text)),
    ]

    def timex(surface: str, value: str, earliest: date | None, latest: date | None, sentence: int) -> Timex:
        start, end = _span(text, surface)
        return Timex(start, end, surface, TimexType.DATE, value, earliest, latest, sentence)

    timexes = [
        timex("3. März 2023", "2023-03-03", date(2023, 3, 3), date(2023, 3, 3), 0),
        timex("2. Januar 2024", "2024-01-02", date(2024, 1, 2), date(2024, 1, 2), 1),
        timex("Künftig", "FUTURE_REF", date(2024, 1, 21), None, 2),
    ]

    def mentions(surface: str) -> list[Mention]:
        found, start = [], 0
        while (start := text.find(surface, start)) >= 0:
            sentence = next(i for i, s in enumerate(sentences) if s.start <= start < s.end)
            found.append(Mention(start, start + len(surface), surface, sentence, MentionKind.NAME))
            start += len(surface)
        return found

    schmidt = Entity(SCHMIDT, "Anna Schmidt", EntityType.PER, mentions("Anna Schmidt"))
    schmidt.mentions.append(Mention(*_span(text, "Schmidt", text.index("traf")), "Schmidt", 1))
    berlin = Entity(BERLIN, "Berlin", EntityType.LOC, mentions("Berlin"))
    events = [
        Event("ev-1", "2023-03-03", date(2023, 3, 3), date(2023, 3, 3), "Schmidt lobt", 0, 0, [SCHMIDT, BERLIN]),
        Event("ev-2", "2024-01-02", date(2024, 1, 2), date(2024, 1, 2), "Schmidt trifft ein", 1, 1, [SCHMIDT, BERLIN]),
        Event("ev-3", "FUTURE_REF", date(2024, 1, 21), None, "Sie will bleiben", 2, 2, [BERLIN]),
    ]
    article = Article(text=text, path=None, title="Emoji-Test", published=date(2024, 1, 21), source="Testquelle")
    return Extraction(article, sentences, timexes, [schmidt, berlin], events)


@pytest.fixture
def emoji_extraction() -> Extraction:
    return build_emoji_extraction()


@pytest.fixture
def make_window(qtbot) -> Iterator[Callable[[], MainWindow]]:
    """Builds shown, active main windows with their deferred views in place."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from lagebild.ui.settings import Settings

    made: list[MainWindow] = []

    def make(start: bool = False) -> MainWindow:
        window = MainWindow(Settings())
        window.files.ask = lambda *_args: QMessageBox.StandardButton.Discard  # closing never waits on a dialog
        qtbot.addWidget(window)
        made.append(window)
        if start:
            window.open_on_start(None)  # what the app does: last file, else the sample
        window.show()
        qtbot.waitExposed(window)
        window.ensure_views()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window

    yield make
    for window in made:
        window.runner.cancel()
        window.runner.wait(30_000)
