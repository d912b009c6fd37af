"""Share glossary words with other members as CSV files (UTF-8, header row, `;` inside lists).

Export writes the person's own words and their changed versions of shipped words: everyone
already has the shipped glossary, so a shared file carries only what is new. `everything=True`
writes the whole visible glossary instead. Hidden words are left out.

Every file carries each meaning's source and the month it was checked, so a fact keeps where it
came from when it is shared; files without those columns are read too.

Import is two calls: `check_import` reads a file and reports every problem by line number
without writing anything; `import_rows` then saves the rows that were fine, as one undo step.
A line whose word is already in the glossary with the same meaning (say, from re-importing an
export) is not a problem: it is skipped and only counted.
"""

import csv
import io
from dataclasses import dataclass, field
from typing import TextIO

from coprep.core.storage.workspace import Workspace
from coprep.core.text.dates import MONTH
from coprep.core.text.spreadsheet import read_cell, safe_cell
from coprep.core.words.glossary import (
    COLUMNS,
    OWN_CATEGORY,
    Entry,
    join_list,
    load_glossary,
    split_list,
    term_key,
)
from coprep.i18n import N_, _, ngettext

REQUIRED = ("term", "meaning")


@dataclass
class Problem:
    line: int
    message: str

    def __str__(self) -> str:
        return _("Line {line}: {message}").format(line=self.line, message=self.message)


@dataclass
class GoodRow:
    line: int
    values: dict[str, str]


@dataclass
class ImportCheck:
    """What a file holds: rows that can be added and problems that stop the others."""

    good: list[GoodRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    same: int = 0  # lines whose word is already in the glossary with the same meaning

    @property
    def ok(self) -> bool:
        return not self.problems


def export_entries(entries: list[Entry], everything: bool = False) -> list[Entry]:
    """The entries an export would write (see the module note)."""
    return [e for e in entries if not e.hidden and (everything or e.source in ("mine", "changed"))]


def write_csv(entries: list[Entry], handle: TextIO) -> int:
    """Write entries as CSV with a header row; returns how many were written."""
    writer = csv.writer(handle, lineterminator="\n")
    writer.writerow(COLUMNS)
    for entry in entries:
        writer.writerow(
            [
                safe_cell(str(cell))
                for cell in (
                    entry.term,
                    join_list(entry.forms),
                    entry.meaning,
                    entry.category,
                    join_list(entry.see_also),
                    entry.example,
                    entry.fact_source,
                    entry.checked,
                )
            ]
        )
    return len(entries)


def _bad_lines(data: bytes) -> set[int]:
    """Line numbers (from 1) holding bytes that are not UTF-8."""
    bad = set()
    for number, line in enumerate(data.split(b"\n"), start=1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            bad.add(number)
    return bad


def check_import(ws: Workspace, data: bytes) -> ImportCheck:
    """Read a CSV file's bytes and say which rows can be added and what is wrong with the rest."""
    check = ImportCheck()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    bad_lines = _bad_lines(data)
    text = data.decode("utf-8", errors="replace")
    unclosed = unclosed_quote_line(text)
    if unclosed is not None:  # read what comes before it; the rest would be swallowed into one cell
        text = "".join(text.splitlines(keepends=True)[: unclosed - 1])
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [name.strip().lower() for name in next(reader)]
    except (StopIteration, csv.Error):
        check.problems.append(Problem(1, _("The file is empty. It needs a first line naming the columns.")))
        return check
    if 1 in bad_lines:
        check.problems.append(Problem(1, _(_NOT_UTF8)))
        return check
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        check.problems.append(
            Problem(
                1,
                _(
                    "The first line must name the columns, including {missing}. coprep knows these columns: {known}."
                ).format(missing=" and ".join(missing), known=", ".join(COLUMNS)),
            )
        )
        return check
    for name in dict.fromkeys(header):
        if name not in COLUMNS:
            said = _("coprep does not know the column '{name}', so it was left out.")
            check.problems.append(Problem(1, said.format(name=name)))
        elif header.count(name) > 1:
            said = _("The column '{name}' is there twice; only the first was read.")
            check.problems.append(Problem(1, said.format(name=name)))
    existing = _existing_names(ws)
    seen_in_file: dict[str, int] = {}
    start = reader.line_num + 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            too_long = "larger than field limit" in str(error)
            said = _(_TOO_LONG).format(limit=f"{csv.field_size_limit():,}") if too_long else _(_UNREADABLE)
            check.problems.append(Problem(start, said))
            break
        line, end = start, reader.line_num
        start = end + 1
        if not any(cell.strip() for cell in cells):
            continue
        if bad_lines & set(range(line, end + 1)):
            check.problems.append(Problem(line, _(_NOT_UTF8)))
            continue
        if len(cells) > len(header):
            check.problems.append(
                Problem(
                    line,
                    _(
                        "This line has {parts} parts but the first line names {columns} columns. "
                        "Is there a comma that needs quote marks?"
                    ).format(parts=len(cells), columns=len(header)),
                )
            )
            continue
        values: dict[str, str] = {}
        for name, cell in zip(header, cells, strict=False):
            if name in COLUMNS:
                values.setdefault(name, read_cell(cell.strip()))
        if _already_the_same(values, existing):
            check.same += 1
            continue
        problem = _row_problem(values, existing, seen_in_file)
        if problem:
            check.problems.append(Problem(line, problem))
            continue
        seen_in_file[term_key(values["term"])] = line
        check.good.append(GoodRow(line, values))
    if unclosed is not None:
        check.problems.append(Problem(unclosed, _(_UNCLOSED)))
    return check


def unclosed_quote_line(text: str) -> int | None:
    """The line (from 1) where a quoted cell starts that is never closed, or None."""
    line, opened, quoted, at_start = 1, 0, False, True
    index = 0
    while index < len(text):
        char = text[index]
        if quoted:
            if char == '"' and text[index + 1 : index + 2] == '"':
                index += 1
            elif char == '"':
                quoted, at_start = False, False
        elif char == '"' and at_start:
            quoted, opened = True, line
        else:
            at_start = char in ",\n\r"
        line += char == "\n"
        index += 1
    return opened if quoted else None


_UNCLOSED = N_(
    'This line has a quote mark (") that is never closed, so coprep stopped reading here. '
    "Add the closing quote mark at the end of the text, or take the opening one away, and try again."
)
_TOO_LONG = N_(
    "This line has a part longer than {limit} letters, which is too long for a glossary. Shorten it and try again."
)
_UNREADABLE = N_("coprep cannot read this line, so it stopped here. Check it in a spreadsheet and save it again.")
_NOT_UTF8 = N_(
    "This line has letters coprep cannot read. Save the file as 'CSV UTF-8' "
    "(in Excel: Save As, then choose 'CSV UTF-8')."
)


def same_note(count: int) -> str:
    """What to say about lines skipped because the glossary already has them ("" for none)."""
    if not count:
        return ""
    return ngettext(
        "{count} word is already in your glossary with the same meaning; nothing to do for them.",
        "{count} words are already in your glossary with the same meaning; nothing to do for them.",
        count,
    ).format(count=count)


def _existing_names(ws: Workspace) -> dict[str, Entry]:
    """Every term and form already in the glossary (by lookup key), with the entry it belongs to.
    A term wins over another entry's form of the same spelling."""
    entries = load_glossary(ws.db)
    names = {entry.key: entry for entry in entries}
    for entry in entries:
        for form in entry.forms:
            names.setdefault(term_key(form), entry)
    return names


def _plain(text: str) -> str:
    return " ".join(text.split())


def _already_the_same(values: dict[str, str], existing: dict[str, Entry]) -> bool:
    entry = existing.get(term_key(values.get("term", "")))
    return entry is not None and _plain(entry.meaning) == _plain(values.get("meaning", ""))


def _row_problem(values: dict[str, str], existing: dict[str, Entry], seen_in_file: dict[str, int]) -> str | None:
    term = " ".join(values.get("term", "").split())
    if not term:
        return _("The word (the 'term' column) is empty.")
    if not values.get("meaning", "").strip():
        return _("'{term}' has no meaning.").format(term=term)
    key = term_key(term)
    if values.get("checked") and not MONTH.match(values["checked"]):
        return _(
            "'{term}' has '{checked}' in the 'checked' column. Write the year and month it was "
            "checked, like 2026-12, or leave it empty."
        ).format(term=term, checked=values["checked"])
    if key in seen_in_file:
        return _("'{term}' is in the file twice (also on line {line}).").format(term=term, line=seen_in_file[key])
    if key in existing:
        known = existing[key].term
        said = (
            _(
                "Your glossary already explains '{term}' differently. If you prefer the meaning in this file, "
                "find '{known}' in the Glossary and press Change… to put it in."
            )
            if term_key(known) == key
            else _(
                "Your glossary already explains '{term}' (another way to write '{known}') differently. If you "
                "prefer the meaning in this file, find '{known}' in the Glossary and press Change… to put it in."
            )
        )
        return said.format(term=term, known=known)
    return None


def import_rows(ws: Workspace, rows: list[GoodRow]) -> int:
    """Add the good rows of a checked file to the person's glossary as one undo step."""
    if not rows:
        return 0
    with ws.action(
        ngettext("Add {count} word from a file", "Add {count} words from a file", len(rows)).format(count=len(rows))
    ):
        for row in rows:
            values = row.values
            ws.insert(
                "glossary_own",
                {
                    "term": " ".join(values["term"].split()),
                    "meaning": values["meaning"],
                    "forms": join_list(split_list(values.get("forms"))),
                    "category": values.get("category") or OWN_CATEGORY,
                    "see_also": join_list(split_list(values.get("see_also"))),
                    "example": values.get("example", ""),
                    "source": values.get("source", ""),
                    "checked": values.get("checked", ""),
                },
            )
    return len(rows)
