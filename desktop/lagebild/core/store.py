"""The briefing file (``.lagebild``): a SQLite database as application file format.

It holds the article texts, their stored extractions (so opening never
re-extracts) and the corrections.  ``PRAGMA application_id`` marks the file as
Lagebild's, ``PRAGMA user_version`` is the schema version; :data:`MIGRATIONS`
lists the steps from one version to the next, and a new file is made by
running them all.

How saving stays atomic.  Autosave writes into the open file: each
:meth:`BriefingFile.save` is one SQLite transaction in rollback-journal mode
(``journal_mode=DELETE``, ``synchronous=FULL``) that writes only what changed
since the last save.  A process killed mid-save leaves a hot journal beside
the file and the next open rolls it back: the file holds the state before or
after that save, never a mix.  Rollback mode rather than WAL: a closed file is
one file, with no ``-wal``/``-shm`` companions to lose when it is copied or
mailed.  Transactions rather than writing a temporary copy and renaming it on
every save: an autosave costs what changed, not the whole briefing.  A new
file, or *Save As* over an existing one, is written to a temporary file in the
same folder, flushed with ``fsync`` and moved in place with ``os.replace``.

Opening never writes.  The header is checked before SQLite touches the file
(foreign or newer files are refused from their first 100 bytes), the content
is checked and loaded through a read-only connection, and an older schema is
migrated in memory for reading and on disk only by the next save.  The one
exception is the recovery of a save that was cut short, which SQLite must
finish before the file can be read.  Every failure is a
:class:`BriefingFileError` with a one-line message.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from collections import deque
from collections.abc import Callable, Iterable
from contextlib import closing
from dataclasses import fields
from datetime import UTC, date, datetime
from itertools import compress, groupby, repeat
from operator import is_not
from pathlib import Path
from types import MemberDescriptorType
from typing import Any, Self, TypeVar

from lagebild.core.briefing import Briefing, BriefingArticle, check_extraction
from lagebild.core.corrections import (
    Correction,
    correction_from_dict,
    correction_to_dict,
)
from lagebild.core.errors import InputError
from lagebild.core.model import (
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

log = logging.getLogger(__name__)
T = TypeVar("T")

#: "LAGB": marks a SQLite file as a Lagebild briefing.
APPLICATION_ID = 0x4C414742
SUFFIX = ".lagebild"
_MAGIC = b"SQLite format 3\x00"

_SCHEMA_V1 = (
    """CREATE TABLE briefing (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        title TEXT NOT NULL,
        created TEXT NOT NULL,
        modified TEXT NOT NULL)""",
    """CREATE TABLE article (
        key TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        title TEXT,
        source TEXT,
        path TEXT,
        published TEXT,
        published_source TEXT,
        language TEXT NOT NULL,
        reliability TEXT NOT NULL CHECK (reliability GLOB '[A-F][1-6]'),
        extractor TEXT NOT NULL,
        article_warnings TEXT NOT NULL,
        extraction_warnings TEXT NOT NULL)""",
    """CREATE TABLE sentence (
        article TEXT NOT NULL REFERENCES article (key) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        stop INTEGER NOT NULL,
        PRIMARY KEY (article, idx)) WITHOUT ROWID""",
    """CREATE TABLE timex (
        article TEXT NOT NULL REFERENCES article (key) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        stop INTEGER NOT NULL,
        text TEXT NOT NULL,
        type TEXT NOT NULL,
        value TEXT NOT NULL,
        earliest TEXT,
        latest TEXT,
        sentence INTEGER NOT NULL,
        PRIMARY KEY (article, idx)) WITHOUT ROWID""",
    """CREATE TABLE entity (
        article TEXT NOT NULL REFERENCES article (key) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        id TEXT NOT NULL,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        PRIMARY KEY (article, idx)) WITHOUT ROWID""",
    """CREATE TABLE mention (
        article TEXT NOT NULL,
        entity INTEGER NOT NULL,
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        stop INTEGER NOT NULL,
        text TEXT NOT NULL,
        sentence INTEGER NOT NULL,
        kind TEXT NOT NULL,
        PRIMARY KEY (article, entity, idx),
        FOREIGN KEY (article, entity) REFERENCES entity (article, idx) ON DELETE CASCADE) WITHOUT ROWID""",
    """CREATE TABLE event (
        article TEXT NOT NULL REFERENCES article (key) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        id TEXT NOT NULL,
        date TEXT NOT NULL,
        earliest TEXT,
        latest TEXT,
        label TEXT NOT NULL,
        sentence INTEGER NOT NULL,
        timex INTEGER,
        entities TEXT NOT NULL,
        PRIMARY KEY (article, idx),
        FOREIGN KEY (article, timex) REFERENCES timex (article, idx) ON DELETE CASCADE) WITHOUT ROWID""",
    """CREATE TABLE correction (
        position INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        data TEXT NOT NULL)""",
)

Migration = tuple[str, ...] | Callable[[sqlite3.Connection], None]
#: ``MIGRATIONS[n]`` takes a file from schema version ``n`` to ``n + 1``
#: (SQL statements, or a function for steps that move data).
MIGRATIONS: list[Migration] = [_SCHEMA_V1]


def schema_version() -> int:
    """The schema version this Lagebild writes (and the newest it reads)."""
    return len(MIGRATIONS)


class BriefingFileError(InputError):
    """A briefing file cannot be opened or saved; ``str()`` is a one-line message."""


def _migrate(db: sqlite3.Connection, version: int) -> None:
    """Run the migrations after ``version`` inside the caller's transaction."""
    for step in MIGRATIONS[version:]:
        if callable(step):
            step(db)
        else:
            for statement in step:
                db.execute(statement)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {schema_version()}")


# --- opening ---------------------------------------------------------------------------


def _header_version(path: Path) -> int:
    """The schema version from the file header, or the reason it is not ours."""
    try:
        with path.open("rb") as stream:
            header = stream.read(100)
    except FileNotFoundError:
        raise BriefingFileError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise BriefingFileError(f"{path}: is a folder, not a briefing") from None
    except OSError as error:
        raise BriefingFileError(f"{path}: cannot read the file ({error.strerror})") from None
    if len(header) < 100 or not header.startswith(_MAGIC):
        raise BriefingFileError(f"{path}: not a Lagebild briefing")
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise BriefingFileError(f"{path}: not a Lagebild briefing (a database of another program)")
    version = int.from_bytes(header[60:64], "big")
    if version > schema_version():
        raise BriefingFileError(
            f"{path}: saved by a newer Lagebild (file format {version}; this version reads up to {schema_version()})"
        )
    if version < 1:
        raise BriefingFileError(f"{path}: the file is damaged (no schema version)")
    return version


def _connect(path: Path, mode: str) -> sqlite3.Connection:
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True, isolation_level=None, timeout=10)
    db.execute("PRAGMA trusted_schema = OFF")
    return db


def _recover(path: Path) -> None:
    """Let SQLite roll back a save that was cut short (a hot journal beside the file)."""
    log.warning("%s: rolling back an interrupted save", path)
    db = _connect(path, "rw")
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        db.close()


def _read_checked(path: Path) -> tuple[Briefing, list[str], int]:
    """Check and load through a read-only connection (an older schema via a migrated copy in memory)."""
    for attempt in (1, 2):
        version = _header_version(path)
        db = _connect(path, "ro")
        try:
            problems = [row[0] for row in db.execute("PRAGMA quick_check")]
            if problems != ["ok"]:
                raise BriefingFileError(f"{path}: the file is damaged ({problems[0]})")
            if version == schema_version():
                return (*_read(db), version)
            with closing(sqlite3.connect(":memory:", isolation_level=None)) as copy:
                db.backup(copy)
                copy.execute("BEGIN")
                _migrate(copy, version)
                copy.execute("COMMIT")
                return (*_read(copy), version)
        except sqlite3.Error as error:
            if attempt == 1 and getattr(error, "sqlite_errorname", "") in ("SQLITE_READONLY_ROLLBACK", "SQLITE_READONLY_RECOVERY"):
                db.close()
                _recover(path)
                continue
            raise BriefingFileError(f"{path}: the file is damaged ({error})") from None
        except KeyError as error:
            raise BriefingFileError(f"{path}: the file is damaged (unknown value {error})") from None
        except (ValueError, TypeError) as error:
            raise BriefingFileError(f"{path}: the file is damaged ({error})") from None
        finally:
            db.close()
    raise BriefingFileError(f"{path}: the file is damaged (an interrupted save cannot be rolled back)")


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value is not None else None


class _Days(dict[Any, date | None]):
    """Stored days parsed once each (a briefing names the same few hundred days thousands of times)."""

    def __missing__(self, value: str | None) -> date | None:
        day = self[value] = _day(value)
        return day


_SCAN_JSON = json.JSONDecoder().scan_once


def _json(text: str) -> Any:
    """``json.loads(text)``, through the decoder's scanner alone when the text is one bare JSON value.

    ``json.loads`` spends more time on its checks and whitespace than on a
    short list of IDs; whatever the fast path does not take (leading or
    trailing whitespace, bytes, a byte order mark, bad JSON) goes to
    ``json.loads`` and gets its result or error.
    """
    if type(text) is str:
        try:
            value, end = _SCAN_JSON(text, 0)
        except StopIteration:
            pass
        else:
            if end == len(text):
                return value
    return json.loads(text)


def _list(text: str) -> list[Any]:
    """A stored JSON list (of IDs or warnings) as a new list."""
    return list(_json(text))


_ENTITY_TYPES = {t.value: t for t in EntityType}
_TIMEX_TYPES = {t.value: t for t in TimexType}
_MENTION_KINDS = {k.value: k for k in MentionKind}


def _columns(db: sqlite3.Connection, query: str) -> list[tuple[Any, ...]]:
    """The result of ``query`` column by column."""
    cursor = db.execute(query)
    rows = cursor.fetchall()
    return list(zip(*rows)) if rows else [()] * len(cursor.description)


def _build(cls: type[T], count: int, *columns: Iterable[Any]) -> list[T]:
    """``[cls(*values) for values in zip(*columns)]`` for ``count`` rows, cheaper for frozen slots dataclasses.

    A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``,
    which costs more than the rest of reading a span from the file.  Setting one field
    of all new objects at a time through the field's slot does the same for half the
    cost.  A class with other fields than the columns given, a field ``__init__``
    does not take, a ``__post_init__`` or no slots is built through ``__init__``.
    """
    known = fields(cls)  # type: ignore[arg-type]
    slots = [getattr(cls, f.name, None) for f in known]
    if (
        len(slots) != len(columns)
        or hasattr(cls, "__post_init__")
        or not all(f.init for f in known)
        or not all(type(slot) is MemberDescriptorType for slot in slots)
    ):
        return list(map(cls, *columns))
    objects: list[T] = list(map(object.__new__, repeat(cls, count)))  # type: ignore[arg-type]
    for slot, column in zip(slots, columns):
        deque(map(slot.__set__, objects, column), maxlen=0)  # type: ignore[union-attr]
    return objects


def _by_key(keys: Iterable[Any], objects: list[T]) -> dict[Any, list[T]]:
    """``objects`` grouped by their ``keys`` (equal keys come in one run: the queries sort by them)."""
    groups: dict[Any, list[T]] = {}
    start = 0
    for key, run in groupby(keys):
        stop = start + len(list(run))
        groups[key] = objects[start:stop]
        start = stop
    return groups


def _read(db: sqlite3.Connection) -> tuple[Briefing, list[str]]:
    """The briefing stored in ``db`` and its corrections as stored.

    Raises ValueError, KeyError, TypeError or sqlite3.Error for bad content.
    Each table is read in article order and turned into objects a column at a
    time.  The references between the tables are checked on the columns read
    (what ``PRAGMA foreign_key_check`` tests, for a fraction of its cost): a new
    reference in the schema needs its test here.
    """
    row = db.execute("SELECT title FROM briefing WHERE id = 1").fetchone()
    if row is None:
        raise ValueError("no briefing record")
    briefing = Briefing(title=row[0])
    days = _Days()
    day = days.__getitem__
    rows = db.execute(
        "SELECT key, text, title, source, path, published, published_source, language, reliability, extractor, "
        "article_warnings, extraction_warnings FROM article ORDER BY position"
    ).fetchall()
    keys = {row[0] for row in rows}

    articles, start, stop = _columns(db, "SELECT article, start, stop FROM sentence ORDER BY article, idx")
    sentences = _by_key(articles, _build(Sentence, len(articles), start, stop))

    articles, index, start, stop, text, kind, value, earliest, latest, sentence = _columns(
        db,
        "SELECT article, idx, start, stop, text, type, value, earliest, latest, sentence FROM timex ORDER BY article, idx",
    )
    timexes = _by_key(
        articles,
        _build(
            Timex, len(articles), start, stop, text, map(_TIMEX_TYPES.__getitem__, kind), value, map(day, earliest),
            map(day, latest), sentence,
        ),
    )
    dates = set(zip(articles, index))

    articles, entity, start, stop, text, sentence, kind = _columns(
        db, "SELECT article, entity, start, stop, text, sentence, kind FROM mention ORDER BY article, entity, idx"
    )
    mentions_of = _by_key(
        zip(articles, entity),
        _build(Mention, len(articles), start, stop, text, sentence, map(_MENTION_KINDS.__getitem__, kind)),
    )

    articles, index, id_, name, kind = _columns(db, "SELECT article, idx, id, name, type FROM entity ORDER BY article, idx")
    owners = list(zip(articles, index))
    entities = _by_key(
        articles,
        list(map(Entity, id_, name, map(_ENTITY_TYPES.__getitem__, kind), [mentions_of.get(k, []) for k in owners])),
    )

    articles, id_, value, earliest, latest, label, sentence, timex, ids = _columns(
        db, "SELECT article, id, date, earliest, latest, label, sentence, timex, entities FROM event ORDER BY article, idx"
    )
    events = _by_key(
        articles, list(map(Event, id_, value, map(day, earliest), map(day, latest), label, sentence, timex, map(_list, ids)))
    )
    dated = list(compress(zip(articles, timex), map(is_not, timex, repeat(None))))
    if not (
        sentences.keys() <= keys
        and timexes.keys() <= keys
        and entities.keys() <= keys
        and events.keys() <= keys
        and mentions_of.keys() <= set(owners)
        and dates.issuperset(dated)
    ):
        raise ValueError("dangling references")

    for (key, text, title, source, path, published, published_source, language, reliability, extractor,
         article_warnings, extraction_warnings) in rows:
        article = Article(
            text=text, path=path, title=title, published=days[published], published_source=published_source,
            source=source, language=language, warnings=_list(article_warnings),
        )
        extraction = Extraction(
            article,
            sentences.get(key, []),
            timexes.get(key, []),
            entities.get(key, []),
            events.get(key, []),
            _list(extraction_warnings),
        )
        item = BriefingArticle(extraction, reliability, extractor)  # hashes the text (item.key)
        if item.key != key:
            raise ValueError(f"article {key} does not match its text")
        check_extraction(extraction)
        briefing.articles.append(item)
    stored = [data for (data,) in db.execute("SELECT data FROM correction ORDER BY position")]
    briefing.corrections = [correction_from_dict(_json(data)) for data in stored]
    return briefing, stored


# --- writing ---------------------------------------------------------------------------


def _json_list(values: list[str]) -> str:
    """A list of warnings as stored (most are empty)."""
    return "[]" if type(values) is list and not values else json.dumps(values, ensure_ascii=False)


def _metadata(item: BriefingArticle) -> tuple[Any, ...]:
    a = item.article
    return (
        a.title, a.source, a.path, a.published.isoformat() if a.published else None, a.published_source, a.language,
        item.reliability, item.extractor, _json_list(a.warnings), _json_list(item.extraction.warnings),
    )


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _insert_article(db: sqlite3.Connection, item: BriefingArticle, position: int) -> None:
    key, x = item.key, item.extraction
    db.execute(
        "INSERT INTO article (key, position, text, title, source, path, published, published_source, language, "
        "reliability, extractor, article_warnings, extraction_warnings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (key, position, item.article.text, *_metadata(item)),
    )
    db.executemany(
        "INSERT INTO sentence VALUES (?, ?, ?, ?)", [(key, n, s.start, s.end) for n, s in enumerate(x.sentences)]
    )
    db.executemany(
        "INSERT INTO timex VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (key, n, t.start, t.end, t.text, t.type.value, t.value, _iso(t.earliest), _iso(t.latest), t.sentence)
            for n, t in enumerate(x.timexes)
        ],
    )
    db.executemany("INSERT INTO entity VALUES (?, ?, ?, ?, ?)", [(key, n, e.id, e.name, e.type.value) for n, e in enumerate(x.entities)])
    db.executemany(
        "INSERT INTO mention VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (key, n, k, m.start, m.end, m.text, m.sentence, m.kind.value)
            for n, e in enumerate(x.entities)
            for k, m in enumerate(e.mentions)
        ],
    )
    db.executemany(
        "INSERT INTO event VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (key, n, ev.id, ev.date, _iso(ev.earliest), _iso(ev.latest), ev.label, ev.sentence, ev.timex,
             json.dumps(ev.entities))
            for n, ev in enumerate(x.events)
        ],
    )


class _Saved:
    """What the file holds, as of the last load or save (to write only changes)."""

    def __init__(self) -> None:
        self.title: str | None = None
        self.articles: dict[str, tuple[int, tuple[Any, ...], Extraction]] = {}
        self.corrections: list[str] = []


def _snapshot(briefing: Briefing, encoded: dict[Correction, str], stored: list[str] | None = None) -> _Saved:
    """What saving ``briefing`` puts in the file; ``encoded`` caches corrections as stored.

    ``stored`` is each correction as stored, where the caller knows it (no correction twice).
    """
    now = _Saved()
    now.title = briefing.title
    now.articles = {a.key: (n, _metadata(a), a.extraction) for n, a in enumerate(briefing.articles)}
    if len(now.articles) != len(briefing.articles):
        raise ValueError("the briefing holds the same article twice")
    if stored is not None:
        now.corrections = list(stored)
        return now
    for correction in briefing.corrections:
        text = encoded.get(correction)
        if text is None:
            text = encoded[correction] = json.dumps(correction_to_dict(correction), ensure_ascii=False, sort_keys=True)
        now.corrections.append(text)
    return now


def _write(db: sqlite3.Connection, briefing: Briefing, saved: _Saved, version: int, now: _Saved) -> bool:
    """Write the changes from ``saved`` to ``now`` in one transaction; False if there were none."""
    unchanged = (
        version == schema_version()
        and now.title == saved.title
        and now.corrections == saved.corrections
        and now.articles.keys() == saved.articles.keys()
        and all(now.articles[k][:2] == saved.articles[k][:2] and now.articles[k][2] is saved.articles[k][2] for k in now.articles)
    )
    if unchanged:
        return False
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    db.execute("BEGIN IMMEDIATE")
    try:
        if version < schema_version():
            _migrate(db, version)
        db.execute(
            "INSERT INTO briefing (id, title, created, modified) VALUES (1, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET title = excluded.title, modified = excluded.modified",
            (briefing.title, stamp, stamp),
        )
        for key in saved.articles.keys() - now.articles.keys():
            db.execute("DELETE FROM article WHERE key = ?", (key,))
        for item in briefing.articles:
            position, metadata, extraction = now.articles[item.key]
            before = saved.articles.get(item.key)
            if before is not None and before[2] is not extraction:
                db.execute("DELETE FROM article WHERE key = ?", (item.key,))
                before = None
            if before is None:
                _insert_article(db, item, position)
            elif before[:2] != (position, metadata):
                db.execute(
                    "UPDATE article SET position = ?, title = ?, source = ?, path = ?, published = ?, published_source = ?, "
                    "language = ?, reliability = ?, extractor = ?, article_warnings = ?, extraction_warnings = ? WHERE key = ?",
                    (position, *metadata, item.key),
                )
        common = 0
        while common < min(len(now.corrections), len(saved.corrections)) and now.corrections[common] == saved.corrections[common]:
            common += 1
        db.execute("DELETE FROM correction WHERE position >= ?", (common,))
        db.executemany(
            "INSERT INTO correction (position, kind, data) VALUES (?, ?, ?)",
            [(n, c.kind, now.corrections[n]) for n, c in enumerate(briefing.corrections) if n >= common],
        )
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise
    return True


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


class BriefingFile:
    """An open ``.lagebild`` file; :meth:`save` writes a briefing's changes into it."""

    def __init__(self, path: Path, version: int, saved: _Saved, encoded: dict[Correction, str]) -> None:
        self.path = path
        self._version = version
        self._saved = saved
        self._encoded = encoded
        self._db: sqlite3.Connection | None = None

    @classmethod
    def open(cls, path: str | Path) -> tuple[BriefingFile, Briefing]:
        """Check and read a briefing file; never changes a file it fails to open."""
        path = Path(path)
        briefing, stored, version = _read_checked(path)
        encoded = dict(zip(briefing.corrections, stored))
        known = stored if len(encoded) == len(stored) else None  # each correction once: its text is the one read
        return cls(path, version, _snapshot(briefing, encoded, known), encoded), briefing

    @classmethod
    def create(cls, path: str | Path, briefing: Briefing) -> BriefingFile:
        """Write ``briefing`` as a new file at ``path``, replacing any file there atomically."""
        path = Path(path)
        temporary = path.with_name(f".{path.name}.saving")
        for leftover in (temporary, temporary.with_name(temporary.name + "-journal")):
            leftover.unlink(missing_ok=True)
        try:
            db = sqlite3.connect(temporary, isolation_level=None)
            try:
                db.execute("PRAGMA journal_mode = OFF")  # the file is invisible until complete
                db.execute("PRAGMA synchronous = OFF")  # flushed once, below
                db.execute("PRAGMA foreign_keys = ON")
                encoded: dict[Correction, str] = {}
                saved = _snapshot(briefing, encoded)
                _write(db, briefing, _Saved(), 0, saved)
            finally:
                db.close()
            descriptor = os.open(temporary, os.O_RDONLY)
            try:
                os.fsync(descriptor)
            finally:
                os.close(descriptor)
            # A journal left by a killed save of the file replaced here would be
            # "rolled back" into the new file: remove it first.
            path.with_name(path.name + "-journal").unlink(missing_ok=True)
            os.replace(temporary, path)
            _fsync_folder(path.parent)
        except (OSError, sqlite3.Error, ValueError) as error:
            temporary.unlink(missing_ok=True)
            raise BriefingFileError(f"{path}: cannot save ({error})") from None
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
        return cls(path, schema_version(), saved, encoded)

    def save(self, briefing: Briefing) -> bool:
        """Write what changed since the last load or save, atomically; False if nothing had."""
        try:
            now = _snapshot(briefing, self._encoded)
            if not _write(self._connection(), briefing, self._saved, self._version, now):
                return False
        except (sqlite3.Error, ValueError) as error:
            raise BriefingFileError(f"{self.path}: cannot save ({error})") from None
        self._saved, self._version = now, schema_version()
        self._encoded = dict(zip(briefing.corrections, now.corrections))
        return True

    def save_as(self, path: str | Path, briefing: Briefing) -> None:
        """Write ``briefing`` as a new file at ``path`` and keep saving there."""
        self.close()
        created = BriefingFile.create(path, briefing)
        self.path, self._version, self._saved, self._encoded = created.path, created._version, created._saved, created._encoded

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _connection(self) -> sqlite3.Connection:
        if self._db is None:
            try:
                db = _connect(self.path, "rw")  # mode=rw: a vanished file is an error, not a new file
                db.execute("PRAGMA foreign_keys = ON")
                db.execute("PRAGMA journal_mode = DELETE")
                db.execute("PRAGMA synchronous = FULL")
            except sqlite3.Error as error:
                raise BriefingFileError(f"{self.path}: cannot save ({error})") from None
            self._db = db
        return self._db


def load_briefing(path: str | Path) -> Briefing:
    """Read a briefing file (see :meth:`BriefingFile.open`)."""
    return BriefingFile.open(path)[1]


def save_briefing(path: str | Path, briefing: Briefing) -> None:
    """Write a briefing to a new or replaced file, atomically."""
    BriefingFile.create(path, briefing).close()
