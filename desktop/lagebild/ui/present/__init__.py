"""Presentation mode: the briefing on a projector, one event at a time.

:func:`start_presentation` opens it full screen on a chosen screen, with a
presenter view on another screen when there is one.  The slide order
(:mod:`.sequence`) and slide texts (:mod:`.content`) are Qt-free.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from lagebild.core.model import Extraction
from lagebild.core.snapshot import BriefingSnapshot

if TYPE_CHECKING:
    from lagebild.ui.present.window import PresentationWindow

__all__ = ["start_presentation"]


def start_presentation(
    snapshot: BriefingSnapshot | Extraction,
    parent: QWidget | None = None,
    screen: QScreen | None = None,
    hidden: frozenset[str] | set[str] = frozenset(),
    notes: Mapping[str, str] | None = None,
    reliability: str = "F6",
    title: str | None = None,
) -> PresentationWindow:
    """Show the briefing ``snapshot`` full screen on ``screen`` (default: the parent's screen).

    An extraction is presented as a one-article briefing graded
    ``reliability``.  Events whose group lead is in ``hidden`` are left out;
    the snapshot's notes and ``notes`` (by event ID) appear in the presenter
    view, which opens on another screen if there is one.  ``title``
    overrides the briefing's.  The window deletes itself when the
    presentation ends (its ``finished`` signal).
    """
    from lagebild.ui.present.presenter import PresenterView
    from lagebild.ui.present.window import PresentationWindow

    if screen is None:
        screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
    window = PresentationWindow(
        snapshot, hidden=frozenset(hidden), notes=dict(notes or {}), reliability=reliability, title=title, parent=parent
    )
    window.finished.connect(window.deleteLater)
    window.setScreen(screen)
    window.setGeometry(screen.geometry())
    others = [s for s in QGuiApplication.screens() if s is not screen]
    if others:
        presenter = PresenterView(window)
        presenter.setScreen(others[0])
        presenter.setGeometry(others[0].availableGeometry())
        window.attach_presenter(presenter)
        presenter.showMaximized()
    window.showFullScreen()
    window.raise_()
    window.activateWindow()
    return window
