"""Make real paper files for tests: PDFs (plain, scanned, locked), Word and OpenDocument files."""

import hashlib
from pathlib import Path

from coprep.core.simple_pdf import write_pdf, write_text_pdf

# A grey square drawn as an inline picture: a page with no text layer, like a scan.
_PICTURE_ONLY = b"q 400 0 0 400 90 300 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x20\x80\x80\x20 EI Q"


def make_pdf(path: Path, pages: list[str]) -> Path:
    """A text PDF with one page per string (long strings flow onto further pages)."""
    write_text_pdf(path, "\f".join(pages))
    return path


def make_scanned_pdf(path: Path, page_count: int = 2) -> Path:
    """A PDF whose pages are only pictures."""
    write_pdf(path, [_PICTURE_ONLY] * page_count)
    return path


def _rc4(key: bytes, data: bytes) -> bytes:
    state = list(range(256))
    j = 0
    for i in range(256):
        j = (j + state[i] + key[i % len(key)]) % 256
        state[i], state[j] = state[j], state[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + state[i]) % 256
        state[i], state[j] = state[j], state[i]
        out.append(byte ^ state[(state[i] + state[j]) % 256])
    return bytes(out)


_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def make_locked_pdf(path: Path, text: str, password: str) -> Path:
    """A one-page PDF that needs `password` to open (PDF standard security, 40-bit RC4)."""
    user = (password.encode("latin-1") + _PAD)[:32]
    owner_key = hashlib.md5(user).digest()[:5]
    owner = _rc4(owner_key, user)
    file_id = hashlib.md5(text.encode()).digest()
    permissions = (-44).to_bytes(4, "little", signed=True)
    key = hashlib.md5(user + owner + permissions + file_id).digest()[:5]
    content = b"BT /F1 12 Tf 72 720 Td (" + text.encode("latin-1") + b") Tj ET"
    stream_key = hashlib.md5(key + (4).to_bytes(3, "little") + b"\x00\x00").digest()[:10]
    sealed = _rc4(stream_key, content)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(sealed) + sealed + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <" + owner.hex().encode() + b"> /U <"
        + _rc4(key, _PAD).hex().encode() + b"> /P -44 >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 7\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size 7 /Root 1 0 R /Encrypt 6 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (
        file_id.hex().encode(), file_id.hex().encode(), xref)
    path.write_bytes(bytes(out))
    return path


def make_docx(path: Path, paragraphs: list[str], table: list[list[str]] | None = None) -> Path:
    """A Word document with these paragraphs and, after them, an optional table."""
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table):
            for cell, value in zip(row.cells, values):
                cell.text = value
    document.save(str(path))
    return path


def make_odt(path: Path, paragraphs: list[str], heading: str = "") -> Path:
    """An OpenDocument text file with an optional heading and these paragraphs."""
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P

    document = OpenDocumentText()
    if heading:
        document.text.addElement(H(outlinelevel=1, text=heading))
    for paragraph in paragraphs:
        document.text.addElement(P(text=paragraph))
    document.save(str(path))
    return path
