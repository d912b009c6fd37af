"""How fast the jargon finder reads one million words, beside a raw pyahocorasick pass.

Run: python benchmarks/jargon.py [--words N]

The text is committee-like: everyday words, glossary words written the ways papers write them
(plurals, possessives, capitals, hyphens and line breaks inside phrases), names, numbers and
punctuation. The baseline is the fastest multi-pattern matcher we know: one pyahocorasick pass
over the same text with every glossary name, word boundaries and case not checked.
Aim: the finder takes at most twice the baseline.
"""

import argparse
import random

import ahocorasick
from timing import best_of

from coprep.core.words.glossary import shipped_entries
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
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    entries = shipped_entries()
    text = committee_text(args.words)
    raw = ahocorasick.Automaton()
    for index, entry in enumerate(entries):
        for name in entry.names:
            raw.add_word(name, index)
    raw.make_automaton()
    find_terms("warm up", entries)

    raw_hits = []
    found = []
    baseline, finder = best_of(
        args.runs,
        lambda: raw_hits.append(sum(1 for _ in raw.iter(text))),
        lambda: found.append(find_terms(text, entries)),
    )
    [report] = best_of(1, lambda: jargon_report(text, entries))

    words = len(text.split())
    print(
        f"text: {words:,} words, {len(text):,} characters; glossary: {len(entries)} entries, "
        f"{sum(len(e.names) for e in entries)} names"
    )
    print(f"raw pyahocorasick pass (no word boundaries): {baseline:.3f} s, {raw_hits[-1]:,} hits")
    print(
        f"jargon finder (whole words, case, endings):  {finder:.3f} s, "
        f"{sum(term.count for term in found[-1]):,} uses of {len(found[-1])} entries"
    )
    print(f"ratio finder / raw: {finder / baseline:.2f} (aim: at most 2)")
    print(f"full report (also counts every word and judges rare ones): {report:.3f} s, ratio {report / baseline:.2f}")


if __name__ == "__main__":
    main()
