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

_NUMBER = re.compile(r"([0-9]{1,3})[.)]?(?:\s|$)")


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
    """Pieces of an agenda in two columns side by side, moved so the right column follows the left one.

    Two columns when two or more lines start with an item number on the left and have another, higher
    number further right at the same x, with every number on the right above every one on the left
    (a table's number columns do not run on like that), and no word crosses the gap between them.
    """
    rows = _rows(pieces)
    pairs, first_pair = [], len(rows)
    for i, row in enumerate(rows):
        numbered = [(p[0], int(m[1])) for p in sorted(row, key=lambda p: p[0]) if (m := _NUMBER.match(p[4]))]
        if len(numbered) >= 2 and numbered[0][0] == min(p[0] for p in row):
            pairs.append((numbered[0], numbered[-1]))
            first_pair = min(first_pair, i)
    if len(pairs) < 2:
        return pieces
    gutter = min(right[0] for _left, right in pairs) - 1
    if max(right[0] for _left, right in pairs) - gutter > 4 or min(right[1] for _left, right in pairs) <= max(
        left[1] for left, _right in pairs
    ):
        return pieces
    crossing = [i for i, row in enumerate(rows) if any(p[0] < gutter < p[2] for p in row)]
    start = max([i + 1 for i in crossing if i < first_pair], default=0)
    end = min([i for i in crossing if i > first_pair], default=len(rows))
    region = [p for row in rows[start:end] for p in row]
    left = [p for p in region if p[2] <= gutter]
    right = [p for p in region if p[0] >= gutter]
    if not left or not right:
        return pieces
    dx = gutter + 1 - pairs[0][0][0]
    dy = max(p[3] for p in right) - min(p[1] for p in left) + 4
    after = [p for row in rows[end:] for p in row]
    moved = [(p[0] - dx, p[1] - dy, p[2] - dx, p[3] - dy, p[4]) for p in right]
    below = [(p[0], p[1] - dy, p[2], p[3] - dy, p[4]) for p in after]
    above = [p for row in rows[:start] for p in row]
    return above + left + moved + below
