"""The vocabulary is data, loaded on first use."""

from __future__ import annotations

import subprocess
import sys

from lagebild.core.timex.vocabulary import vocabulary


def test_importing_the_tagger_loads_no_vocabulary_and_compiles_no_rules():
    probe = (
        "import lagebild.core.timex as t, lagebild.core.timex.vocabulary as v, lagebild.core.timex.patterns as p;"
        "print(v.vocabulary.cache_info().currsize, p.rules.cache_info().currsize)"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["0", "0"]


def test_austrian_and_abbreviated_months():
    vocab = vocabulary()
    assert vocab.months["jänner"] == vocab.months["januar"] == 1
    assert vocab.months["feber"] == 2
    assert vocab.month_abbreviations["jan"] == 1
    assert vocab.month_abbreviations["sept"] == 9


def test_numbers_in_words_and_digits():
    vocab = vocabulary()
    assert vocab.number("zwölf") == 12
    assert vocab.number("Zwanzig") == 20
    assert vocab.number("eineinhalb") == 1.5
    assert vocab.number("1.000") == 1000
    assert vocab.number("2,5") == 2.5
    assert vocab.number("Menschen") is None
