"""The marshal cache of parsed name tables: reused when the source is unchanged, rebuilt otherwise."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from lagebild.core.ner import gazetteer, lexicon, tablecache
from lagebild.core.ner.tablecache import CACHE_ENV, cached_table

calls: list[bytes] = []


def _parse(source: bytes) -> dict[str, tuple[str, ...]]:
    calls.append(source)
    return {line: tuple(line.split()) for line in source.decode().splitlines()}


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    calls.clear()
    return tmp_path / "cache"


def test_second_load_comes_from_the_cache(cache):
    first = cached_table("words", b"a b\nc", _parse)
    again = cached_table("words", b"a b\nc", _parse)
    assert first == again == {"a b": ("a", "b"), "c": ("c",)}
    assert len(calls) == 1
    assert (cache / "words.marshal").is_file()


def test_changed_source_is_parsed_again(cache):
    cached_table("words", b"a", _parse)
    assert cached_table("words", b"b", _parse) == {"b": ("b",)}
    assert len(calls) == 2


def test_damaged_cache_is_rebuilt(cache):
    cached_table("words", b"a", _parse)
    (cache / "words.marshal").write_bytes(b"\x00garbage")
    assert cached_table("words", b"a", _parse) == {"a": ("a",)}
    assert cached_table("words", b"a", _parse) == {"a": ("a",)}
    assert len(calls) == 2  # rebuilt once, then read


def test_empty_setting_turns_the_cache_off(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, "")
    monkeypatch.chdir(tmp_path)
    assert tablecache.cache_dir() is None
    cached_table("words", b"a", _parse)
    assert list(tmp_path.iterdir()) == []


def test_unwritable_cache_folder_still_gives_the_table(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "cache"))
    assert cached_table("words", b"a", _parse) == {"a": ("a",)}


def test_name_tables_read_from_the_cache_equal_the_parsed_ones(cache):
    def load_all():
        for loader in (gazetteer._names, gazetteer._first_names, lexicon._table):
            loader.cache_clear()
        return gazetteer._names(), gazetteer._first_names(), lexicon._table()

    try:
        parsed = load_all()
        assert sorted(p.name for p in cache.iterdir()) == [
            "first-names.marshal", "hanta-lexicon.marshal", "places.marshal",
        ]
        assert load_all() == parsed
        assert gazetteer.kind("Pjöngjang") == "city" and gazetteer.is_first_name("Kyrylo")
        assert lexicon.lookup("Haus") == lexicon.Analysis("NN", "Haus")
    finally:
        for loader in (gazetteer._names, gazetteer._first_names, lexicon._table):
            loader.cache_clear()


KEY_IN_A_FRESH_PROCESS = """
import sys
{imports}
from lagebild.core.ner import gazetteer, tablecache
print(tablecache._key(b"source", gazetteer._parse_first_names))
"""


def test_the_key_is_the_same_in_every_process():
    keys = set()
    for seed, imports in (("1", ""), ("2", "import json, csv, numpy")):
        done = subprocess.run(
            [sys.executable, "-c", KEY_IN_A_FRESH_PROCESS.format(imports=imports)],
            env=dict(os.environ, PYTHONHASHSEED=seed), capture_output=True, text=True, check=True,
        )
        keys.add(done.stdout.strip())
    assert len(keys) == 1


def _parse_upper(source: bytes) -> str:
    return source.decode().upper()


def _parse_lower(source: bytes) -> str:
    return source.decode().lower()


def test_the_key_follows_the_parsers_code():
    assert tablecache._key(b"a", _parse_upper) != tablecache._key(b"a", _parse_lower)
    assert tablecache._key(b"a", _parse_upper) != tablecache._key(b"b", _parse_upper)
