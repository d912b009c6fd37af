"""How many of the real committee terms in benchmarks/data/committee_terms.txt the glossary holds.

Run: python benchmarks/glossary_coverage.py [--missing] [--area AREA] [--terms FILE]

--terms measures another list in the same layout: a list written before the glossary was tuned to
it measures the glossary on terms it was not written for. Such a list then joins the main one, and
the share it had when unseen is printed with the result (UNSEEN).

A term counts as held when the jargon finder, run on the term alone, explains all of it: so names
match as the app matches them (phrases in any case, acronyms by their capitals, plurals and
possessives), and a word whose senses settle on an everyday use ("Minutes" with no cue) is
tried again in a sentence that names its area. Aim: at least 90% held.

A list written elsewhere writes its lines as jargon busters do (`writings`): "A&E (Accident and
Emergency)", "AHSN - Academic Health Science Network", "DNA / did not attend" give a short form
and its long form, and such a line is held when the glossary explains both, since a paper may use
either; a note in brackets ("Section 117 (Mental Health Act)") is not part of the term, and "The
King's Fund" is read without its "The". Spellings ("&" and "and", "-ize", hyphens, an acronym's
capitals) and plurals are matched by the finder itself, as in a paper.
"""

import argparse
import re
from collections import Counter
from pathlib import Path

from coprep.core.words.glossary import shipped_entries
from coprep.core.words.jargon import find_terms, sensed_index
from coprep.core.words.senses import load_senses
from coprep.core.words.spellings import is_acronym

TERMS = Path(__file__).resolve().parent / "data" / "committee_terms.txt"
# Lists measured before the glossary was tuned to them, since added to TERMS, and their share then.
UNSEEN = {
    "batch h4 (423 terms: medicines, infection control, SEND, end of life, research ethics, estates, "
    "diagnostics, complaints, public health, community services, devolved bodies, councils)": "33.8% (143 of 423)",
    "batch h7 (229 terms: maternity, cancer, statistics, public health, digital programmes, quality "
    "escalation, workforce, devolved bodies)": "37.6% (86 of 229)",
    "batch c3 (473 terms new to the list, of a broad draw of 1,465 from jargon busters and acronym lists: "
    "committee_terms_c3.txt; the whole draw was held 91.6%, 1,342 of 1,465)": "74.2% (351 of 473)",
}


def read_terms(path: Path = TERMS) -> list[tuple[str, str]]:
    """(term, area) pairs; blank lines and lines starting with # are skipped."""
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            term, _, area = line.partition("\t")
            pairs.append((term.strip(), area.strip()))
    return pairs


_BRACKETED = re.compile(r"^(?P<outer>[^()]+?)\s*\((?P<inner>[^()]+)\)$")
_BETWEEN = re.compile(r"\s+[-\u2013\u2014=/]\s+|:\s+")  # " - ", " – ", " = ", " / ", ": "
_ARTICLE = re.compile(r"^the\s+(?=\S)", re.IGNORECASE)


def _pair(first: str, second: str) -> bool:
    """Whether two parts of a line are a short form and its long form ("ICB", "Integrated care board")."""
    return any(is_acronym(short) and " " in long for short, long in ((first, second), (second, first)))


def writings(line: str) -> list[list[str]]:
    """The ways to read a list's line, best first; each is the writings a paper may use, and the
    line is held when every writing of one way is: ["A&E", "Accident and Emergency"]."""
    line = " ".join(line.split())
    ways = [[line]]
    bracketed = _BRACKETED.match(line)
    if bracketed:
        outer, inner = bracketed["outer"].strip(), bracketed["inner"].strip()
        ways.append([outer, inner] if _pair(outer, inner) else [outer])
    parts = _BETWEEN.split(line, maxsplit=1)
    if len(parts) == 2 and _pair(*(part.strip() for part in parts)):
        ways.append([part.strip() for part in parts])
    bare = [[_ARTICLE.sub("", text) for text in way] for way in ways]
    return ways + [way for way in bare if way not in ways]


def held_line(line: str, area: str, entries, senses, index) -> bool:
    """Whether the glossary holds the term a list's line names, however the line writes it."""
    return any(all(held(text, area, entries, senses, index) for text in way) for way in writings(line))


def held(term: str, area: str, entries, senses, index) -> bool:
    """Whether some glossary entry covers the whole term, alone or in a sentence about its area."""
    for text, start in ((term, 0), (f"The {area.replace('_', ' ')} paper on {term} was noted.", None)):
        begin = text.index(term) if start is None else start
        for found in find_terms(text, entries, senses=senses, category=area, index=index):
            if any(s <= begin and e >= begin + len(term) for s, e in found.positions):
                return True
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--missing", action="store_true", help="list the terms not held")
    parser.add_argument("--area", default="", help="only this area")
    parser.add_argument("--terms", type=Path, default=TERMS, help="another list of terms, one per line")
    args = parser.parse_args()
    entries, senses = shipped_entries(), load_senses()
    index = sensed_index(entries, senses)
    pairs = [(t, a) for t, a in read_terms(args.terms) if not args.area or a == args.area]
    missing = [(t, a) for t, a in pairs if not held_line(t, a, entries, senses, index)]
    share = 1 - len(missing) / len(pairs) if pairs else 0.0
    print(f"glossary entries: {len(entries)}")
    print(f"committee terms held: {len(pairs) - len(missing)} of {len(pairs)} ({share:.1%})")
    by_area = Counter(a for _, a in missing)
    print("missing by area: " + ", ".join(f"{a} {n}" for a, n in by_area.most_common()))
    if args.terms == TERMS and not args.area:
        for batch, share_then in UNSEEN.items():
            print(f"held when unseen, {batch}: {share_then}")
    if args.missing:
        for term, area in missing:
            print(f"{area}\t{term}")


if __name__ == "__main__":
    main()
