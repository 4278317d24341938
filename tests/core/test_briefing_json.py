"""The briefing as one JSON document: round trip, documented shape, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from briefing_samples import edited_briefing
from lagebild.core.briefing_json import (
    FORMAT,
    BriefingJSONError,
    briefing_from_dict,
    briefing_to_dict,
    export_json,
    import_json,
)
from lagebild.core.export import extraction_to_dict


def test_round_trip_keeps_everything(tmp_path: Path):
    briefing = edited_briefing()
    path = tmp_path / "lage.json"
    export_json(briefing, path)
    again = import_json(path)
    assert again == briefing
    assert again.orphans() == [] and again.corrected()[0].notes == briefing.corrected()[0].notes
    assert "Militärgeheimdienst" in path.read_text(encoding="utf-8")  # UTF-8, not \u escapes


def test_the_document_has_the_documented_shape():
    briefing = edited_briefing()
    data = briefing_to_dict(briefing)
    assert (data["format"], data["version"], data["title"]) == (FORMAT, 1, briefing.title)
    article = data["articles"][0]
    assert set(article) == {
        "key", "text", "title", "source", "path", "published", "published_source", "language",
        "reliability", "extractor", "warnings", "extraction",
    }
    assert (article["reliability"], article["published"]) == ("B2", "2024-01-21")
    cli = extraction_to_dict(briefing.articles[0].extraction)
    assert article["extraction"] == {k: cli[k] for k in ("sentences", "timexes", "entities", "events", "warnings")}
    kinds = [c["kind"] for c in data["corrections"]]
    assert len(set(kinds)) == 9
    json.dumps(data)  # plain JSON all the way down


def test_key_is_optional_and_grade_defaults_to_f6():
    data = briefing_to_dict(edited_briefing())
    for article in data["articles"]:
        del article["key"], article["reliability"], article["extractor"]
    again = briefing_from_dict(data)
    assert [a.reliability for a in again.articles] == ["F6", "F6"]
    assert again.orphans() == []


def broken(change) -> dict:
    data = briefing_to_dict(edited_briefing())
    change(data)
    return data


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda d: d.update(format="something-else"), "not a Lagebild briefing"),
        (lambda d: d.update(version=2), "newer than this Lagebild reads"),
        (lambda d: d.update(articles={}), "articles: must be a list"),
        (lambda d: d["articles"][1].update(reliability="G9"), r"articles\[1\]: 'G9' is not a reliability grade"),
        (lambda d: d["articles"][0].update(text=d["articles"][0]["text"] + " Nachtrag."), r"articles\[0\]: key .* does not match"),
        (lambda d: d["articles"][0]["extraction"]["sentences"].append({"start": 5, "end": 99999}), "outside the text"),
        (lambda d: d["articles"][0]["extraction"]["events"][0].update(sentence=40), "names sentence 40"),
        (lambda d: d["articles"][0]["extraction"]["entities"][0].update(type="PERSON"), "'PERSON' is not a valid EntityType"),
        (lambda d: d["articles"][0]["extraction"].pop("timexes"), "missing 'timexes'"),
        (lambda d: d["articles"].append(d["articles"][0]), r"articles\[2\]: the same text"),
        (lambda d: d["corrections"][3].update(kind="explode"), r"corrections\[3\]: unknown correction kind"),
    ],
)
def test_bad_documents_say_what_is_wrong_where(change, message):
    with pytest.raises(BriefingJSONError, match=message) as caught:
        briefing_from_dict(broken(change))
    assert "\n" not in str(caught.value)


def test_unreadable_files(tmp_path: Path):
    with pytest.raises(BriefingJSONError, match="cannot read"):
        import_json(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{ kein JSON", encoding="utf-8")
    with pytest.raises(BriefingJSONError, match="bad.json: not JSON"):
        import_json(bad)
    bad.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(BriefingJSONError, match="not a Lagebild briefing"):
        import_json(bad)
