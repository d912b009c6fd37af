"""The corpus benchmark's rule for a right sense (benchmarks/jargon_corpus.py): a longer glossary
entry holding the labelled word explains what the paper means, so it is not a wrong sense."""

import importlib.util
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[3] / "benchmarks" / "jargon_corpus.py"


def _benchmark():
    spec = importlib.util.spec_from_file_location("jargon_corpus", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["jargon_corpus"] = module
    spec.loader.exec_module(module)
    return module


def test_a_longer_entry_holding_the_word_is_the_right_sense_but_another_sense_is_not():
    bench = _benchmark()
    meant = {"trust:body", "nhs trust"}
    assert bench._right_sense(bench.Listed("trust board", "", term="Trust Board"), "trust", meant)
    assert bench._right_sense(bench.Listed("trust", "trust:nhs", term="NHS trust"), "trust", meant)
    assert not bench._right_sense(bench.Listed("trust", "trust:plain", term="Trust"), "trust", meant)
    assert not bench._right_sense(bench.Listed("trust board", "", unsure=True, term="Trust Board"), "trust", meant)


def test_labelled_words_that_are_themselves_a_one_sense_entry_are_the_right_sense():
    bench = _benchmark()
    meant = {"trust:nhs", "nhs trust"}
    label = "nhs foundation trust"
    entry = bench.Listed(label, "", term="NHS Foundation Trust")
    assert bench._right_sense(entry, label, meant)
    assert not bench._right_sense(bench.Listed("trust", "", term="Trust"), "trust", meant)  # one word: no
    assert not bench._right_sense(bench.Listed(label, "", unsure=True, term="NHS Foundation Trust"), label, meant)


def test_hyphens_are_folded_like_the_finder_folds_them():
    bench = _benchmark()
    assert bench._norm("Midwife-led  Unit’s") == "midwife led unit's"
