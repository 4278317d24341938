"""How the UI writes things out for people: dates and shortened titles."""

from __future__ import annotations

from datetime import date

from lagebild.core.wording import clip, long_date


def test_long_dates_are_german_by_default() -> None:
    assert long_date(date(2024, 1, 21)) == "21. Januar 2024"
    assert long_date(date(2024, 3, 1)) == "1. März 2024"


def test_clip_shortens_on_one_line_and_at_a_word_when_asked() -> None:
    assert clip("Nordkorea ist Russlands größter Waffenlieferant", 22, at_word=True) == "Nordkorea ist…"
    assert clip("Nordkorea ist Russlands größter Waffenlieferant", 22) == "Nordkorea ist Russlan…"
    assert clip("kurz\n und  gut", 40) == "kurz und gut"
    assert clip("Budanov: Granaten aus Nordkorea", 22, at_word=True) == "Budanov: Granaten…"
    assert len(clip("x" * 100, 10)) == 10
