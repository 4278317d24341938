"""UTF-16 ↔ code point conversion at the Qt boundary (Qt-free parts)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from lagebild.ui.article.offsets import Utf16Offsets, qt_safe_text


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_bmp_text_is_identity() -> None:
    offsets = Utf16Offsets("Grüße aus Köln – „heute“.")
    assert [offsets.to_qt(i) for i in range(5)] == [0, 1, 2, 3, 4]
    assert offsets.to_python(20) == 20


def test_emoji_before_a_span_shifts_it_by_one_unit_each() -> None:
    text = "„Super 😀“, sagte er. Am 2. Januar 🇩🇪 kam sie."
    offsets = Utf16Offsets(text)
    start = text.index("Am 2. Januar")
    end = len(text)
    assert offsets.span_to_qt(start, end) == (start + 1, end + 3)  # 😀 before; 🇩🇪 (two flags) inside
    assert offsets.to_python(start + 1) == start
    assert offsets.to_python(end + 3) == end


def test_position_inside_a_surrogate_pair_rounds_down() -> None:
    offsets = Utf16Offsets("a😀b")
    assert offsets.to_qt(1) == 1 and offsets.to_qt(2) == 3
    assert offsets.to_python(2) == 1  # between the halves of 😀
    assert offsets.to_python(3) == 2


@given(st.text(alphabet=st.sampled_from("ab ä\n😀𝔸🇩🇪€"), max_size=40), st.data())
def test_conversion_matches_utf16_encoding(text: str, data: st.DataObject) -> None:
    offsets = Utf16Offsets(text)
    index = data.draw(st.integers(0, len(text)))
    unit = utf16_len(text[:index])
    assert offsets.to_qt(index) == unit
    assert offsets.to_python(unit) == index


def test_qt_safe_text_keeps_length_and_lines() -> None:
    assert qt_safe_text("a\r\nb\rc") == "a \nb\nc"
    assert qt_safe_text("no carriage returns") == "no carriage returns"
