"""How well and how fast coprep splits meeting packs, on the labelled corpus of tests/data/packs.

Run: python benchmarks/pack_split.py

1. The share of agenda items whose PDF page span (or having no pages) is exactly the labelled one,
   over every pack of the corpus. Aim: at least 0.95.
2. The split of the 300-page pack (reading every page, its header and footer, the bookmarks, the
   agenda, and splitting), beside raw PDFium text extraction of the same file (every page's text
   and nothing else) measured in the same run. Aim: at most 2 times the baseline.
"""

import importlib.util
import sys
import tempfile
from pathlib import Path

import pypdfium2 as pdfium
from timing import best_of

from coprep.core.papers.pack_store import read_and_split

_GENERATOR = Path(__file__).resolve().parent.parent / "tests" / "data" / "packs" / "make_packs.py"


def load_generator():  # noqa: ANN201
    spec = importlib.util.spec_from_file_location("make_packs", _GENERATOR)
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_packs"] = module
    spec.loader.exec_module(module)
    return module


def raw_text(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    texts = []
    for page in pdf:
        textpage = page.get_textpage()
        texts.append(textpage.get_text_bounded())
        textpage.close()
        page.close()
    pdf.close()
    return texts


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        corpus = load_generator().make_corpus(Path(folder))
        right = total = 0
        for path, label in corpus:
            found = {item["number"]: item["pdf_pages"] for item in read_and_split(path).to_json()["items"]}
            wrong = [item["number"] for item in label["items"] if found.get(item["number"]) != item["pdf_pages"]]
            right += len(label["items"]) - len(wrong)
            total += len(label["items"])
            print(
                f"{path.stem:34} {len(label['items']) - len(wrong):3}/{len(label['items'])} items right"
                + (f"  (wrong: {', '.join(wrong)})" if wrong else "")
            )
        print(f"share of items with exactly the right page span: {right / total:.3f} ({right}/{total}); aim >= 0.95")
        big = next(path for path, label in corpus if path.stem == "big_300")
        pages = len(raw_text(big))
        baseline, split = best_of(3, lambda: raw_text(big), lambda: read_and_split(big))
        print(
            f"{pages}-page pack: raw PDFium text {baseline:.3f} s, coprep's split {split:.3f} s, "
            f"ratio {split / baseline:.2f}; aim <= 2"
        )


if __name__ == "__main__":
    main()
