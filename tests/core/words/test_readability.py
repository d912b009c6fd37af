"""Readability in plain words: reading age, jargon, longest sentences, a verdict — offline."""

import json
import subprocess
import sys

import textstat

from coprep.core.words.readability import plain_text, readability, split_sentences, verdict

BOARD = (
    "The Committee is asked to NOTE the contents of this report and to APPROVE the revised trajectory for "
    "the elimination of 65-week waits, recognising the material risks to delivery arising from industrial "
    "action, constrained theatre capacity and the ongoing requirement to maintain elective activity at 107% "
    "of the 2019/20 baseline in line with the ICB's operational planning guidance. Performance against the "
    "RTT standard remains significantly below the constitutional target, with incomplete pathways exceeding "
    "the planned trajectory, principally attributable to referral demand in dermatology and ophthalmology. "
    "Mitigations include insourcing, reprofiling of theatre lists, validation of the PTL and mutual aid "
    "arrangements across the ICS."
)
PLAIN = (
    "We want to hear from you. Our team will phone you next week. You can ask us anything. "
    "If you need help, call the number on the letter. We will send you a copy of the plan."
)


def test_grades_follow_the_published_formulas() -> None:
    text = "The cat sat on the mat. The dog ran to the big park."
    scores = readability(text)
    assert (scores.words, scores.sentences) == (13, 2)
    assert scores.flesch_kincaid_grade == round(textstat.flesch_kincaid_grade(text), 1)
    assert scores.smog_grade == round(textstat.smog_index(text), 1)


def test_dense_board_paper_is_hard_with_jargon() -> None:
    scores = readability(BOARD)
    assert scores.reading_age > 18
    assert scores.jargon_percent > 5
    assert 0 < len(scores.top_unexplained) <= 10
    assert all(word.lower() in BOARD.lower() for word in scores.top_unexplained)
    assert scores.verdict.startswith("Hard to read: written for a reading age of over 18")
    assert "is jargon" in scores.verdict and scores.verdict.endswith("Ask for a plain summary.")
    assert scores.longest_sentences[0].startswith("The Committee is asked to NOTE")


def test_plain_letter_is_easy() -> None:
    scores = readability(PLAIN)
    assert scores.reading_age <= 11
    assert scores.jargon_percent == 0
    assert scores.verdict == "Easy to read: written for a reading age of about 8; no jargon found. A good, plain paper."


def test_verdict_wording_matches_the_issue() -> None:
    assert verdict(17, 9.1) == (
        "Hard to read: written for a reading age of about 17; 1 word in 11 is jargon. Ask for a plain summary."
    )
    assert verdict(13, 1.0).startswith("Fairly hard to read: written for a reading age of about 13; hardly any jargon.")
    assert verdict(10, 8.0).startswith("Hard to read")  # plain sentences full of jargon are still hard


def test_links_markdown_and_numbers_are_not_words() -> None:
    text = (
        "# Plan\n\nRead **the plan** at https://example.org/a/b or [here](https://example.org). "
        "In 2026 we spent 4.2 million."
    )
    assert "https" not in plain_text(text) and "**" not in plain_text(text)
    assert readability(text).words == len("Plan Read the plan at or here In we spent million".split())


def test_wrapped_pdf_lines_join_into_sentences() -> None:
    text = (
        "Purpose\n"
        "This report sets out the progress made against the winter plan since the\n"
        "last meeting of the committee. It asks for approval.\n"
        "- First point to note\n"
        "- Second point to note"
    )
    assert split_sentences(text) == [
        "Purpose",
        "This report sets out the progress made against the winter plan since the last meeting of the committee.",
        "It asks for approval.",
        "- First point to note",
        "- Second point to note",
    ]


def test_no_words_gives_no_grades() -> None:
    scores = readability("  42 \n 2026 ")
    assert (scores.words, scores.reading_age, scores.flesch_kincaid_grade) == (0, None, None)
    assert scores.verdict == "There are no words to score."


def test_works_with_the_network_cut() -> None:
    """textstat 0.7.10+ downloads a word list on first use; coprep must score with no network at all."""
    script = (
        "import socket\n"
        "def refuse(*a, **k): raise OSError('network cut')\n"
        "socket.socket = refuse; socket.create_connection = refuse; socket.getaddrinfo = refuse\n"
        "import json, dataclasses\n"
        "from coprep.core.words.readability import readability\n"
        f"print(json.dumps(dataclasses.asdict(readability({BOARD!r}))))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    scores = json.loads(result.stdout)
    assert scores["smog_grade"] > 15 and scores["jargon_percent"] > 5
