"""How fast one search over everything is, beside a plain LIKE scan of the same tables.

Run: python benchmarks/search.py [--papers 2000] [--db PATH]

The database is the ten-year worked example (what `coprep --db X demo --years 10` makes) plus
generated papers: board-paper sentences and glossary words, a few pages each, stored the way an
import stores them (a papers row, a row per page, indexed for search by the same triggers).
The baseline is what search would be without the index: `LIKE '%word%'` on every searched column,
each word required, first 50 rows. Aim: the 95th percentile of search under 50 ms.
"""

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from coprep.core.demo.worked_example import load_demo
from coprep.core.papers.search import search_everything
from coprep.core.storage.database import open_database
from coprep.core.storage.resources import resource_path
from coprep.core.storage.workspace import Workspace
from coprep.core.words.glossary import shipped_entries

QUERIES = (
    "waiting list",
    "sepsis",
    "report",
    "A&E",
    '"corridor care',
    "safeguarding children",
    "finance position",
    "elective",
    "approve",
    "quorate",
    "home IV antibiotics",
    "learning disability",
    "trajectory 65-week",
    "never events",
    "giraffe",
    "discharge to assess",
    "children wait",
    "workforce vacancies",
    "PTL",
    "recruit",
)
REPEATS = 10
PAGES_PER_PAPER = (2, 12)
WORDS_PER_PAGE = 350


def vocabulary() -> tuple[list[str], list[str]]:
    text = " ".join(path.read_text(encoding="utf-8") for path in sorted(resource_path("demo_papers").iterdir()))
    sentences = [s.strip() + "." for s in " ".join(text.split()).split(". ") if len(s.split()) > 4]
    terms = [name for entry in shipped_entries() for name in entry.names]
    return sentences, terms


def add_generated_papers(ws: Workspace, count: int, seed: int = 2026) -> None:
    """Add `count` papers of generated text to random meetings."""
    rng = random.Random(seed)
    sentences, terms = vocabulary()
    meetings = [row[0] for row in ws.db.execute("select id from meetings")]
    with ws.db.atomic():
        for number in range(count):
            paper_id = (
                ws.db["papers"]
                .insert(
                    {
                        "meeting_id": rng.choice(meetings),
                        "title": f"Generated paper {number + 1}",
                        "original_name": f"paper{number + 1}.pdf",
                        "stored_name": f"generated{number + 1}.pdf",
                        "file_type": "pdf",
                        "received_date": "2026-01-05",
                        "added": "2026-01-05T10:00:00",
                    }
                )
                .last_pk
            )
            pages = []
            for page_no in range(1, rng.randint(*PAGES_PER_PAPER) + 1):
                words: list[str] = []
                while len(words) < WORDS_PER_PAGE:
                    words += rng.choice(sentences).split()
                    if rng.random() < 0.3:
                        words.append(rng.choice(terms))
                pages.append({"paper_id": paper_id, "page_no": page_no, "text": " ".join(words)})
            ws.db["paper_pages"].insert_all(pages)


_LIKE_SOURCES = (
    ("meetings", ("title", "place", "notes")),
    ("agenda_items", ("number", "title", "description", "notes", "questions", "outcome", "raised")),
    ("paper_pages", ("text",)),
)


def like_scan(ws: Workspace, query: str, limit: int = 50) -> int:
    """The same search without the index: every word somewhere in a row's text columns."""
    words = [word.strip('"') for word in query.split() if word.strip('"')]
    found = 0
    for table, columns in _LIKE_SOURCES:
        joined = " || ' ' || ".join(f"coalesce({column}, '')" for column in columns)
        where = " and ".join(f"({joined}) like ?" for _ in words)
        found += len(
            ws.db.execute(
                f"select rowid from {table} where {where} limit {limit}", [f"%{word}%" for word in words]
            ).fetchall()
        )
    return found


def percentile_95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20)[-1] if len(times) > 1 else times[0]


def timed(work, query: str) -> list[float]:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        work(query)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--papers", type=int, default=2000)
    parser.add_argument("--db", type=Path, help="keep the database here (reused if it exists)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "search-bench.db"
        ws = Workspace(open_database(path, backup=False), path)
        if not ws.db["meetings"].count:
            start = time.perf_counter()
            load_demo(ws, years=10)
            add_generated_papers(ws, args.papers)
            print(f"made the database in {time.perf_counter() - start:.0f} s")
        words = ws.db.execute("select sum(length(text) - length(replace(text, ' ', '')) + 1) from paper_pages")
        print(
            f"{ws.db['meetings'].count} meetings, {ws.db['agenda_items'].count} agenda items, "
            f"{ws.db['papers'].count} papers, {ws.db['paper_pages'].count} pages, "
            f"{words.fetchone()[0]:,} words in papers"
        )
        search_times, like_times, slowest = [], [], (0.0, "")
        for query in QUERIES:
            search_everything(ws.db, query)  # the first run reads the index from disk
            times = timed(lambda q: search_everything(ws.db, q), query)
            slowest = max(slowest, (statistics.median(times), query))
            search_times += times
            like_times += timed(lambda q: like_scan(ws, q), query)
        fts, like = percentile_95(search_times), percentile_95(like_times)
        print(f"{len(QUERIES)} queries, {REPEATS} times each")
        print(
            f"search (FTS5, ranked, with snippets): 95th percentile {fts:7.1f} ms, median "
            f"{statistics.median(search_times):6.1f} ms (aim: under 50 ms)"
        )
        print(
            f"plain LIKE scan (no ranking):          95th percentile {like:7.1f} ms, median "
            f"{statistics.median(like_times):6.1f} ms"
        )
        print(
            f"ratio: search takes {fts / like:.2f}x the LIKE scan's time; "
            f"slowest search: {slowest[1]!r} ({slowest[0]:.1f} ms median)"
        )
        ws.db.close()


if __name__ == "__main__":
    main()
