"""Find prose a person would read that is not marked for translation, in Python source.

A string literal (or the fixed part of an f-string) with at least two words of letters is prose,
unless it is marked (inside `_()`, `ngettext()` or `N_()`), a docstring, an SQL statement, a log
message, a dictionary key, a regular expression, a format spec or a file name. What remains is
either a sentence someone forgot to mark or something a module keeps for a reason, which
`test_checks.py` lists by module with that reason.
"""

import ast
import re

MARKERS = {"_", "ngettext", "N_"}
# Two words of letters next to each other: "Choose a part", "my contact"; not "%Y-%m-%d" or "a.b".
PROSE = re.compile(r"[^\W\d_]{2,}[ \t]+[^\W\d_]{2,}|[^\W\d_]{2,}[ \t]+[^\W\d_][ \t]+[^\W\d_]{2,}")
# SQL, whole or in pieces: a statement's first word, a column compared with a value or another column.
SQL = re.compile(
    r"^\s*(select|insert|update|delete|create|drop|alter|with|pragma|begin|commit|attach|vacuum)\s"
    r"|\w+\.\w+\s*(=|is\b|in\b|between\b)|=\s*[?:]|\bcoalesce\(|\bselect\b.*\bfrom\b",
    re.IGNORECASE | re.DOTALL,
)
MARKUP = re.compile(r"<[^<>]*>")  # HTML tags: their attributes are for the printer, not the reader
# Calls whose string arguments are for programs or logs, not people.
LOG_CALLS = {"debug", "info", "warning", "error", "exception", "critical", "log", "log_error"}
SQL_CALLS = {"execute", "executemany", "executescript", "query", "execute_returning_dicts"}
REGEX_CALLS = {"compile", "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer"}
PROGRAM_CALLS = LOG_CALLS | SQL_CALLS | REGEX_CALLS | { "strftime", "strptime", "getenv"}
FILE_NAME = re.compile(r"^[\w. -]+\.[a-z0-9]{2,5}$")


def _called(node: ast.Call) -> str | None:
    function = node.func
    return function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", None)


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of string constants standing alone as statements (docstrings and section notes)."""
    return {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
    }


def _parents(tree: ast.AST) -> dict[int, ast.AST]:
    return {id(child): node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _exempt_by_place(node: ast.AST, parents: dict[int, ast.AST]) -> bool:
    """Inside a marking call, a program's call, a dict key, a subscript or a format spec."""
    child = node
    parent = parents.get(id(child))
    while parent is not None:
        if isinstance(parent, ast.Call) and child is not parent.func:
            name = _called(parent)
            if name in MARKERS or name in PROGRAM_CALLS:
                return True
        if isinstance(parent, ast.Dict) and any(child is key for key in parent.keys):
            return True
        if isinstance(parent, ast.Subscript) and child is parent.slice:
            return True
        if isinstance(parent, ast.FormattedValue) and child is parent.format_spec:
            return True
        if isinstance(parent, ast.Compare):
            return True  # compared with what a program or a file holds, never shown
        child, parent = parent, parents.get(id(parent))
    return False


def _is_prose(text: str) -> bool:
    words = MARKUP.sub(" ", text)
    return bool(PROSE.search(words)) and not SQL.search(text) and not FILE_NAME.match(text)


def unmarked_texts(source: str) -> list[tuple[int, str]]:
    """(line, text) of each piece of prose in this source that is not marked for translation."""
    tree = ast.parse(source)
    docstrings, parents = _docstrings(tree), _parents(tree)
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)) or id(node) in docstrings:
            continue
        if _is_prose(node.value) and not _exempt_by_place(node, parents):
            found.append((node.lineno, node.value))
    return sorted(found)
