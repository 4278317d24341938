"""The .lagebild file: round trips, incremental saves, refusing bad files without touching them,
interrupted saves, migrations."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from briefing_samples import edited_briefing, ft_report, make_extraction
from lagebild.core import store
from lagebild.core.corrections import NoteEvent, event_anchor
from lagebild.core.store import (
    APPLICATION_ID,
    BriefingFile,
    BriefingFileError,
    load_briefing,
    save_briefing,
)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def sql(path: Path, statement: str, *args) -> list[tuple]:
    db = sqlite3.connect(path, isolation_level=None)
    try:
        return db.execute(statement, args).fetchall()
    finally:
        db.close()


@pytest.fixture()
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "lage.lagebild"
    save_briefing(path, edited_briefing())
    return path


def test_round_trip_of_a_briefing_with_edits(saved: Path):
    briefing = edited_briefing()
    again = load_briefing(saved)
    assert again == briefing
    view, orphans = again.corrected()
    assert orphans == []
    assert view == briefing.corrected()[0]
    assert [m.name for m in again.merged_entities()] == [m.name for m in briefing.merged_entities()]


def test_the_file_is_marked_as_ours_and_is_one_file_when_closed(saved: Path):
    assert sql(saved, "PRAGMA application_id") == [(APPLICATION_ID,)]
    assert sql(saved, "PRAGMA user_version") == [(store.schema_version(),)]
    assert sql(saved, "PRAGMA journal_mode") == [("delete",)]
    handle, briefing = BriefingFile.open(saved)
    briefing.title = "Neu"
    assert handle.save(briefing)
    handle.close()
    assert sorted(p.name for p in saved.parent.iterdir()) == [saved.name]


def test_saves_write_changes_into_the_open_file(saved: Path):
    handle, briefing = BriefingFile.open(saved)
    with handle:
        assert handle.save(briefing) is False  # nothing changed, nothing written
        a = briefing.articles[0].extraction
        briefing.corrections.append(NoteEvent(event_anchor(a, a.events[1]), "zweite Notiz"))
        assert handle.save(briefing)
        assert load_briefing(saved) == briefing
        del briefing.corrections[2]  # undo of an old edit
        briefing.articles[1].reliability = "A2"
        briefing.articles.reverse()
        briefing.add_article(make_extraction("Ein dritter Bericht. Er ist kurz."))
        assert handle.save(briefing)
        assert load_briefing(saved) == briefing
        briefing.replace_extraction(briefing.articles[1].key, ft_report(ft_report().article.published.replace(day=25)), "0.2.0")
        briefing.remove_article(briefing.articles[0].key)
        assert handle.save(briefing)
        again = load_briefing(saved)
        assert again == briefing
        assert again.articles[0].article.published.day == 25
        assert sql(saved, "PRAGMA foreign_key_check") == []
        assert sql(saved, "SELECT count(*) FROM sentence WHERE article NOT IN (SELECT key FROM article)") == [(0,)]


def test_save_as_writes_a_new_file_and_keeps_saving_there(saved: Path, tmp_path: Path):
    before = saved.read_bytes()
    handle, briefing = BriefingFile.open(saved)
    other = tmp_path / "kopie.lagebild"
    handle.save_as(other, briefing)
    briefing.title = "Kopie"
    assert handle.save(briefing)
    handle.close()
    assert saved.read_bytes() == before
    assert load_briefing(other).title == "Kopie"


def test_saving_into_a_vanished_file_is_an_error_and_creates_nothing(saved: Path):
    handle, briefing = BriefingFile.open(saved)
    saved.unlink()
    briefing.title = "Neu"
    with pytest.raises(BriefingFileError, match="cannot save"):
        handle.save(briefing)
    assert not saved.exists()


def foreign_database(path: Path) -> None:
    sql(path, "CREATE TABLE notes (x)")


def newer_file(path: Path) -> None:
    save_briefing(path, edited_briefing())
    sql(path, "PRAGMA user_version = 99")


def garbled_file(path: Path) -> None:
    save_briefing(path, edited_briefing())
    data = bytearray(path.read_bytes())
    page = 4096
    data[2 * page : 3 * page] = bytes(range(256)) * (page // 256)
    path.write_bytes(bytes(data))


def truncated_file(path: Path) -> None:
    save_briefing(path, edited_briefing())
    path.write_bytes(path.read_bytes()[: 3 * 4096 + 100])


def bad_correction(path: Path) -> None:
    save_briefing(path, edited_briefing())
    sql(path, "UPDATE correction SET data = '{\"kind\": \"explode\"}' WHERE position = 0")


def text_changed(path: Path) -> None:
    save_briefing(path, edited_briefing())
    sql(path, "UPDATE article SET text = text || ' Nachtrag.' WHERE position = 0")


def span_outside(path: Path) -> None:
    save_briefing(path, edited_briefing())
    sql(path, "UPDATE mention SET stop = 100000 WHERE idx = 0")


def dangling_reference(path: Path) -> None:
    save_briefing(path, edited_briefing())
    sql(path, "INSERT INTO sentence VALUES ('nowhere', 0, 0, 1)")  # foreign keys are off here


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: p.write_bytes(b""), "not a Lagebild briefing"),
        (lambda p: p.write_text("Nordkorea ist Russlands größter Waffenlieferant.\n" * 20, encoding="utf-8"), "not a Lagebild briefing"),
        (foreign_database, r"not a Lagebild briefing \(a database of another program\)"),
        (newer_file, r"saved by a newer Lagebild \(file format 99; this version reads up to 1\)"),
        (garbled_file, "the file is damaged"),
        (truncated_file, "the file is damaged"),
        (bad_correction, r"the file is damaged \(unknown correction kind 'explode'\)"),
        (text_changed, "the file is damaged .*does not match its text"),
        (span_outside, "the file is damaged .*outside the text"),
        (dangling_reference, r"the file is damaged \(dangling references\)"),
    ],
    ids=["empty", "text", "foreign", "newer", "garbled", "truncated", "bad-correction", "text-changed", "span", "dangling"],
)
def test_bad_files_give_a_one_line_message_and_stay_untouched(tmp_path: Path, make, message):
    path = tmp_path / "lage.lagebild"
    make(path)
    before = snapshot(tmp_path)
    with pytest.raises(BriefingFileError, match=message) as caught:
        BriefingFile.open(path)
    assert str(caught.value).startswith(str(path)) and "\n" not in str(caught.value)
    assert snapshot(tmp_path) == before  # same bytes, no journal or other file created


def test_missing_file_and_folder(tmp_path: Path):
    with pytest.raises(BriefingFileError, match="no such file"):
        BriefingFile.open(tmp_path / "fehlt.lagebild")
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(BriefingFileError, match="is a folder"):
        BriefingFile.open(tmp_path)


INTERRUPTED_SAVE = """
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA cache_size = 1")  # spill changed pages into the file before the commit
db.execute("BEGIN IMMEDIATE")
db.execute("UPDATE briefing SET title = 'halb gespeichert'")
db.executemany("INSERT INTO correction VALUES (?, 'note_event', ?)", [(1000 + n, 'x' * 2000) for n in range(500)])
print("writing", flush=True)
time.sleep(60)
"""


def interrupt_a_save(path: Path) -> None:
    """Leave a hot journal: a process killed in the middle of a transaction."""
    child = subprocess.Popen([sys.executable, "-c", INTERRUPTED_SAVE, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "writing"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
    assert path.with_name(path.name + "-journal").stat().st_size > 0


def test_an_interrupted_save_is_rolled_back_on_open(saved: Path):
    interrupt_a_save(saved)
    assert load_briefing(saved) == edited_briefing()
    assert not saved.with_name(saved.name + "-journal").exists()
    assert sql(saved, "PRAGMA integrity_check") == [("ok",)]


def test_replacing_a_file_with_an_interrupted_save_leaves_no_stale_journal(saved: Path):
    interrupt_a_save(saved)
    replacement = edited_briefing()
    replacement.title = "Ersatz"  # on the page the stale journal would put back
    replacement.add_article(make_extraction("Ersatz. Neu."))
    save_briefing(saved, replacement)
    assert load_briefing(saved) == replacement


def test_an_older_file_opens_unchanged_and_is_migrated_by_the_next_save(saved: Path, monkeypatch):
    before = saved.read_bytes()
    monkeypatch.setattr(store, "MIGRATIONS", [*store.MIGRATIONS, ("ALTER TABLE briefing ADD COLUMN summary TEXT",)])
    handle, briefing = BriefingFile.open(saved)
    assert briefing == edited_briefing()
    assert saved.read_bytes() == before  # opening never writes
    assert handle.save(briefing)  # nothing changed but the schema: still saved
    handle.close()
    assert sql(saved, "PRAGMA user_version") == [(2,)]
    assert "summary" in [row[1] for row in sql(saved, "PRAGMA table_info(briefing)")]
    assert load_briefing(saved) == briefing
    monkeypatch.undo()
    with pytest.raises(BriefingFileError, match="newer Lagebild"):
        load_briefing(saved)


def test_a_failing_migration_changes_nothing(saved: Path, monkeypatch):
    def broken(db: sqlite3.Connection) -> None:
        db.execute("UPDATE briefing SET title = 'kaputt'")
        raise sqlite3.OperationalError("migration failed")

    monkeypatch.setattr(store, "MIGRATIONS", [*store.MIGRATIONS, broken])
    with pytest.raises(BriefingFileError, match="damaged"):  # the in-memory migration fails while opening
        BriefingFile.open(saved)
    monkeypatch.undo()
    assert load_briefing(saved).title == edited_briefing().title


def test_the_same_article_twice_cannot_be_saved(tmp_path: Path):
    briefing = edited_briefing()
    briefing.articles.append(briefing.articles[0])
    with pytest.raises(BriefingFileError, match="same article twice"):
        save_briefing(tmp_path / "x.lagebild", briefing)
    assert list(tmp_path.iterdir()) == []
