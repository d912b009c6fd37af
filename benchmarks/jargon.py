"""How fast the jargon finder reads one million words, beside a raw pyahocorasick pass.

Run: python benchmarks/jargon.py [--words N] [--runs N] [--wall]

The text is committee-like: everyday words, glossary words written the ways papers write them
(plurals, possessives, capitals, hyphens and line breaks inside phrases), names, numbers and
punctuation. The baseline is one raw pyahocorasick pass over the same text with every glossary
name, word boundaries and case not checked. The finder itself matches with daachorse over the
text's bytes, which is quicker; a raw pass of that over the same names is shown too, so the part
of the gain that is the matcher's can be seen. Each round times the baseline, then the finder,
then the full report, so a busy machine slows them alike; the medians of the rounds are
compared. Times are the CPU time of this process (the machine is shared, and other programs
disturb that far less than the wall clock); --wall times by the wall clock instead.

- finder: find_terms, which underlines glossary words in the app's text boxes.
- full report: jargon_report, which Words to know, the reader's panel, the briefing pack and
  `coprep jargon` all call: the glossary words with their senses, the paper's own definitions,
  and every unexplained acronym, rare word, phrase and name. wordfreq's answers are kept for the
  whole session, so the first report in a session is timed apart, before the rounds.
Aim (issue #13): the finder takes at most twice the baseline. The full report does far more
(senses, definitions, rare words, phrases and names) and is shown beside it to watch, with no aim.
"""

import argparse
import random
import statistics
import time

import ahocorasick
import daachorse
from timing import ratio_line, timings

from coprep.core.words.glossary import shipped_entries
from coprep.core.words.hard_words import word_zipf
from coprep.core.words.jargon import find_terms, jargon_report

PLAIN = (
    "the a of to and in for on is was that with as be by this it at from are we will have has not "
    "our which an or its their been can all more also would there they report update board members "
    "asked said noted agreed paper meeting people patients staff services care local plan new year "
    "month time work need support team service number people's families carers time week next last "
    "first place group public views change changes improve improvement risk risks data figures "
    "progress against target targets around over under within across between about because while "
    "hospital community health doctors nurses waiting clinic home visits letters question questions "
    "answer answered discussed thanked welcomed raised shared told heard felt made took gave"
).split()
PEOPLE = ("Dr Priya Nair", "Tom Ashby", "Helen Crabtree", "Prof. Alan Whitby", "Margaret Oduya", "Mrs Ruth Fenwick")
PLACES = ("Riverford", "Northfield", "Mill Lane", "Riverside House")


def committee_text(word_count: int, seed: int = 2026) -> str:
    """About word_count words of made-up committee minutes using the shipped glossary."""
    rng = random.Random(seed)
    names = [name for entry in shipped_entries() for name in entry.names if "(" not in name]
    sentences, written = [], 0
    while written < word_count:
        words = []
        for _ in range(rng.randint(8, 20)):
            roll = rng.random()
            if roll < 0.08:
                name = rng.choice(names)
                form = rng.random()
                if form < 0.15:
                    name += "s" if name[-1] != "s" else ""
                elif form < 0.25:
                    name += "'s"
                elif form < 0.30 and " " in name:
                    name = name.replace(" ", rng.choice(["\n", "-\n", "  "]), 1)
                words.append(name)
            elif roll < 0.10:
                words.append(rng.choice(PEOPLE + PLACES))
            elif roll < 0.13:
                words.append(f"{rng.randint(1, 999)}{rng.choice(['', '%', ' weeks'])}")
            else:
                words.append(rng.choice(PLAIN))
        sentence = " ".join(words)
        sentences.append(sentence[0].upper() + sentence[1:] + rng.choice([".", ".", ".", "?", ";", ","]))
        written += len(sentence.split())
        if rng.random() < 0.1:
            sentences.append("\n\n")
    return " ".join(sentences)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--wall", action="store_true", help="time by the wall clock, not CPU time")
    args = parser.parse_args()
    entries = shipped_entries()
    text = committee_text(args.words)
    raw = ahocorasick.Automaton()
    for index, entry in enumerate(entries):
        for name in entry.names:
            raw.add_word(name, index)
    raw.make_automaton()
    names = list(dict.fromkeys(name.encode() for entry in entries for name in entry.names))
    raw_bytes = daachorse.DoubleArrayAhoCorasick(names)
    find_terms("warm up", entries)  # loads the senses and builds the finder's automaton

    raw_hits, found, reports = [], [], []
    word_zipf.cache_clear()
    clock = time.perf_counter if args.wall else time.process_time
    [first_raw], [first_report] = timings(
        1, lambda: raw_hits.append(sum(1 for _ in raw.iter(text))), lambda: jargon_report(text, entries), clock=clock
    )
    bytes_hits: list[int] = []
    baseline, finder, report, raw_daachorse = timings(
        args.runs,
        lambda: raw_hits.append(sum(1 for _ in raw.iter(text))),
        lambda: found.append(find_terms(text, entries)),
        lambda: reports.append(jargon_report([text], entries)),
        lambda: bytes_hits.append(len(raw_bytes.find_overlapping(text.encode()))),
        clock=clock,
    )

    words = len(text.split())
    print(
        f"text: {words:,} words, {len(text):,} characters; glossary: {len(entries)} entries, "
        f"{sum(len(e.names) for e in entries)} names; {args.runs} rounds, {'wall clock' if args.wall else 'CPU'} time"
    )
    print(
        f"raw pyahocorasick pass (no word boundaries): median {statistics.median(baseline):.3f} s, {raw_hits[-1]:,} hits"
    )
    print(
        ratio_line("jargon finder (whole words, case, endings, senses)", finder, baseline)
        + f", {sum(term.count for term in found[-1]):,} uses of {len(found[-1])} entries"
    )
    print(
        ratio_line("full report (Words to know, coprep jargon)", report, baseline)
        + f", {len(reports[-1].unknown):,} unexplained"
    )
    print(
        ratio_line(
            "for comparison, a raw daachorse pass over the bytes (the finder's matcher)", raw_daachorse, baseline
        )
        + f", {bytes_hits[-1]:,} hits"
    )
    print(f"first full report in a session: {first_report:.3f} s, ratio {first_report / first_raw:.2f}")
    print("aim: at most 2")


if __name__ == "__main__":
    main()
