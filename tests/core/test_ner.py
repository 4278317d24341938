"""Named entities of German news text: the seed article and made-up sentences."""

from __future__ import annotations

from collections import Counter
from importlib import resources

import pytest

from lagebild.core.model import Entity, EntityType, MentionKind
from lagebild.core.ner import find_entities
from lagebild.core.sentences import segment


def entities_of(text: str, key: str = "test") -> list[Entity]:
    sentences, tokens = segment(text)
    return find_entities(text, sentences, tokens, key)


def by_name(entities: list[Entity]) -> dict[str, Entity]:
    return {e.name: e for e in entities}


def names(entity: Entity) -> list[str]:
    return [m.text for m in entity.mentions if m.kind is MentionKind.NAME]


def derived(entity: Entity) -> list[str]:
    return [m.text for m in entity.mentions if m.kind is MentionKind.DERIVED]


@pytest.fixture(scope="module")
def seed() -> tuple[str, list[Entity]]:
    path = resources.files("lagebild.seeds").joinpath("nordkorea-waffenlieferant.de.txt")
    text = path.read_text(encoding="utf-8")
    return text, entities_of(text, "seed")


SEED_ENTITIES = {
    "Kyrylo Budanov": (EntityType.PER, {"Kyrylo Budanov": 1, "Budanov": 3}),
    "Wladimir Putin": (EntityType.PER, {"Wladimir Putin": 1}),
    "Financial Times": (EntityType.ORG, {"Financial Times": 1}),
    "HUR": (EntityType.ORG, {"HUR": 1, "ukrainischen Militärgeheimdienstes": 2}),
    "KCNA": (EntityType.ORG, {"KCNA": 1}),
    "Nordkorea": (EntityType.LOC, {"Nordkorea": 5, "Nordkoreas": 1}),
    "Russland": (EntityType.LOC, {"Russland": 5, "Russlands": 2}),
    "Ukraine": (EntityType.LOC, {"Ukraine": 2}),
    "Moskau": (EntityType.LOC, {"Moskau": 2}),
    "Pjöngjang": (EntityType.LOC, {"Pjöngjang": 1}),
    "Kiew": (EntityType.LOC, {"Kiew": 1}),
    "Washington": (EntityType.LOC, {"Washington": 1}),
    "Charkiw": (EntityType.LOC, {"Charkiw": 1}),
}


def test_seed_has_exactly_the_expected_entities(seed):
    _, entities = seed
    assert sorted(e.name for e in entities) == sorted(SEED_ENTITIES)
    for entity in entities:
        kind, mentions = SEED_ENTITIES[entity.name]
        assert entity.type is kind, entity.name
        assert Counter(names(entity)) == Counter(mentions), entity.name


def test_seed_demonyms_are_derived_mentions_of_named_countries(seed):
    _, entities = seed
    found = by_name(entities)
    assert derived(found["Russland"]) == ["russischen", "russischen", "russische"]
    assert derived(found["Nordkorea"]) == ["nordkoreanischer", "nordkoreanische", "nordkoreanische"]
    # "ukrainischen" only occurs inside HUR's long form, which is HUR's mention
    assert derived(found["Ukraine"]) == []
    assert found["Russland"].mention_count == 7


def test_seed_mentions_are_exact_sorted_and_ids_stable(seed):
    text, entities = seed
    for entity in entities:
        starts = [m.start for m in entity.mentions]
        assert starts == sorted(starts)
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text
    again = entities_of(text, "seed")
    assert [e.id for e in again] == [e.id for e in entities]
    assert len({e.id for e in entities}) == len(entities)


def test_seed_no_spurious_places(seed):
    _, entities = seed
    assert not {"Laut", "Ukraine-Konflikts", "Ukraine-Konflikt"} & {e.name for e in entities}


def test_genitive_and_surname_merge():
    text = ("Bundeskanzler Olaf Scholz hat am Montag in Paris den französischen Präsidenten "
            "Emmanuel Macron getroffen. Frankreichs Regierung lobte das Gespräch. "
            "Scholz sagte, Frankreich sei für Deutschland der wichtigste Partner.")
    found = by_name(entities_of(text))
    assert names(found["Olaf Scholz"]) == ["Olaf Scholz", "Scholz"]
    assert found["Olaf Scholz"].type is EntityType.PER
    assert names(found["Frankreich"]) == ["Frankreichs", "Frankreich"]
    assert derived(found["Frankreich"]) == ["französischen"]
    assert found["Emmanuel Macron"].type is EntityType.PER
    assert found["Paris"].type is EntityType.LOC
    assert "Scholz" not in found and "Frankreichs" not in found


def test_acronym_after_long_form():
    text = ("Der Leiter des polnischen Inlandsgeheimdienstes (ABW) warnte vor Sabotage. "
            "Ein Sprecher des polnischen Inlandsgeheimdienstes bestätigte die Festnahmen in Warschau.")
    found = by_name(entities_of(text))
    abw = found["ABW"]
    assert abw.type is EntityType.ORG
    assert names(abw) == ["polnischen Inlandsgeheimdienstes", "ABW", "polnischen Inlandsgeheimdienstes"]
    assert found["Warschau"].type is EntityType.LOC
    # the demonym inside ABW's long form is not a derived mention of a place
    assert "Polen" not in found


def test_acronym_of_a_tagged_long_form_names_the_entity():
    text = ("Die Europäische Zentralbank (EZB) hat den Leitzins erhöht. Die Entscheidung der "
            "Europäischen Zentralbank fiel in Frankfurt.")
    found = by_name(entities_of(text))
    assert names(found["EZB"]) == ["Europäische Zentralbank", "EZB", "Europäischen Zentralbank"]
    assert found["EZB"].type is EntityType.ORG


def test_umlaut_and_sharp_s_names():
    text = ("Der Oberbürgermeister von Görlitz, Thomas Müller, traf sich am Freitag in Düsseldorf "
            "mit der Unternehmerin Anna Weiß.")
    found = by_name(entities_of(text))
    assert found["Thomas Müller"].type is EntityType.PER
    assert found["Anna Weiß"].type is EntityType.PER
    assert found["Görlitz"].type is EntityType.LOC
    assert found["Düsseldorf"].type is EntityType.LOC


def test_typographic_quotes_stay_outside_names():
    text = "„Wir stehen fest an der Seite der Ukraine“, sagte Außenministerin Annalena Baerbock in Kiew."
    found = by_name(entities_of(text))
    assert names(found["Annalena Baerbock"]) == ["Annalena Baerbock"]
    assert names(found["Ukraine"]) == ["Ukraine"]
    assert found["Kiew"].type is EntityType.LOC


def test_hyphenated_compounds():
    text = ("Der Ministerpräsident von Baden-Württemberg, Winfried Kretschmann, sprach über den "
            "Ukraine-Krieg und die Folgen für die Wirtschaft in Stuttgart.")
    found = by_name(entities_of(text))
    assert found["Baden-Württemberg"].type is EntityType.LOC
    assert found["Winfried Kretschmann"].type is EntityType.PER
    assert not any(name.startswith("Ukraine-") for name in found)


def test_organisation_after_role_cue():
    text = "Ein Sprecher des Auswärtigen Amtes sagte am Dienstag in Berlin, die Gespräche gingen weiter."
    found = by_name(entities_of(text))
    amt = found["Auswärtiges Amt"]
    assert amt.type is EntityType.ORG
    assert names(amt) == ["Auswärtigen Amtes"]
    assert found["Berlin"].type is EntityType.LOC


def test_laut_and_als_are_not_places():
    text = ("Laut Polizei wurde bei dem Unfall in Hamburg niemand verletzt. Als die Feuerwehr "
            "eintraf, war der Brand bereits gelöscht. Der Fahrer gilt als erfahren.")
    found = by_name(entities_of(text))
    assert "Laut" not in found and "Als" not in found and "als" not in found
    assert found["Hamburg"].type is EntityType.LOC


def test_empty_text_has_no_entities():
    assert entities_of("") == []
    assert entities_of("   \n\n ") == []


def test_inflected_names_and_short_names_merge():
    text = ("Der Minister reiste in die Dominikanische Republik. In der Dominikanischen Republik "
            "traf er Präsident Luis Abinader. Laut Angaben des Statistischen Bundesamtes (Destatis) "
            "stiegen die Preise.")
    found = by_name(entities_of(text))
    assert names(found["Dominikanische Republik"]) == ["Dominikanische Republik", "Dominikanischen Republik"]
    assert found["Dominikanische Republik"].type is EntityType.LOC
    assert names(found["Destatis"]) == ["Statistischen Bundesamtes", "Destatis"]


def test_surname_genitive_before_the_full_name_and_city_adjective():
    text = ("Putins Sprecher Dmitri Peskow sagte, Wladimir Putin sei bereit. Peskow betonte das. "
            "Die Kiewer Regierung in Kiew reagierte nicht.")
    found = by_name(entities_of(text))
    assert names(found["Wladimir Putin"]) == ["Putins", "Wladimir Putin"]
    assert names(found["Dmitri Peskow"]) == ["Dmitri Peskow", "Peskow"]
    assert derived(found["Kiew"]) == ["Kiewer"]
    assert found["Kiew"].mention_count == 1
