"""The presentation window: one event at a time, full screen, driven by a clicker.

Keys (what presenters hold: clickers send PageDown/PageUp):

* next: PageDown, Right, Down, Space, Enter · previous: PageUp, Left, Up, Backspace
* Home: the opening overview · End: the closing overview
* a number, then Enter: that event · B or ".": black screen · W or ",": white screen
  (any key brings the slide back) · Esc: end the presentation

The timeline across the top shows every shown event, the current one
emphasised and the rest dimmed; the overviews show it undimmed.  A briefing
of several articles is presented as one: an event reported by several is one
slide (its most reliable source's sentence), the timeline has a lane per
article, and the opening overview lists every source with its grade.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFont, QKeyEvent, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QLayout, QVBoxLayout, QWidget

from lagebild.core.handout import one_article, timeline_anchor
from lagebild.core.model import Extraction
from lagebild.core.snapshot import BriefingSnapshot
from lagebild.core.wording import long_date
from lagebild.ui.events.timeline_entries import timeline_entries
from lagebild.ui.present import style
from lagebild.ui.present.content import EventCard, event_card, source_text
from lagebild.ui.present.presenter import PresenterView
from lagebild.ui.present.sequence import Slide, SlideKind, SlideSequence
from lagebild.ui.present.slides import EventSlide, OverviewHeader

K = Qt.Key
NEXT_KEYS = {K.Key_PageDown, K.Key_Right, K.Key_Down, K.Key_Space, K.Key_Return, K.Key_Enter}
PREVIOUS_KEYS = {K.Key_PageUp, K.Key_Left, K.Key_Up, K.Key_Backspace}
BLACK_KEYS = {K.Key_B, K.Key_Period}
WHITE_KEYS = {K.Key_W, K.Key_Comma}
TIMELINE_SHARE = 0.30  # of the screen height, on event slides
WIDGET_MAX = 16_777_215  # QWIDGETSIZE_MAX


class PresentationWindow(QWidget):
    """Slides of a briefing (or one extraction); see the module docstring for the keys."""

    finished = Signal()
    slide_changed = Signal(int)  # index into ``sequence.slides``

    def __init__(
        self,
        source: BriefingSnapshot | Extraction,
        *,
        hidden: frozenset[str] | set[str] = frozenset(),
        notes: dict[str, str] | None = None,
        reliability: str = "F6",
        title: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``reliability`` grades a bare extraction (a snapshot has its own grades); ``notes``
        (by event ID) add to the snapshot's; groups whose lead is in ``hidden`` are left out."""
        super().__init__(parent, Qt.WindowType.Window)
        from lagebild.ui.timeline import TimelineWidget  # imports pyqtgraph: only when presenting

        self.setObjectName("presentationWindow")
        snapshot = source if isinstance(source, BriefingSnapshot) else one_article(source, reliability)
        self.snapshot = snapshot
        groups = {group.members[0][1].id: group for group in snapshot.groups}
        self.sequence = SlideSequence([group.members[0][1] for group in snapshot.groups], hidden)
        self.notes = _notes(snapshot, self.sequence.event_ids, notes or {})
        self._title = title
        self.language = _language(snapshot)
        self._cards: dict[str, EventCard] = {
            e.id: event_card(snapshot, groups[e.id], n) for n, e in enumerate(self.sequence.events, start=1)
        }
        self._typed = ""
        self._blank: str | None = None
        self._finished = False
        self.presenter: PresenterView | None = None

        self.setAutoFillBackground(True)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.header = OverviewHeader(self)
        self.timeline = TimelineWidget(self)
        self.timeline.setObjectName("presentationTimeline")
        shown = set(self.sequence.event_ids)
        entries = [e for e in timeline_entries(snapshot) if e.id in shown]
        self.timeline.set_entries(entries, timeline_anchor(snapshot))
        self.timeline.event_activated.connect(self.show_event)
        self.slide = EventSlide(self)
        self._box = QVBoxLayout(self)
        self._box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # the screen decides the size
        self._box.addWidget(self.header)
        self._box.addWidget(self.timeline, 1)
        self._box.addWidget(self.slide, 1)
        self.blank = QWidget(self)
        self.blank.setAutoFillBackground(True)
        self.blank.hide()
        self.typed_label = QLabel(self)
        self.typed_label.setStyleSheet(
            f"background: {style.SURFACE.name()}; color: {style.ACCENT.name()}; padding: 6px 16px;"
        )
        self.typed_label.hide()
        for child in self.findChildren(QWidget):
            child.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # every key comes to this window
        style.adopt(self)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.retranslate()
        self._apply_scale()
        self._show_current()

    # --- public API ---------------------------------------------------------------

    def current_slide(self) -> Slide:
        return self.sequence.current

    def current_event_id(self) -> str | None:
        """The event on screen (``None`` on an overview)."""
        return self.sequence.current.event_id

    def blanked(self) -> str | None:
        """"black" or "white" while the screen is blanked, else ``None``."""
        return self._blank

    def typed_number(self) -> str:
        """Digits typed so far for a jump (Enter jumps)."""
        return self._typed

    def step(self, delta: int) -> None:
        if self.sequence.step(delta):
            self._show_current()

    def go_to(self, index: int) -> None:
        if self.sequence.go_to(index):
            self._show_current()

    def jump(self, number: int) -> None:
        """Show the ``number``-th event (from 1); other numbers do nothing."""
        if self.sequence.jump(number):
            self._show_current()

    def show_event(self, event_id: str) -> None:
        if self.sequence.show_event(event_id):
            self._show_current()

    def set_blank(self, colour: str | None) -> None:
        """Blank the screen "black" or "white"; ``None`` shows the slide again."""
        self._blank = colour
        if colour is None:
            self.blank.hide()
            return
        palette = self.blank.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(Qt.GlobalColor.black if colour == "black" else Qt.GlobalColor.white))
        self.blank.setPalette(palette)
        self.blank.setAutoFillBackground(True)
        self.blank.setGeometry(self.rect())
        self.blank.show()
        self.blank.raise_()

    def attach_presenter(self, presenter: PresenterView) -> None:
        """Keep ``presenter`` up to date; keys pressed in it drive the slides too."""
        self.presenter = presenter
        presenter.installEventFilter(self)
        self._update_presenter()

    # --- keys -----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.presenter and event.type() == QEvent.Type.KeyPress:
            return self.handle_key(event)  # type: ignore[arg-type]
        return super().eventFilter(watched, event)

    def handle_key(self, event: QKeyEvent) -> bool:
        """Act on one key press; True if it was a presentation key."""
        key = event.key()
        if key == K.Key_Escape:
            self.close()
            return True
        if self._blank is not None:  # any key brings the slide back; W on black turns white
            wanted = "black" if key in BLACK_KEYS else "white" if key in WHITE_KEYS else None
            self.set_blank(None if wanted == self._blank else wanted)
            return True
        if K.Key_0 <= key <= K.Key_9:
            self._typed = (self._typed + chr(key))[-4:]
            self._show_typed()
            return True
        typed, self._typed = self._typed, ""
        self._show_typed()
        if key in (K.Key_Return, K.Key_Enter) and typed:
            self.jump(int(typed))
        elif key in NEXT_KEYS:
            self.step(1)
        elif key in PREVIOUS_KEYS:
            self.step(-1)
        elif key == K.Key_Home:
            self.go_to(0)
        elif key == K.Key_End:
            self.go_to(len(self.sequence) - 1)
        elif key in BLACK_KEYS:
            self.set_blank("black")
        elif key in WHITE_KEYS:
            self.set_blank("white")
        else:
            return False
        return True

    def _show_typed(self) -> None:
        self.typed_label.setVisible(bool(self._typed))
        self.typed_label.setText(self.tr("Go to event {0}").format(self._typed))
        self.typed_label.adjustSize()
        self._place_overlays()

    # --- showing slides -----------------------------------------------------------

    def _show_current(self) -> None:
        slide = self.sequence.current
        on_event = slide.kind is SlideKind.EVENT
        self.header.setVisible(not on_event)
        self.slide.setVisible(on_event)
        if on_event:
            self.timeline.setFixedHeight(round(TIMELINE_SHARE * max(self.height(), 1)))
            self.slide.show_card(self._cards[slide.event_id], self.sequence.event_count)
            self.timeline.set_emphasis({slide.event_id})
            self.timeline.select(slide.event_id)
        else:
            self.timeline.setMinimumHeight(0)
            self.timeline.setMaximumHeight(WIDGET_MAX)
            self._show_header(slide)
            self.timeline.set_emphasis(None)
            self.timeline.select(None)
        self._box.activate()
        self.timeline.fit_all()
        self._update_presenter()
        self.slide_changed.emit(self.sequence.index)

    @property
    def title(self) -> str:
        """The title given, else the briefing's, else the only article's; "Briefing of n articles"."""
        if self._title:
            return self._title
        if self.snapshot.title:
            return self.snapshot.title
        if len(self.snapshot) > 1:
            return self.tr("Briefing of %n articles", "", len(self.snapshot))
        return _article_title(next(iter(self.snapshot.articles.values()), None))

    def _show_header(self, slide: Slide) -> None:
        count = self.sequence.event_count
        events = self.tr("1 event") if count == 1 else self.tr("%n events", "", count)
        several = len(self.snapshot) > 1
        if slide.kind is SlideKind.OPENING:
            kicker = self.tr("Briefing")
            subtitle = self._published()
        else:
            kicker = self.tr("Summary")
            cards = list(self._cards.values())
            subtitle = f"{cards[0].date_text} – {cards[-1].date_text}" if cards else ""
        if several:
            parts = [events, self.tr("%n sources", "", len(self.snapshot))]
            conflicts = sum(1 for card in self._cards.values() if card.contradiction)
            if conflicts == 1:
                parts.append("⚠ " + self.tr("1 event whose sources disagree on the date"))
            elif conflicts:
                parts.append("⚠ " + self.tr("%n events whose sources disagree on the date", "", conflicts))
        else:
            info = next(iter(self.snapshot.infos.values()), None)
            grade = self.tr("Reliability {0}").format(info.reliability) if info else ""
            source = self._source()
            parts = [events, grade, self.tr("Source: {0}").format(source) if source else ""]
        meta = " · ".join(p for p in parts if p)
        sources = []
        if several and slide.kind is SlideKind.OPENING:
            sources = [(info.reliability, source_text(self.snapshot.articles[key])) for key, info in self.snapshot.infos.items()]
        self.header.show_header(kicker, self.title, subtitle, meta, sources)

    def _published(self) -> str:
        """"Published …" for one article, the span the sources were published in for several, else today."""
        days = sorted({info.published for info in self.snapshot.infos.values() if info.published is not None})
        if len(self.snapshot) == 1 and days:
            return self.tr("Published {0}").format(long_date(days[0], self.language))
        if len(days) == 1:
            return self.tr("Sources published {0}").format(long_date(days[0], self.language))
        if days:
            first, last = long_date(days[0], self.language), long_date(days[-1], self.language)
            return self.tr("Sources published {0} – {1}").format(first, last)
        return long_date(date.today(), self.language)

    def _source(self) -> str:
        extraction = next(iter(self.snapshot.articles.values()), None)
        return source_text(extraction) if extraction is not None else ""

    def _update_presenter(self) -> None:
        if self.presenter is None:
            return
        slide, following = self.sequence.current, self.sequence.next
        date_text, label = self._describe(slide)
        _next_date, next_label = self._describe(following) if following else ("", "")
        position = f"{self.sequence.index + 1} / {len(self.sequence)}"
        notes = self.notes.get(slide.event_id or "", "")
        self.presenter.show_slide(position, date_text, label, next_label, notes)

    def _describe(self, slide: Slide) -> tuple[str, str]:
        """Date and heading of ``slide`` in words, for the presenter view."""
        if slide.kind is SlideKind.EVENT:
            card = self._cards[slide.event_id]
            return card.date_text, f"{card.number}. {card.label}"
        if slide.kind is SlideKind.OPENING:
            return "", self.tr("Overview: {0}").format(self.title)
        return "", self.tr("Summary: the whole timeline")

    # --- window -------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Presentation – {0}").format(self.title))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._show_current()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._apply_scale()
        if self.sequence.current.kind is SlideKind.EVENT:
            self.timeline.setFixedHeight(round(TIMELINE_SHARE * max(self.height(), 1)))
        self._place_overlays()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.setFocus()
        self.timeline.fit_all()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        super().closeEvent(event)
        if self.presenter is not None:
            self.presenter.close()
        if not self._finished:
            self._finished = True
            self.finished.emit()

    def _apply_scale(self) -> None:
        scale = style.TypeScale(max(1, self.height()))
        margin = scale.margin
        self._box.setContentsMargins(margin, round(margin * 0.6), margin, round(margin * 0.6))
        self._box.setSpacing(scale.gap * 2)
        self.header.apply_scale(scale)
        self.slide.apply_scale(scale)
        timeline_font = QFont(self.font())
        timeline_font.setPixelSize(scale.timeline)
        if self.timeline.font() != timeline_font:
            self.timeline.setFont(timeline_font)
        self.typed_label.setFont(style.font(self.font(), scale.body, QFont.Weight.Bold))

    def _place_overlays(self) -> None:
        self.blank.setGeometry(self.rect())
        if self.typed_label.isVisible():
            self.typed_label.adjustSize()
            size = self.typed_label.size()
            margin = style.TypeScale(max(1, self.height())).gap
            self.typed_label.move(self.width() - size.width() - margin, self.height() - size.height() - margin)
            self.typed_label.raise_()


def _article_title(extraction: Extraction | None) -> str:
    """An article's title, else its file name, else "Lagebild"."""
    article = extraction.article if extraction is not None else None
    if article is not None and article.title:
        return article.title
    if article is not None and article.path:
        from pathlib import Path

        return Path(article.path).stem
    return "Lagebild"


def _language(snapshot: BriefingSnapshot) -> str:
    """The language dates are written in: the first article's (German by default)."""
    extraction = next(iter(snapshot.articles.values()), None)
    return (extraction.article.language if extraction is not None else None) or "de"


def _notes(snapshot: BriefingSnapshot, leads: list[str], given: dict[str, str]) -> dict[str, str]:
    """The analyst's notes on each shown group (on any of its members), ``given`` ones first."""
    notes = {}
    for lead in leads:
        group = snapshot.group(lead)
        members = [event.id for _, event in group.members] if group else [lead]
        said = list(dict.fromkeys(text for i in members if (text := (given.get(i) or snapshot.note(i)).strip())))
        if said:
            notes[lead] = "\n".join(said)
    return notes
