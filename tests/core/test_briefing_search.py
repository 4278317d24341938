"""Full-text search over a briefing's sentences (SQLite FTS5)."""

from __future__ import annotations

import sqlite3

import pytest
from briefing_samples import agency_report, ft_report, make_extraction
from lagebild.core.search import SearchIndex, fts_query


@pytest.fixture()
def index():
    a, b = ft_report(), agency_report()
    c = make_extraction("Die Bürgermeisterin von Görlitz eröffnete die Brücke über die Neiße. Der Bär im Zoo schlief.")
    built = SearchIndex.of([a, b, c])
    yield built, a, b, c
    built.close()


def texts(hits, *extractions):
    by_key = {x.article.key: x.article.text for x in extractions}
    return [by_key[h.article][h.start : h.end] for h in hits]


def test_fts5_is_available():
    sqlite3.connect(":memory:").execute("CREATE VIRTUAL TABLE t USING fts5(x)")


def test_hits_name_the_article_and_sentence_and_mark_the_match(index):
    built, a, _, _ = index
    hits = built.search("Financial Times")
    assert len(hits) == 1
    (hit,) = hits
    assert (hit.article, hit.sentence) == (a.article.key, 1)
    sentence = a.sentences[1]
    assert (hit.start, hit.end) == (sentence.start, sentence.end)
    assert [a.article.text[s:e] for s, e in hit.matches] == ["Financial", "Times"]
    assert [hit.snippet[s:e] for s, e in hit.snippet_marks] == ["Financial", "Times"]


def test_all_words_must_occur_and_words_match_their_beginnings(index):
    built, a, b, c = index
    assert len(built.search("Budanov")) == 4
    expected = [x.article.text[x.sentences[n].start : x.sentences[n].end] for x, n in ((a, 1), (b, 0))]
    assert sorted(texts(built.search("Budanov Granaten"), a, b, c)) == sorted(expected)
    assert {h.article for h in built.search("Waffen")} == {a.article.key}  # "Waffenlieferant"
    assert built.search("Waffenlieferung") == []


def test_umlauts_are_kept_and_case_is_folded(index):
    built = index[0]
    assert len(built.search("BÜRGERMEISTERIN")) == 1
    assert len(built.search("neiße")) == 1
    assert len(built.search("Bär")) == 1
    assert built.search("Bar") == []  # no diacritics folding: "Bär" is not "Bar"
    assert len(built.search("Pjöngjang")) == 1
    assert built.search("Pjongjang") == []


def test_phrases_or_and_exclusion(index):
    built, a, b, _ = index
    assert len(built.search('"Millionen Granaten"')) == 2
    assert len(built.search("„Millionen Granaten“")) == 2
    assert built.search('"Granaten Millionen"') == []
    assert len(built.search("Putin OR Pjöngjang")) == 2
    assert {h.article for h in built.search("Budanov -Financial")} == {a.article.key, b.article.key}
    assert len(built.search("Budanov -Financial")) == 3


@pytest.mark.parametrize(
    "query", ['"', '"Budanov', "AND", "OR", "NOT Budanov", "Budanov AND", "(", ")", "*", "Nord-Korea", "^", "Budanov:", "-", "-Budanov", "", "   ", "NEAR(a b)", "x' OR 1=1 --"]
)
def test_no_user_input_is_a_syntax_error(index, query):
    built = index[0]
    assert isinstance(built.search(query), list)


def test_query_translation():
    assert fts_query("Budanov Granaten") == '"Budanov"* AND "Granaten"*'
    assert fts_query('"Kim Jong-un"') == '"Kim Jong un"'
    assert fts_query("a OR b c") == '("a"* OR "b"*) AND "c"*'
    assert fts_query("-x") is None
    assert fts_query("Budanov -HUR") == '("Budanov"*) NOT "HUR"*'


def test_hyphenated_words_and_articles_can_be_updated_and_removed(index):
    built = index[0]
    x = make_extraction("Kim Jong-un reiste nach Wladiwostok. Dort traf er Putin.")
    built.add(x)
    assert len(built.search("Jong-un")) == 3  # "Jong-un" and "Jong Un" are the same words
    built.add(x)  # indexing again replaces, never duplicates
    assert len(built.search("Wladiwostok")) == 1
    built.remove(x.article.key)
    assert built.search("Wladiwostok") == []


def test_long_sentences_get_a_snippet_around_the_match():
    words = " ".join(["Füllwort"] * 80)
    x = make_extraction(f"{words} Treffer {words}.")
    built = SearchIndex.of([x])
    (hit,) = built.search("Treffer")
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert len(hit.snippet) < 250
    (mark,) = hit.snippet_marks
    assert hit.snippet[mark[0] : mark[1]] == "Treffer"
    (match,) = hit.matches
    assert x.article.text[match[0] : match[1]] == "Treffer"
