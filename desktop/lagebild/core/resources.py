"""Access to bundled data files (``resources/`` and ``seeds/``).

Both directories ship inside the package as ``lagebild.resources`` and
``lagebild.seeds``, so these helpers work in a checkout, an installed wheel
and a frozen bundle.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from importlib.abc import Traversable
from typing import Any


def resource(relative_path: str) -> Traversable:
    """The bundled resource at ``relative_path`` (e.g. ``"lang/de/temporal.json"``)."""
    node = resources.files("lagebild.resources")
    for part in relative_path.split("/"):
        node = node.joinpath(part)
    return node


@lru_cache(maxsize=None)
def load_json(relative_path: str) -> Any:
    """Parse a bundled JSON resource (cached: resources never change at run time)."""
    return json.loads(resource(relative_path).read_text(encoding="utf-8"))


def seed_articles() -> list[Traversable]:
    """The sample articles in ``seeds/`` (text files), sorted by name."""
    folder = resources.files("lagebild.seeds")
    return sorted(
        (p for p in folder.iterdir() if p.name.endswith((".txt", ".md", ".html"))),
        key=lambda p: p.name,
    )
