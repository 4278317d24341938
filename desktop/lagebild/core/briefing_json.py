"""A whole briefing as one JSON document (export, import, exchange with other tools).

Schema (``"format": "lagebild-briefing"``, ``"version": 1``)::

    {
      "format": "lagebild-briefing",
      "version": 1,
      "title": "Nordkorea und Russland",
      "articles": [
        {
          "key": "383801400a",          # optional on import; the text's hash (lagebild.core.ids.text_key),
                                        # must match "text" when given
          "text": "Nordkorea ist …",    # the article text every offset indexes
          "title": "…" | null,
          "source": "…" | null,
          "path": "…" | null,           # where it was read from
          "published": "2024-01-21" | null,
          "published_source": "option" | "sidecar" | "page" | "dateline" | null,
          "language": "de",
          "reliability": "B2",          # NATO Admiralty grade: source A–F, information 1–6; default "F6"
          "extractor": "0.1.0",         # version of the extractor behind "extraction"; default ""
          "warnings": ["…"],            # problems noticed while reading the article
          "extraction": {               # as in `lagebild-cli extract` (lagebild.core.export)
            "sentences": [{"start": 0, "end": 84}],
            "timexes":   [{"start": 3, "end": 13, "text": "21. Januar", "type": "DATE",
                           "value": "2024-01-21", "earliest": "2024-01-21", "latest": "2024-01-21",
                           "sentence": 1}],
            "entities":  [{"id": "e-…", "name": "Kyrylo Budanov", "type": "PER",
                           "mentions": [{"start": 31, "end": 45, "text": "Kyrylo Budanov",
                                         "sentence": 0, "kind": "name"}]}],
            "events":    [{"id": "ev-…", "date": "2024-01-21", "earliest": "2024-01-21",
                           "latest": "2024-01-21", "label": "…", "sentence": 1, "timex": 0,
                           "entities": ["e-…"]}],
            "warnings":  ["…"]
          }
        }
      ],
      "corrections": [                  # in the order they were made
        {"kind": "relabel_event",
         "event": {"article": "383801400a", "id": "ev-…", "start": 3, "end": 13, "text": "21. Januar"},
         "label": "Interview in der Financial Times"}
      ]
    }

Offsets are Python ``str`` indices (code points) into ``text``; sentence and
date numbers count from 0.  Correction kinds and their fields (every anchor
is an object as above):

=================  ==============================================================
``set_event_date``  ``event``, ``value`` (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``)
``relabel_event``   ``event``, ``label``
``hide_event``      ``event``
``add_event``       ``at`` (the passage; its ``id`` is the new event's), ``value``, ``label``
``note_event``      ``event``, ``text`` ("" removes the note)
``rename_entity``   ``entity``, ``name``
``retype_entity``   ``entity``, ``type`` (PER, ORG, LOC, MISC)
``merge_entities``  ``target``, ``other``
``split_entity``    ``entity``, ``mentions`` (list of anchors)
=================  ==============================================================
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from lagebild.core.briefing import (
    DEFAULT_RELIABILITY,
    Briefing,
    BriefingArticle,
    check_extraction,
)
from lagebild.core.corrections import correction_from_dict, correction_to_dict
from lagebild.core.errors import InputError
from lagebild.core.export import extraction_from_dict, extraction_to_dict, to_json
from lagebild.core.ids import text_key
from lagebild.core.model import Article

FORMAT = "lagebild-briefing"
VERSION = 1
_EXTRACTION_FIELDS = ("sentences", "timexes", "entities", "events", "warnings")


class BriefingJSONError(InputError, ValueError):
    """A JSON document that is not a briefing this version reads (one-line message)."""


def briefing_to_dict(briefing: Briefing) -> dict[str, Any]:
    """The JSON document of ``briefing`` (see the module docstring)."""
    articles = []
    for item in briefing.articles:
        a = item.article
        extraction = extraction_to_dict(item.extraction)
        articles.append(
            {
                "key": item.key,
                "text": a.text,
                "title": a.title,
                "source": a.source,
                "path": a.path,
                "published": a.published.isoformat() if a.published else None,
                "published_source": a.published_source,
                "language": a.language,
                "reliability": item.reliability,
                "extractor": item.extractor,
                "warnings": list(a.warnings),
                "extraction": {name: extraction[name] for name in _EXTRACTION_FIELDS},
            }
        )
    return {
        "format": FORMAT,
        "version": VERSION,
        "title": briefing.title,
        "articles": articles,
        "corrections": [correction_to_dict(c) for c in briefing.corrections],
    }


def briefing_from_dict(data: Any) -> Briefing:
    """A briefing from its JSON document; :class:`BriefingJSONError` says what is wrong where."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BriefingJSONError(f"not a Lagebild briefing (expected \"format\": \"{FORMAT}\")")
    if not isinstance(data.get("version"), int) or data["version"] > VERSION:
        raise BriefingJSONError(f"briefing format version {data.get('version')!r} is newer than this Lagebild reads ({VERSION})")
    title = data.get("title", "")
    if not isinstance(title, str):
        raise BriefingJSONError("title: must be a string")
    briefing = Briefing(title=title)
    for n, item in enumerate(_list(data, "articles")):
        try:
            article = _article(item)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise BriefingJSONError(f"articles[{n}]: {_say(error)}") from None
        if briefing.article(article.key) is not None:
            raise BriefingJSONError(f"articles[{n}]: the same text as an earlier article")
        briefing.articles.append(article)
    for n, item in enumerate(_list(data, "corrections")):
        try:
            briefing.corrections.append(correction_from_dict(item))
        except (TypeError, ValueError) as error:
            raise BriefingJSONError(f"corrections[{n}]: {_say(error)}") from None
    return briefing


def export_json(briefing: Briefing, path: str | Path) -> None:
    """Write the JSON document of ``briefing`` (UTF-8, indented)."""
    text = to_json(briefing_to_dict(briefing))
    Path(path).write_text(text + "\n", encoding="utf-8")


def import_json(path: str | Path) -> Briefing:
    """Read a briefing from a JSON document; :class:`BriefingJSONError` for bad content."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise BriefingJSONError(f"{path}: cannot read the file ({error.strerror})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BriefingJSONError(f"{path}: not JSON ({error})") from None
    try:
        return briefing_from_dict(data)
    except BriefingJSONError as error:
        raise BriefingJSONError(f"{path}: {error}") from None


def _say(error: Exception) -> str:
    return f"missing {error}" if isinstance(error, KeyError) else str(error)


def _list(data: dict[str, Any], name: str) -> list[Any]:
    value = data.get(name, [])
    if not isinstance(value, list):
        raise BriefingJSONError(f"{name}: must be a list")
    return value


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value is not None else None


def _article(item: dict[str, Any]) -> BriefingArticle:
    text = item["text"]
    if not isinstance(text, str) or not text:
        raise ValueError("text must be a non-empty string")
    if "key" in item and item["key"] != text_key(text):
        raise ValueError(f"key {item['key']!r} does not match the text (the text was changed?)")
    article = Article(
        text=text,
        path=item.get("path"),
        title=item.get("title"),
        published=_day(item.get("published")),
        published_source=item.get("published_source"),
        source=item.get("source"),
        language=item.get("language", "de"),
        warnings=[str(w) for w in item.get("warnings", [])],
    )
    extraction = extraction_from_dict(item["extraction"], article)
    check_extraction(extraction)
    return BriefingArticle(extraction, item.get("reliability", DEFAULT_RELIABILITY), item.get("extractor", ""))
