"""Replay: how well today's finder does on each held-back batch with the glossary it had then.

Run: python benchmarks/jargon_replay.py [--misses] [--batch h11] [--replay-only]

A held-back batch (h4, h5, … in UNSEEN, benchmarks/jargon_corpus.py) was scored once, the day it
arrived, before anyone added words for it. Since then the glossary has grown entries for each
batch's own words, so its score now says little about text whose words are not in the glossary
yet. This tool rebuilds that first situation for each batch: the glossary folder
(resources/glossary: entries, senses.csv, everyday.txt) as it stood in the commit that added the
batch's UNSEEN line (`git log -S '"hN":' -- benchmarks/jargon_corpus.py`, its first commit), read
by *today's* finder code, on *today's* text and labels of the batch. So it measures the general
rules (sense choice, acronyms, rare words, word pairs, names) on words the glossary did not hold.

It prints each batch's replay recall beside its first score, their means, and the whole corpus's
plain-words-flagged and wrong-sense rates with today's glossary (the figures a new rule must not
push past 5% and 2%).

Limits: today's code was partly tuned on these very batches (a name rule for h14, a sense cue for
h15), so the replay flatters it somewhat; only a batch written after a change measures that change
cleanly. The glossary of the batch's own commit may already hold a few words written for a batch
before it that this one shares, as it did then. Labels fixed after the first score are today's.
"""

import argparse
import re
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import jargon_corpus  # noqa: E402
from jargon_corpus import CORPUS, UNSEEN, Score, corpus_files, score_corpus, score_file  # noqa: E402

from coprep.core.storage import resources  # noqa: E402
from coprep.core.words import glossary, jargon  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
GLOSSARY = "resources/glossary"


def first_commit(batch: str) -> str:
    """The commit that first gave the batch its UNSEEN line."""
    found = subprocess.run(
        ["git", "log", "--format=%H", "-S", f'"{batch}":', "--", "benchmarks/jargon_corpus.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    if not found:
        raise SystemExit(f"no commit adds {batch}'s UNSEEN line")
    return found[-1]  # git log lists the newest first


def unpack_glossary(commit: str, into: Path) -> Path:
    """The glossary folder of that commit, written under `into`."""
    archive = subprocess.run(["git", "archive", commit, GLOSSARY], cwd=ROOT, capture_output=True, check=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into / GLOSSARY


@contextmanager
def glossary_from(folder: Path | None) -> Iterator[None]:
    """The finder reads its glossary (entries, senses, everyday words) from `folder` meanwhile;
    None: the shipped one. The loaders ask resource_path("glossary…") each time, so only that
    name is changed in the modules that use it, and the one cache that is not keyed by file."""
    real = resources.resource_path

    def redirected(*parts: str) -> Path:
        path = "/".join(parts)
        if folder is not None and (path == "glossary" or path.startswith("glossary/")):
            return folder.joinpath(*path.split("/")[1:])
        return real(*parts)

    glossary.resource_path = jargon.resource_path = redirected
    jargon.everyday_terms.cache_clear()
    try:
        yield
    finally:
        glossary.resource_path = jargon.resource_path = real
        jargon.everyday_terms.cache_clear()


def recall(score: Score) -> float:
    return score.found / max(score.labelled, 1)


def first_recall(batch: str) -> float:
    return float(re.search(r"recall ([\d.]+)", UNSEEN[batch])[1])


def replay(batch: str, work: Path) -> Score:
    """The batch scored by today's code with the glossary of its first score."""
    folder = unpack_glossary(first_commit(batch), work / batch)
    with glossary_from(folder):
        score = Score()
        for path in corpus_files(CORPUS, batch):
            score_file(path, score)
    return score


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list each replay miss")
    parser.add_argument("--batch", action="append", help="only this batch (may be given again)")
    parser.add_argument("--replay-only", action="store_true", help="skip the whole-corpus figures")
    args = parser.parse_args()
    batches = args.batch or [name for name in UNSEEN if name.startswith("h")]
    replayed, first, wanted, unwanted = [], [], 0, 0
    with tempfile.TemporaryDirectory() as work:
        for batch in batches:
            score = replay(batch, Path(work))
            replayed.append(recall(score))
            wanted, unwanted = wanted + score.phrases_wanted, unwanted + score.phrases_unwanted
            first.append(first_recall(batch))
            print(
                f"{batch}: replay recall {recall(score):.3f} ({score.found}/{score.labelled}); "
                f"first score {first[-1]:.3f}; glossary of {first_commit(batch)[:7]}"
            )
            if args.misses:
                print("\n".join(f"  {miss}" for miss in score.misses if miss.endswith("not listed")))
    print(f"mean replay recall {sum(replayed) / len(replayed):.3f}; mean first score {sum(first) / len(first):.3f}")
    print(f"replay phrases listed: {wanted} wanted, {unwanted} not")
    if not args.replay_only:
        whole = score_corpus(CORPUS)
        print(
            f"whole corpus, today's glossary: {jargon_corpus.figures(whole)} of {whole.listed} listed; "
            f"phrases listed {whole.phrases_wanted} wanted, {whole.phrases_unwanted} not"
        )


if __name__ == "__main__":
    main()
