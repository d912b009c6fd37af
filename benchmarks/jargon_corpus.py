"""How well the jargon finder lists what a lay reader needs explained, on the labelled excerpts in
tests/data/papers (see the README there).

Run: python benchmarks/jargon_corpus.py [--misses] [--range 27-36 | --batch h4]

--range scores only the excerpts whose numbers fall in it, --batch only those whose names start
with that prefix (h4_...): a batch written and labelled before the finder was run on it (see
tests/data/papers/README.md) measures it on papers it was not tuned to. After the whole corpus, the
benchmark prints each held-back batch's score now beside the score it had when it was unseen.

- recall: labelled words the finder lists at all (a glossary word, the paper's own definition, an
  unexplained acronym, rare word or phrase). Aim: at least 0.95.
- wrong senses: labelled senses (and everyday uses labelled "-") given a meaning that does not fit,
  or shown as unsure, out of those the finder explained. Aim: at most 2%.
- plain flagged: listed words that no label asks for and that are made only of certainly plain
  words (Zipf 5 or more: "the", "year", "care"), out of all listed words. Aim: at most 5%. Words
  marked as known to every reader (resources/glossary/everyday.txt) are listed last and left out
  of printed packs, so they are counted apart.
- phrases: pairs of everyday words the pair rule lists, as wanted (a label asks for them, or
  they hold a labelled word) or not; the plain-words figure misses most unwanted pairs, since
  few pairs are made only of words of Zipf 5 or more ("revised timeline" is not).
"""

import argparse
import csv
from dataclasses import dataclass, field
from pathlib import Path

from coprep.core.words.glossary import shipped_entries
from coprep.core.words.hard_words import word_zipf
from coprep.core.words.jargon import JargonReport, jargon_report
from coprep.core.words.senses import load_senses

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "papers"
PLAIN_ZIPF = 5.0


@dataclass
class Listed:
    """One thing the finder listed: the text it covers and, for glossary words, the sense."""

    text: str
    sense: str | None = None  # None: not a glossary word; "" a glossary word with one sense
    unsure: bool = False
    term: str = ""
    everyday: bool = False


@dataclass
class Score:
    labelled: int = 0
    found: int = 0
    sensed: int = 0
    wrong: int = 0
    listed: int = 0
    plain: int = 0
    everyday: int = 0
    phrases_wanted: int = 0
    phrases_unwanted: int = 0
    misses: list[str] = field(default_factory=list)


def _norm(text: str) -> str:
    """Case, curly apostrophes and hyphens folded: the finder reads "midwife-led" as two words."""
    return " ".join(text.replace("’", "'").replace("-", " ").casefold().split())


def listed_items(pages: list[str], report: JargonReport) -> list[Listed]:
    text = "\n\n".join(pages)
    items = [
        Listed(_norm(text[start:end]), term.sense, term.unsure, term.term, term.everyday)
        for term in report.known
        for start, end in term.positions
    ]
    items += [Listed(_norm(word.word)) for word in report.unknown]
    items += [Listed(_norm(said.short)) for said in report.defined_in_text]
    items += [Listed(_norm(said.long)) for said in report.defined_in_text]
    return items


def _covers(item: str, word: str) -> bool:
    """The listed text holds the labelled word, or is most of it."""
    return word in item or (item in word and len(item) * 2 >= len(word))


def _right_sense(item: Listed, word: str, meant: set[str]) -> bool:
    """The sense labelled, or a longer glossary entry holding the word ("Trust Board" for "Trust"):
    the reader is told what the whole term means, which is what the paper means. So too when the
    labelled words are themselves a one-sense entry ("NHS Foundation Trust" labelled with the
    sense of its "trust"): the entry settles the sense of the word inside it."""
    if item.unsure:
        return False
    whole = item.sense == "" and (len(item.text) > len(word) and word in item.text or item.text == word and " " in word)
    return whole or item.sense in meant or _norm(item.term) in meant


def score_file(path: Path, score: Score) -> None:
    pages = path.read_text(encoding="utf-8").split("\f")
    with path.with_suffix(".labels.csv").open(encoding="utf-8", newline="") as handle:
        labels = [(_norm(row["word"]), (row["sense"] or "").strip()) for row in csv.DictReader(handle)]
    report = jargon_report(pages, shipped_entries())
    entry_of = {sense.id: sense.entry for senses in load_senses().by_form.values() for sense in senses}
    items = listed_items(pages, report)
    for word, sense in labels:
        hits = [item for item in items if _covers(item.text, word)]
        if sense == "-":
            shown = [item for item in hits if item.sense is not None and item.text == word]
            score.sensed += 1
            if shown:
                score.wrong += 1
                score.misses.append(f"{path.stem}: '{word}' given a meaning ({shown[0].sense or 'its entry'})")
            continue
        score.labelled += 1
        if not hits:
            score.misses.append(f"{path.stem}: '{word}' not listed")
            continue
        score.found += 1
        if sense:
            sensed = [item for item in hits if item.sense is not None]
            if sensed:
                score.sensed += 1
                meant = {sense, _norm(entry_of.get(sense, ""))}
                if not any(_right_sense(item, word, meant) for item in sensed):
                    score.wrong += 1
                    score.misses.append(f"{path.stem}: '{word}' in sense {sensed[0].sense or 'of its entry'}")
    for phrase in (_norm(word.word) for word in report.unknown if word.kind == "phrase"):
        if any(_covers(phrase, word) or _covers(word, phrase) for word, sense in labels if sense != "-"):
            score.phrases_wanted += 1
        else:
            score.phrases_unwanted += 1
            score.misses.append(f"{path.stem}: phrase '{phrase}' listed")
    seen = set()
    for item in items:
        if item.everyday:
            score.everyday += 1
        if item.text in seen or item.everyday:
            continue
        seen.add(item.text)
        score.listed += 1
        asked = any(_covers(item.text, word) or _covers(word, item.text) for word, _ in labels)
        if not asked and all(word_zipf(word) >= PLAIN_ZIPF for word in item.text.split()):
            score.plain += 1
            score.misses.append(f"{path.stem}: plain '{item.text}' listed")


# Held-back batches (a --range or a --batch) and what each scored when the finder first saw it.
UNSEEN = {
    "27-36": "recall 0.830",
    "37-42": "recall 0.699",
    "h4": "recall 0.785, wrong senses 20.0%, plain words flagged 2.7%",
    "h5": "recall 0.697, wrong senses 0.0% (1 labelled sense), plain words flagged 4.9%",
    "h6": "recall 0.773, wrong senses 0.0% (2 labelled senses), plain words flagged 5.0%",
    "h7": "recall 0.838, wrong senses 0.0% (10 labelled senses), plain words flagged 4.7%",
    "h8": "recall 0.873, wrong senses 0.0% (0 labelled senses), plain words flagged 7.3%",
    "h9": "recall 0.785, wrong senses 20.0% (5 labelled senses), plain words flagged 3.3%",
    "h10": "recall 0.835, wrong senses 7.1% (14 labelled senses), plain words flagged 2.7%",
    "h11": "recall 0.831, wrong senses 7.4% (27 labelled senses), plain words flagged 2.7%",
    "h12": "recall 0.833, wrong senses 32.0% (25 labelled senses), plain words flagged 3.7%",
    "h13": "recall 0.816, wrong senses 25.0% (16 labelled senses), plain words flagged 3.0%",
    "h14": "recall 0.817, wrong senses 13.3% (15 labelled senses), plain words flagged 3.7%",
    "h15": "recall 0.825, wrong senses 6.7% (15 labelled senses), plain words flagged 2.9%",
    "h16": "recall 0.920, wrong senses 3.6% (28 labelled senses), plain words flagged 4.4%",
    "h17": "recall 0.884, wrong senses 10.7% (28 labelled senses), plain words flagged 2.6%",
    "h18": "recall 0.809, wrong senses 0.0% (26 labelled senses), plain words flagged 2.7%",
    "h19": "recall 0.827, wrong senses 0.0% (21 labelled senses), plain words flagged 3.4%",
    "h20": "recall 0.888, wrong senses 0.0% (15 labelled senses), plain words flagged 5.3%",
    "h21": "recall 0.899, wrong senses 0.0% (12 labelled senses), plain words flagged 3.0%",
    "h22": "recall 0.836, wrong senses 5.6% (36 labelled senses), plain words flagged 2.2%",
    "h23": "recall 0.851, wrong senses 4.5% (22 labelled senses), plain words flagged 1.0%",
    "h24": "recall 0.835, wrong senses 0.0% (14 labelled senses), plain words flagged 5.0%",
    "h25": "recall 0.827, wrong senses 5.6% (36 labelled senses), plain words flagged 2.5%",
}


def in_batch(path: Path, batch: str) -> bool:
    """Whether an excerpt belongs to a batch: a range of numbers ("27-36") or a name prefix ("h4")."""
    head = path.name.split("_")[0]
    first, _, last = batch.partition("-")
    if first.isdigit():
        return head.isdigit() and int(first) <= int(head) <= int(last or first)
    return head == batch


def corpus_files(folder: Path = CORPUS, batch: str = "") -> list[Path]:
    """The excerpts of a batch, or all of them."""
    return [path for path in sorted(folder.glob("*.txt")) if not batch or in_batch(path, batch)]


def score_corpus(folder: Path = CORPUS, batch: str = "") -> Score:
    score = Score()
    for path in corpus_files(folder, batch):
        score_file(path, score)
    return score


def figures(score: Score) -> str:
    return (
        f"recall {score.found / max(score.labelled, 1):.3f}, "
        f"wrong senses {100 * score.wrong / max(score.sensed, 1):.1f}%, "
        f"plain words flagged {100 * score.plain / max(score.listed, 1):.1f}%"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list each miss, wrong sense and plain word")
    parser.add_argument("--range", default="", help="only the excerpts numbered in this range, as 27-36")
    parser.add_argument("--batch", default="", help="only the excerpts whose names start with this prefix, as h4")
    args = parser.parse_args()
    batch = args.range or args.batch
    score = score_corpus(CORPUS, batch)
    files = len(corpus_files(CORPUS, batch))
    print(f"corpus: {files} excerpts, {score.labelled} labelled words, {score.sensed} labelled senses")
    print(f"recall: {score.found / score.labelled:.3f} (aim: at least 0.95)")
    print(f"wrong senses: {100 * score.wrong / max(score.sensed, 1):.1f}% (aim: at most 2%)")
    print(
        f"plain words flagged: {100 * score.plain / max(score.listed, 1):.1f}% of {score.listed} listed (aim: at most 5%); "
        f"{score.everyday} uses of words every reader knows, listed last"
    )
    print(f"phrases of everyday words listed: {score.phrases_wanted} wanted, {score.phrases_unwanted} not")
    if not batch:
        for held, unseen in UNSEEN.items():
            print(f"held-back batch {held}: now {figures(score_corpus(CORPUS, held))}; unseen: {unseen}")
    if args.misses:
        print("\n".join(score.misses))


if __name__ == "__main__":
    main()
