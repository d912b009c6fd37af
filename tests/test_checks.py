"""Checks that help contributors: ruff's lint and format, and every visible text marked for translation."""

import ast
import subprocess
import sys
from pathlib import Path

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


def test_the_core_passes_mypy_strict():
    mypy = Path(sys.executable).with_name("mypy")
    result = subprocess.run([str(mypy), "coprep/core", "coprep/i18n.py"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
