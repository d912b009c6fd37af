"""A PDF page's words, by position, as the lines of text the agenda reader understands.

Cells drawn as boxes give one cell each, however many lines they wrap onto; other words are laid
out in lines, each word at its x in letters (columns of spaces), so the reader can find columns.
A scan's text layer writes words in any order and a little above or below their line: words join
a line when their middles fall within it. An agenda printed in two columns side by side (items 1-7
down the left, 8-13 down the right) is read down the left column, then down the right.
"""

from __future__ import annotations

import re

# A piece of PDF text (left, bottom, right, top, text) and a drawn box (left, bottom, right, top).
Piece = tuple[float, float, float, float, str]
Box = tuple[float, float, float, float]

_NUMBER = re.compile(r"(?i:item\s+)?([0-9]{1,3})([.):]?)(?:\s|$)")
_UNIT = re.compile(r"(?i)(?:mins?|minutes|hrs?|hours?|pages?|pp)\b")


def page_lines(pieces: list[Piece], boxes: list[Box]) -> list[str]:
    """Lines of one page, top to bottom: a table row per row of cell boxes, other text laid out by x."""
    cells = [b for b in boxes if b[2] - b[0] > 8 and b[3] - b[1] > 6]
    rows: dict[tuple[int, int], list[Box]] = {}
    for box in cells:
        rows.setdefault((round(box[3]), round(box[1])), []).append(box)
    placed: list[tuple[float, str]] = []
    used: set[int] = set()
    for (top, _bottom), row in rows.items():
        if len(row) < 2:
            continue
        texts = []
        for box in sorted(row, key=lambda b: b[0]):
            inside = [i for i, p in enumerate(pieces) if i not in used and _centre_in(p, box)]
            used.update(inside)
            inside.sort(key=lambda i: (-round(pieces[i][3]), pieces[i][0]))
            texts.append(" ".join(pieces[i][4] for i in inside))
        if any(texts):
            placed.append((top, "\t".join(texts)))
    loose = [p for i, p in enumerate(pieces) if i not in used]
    placed += _laid_out(_one_column(loose))
    return [text for _top, text in sorted(placed, key=lambda pair: -pair[0])]


def without_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Pages without the header or footer line printed on every page, kept only where it first appears
    ("Board of Directors - 18 June 2026" at the top of each page would land inside an item)."""
    running = set()
    for end in (0, -1):
        edges = [" ".join(lines[end].split()) for lines in pages if lines]
        running |= {text for text in edges if edges.count(text) >= 2}
    return [
        [line for k, line in enumerate(lines) if k not in (0, len(lines) - 1) or " ".join(line.split()) not in running]
        if n
        else lines
        for n, lines in enumerate(pages)
    ]


def _centre_in(piece: Piece, box: Box) -> bool:
    x, y = (piece[0] + piece[2]) / 2, (piece[1] + piece[3]) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _rows(pieces: list[Piece]) -> list[list[Piece]]:
    """Pieces grouped into lines, top to bottom: a piece joins the line above when its top is near that
    line's top, or its middle is within the line's first piece (small words of a scan sit lower)."""
    lines: list[list[Piece]] = []
    for piece in sorted(pieces, key=lambda p: (-p[3], p[0])):
        if lines:
            first = lines[-1][0]
            middle = (piece[1] + piece[3]) / 2
            if abs(first[3] - piece[3]) < (piece[3] - piece[1]) * 0.5 or first[1] <= middle <= first[3]:
                lines[-1].append(piece)
                continue
        lines.append([piece])
    return lines


def _laid_out(pieces: list[Piece]) -> list[tuple[float, str]]:
    """Text outside boxes as lines, each piece placed at its x in letters (columns of spaces)."""
    if not pieces:
        return []
    widths = sorted((p[2] - p[0]) / max(1, len(p[4])) for p in pieces)
    letter = max(widths[len(widths) // 2], 1.0)
    left = min(p[0] for p in pieces)
    result = []
    for line in _rows(pieces):
        text = ""
        for piece in sorted(line, key=lambda p: p[0]):
            column = round((piece[0] - left) / letter)
            space = piece[0] - _end_x(line, piece)
            gap = 2 if text and column - len(text) < 2 and space > letter * 1.5 else 1
            if text and space < letter * 1.2:  # a word space between words written one by one, as in a scan
                column = len(text) + 1
            text = f"{text}{' ' * max(gap if text else 0, column - len(text))}{piece[4]}"
        result.append((line[0][3], text))
    return result


def _end_x(line: list[Piece], piece: Piece) -> float:
    before = [p[2] for p in line if p[2] <= piece[0] + 0.5]
    return max(before) if before else piece[0]


def _one_column(pieces: list[Piece]) -> list[Piece]:
    """Pieces of an agenda in two columns side by side, moved so the right column follows the left one."""
    rows = _rows(pieces)
    found = _column_gap(rows)
    if found is None:
        return pieces
    gutter, first_pair, left_x = found
    crossing = [i for i, row in enumerate(rows) if any(p[0] < gutter < p[2] for p in row)]
    start = max([i + 1 for i in crossing if i < first_pair], default=0)
    end = min([i for i in crossing if i > first_pair], default=len(rows))
    region = [p for row in rows[start:end] for p in row]
    left = [p for p in region if p[2] <= gutter]
    right = [p for p in region if p[0] >= gutter]
    if not left or not right:
        return pieces
    dx = gutter + 1 - left_x
    dy = max(p[3] for p in right) - min(p[1] for p in left) + 4
    moved = [(p[0] - dx, p[1] - dy, p[2] - dx, p[3] - dy, p[4]) for p in right]
    below = [(p[0], p[1] - dy, p[2], p[3] - dy, p[4]) for row in rows[end:] for p in row]
    above = [p for row in rows[:start] for p in row]
    return above + left + moved + below


# A label opening a line, with what follows it: "8. Integrated performance report".
Label = tuple[float, int, str, bool]  # x, number, the mark after it ("." or ")" or ""), a title follows


def _labels(row: list[Piece]) -> list[Label]:
    found = []
    ordered = sorted(row, key=lambda p: p[0])
    for k, piece in enumerate(ordered):
        if m := _NUMBER.match(piece[4]):
            after = piece[4][m.end() :] or (ordered[k + 1][4] if k + 1 < len(ordered) else "")
            titled = after[:1].isalpha() and not _UNIT.match(after)
            found.append((piece[0], int(m[1]), m[2], titled))
    return found


def _column_gap(rows: list[list[Piece]]) -> tuple[float, int, float] | None:
    """Where a second agenda column starts (x of the gap, first row with both, x of the left labels).

    Two columns when two or more lines start with an item label and have another label of the same
    kind further right, at the same x and followed by a title, and the numbers run on: each side goes
    up, and every number on the right is above every one on the left (a table's number columns, a
    page range or "10 mins", do not do that).
    """
    pairs: list[tuple[Label, Label]] = []
    first = len(rows)
    for i, row in enumerate(rows):
        labels = _labels(row)
        if len(labels) >= 2 and labels[0][0] == min(p[0] for p in row):
            pairs.append((labels[0], labels[-1]))
            first = min(first, i)
    if len(pairs) < 2:
        return None
    lefts, rights = [left for left, _right in pairs], [right for _left, right in pairs]
    gutter = min(r[0] for r in rights) - 1
    runs_on = all(a[1] < b[1] for side in (lefts, rights) for a, b in zip(side, side[1:], strict=False))
    if (
        max(r[0] for r in rights) - gutter > 4
        or not runs_on
        or min(r[1] for r in rights) <= max(left[1] for left in lefts)
        or any(left[2] != right[2] or not right[3] for left, right in pairs)
    ):
        return None
    return gutter, first, lefts[0][0]
