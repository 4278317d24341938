"""The sample article through `lagebild-cli extract` reproduces its expected extraction."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


@pytest.fixture(scope="module")
def seed_output(seed_path) -> dict:
    completed = subprocess.run(
        [sys.executable, "-m", "lagebild.cli", "extract", str(seed_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert completed.returncode == 0, completed.stderr
    assert "Traceback" not in completed.stderr
    return json.loads(completed.stdout)


def sentence_text(output: dict, index: int) -> str:
    sentence = output["sentences"][index]
    return output["text"][sentence["start"] : sentence["end"]]


def test_metadata(seed_output, seed_expected):
    assert seed_output["published"] == seed_expected["dct"]
    assert seed_output["title"] == "Nordkorea ist Russlands größter Waffenlieferant"
    assert seed_output["language"] == "de"
    assert seed_output["warnings"] == []


def test_sentences(seed_output, seed_expected):
    assert len(seed_output["sentences"]) == seed_expected["sentences"]
    assert sentence_text(seed_output, 0).startswith("In einem Interview")
    assert sentence_text(seed_output, 5).startswith("Budanov wies darauf hin")


def test_timexes_exactly(seed_output, seed_expected):
    found = [(t["text"], t["value"], t["sentence"] + 1) for t in seed_output["timexes"]]
    expected = [(t["text"], t["value"], t["sentence"]) for t in seed_expected["timexes"]]
    assert found == expected
    for timex in seed_output["timexes"]:
        assert seed_output["text"][timex["start"] : timex["end"]] == timex["text"]


def test_timex_intervals(seed_output):
    by_text = {(t["text"], t["sentence"]): t for t in seed_output["timexes"]}
    february = by_text[("Februar 2022", 6)]
    assert (february["earliest"], february["latest"]) == ("2022-02-01", "2022-02-28")
    future = by_text[("naher Zukunft", 9)]
    assert (future["earliest"], future["latest"]) == ("2024-01-21", None)


def test_entities_exactly(seed_output, seed_expected):
    found = {
        (e["name"], e["type"]): {m["text"] for m in e["mentions"] if m["kind"] == "name"}
        for e in seed_output["entities"]
    }
    expected = {(e["name"], e["type"]): set(e["mentions"]) for e in seed_expected["entities"]}
    assert found == expected


def test_derived_mentions_link_without_counting(seed_output):
    north_korea = next(e for e in seed_output["entities"] if e["name"] == "Nordkorea")
    derived = [m["text"] for m in north_korea["mentions"] if m["kind"] == "derived"]
    assert "nordkoreanische" in derived or "nordkoreanischer" in derived


def test_events_exactly(seed_output, seed_expected):
    names = {e["id"]: e["name"] for e in seed_output["entities"]}
    found = sorted((ev["date"], ev["sentence"] + 1) for ev in seed_output["events"])
    expected = sorted((ev["date"], ev["sentence"]) for ev in seed_expected["events"])
    assert found == expected
    for want in seed_expected["events"]:
        event = next(
            ev for ev in seed_output["events"] if ev["date"] == want["date"] and ev["sentence"] + 1 == want["sentence"]
        )
        assert want["sentence_contains"] in sentence_text(seed_output, event["sentence"])
        assert set(want["entities"]) <= {names[i] for i in event["entities"]}
        label = event["label"]
        assert 3 <= len(label.split()) <= 18, label
        assert label != sentence_text(seed_output, event["sentence"])


def test_ids_stable_across_runs(seed_output, seed_path):
    again = subprocess.run(
        [sys.executable, "-m", "lagebild.cli", "extract", str(seed_path)], capture_output=True, text=True, timeout=300
    )
    second = json.loads(again.stdout)
    assert [e["id"] for e in second["entities"]] == [e["id"] for e in seed_output["entities"]]
    assert [e["id"] for e in second["events"]] == [e["id"] for e in seed_output["events"]]


def test_text_format(seed_path):
    completed = subprocess.run(
        [sys.executable, "-m", "lagebild.cli", "extract", "--format", "text", str(seed_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert completed.returncode == 0
    assert "2024-01-15" in completed.stdout and "Kyrylo Budanov" in completed.stdout


def test_lagebild_extract_is_the_same_command(seed_path, seed_output):
    completed = subprocess.run(
        [sys.executable, "-m", "lagebild", "extract", str(seed_path)], capture_output=True, text=True, timeout=300
    )
    assert completed.returncode == 0, completed.stderr
    assert json.loads(completed.stdout) == seed_output
