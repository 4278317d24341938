"""Pickle a briefing quickly, to hand it from the start-up helper process to the window.

The standard pickle stores a slotted dataclass as "make an empty object, then
set its state" and rebuilds it through a Python-level ``__setstate__``: for
the ~40,000 small records of a 500-article briefing that costs about twice
as long as building them afresh.  :func:`dumps` stores the data records as a
constructor call with their field values instead, which unpickles at the
speed of the classes' own ``__init__``.  Anything else pickles as usual, and
:func:`pickle.loads` reads the result: nothing about this format is needed
on the receiving side.
"""

from __future__ import annotations

import io
import operator
import pickle
from collections.abc import Callable, Iterable
from dataclasses import fields, is_dataclass
from functools import cache
from typing import Any

Reducer = Callable[[Any], tuple[type, tuple[Any, ...]]]


def _reducer(cls: type) -> Reducer | None:
    """Pickle ``cls`` as ``cls(*field values)``; None where that would lose state."""
    if not is_dataclass(cls):
        return None
    names = [f.name for f in fields(cls)]
    if not names or any(not f.init for f in fields(cls)):
        return None  # a field the constructor does not take: keep the standard way
    get = operator.attrgetter(*names)
    if len(names) == 1:
        return lambda obj: (cls, (get(obj),))
    return lambda obj: (cls, get(obj))


def _record_classes() -> Iterable[type]:
    """The many small records a briefing consists of."""
    from lagebild.core import model
    from lagebild.core.briefing import BriefingArticle
    from lagebild.core.corrections import CORRECTION_TYPES, Anchor
    from lagebild.core.crossref import EventGroup, MergedEntity
    from lagebild.core.snapshot import ArticleInfo

    yield from (model.Article, model.Sentence, model.Timex, model.Mention, model.Entity, model.Event, model.Extraction)
    yield from (BriefingArticle, Anchor, MergedEntity, EventGroup, ArticleInfo)
    yield from CORRECTION_TYPES.values()


@cache
def _dispatch_table() -> dict[type, Reducer]:
    table = {}
    for cls in _record_classes():
        reducer = _reducer(cls)
        if reducer is not None:
            table[cls] = reducer
    return table


class Sender:
    """Pickles objects one after another; a :class:`Receiver` unpickles them in
    the same order, and an object sent before is sent again as a reference.

    That lets a briefing go first and its snapshot (which shares most of the
    briefing's records) follow when it is built, without sending the shared
    records twice or losing their identity.
    """

    def __init__(self) -> None:
        self._buffer = io.BytesIO()
        self._pickler = pickle.Pickler(self._buffer, protocol=pickle.HIGHEST_PROTOCOL)
        self._pickler.dispatch_table = _dispatch_table()

    def pack(self, obj: object) -> bytes:
        """``obj`` as bytes for :meth:`Receiver.unpack`."""
        self._pickler.dump(obj)
        data = self._buffer.getvalue()
        self._buffer.seek(0)
        self._buffer.truncate()
        return data


class Receiver:
    """Unpickles what a :class:`Sender` packed, in the order it was packed."""

    def __init__(self) -> None:
        self._stream = io.BytesIO()  # no peek(): the unpickler reads no further than one object
        self._unpickler = pickle.Unpickler(self._stream)

    def unpack(self, data: bytes) -> Any:
        """The object ``data`` was packed from."""
        self._stream.seek(0)
        self._stream.truncate()
        self._stream.write(data)
        self._stream.seek(0)
        return self._unpickler.load()


def dumps(obj: object) -> bytes:
    """``obj`` pickled with the briefing records as constructor calls (read it with :func:`pickle.loads`)."""
    return Sender().pack(obj)
