"""Files made to exhaust memory or with broken insides get the plain message, within 500 MB.

Papers and agendas are read by different code, so both readers meet the same hostile files.
"""

import subprocess
import sys
import zipfile

import pytest
from paper_files import make_docx, make_odt

MEMORY_CAP = 500 * 1024 * 1024

READ_UNDER_A_CAP = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({cap}, {cap}))
from {module} import {reader} as read
from coprep.core.papers.extract import PaperError
from coprep.core.storage.validate import InputError
try:
    read(sys.argv[1])
except (PaperError, InputError) as error:
    print("PLAIN:", error)
else:
    print("READ")
"""


PAPER = ("coprep.core.papers.extract", "extract_pages")
AGENDA = ("coprep.core.meetings.agenda_files", "agenda_text")


def _read_capped(path, reader=PAPER) -> str:
    script = READ_UNDER_A_CAP.format(cap=MEMORY_CAP, module=reader[0], reader=reader[1])
    run = subprocess.run(
        [sys.executable, "-c", script, str(path)],
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


@pytest.mark.parametrize("reader", [PAPER, AGENDA], ids=["paper", "agenda"])
@pytest.mark.parametrize(
    "maker, name, inner",
    [(make_docx, "pack.docx", "word/media/huge.bin"), (make_odt, "pack.odt", "Pictures/huge.bin")],
    ids=["word", "opendocument"],
)
def test_a_zip_bomb_is_refused_before_unpacking(tmp_path, reader, maker, name, inner):
    path = maker(tmp_path / name, ["Agenda item one"])
    _bomb(path, inner, 300 * 1024 * 1024)
    out = _read_capped(path, reader)
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
