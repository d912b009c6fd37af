"""Checks that help contributors: ruff's lint and format, and every visible text marked for translation."""

import ast
import subprocess
import sys
from pathlib import Path

from unmarked_text import unmarked_texts

ROOT = Path(__file__).resolve().parents[1]
# Calls whose text arguments a person reads: Qt widgets and messages, coprep's form helpers and the
# plain-words errors that reach the screen or the command line.
VISIBLE_CALLS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setPlaceholderText",
    "setAccessibleName",
    "setAccessibleDescription",
    "setStatusTip",
    "addAction",
    "addTab",
    "setTitle",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "warning",
    "critical",
    "information",
    "question",
    "showMessage",
    "setHorizontalHeaderLabels",
    "add_row",
    "name",
    "show_problem",
    "InputError",
    "CommandError",
    "StorageError",
    "PaperError",
    "setTabText",
    "addItem",
    "setWhatsThis",
    "setSuffix",
    "setPrefix",
    "setSpecialValueText",
}


def _ruff(*args: str) -> subprocess.CompletedProcess[str]:
    ruff = Path(sys.executable).with_name("ruff")
    return subprocess.run([str(ruff), *args], cwd=ROOT, capture_output=True, text=True)


def test_ruff_finds_nothing_to_mend():
    result = _ruff("check", "coprep", "tests", "benchmarks", "docs")
    assert result.returncode == 0, result.stdout


def test_code_is_formatted_as_ruff_formats_it():
    result = _ruff("format", "--check", "coprep", "tests", "benchmarks", "docs")
    assert result.returncode == 0, result.stdout


def _called(node: ast.Call) -> str | None:
    function = node.func
    return function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", None)


def test_every_text_a_person_reads_is_marked_for_translation():
    unmarked = []
    for path in sorted((ROOT / "coprep").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and _called(node) in VISIBLE_CALLS):
                continue
            for argument in [*node.args, *(keyword.value for keyword in node.keywords)]:
                plain = isinstance(argument, ast.Constant) and isinstance(argument.value, str)
                if (plain and any(c.isalpha() for c in argument.value)) or isinstance(argument, ast.JoinedStr):
                    unmarked.append(f"{path.relative_to(ROOT)}:{argument.lineno}")
    assert unmarked == []


# Prose in core, cli and ui that stays unmarked, by module (a folder, or a file) and the text's start
# ("" for every text in the module), each with the reason. Not by line, so it survives edits.
ALLOWED_PROSE = [
    (
        "coprep/core/demo/",
        "",
        "The worked example is invented sample content, stored in the database as if the person had "
        "typed it (committees, agendas, notes, papers). What a person types is never translated, so "
        "the example stays English like it; an example in Welsh would be new writing, not a translation.",
    ),
    *(
        (
            f"coprep/core/meetings/{module}",
            "",
            "Words coprep looks for in English agendas (column headings, "
            "month names, purposes, joining words). They read what a committee wrote and are never shown; "
            "agendas in another language need their own word lists, not a translation of these.",
        )
        for module in ("agenda_columns.py", "agenda_details.py", "agenda_fields.py")
    ),
    ("coprep/core/meetings/agenda_merge.py", "number and title", "The name of a matching rule, for code."),
    ("coprep/core/meetings/calendar_file.py", "-//coprep//", "iCalendar's product identifier (PRODID)."),
    ("coprep/core/papers/extract.py", "damaged zip", "A kind of file, for code."),
    ("coprep/core/papers/extract.py", "other zip", "A kind of file, for code."),
    ("coprep/core/papers/extract.py", "old office", "A kind of file, for code."),
    ("coprep/core/papers/extract_process.py", "coprep reader", "The reading process's name, for the system."),
    ("coprep/core/papers/pack_split.py", "page ranges", "Where a split came from, a key the screen words."),
    ("coprep/core/papers/pack_split.py", "title pages", "Where a split came from, a key the screen words."),
    ("coprep/core/papers/pack_store.py", "new item", "A kind of change, a key the screen words."),
    ("coprep/core/storage/archive.py", "coprep archive", "The format's name inside an archive file."),
    (
        "coprep/core/storage/backups.py",
        "by hand",
        "Why a backup was made: a key of REASONS (shown translated) and part of the backup folder's name.",
    ),
    ("coprep/core/storage/backups.py", "before restore", "As above, a key of REASONS."),
    ("coprep/core/storage/connection.py", "before update", "As above, a key of REASONS."),
    ("coprep/cli/backup.py", "by hand", "As above, a key of REASONS."),
    (
        "coprep/core/words/glossary.py",
        "my words",
        "The category stored with the person's own words, like text they type.",
    ),
    (
        "coprep/core/words/glossary_check.py",
        "Northern Ireland",
        "A name in English meanings that is not a fact needing a source: it matches the shipped (English) glossary.",
    ),
    ("coprep/core/words/glossary_check.py", "no source", "The kind of a finding, a key (in --json too)."),
    ("coprep/core/words/glossary_check.py", "no date", "The kind of a finding, a key (in --json too)."),
    ("coprep/cli/conditions.py", "coprep conditions MEETING", "The usage line: command syntax."),
    ("coprep/cli/", "coprep", "The program's name before a message or its version, as command-line tools say it."),
    (
        "coprep/core/storage/log.py",
        "  {}:{} in {}",
        "The log stays English, so anyone a person sends it to can read it.",
    ),
    *(
        (f"coprep/ui/{module}", pattern, "A Qt date pattern: Qt writes the day and month names in the language itself.")
        for module, pattern in (
            ("fairness/chair_summary_dialog.py", "d MMMM yyyy"),
            ("fairness/ladder_tab.py", "MMM yyyy"),
            ("meetings/meeting_dialog.py", "dddd d MMMM yyyy"),
            ("meetings/meeting_view.py", "dddd d MMMM yyyy"),
            ("meetings/meetings_page.py", "ddd d MMM yyyy"),
            ("money/involvement_fields.py", "d MMMM yyyy"),
            ("papers/paper_details.py", "d MMMM yyyy"),
        )
    ),
    ("coprep/ui/fairness/ladder_tab.py", "Fair treatment", "A tab's key (its English title), not shown."),
    (
        "coprep/ui/words/jargon_highlight.py",
        "The ICB board",
        "Never shown: the word finder reads it once, off the window's thread, to load its word lists.",
    ),
    ("coprep/ui/shell/print_pdf.py", "DejaVu Sans", "A font's name."),
]


def _allowed(module: str, text: str) -> bool:
    return any(module.startswith(place) and text.startswith(start) for place, start, _why in ALLOWED_PROSE)


def _unmarked_prose() -> tuple[list[str], set[tuple[str, str]]]:
    """Unmarked prose in core, cli and ui not allowed above, and the allowances that were used."""
    found, used = [], set()
    for folder in ("coprep/core", "coprep/cli", "coprep/ui"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            module = str(path.relative_to(ROOT))
            for line, text in unmarked_texts(path.read_text(encoding="utf-8")):
                allowances = {(p, s) for p, s, _why in ALLOWED_PROSE if module.startswith(p) and text.startswith(s)}
                used |= allowances
                if not allowances:
                    found.append(f"{module}:{line}: {text!r}")
    return found, used


def test_prose_that_core_the_command_line_and_the_screens_build_is_marked_for_translation():
    found, used = _unmarked_prose()
    assert found == []
    # an allowance nothing needs any more goes, so the list stays short and true
    assert {(place, start) for place, start, _why in ALLOWED_PROSE} == used


def test_the_prose_finder_catches_a_new_unmarked_sentence():
    snippet = """
\"\"\"A module docstring is for programmers.\"\"\"
import re
from coprep.i18n import N_, _, ngettext

TITLE = N_("My involvement record")
STATUS = {"two words": N_("Not sent yet")}
_LINE = re.compile(r"item no\\.? (\\d+)")


def build(db, rows, path, log):
    \"\"\"Docstrings are never translated.\"\"\"
    db.execute("select name from committees where id = ?", [1])
    log.info("opened the file for reading")
    if rows == "not sent yet":
        raise ValueError("rows must be a list here")
    lines = ["## Reminders", _("Tick each one that happens.")]
    lines.append(ngettext("{count} word", "{count} words", rows).format(count=rows))
    lines.append(f"Saved {rows} rows to {path}.")
    lines.append("No claims are overdue.")
    lines.append(f"Rate: {rows}")
    lines.append(f"color: {path}; font-weight: bold")
    return lines
"""
    assert unmarked_texts(snippet) == [
        (17, "## Reminders"),
        (19, "Saved {} rows to {}."),
        (20, "No claims are overdue."),
        (21, "Rate: {}"),
    ]


def test_the_core_passes_mypy_strict():
    mypy = Path(sys.executable).with_name("mypy")
    result = subprocess.run([str(mypy), "coprep/core", "coprep/i18n.py"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
