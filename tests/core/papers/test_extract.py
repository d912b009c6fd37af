"""Reading papers: each kind of file, and a plain message for each kind of bad file."""

from pathlib import Path

import pytest
from paper_files import make_docx, make_locked_pdf, make_odt, make_pdf, make_scanned_pdf

from coprep.core.papers import extract
from coprep.core.papers.extract import ImportCancelled, PaperError, PasswordNeeded, extract_pages, read_document_text


def test_pdf_is_read_page_by_page(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "pack.pdf", ["The ICB approved the plan.", "Waiting lists fell in March."])
    document = extract_pages(path)
    assert document.file_type == "pdf"
    assert [page.strip() for page in document.pages] == ["The ICB approved the plan.", "Waiting lists fell in March."]


def test_progress_is_told_each_page(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "pack.pdf", [f"Page {n} has some words on it." for n in range(1, 4)])
    seen = []
    extract_pages(path, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_cancel_stops_reading(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "pack.pdf", [f"Page {n} has some words on it." for n in range(1, 4)])
    with pytest.raises(ImportCancelled):
        extract_pages(path, cancelled=lambda: True)


def test_word_document_paragraphs_and_tables(tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "report.docx",
        ["Quality report.", "Sepsis screening rose."],
        table=[["Measure", "Target"], ["RTT", "92%"]],
    )
    document = extract_pages(path)
    assert document.file_type == "docx"
    assert document.pages == ["Quality report.\nSepsis screening rose.\nMeasure\nTarget\nRTT\n92%"]


def test_opendocument_headings_and_paragraphs(tmp_path: Path) -> None:
    path = make_odt(tmp_path / "minutes.odt", ["The chair welcomed everyone."], heading="Minutes")
    document = extract_pages(path)
    assert document.file_type == "odt"
    assert document.pages == ["Minutes\nThe chair welcomed everyone."]


def test_plain_text_and_markdown(tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_text("First page.\fSecond page.", encoding="utf-8")
    (tmp_path / "summary.md").write_text("# Lay summary\n\nWe want **your** views.", encoding="utf-8")
    assert extract_pages(tmp_path / "note.txt").pages == ["First page.", "Second page."]
    markdown = extract_pages(tmp_path / "summary.md")
    assert markdown.file_type == "markdown" and "your" in markdown.pages[0]


def test_windows_text_is_read_with_a_note(tmp_path: Path) -> None:
    (tmp_path / "old.txt").write_bytes("Caf\u00e9 costs \u00a35".encode("cp1252"))
    document = extract_pages(tmp_path / "old.txt")
    assert document.pages == ["Caf\u00e9 costs \u00a35"]
    assert "not saved as UTF-8" in document.notes[0]


def test_type_comes_from_what_is_inside(tmp_path: Path) -> None:
    """A Word file sent with a .pdf name is still read, as a Word file."""
    path = make_docx(tmp_path / "agenda.pdf", ["Agenda for Thursday."])
    assert extract_pages(path).file_type == "docx"


def test_locked_pdf_asks_for_the_password(tmp_path: Path) -> None:
    path = make_locked_pdf(tmp_path / "locked.pdf", "Board budget", "sesame")
    with pytest.raises(PasswordNeeded) as asked:
        extract_pages(path)
    assert not asked.value.wrong and "password" in str(asked.value)
    with pytest.raises(PasswordNeeded) as wrong:
        extract_pages(path, password="guess")
    assert wrong.value.wrong and "did not open" in str(wrong.value)
    assert extract_pages(path, password="sesame").pages == ["Board budget"]


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda d: _write(d / "empty.pdf", b""), "is empty"),
        (lambda d: _write(d / "blank.txt", b"  \n\n "), "has no words"),
        (
            lambda d: _write(d / "photo.pdf", b"\x89PNG\r\n\x1a\n" + bytes(200)),
            "is called a PDF, but inside it is not one",
        ),
        (lambda d: _write(d / "report.docx", b"just some text, not a Word file"), "looks like a Word document"),
        (lambda d: _write(d / "pack.pdf", b"%PDF-1.4\n1 0 obj << /Type /Cat"), "is damaged"),
        (lambda d: _write(d / "old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)), "older Office file"),
        (lambda d: _write(d / "sheet.xlsx", b"\x00\x01binary"), "coprep can read PDF"),
        (lambda d: make_scanned_pdf(d / "scan.pdf"), "looks like a scan"),
        (lambda d: d / "gone.pdf", "cannot find gone.pdf"),
    ],
)
def test_bad_files_get_a_plain_message(tmp_path: Path, make, words: str) -> None:
    path = make(tmp_path)
    with pytest.raises(PaperError) as error:
        extract_pages(path)
    assert words in str(error.value)
    assert path.name in str(error.value)


def test_damaged_word_document(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "report.docx", ["Some words."])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(PaperError, match="damaged|cannot open"):
        extract_pages(path)


def test_too_large_a_file_is_refused_before_reading(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(extract, "MAX_PAPER_BYTES", 100)
    path = make_pdf(tmp_path / "big.pdf", ["Enough words to make the file larger than the limit."])
    with pytest.raises(PaperError, match="too large"):
        extract_pages(path)


def test_read_document_text_joins_pages(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "pack.pdf", ["Page one of the pack.", "Page two of the pack."])
    assert read_document_text(path).split("\n\n") == ["Page one of the pack.", "Page two of the pack."]


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
