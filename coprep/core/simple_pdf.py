"""Write plain text as a small PDF with no other library: for the worked example's papers and for tests.

Only what a text paper needs: A4 pages, one built-in font (Helvetica, so nothing is embedded),
lines wrapped to the page, a page break wherever the text has a form feed or the page is full.
"""

import textwrap
from pathlib import Path

_WIDTH, _HEIGHT, _MARGIN = 595, 842, 56  # A4 in points, 2 cm margins
_SIZE, _LEADING = 10, 14
_CHARS_PER_LINE = 92  # Helvetica 10 pt averages about 5.2 pt a letter over 483 pt
_LINES_PER_PAGE = (_HEIGHT - 2 * _MARGIN) // _LEADING


def _escape(line: str) -> bytes:
    data = line.encode("cp1252", errors="replace")
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _page_lines(text: str) -> list[list[str]]:
    """The text wrapped to the page width and cut into pages."""
    pages = []
    for chunk in text.split("\f"):
        lines = []
        for paragraph in chunk.split("\n"):
            lines.extend(textwrap.wrap(paragraph, _CHARS_PER_LINE) or [""])
        pages.extend(lines[start:start + _LINES_PER_PAGE] for start in range(0, len(lines), _LINES_PER_PAGE))
    return pages or [[""]]


def page_stream(lines: list[str]) -> bytes:
    """The drawing instructions for one page of text lines."""
    parts = [b"BT /F1 %d Tf %d TL %d %d Td" % (_SIZE, _LEADING, _MARGIN, _HEIGHT - _MARGIN)]
    parts += [b"(" + _escape(line) + b") '" for line in lines]
    parts.append(b"ET")
    return b"\n".join(parts)


def write_pdf(path: Path, streams: list[bytes], title: str = "") -> None:
    """Write a PDF whose pages draw the given content streams (font /F1 is Helvetica)."""
    count = len(streams)
    kids = b" ".join(b"%d 0 R" % (4 + 2 * n) for n in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % count,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for n, stream in enumerate(streams):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents %d 0 R >>" % (_WIDTH, _HEIGHT, 5 + 2 * n)
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Title (" + _escape(title) + b") /Producer (coprep) >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, len(objects), xref)
    Path(path).write_bytes(bytes(out))


def write_text_pdf(path: Path, text: str, title: str = "") -> None:
    """Write text as a PDF; a form feed (\\f) starts a new page."""
    write_pdf(path, [page_stream(lines) for lines in _page_lines(text)], title)
