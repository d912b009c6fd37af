"""The coverage benchmark (benchmarks/glossary_coverage.py) reads a held-back list's lines as
jargon busters write them: a short form with its long form, a note in brackets, a leading "The"."""

import importlib.util
import sys
from pathlib import Path

from coprep.core.words.glossary import Entry
from coprep.core.words.jargon import sensed_index
from coprep.core.words.senses import load_senses

SCRIPT = Path(__file__).resolve().parents[3] / "benchmarks" / "glossary_coverage.py"
ENTRIES = [
    Entry("A&E", "The hospital department for sudden illness.", ["accident and emergency"]),
    Entry("AHSN", "A body that helps the NHS take up new ideas."),
    Entry("Section 117", "Free care after leaving hospital under the Mental Health Act."),
    Entry("King's Fund", "A group that studies health care."),
]


def _benchmark():
    spec = importlib.util.spec_from_file_location("glossary_coverage", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["glossary_coverage"] = module
    spec.loader.exec_module(module)
    return module


def _held(line: str) -> bool:
    senses = load_senses()
    return _benchmark().held_line(line, "care", ENTRIES, senses, sensed_index(ENTRIES, senses))


def test_a_short_form_and_its_long_form_are_read_as_two_writings_of_one_term():
    writings = _benchmark().writings
    pair = ["A&E", "Accident and Emergency"]
    assert pair in writings("A&E (Accident and Emergency)")
    assert pair[::-1] in writings("Accident and Emergency (A&E)")
    for line in ("A&E - Accident and Emergency", "A&E – Accident and Emergency", "A&E: Accident and Emergency"):
        assert pair in writings(line), line
    assert ["DNA", "did not attend"] in writings("DNA / did not attend")


def test_a_note_in_brackets_and_a_leading_the_are_not_part_of_the_term():
    writings = _benchmark().writings
    assert ["Section 117"] in writings("Section 117 (Mental Health Act)")
    assert ["King's Fund"] in writings("The King's Fund")
    assert writings("Prevent, reduce, delay") == [["Prevent, reduce, delay"]]


def test_a_line_is_held_only_when_the_glossary_explains_every_writing_of_it():
    assert _held("A&E (Accident & Emergency)")
    assert _held("Section 117 (Mental Health Act)")
    assert _held("The King's Fund")
    assert not _held("AHSN - Academic Health Science Network")  # the long form is not in the glossary
    assert not _held("Section 118 (Mental Health Act)")
