"""Python code points ↔ Qt UTF-16 code units, converted at the Qt boundary.

The core indexes ``Article.text`` by Python ``str`` positions (code points);
``QTextDocument`` positions count UTF-16 code units, so every character
outside the Basic Multilingual Plane (an emoji, a rare CJK ideograph) takes
two Qt positions but one Python position.  Converting once, here, keeps a
highlight from drifting by one character per emoji before it.

This module is Qt-free so it can be tested on its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Offsets:
    """Offset conversion for one text; O(log n) per call, identity for BMP-only text."""

    __slots__ = ("_astral", "_units")

    def __init__(self, text: str) -> None:
        # Python index of every astral character, and the UTF-16 unit where it starts.
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._units = [index + k for k, index in enumerate(self._astral)]

    def to_qt(self, index: int) -> int:
        """The UTF-16 position of Python position ``index``."""
        return index + bisect_left(self._astral, index)

    def to_python(self, unit: int) -> int:
        """The Python position of UTF-16 position ``unit``.

        A position between the two halves of a surrogate pair rounds down to
        the character's start.
        """
        before = bisect_right(self._units, unit - 2)  # astral characters ending at or before unit
        if before < len(self._units) and self._units[before] == unit - 1:
            return self._astral[before]
        return unit - before

    def span_to_qt(self, start: int, end: int) -> tuple[int, int]:
        """A Python ``[start, end)`` span in UTF-16 positions."""
        return self.to_qt(start), self.to_qt(end)


def qt_safe_text(text: str) -> str:
    """``text`` with line breaks spelled so ``QTextDocument.setPlainText`` keeps every position.

    Qt drops the ``\\r`` of ``\\r\\n`` and would shift every later offset; a
    space of the same length keeps the text's positions (and looks the same).
    A lone ``\\r`` is an old Mac line break and becomes ``\\n``.
    """
    if "\r" not in text:
        return text
    return text.replace("\r\n", " \n").replace("\r", "\n")
