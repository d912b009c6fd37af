"""Files made to exhaust memory or with broken insides get the plain message, within 500 MB."""

import subprocess
import sys
import zipfile

import pytest
from paper_files import make_docx, make_odt

MEMORY_CAP = 500 * 1024 * 1024

READ_UNDER_A_CAP = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({cap}, {cap}))
from coprep.core.papers.extract import PaperError, extract_pages
try:
    extract_pages(sys.argv[1])
except PaperError as error:
    print("PLAIN:", error)
else:
    print("READ")
"""


def _read_capped(path) -> str:
    run = subprocess.run(
        [sys.executable, "-c", READ_UNDER_A_CAP.format(cap=MEMORY_CAP), str(path)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert "Traceback" not in run.stderr, run.stderr
    assert run.returncode == 0
    return run.stdout


def _bomb(path, inner_name, extra_bytes):
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        with archive.open(inner_name, "w", force_zip64=True) as part:
            block = b"\0" * (1024 * 1024)
            for _ in range(extra_bytes // len(block)):
                part.write(block)
    return path


def test_a_zip_bomb_word_document_is_refused_before_unpacking(tmp_path):
    path = make_docx(tmp_path / "pack.docx", ["Agenda item one"])
    _bomb(path, "word/media/huge.bin", 300 * 1024 * 1024)
    out = _read_capped(path)
    assert out.startswith("PLAIN:") and "far more space unpacked" in out


def test_a_zip_bomb_opendocument_is_refused_before_unpacking(tmp_path):
    path = make_odt(tmp_path / "pack.odt", ["Agenda item one"])
    _bomb(path, "Pictures/huge.bin", 300 * 1024 * 1024)
    out = _read_capped(path)
    assert out.startswith("PLAIN:") and "far more space unpacked" in out


def test_a_huge_text_paper_is_refused_in_words(tmp_path):
    path = tmp_path / "minutes.txt"
    with path.open("wb") as handle:
        line = b"The committee noted the report and agreed the actions. " * 20 + b"\n"
        while handle.tell() < 150 * 1024 * 1024:
            handle.write(line * 1000)
    out = _read_capped(path)
    assert out.startswith("PLAIN:") and "1,000,000 words" in out


@pytest.mark.parametrize("maker, suffix", [(make_odt, ".odt"), (make_docx, ".docx")])
def test_a_broken_deflate_stream_is_called_damaged(tmp_path, maker, suffix):
    path = maker(tmp_path / f"pack{suffix}", ["Waiting times and staffing " * 400])
    inner = "META-INF/manifest.xml" if suffix == ".odt" else "word/document.xml"
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(inner)
    data = bytearray(path.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for offset in range(start + 10, start + min(info.compress_size, 200)):
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))
    out = _read_capped(path)
    assert out.startswith("PLAIN:") and "damaged" in out
