"""The NER building blocks: word forms, cues, gazetteer, GermEval reading and scoring."""

from __future__ import annotations

from pathlib import Path

from lagebild.core.ner import corpus, cues, forms, gazetteer
from lagebild.core.ner.features import sentence_features


def test_genitive_base_and_nominative():
    assert forms.genitive_base("Russlands") == "Russland"
    assert forms.genitive_base("Wladimir Putins") == "Wladimir Putin"
    assert forms.genitive_base("Jones'") == "Jones"
    assert forms.genitive_base("Gauss") is None
    assert forms.nominative(["Europäischen", "Zentralbank"]) == "Europäische Zentralbank"
    assert forms.nominative(["Auswärtigen", "Amtes"]) == "Auswärtiges Amt"
    assert forms.nominative(["Bonner", "Hauptbahnhof"]) == "Bonner Hauptbahnhof"
    assert forms.stem("ukrainischen") == forms.stem("ukrainische")


def test_cues():
    assert cues.is_role("Außenministerin") and cues.is_role("Präsident")
    assert not cues.is_role("Haus")
    assert cues.is_org_word("Militärgeheimdienstes") and cues.is_org_word("Nachrichtenagentur")
    assert cues.demonym_places("nordkoreanische") == ("Nordkorea",)
    assert cues.demonym_places("Russen") == ("Russland",)
    assert cues.demonym_places("Russische") == ("Russland",)
    assert cues.demonym_places("schnellen") == ()


def test_gazetteer_places_and_proper_noun_gate():
    assert gazetteer.kind("Russland") == "country"
    assert gazetteer.kind("Pjöngjang") == "city" and gazetteer.kind("Charkiw") == "city"
    assert gazetteer.is_first_name("Kyrylo")
    words = ["Laut", "Polizei", "in", "Frankfurt", "am", "Main", "und", "den", "Vereinten", "Nationen"]
    eligible = [False, False, False, True, False, True, False, False, False, True]
    assert gazetteer.tags(words, eligible) == [
        None, None, None, "B-city", "I-city", "I-city", None, None, "B-org", "I-org"]


def test_features_know_laut_is_no_proper_noun():
    laut, name = sentence_features(["Laut", "Budanov"])
    assert "pos=APPR" in laut and not any(f.startswith("gaz=") for f in laut)
    assert "pos=UNK" in name and "title" in name


def test_germeval_reading_and_strict_scoring(tmp_path: Path):
    sample = tmp_path / "sample.tsv"
    sample.write_text(
        "#\thttp://example.org\t[2010-01-01]\n"
        "1\tDer\tO\tO\n2\tdeutsche\tB-LOCderiv\tO\n3\tKanzler\tO\tO\n"
        "4\tOlaf\tB-PER\tO\n5\tScholz\tI-PER\tO\n6\tlas\tO\tO\n7\tFaust\tB-OTH\tO\n\n",
        encoding="utf-8",
    )
    (sentence,) = corpus.read_tsv(sample)
    assert sentence.labels == ("O", "O", "O", "B-PER", "I-PER", "O", "B-MISC")
    assert corpus.spans(sentence.labels) == {(3, 5, "PER"), (6, 7, "MISC")}
    predicted = ["O", "O", "O", "B-PER", "O", "O", "B-MISC"]
    scores = corpus.score([list(sentence.labels)], [predicted])
    assert scores["PER"].f1 == 0.0 and scores["MISC"].f1 == 1.0
    assert scores["ALL"].precision == 0.5 and scores["ALL"].recall == 0.5
