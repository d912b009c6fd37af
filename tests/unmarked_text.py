"""Find prose a person would read that is not marked for translation, in Python source.

A string literal (or the fixed part of an f-string) with at least two words of letters is prose,
and so is a one-word Markdown heading or bold label ("## Reminders", "**When:**"), unless it is
marked (inside `_()`, `ngettext()` or `N_()`), a docstring, SQL, a log message, a dictionary key
or subscript, something compared with (what a program or a file holds), a regular expression, a
format spec, a date pattern, a file name, HTML markup, a stylesheet, or the words of an error only a bug raises.
What remains is a sentence someone forgot to mark, or something a module keeps for a reason, which
`test_checks.py` allows by module and text, with that reason.
"""

import ast
import re

MARKERS = {"_", "ngettext", "N_"}
# Two words of letters next to each other: "Choose a part", "my contact"; not "%Y-%m-%d" or "a.b".
PROSE = re.compile(r"[^\W\d_]{2,}[ \t]+[^\W\d_]{2,}|[^\W\d_]{2,}[ \t]+[^\W\d_][ \t]+[^\W\d_]{2,}")
MARKDOWN_WORD = re.compile(r"^#{1,6} +[^\W\d_]{2,}|^\*\*[^\W\d_]{2,}:?\*\*")
# In an f-string, one word beside a value is prose too: "Add {}", "Rate: {}", "{} — late".
WORD_BY_VALUE = re.compile(r"[^\W\d_]{2,}:? +\{\}|\{\} +(?:[—–-] +)?[^\W\d_]{2,}")
# SQL, whole or in pieces: a statement's first word, a column compared with a value or another column.
SQL = re.compile(
    r"^\s*(select|insert|update|delete|create|drop|alter|with|pragma|begin|commit|attach|vacuum)\s"
    r"|\w+\.\w+\s*(=|is\b|in\b|between\b)|=\s*[?:]|\bcoalesce\(|\bselect\b.*\bfrom\b"
    r"|\b(order|group) by\b|\bcollate nocase\b",
    re.IGNORECASE | re.DOTALL,
)
# A stylesheet's declarations ("color: {}; font-weight: bold"): for Qt, not the reader.
STYLESHEET = re.compile(
    r"\b(color|background(-color)?|font-(weight|size|family|style)|border(-[a-z]+)*|margin(-[a-z]+)?"
    r"|padding(-[a-z]+)?)\s*:"
)
MARKUP = re.compile(r"<[^<>]*>")  # HTML tags: their attributes are for the printer, not the reader
FILE_NAME = re.compile(r"^[\w. -]+\.[a-z0-9]{2,5}$")
LOG_METHODS = {"debug", "info", "warning", "error", "exception", "critical", "log"}  # called on a logger
SQL_CALLS = {"execute", "executemany", "executescript", "query", "rows_where"}
REGEX_CALLS = {"compile", "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer"}
# Errors only a bug raises: a person never reads their words (InputError and its kin say what to do).
PROGRAMMER_ERRORS = {"ValueError", "KeyError", "TypeError", "RuntimeError", "AssertionError", "NotImplementedError"}
PROGRAM_CALLS = SQL_CALLS | REGEX_CALLS | PROGRAMMER_ERRORS | {"log_error", "strftime", "strptime", "format_date"}


def _called(node: ast.Call) -> str | None:
    function = node.func
    return function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", None)


def _is_log_call(node: ast.Call) -> bool:
    """log.info(...), logger.warning(...), self._log.error(...): a logger's method."""
    function = node.func
    if not (isinstance(function, ast.Attribute) and function.attr in LOG_METHODS):
        return False
    owner = function.value
    name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
    return "log" in name.lower()


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
    """Inside a marking call or a program's call, or a dict key, a subscript, a comparison or a format spec."""
    child, parent = node, parents.get(id(node))
    while parent is not None:
        if isinstance(parent, ast.Call) and child is not parent.func:
            if _called(parent) in MARKERS | PROGRAM_CALLS or _is_log_call(parent):
                return True
        if isinstance(parent, ast.Dict) and any(child is key for key in parent.keys):
            return True
        if isinstance(parent, ast.Subscript) and child is parent.slice:
            return True
        if isinstance(parent, ast.FormattedValue) and child is parent.format_spec:
            return True
        if isinstance(parent, ast.Compare):
            return True
        child, parent = parent, parents.get(id(parent))
    return False


def is_prose(text: str) -> bool:
    words = MARKUP.sub(" ", text)
    looks_like_prose = PROSE.search(words) or MARKDOWN_WORD.match(words)
    return bool(looks_like_prose) and not SQL.search(text) and not FILE_NAME.match(text) and not STYLESHEET.search(text)


def unmarked_texts(source: str) -> list[tuple[int, str]]:
    """(line, text) of each piece of prose in this source that is not marked for translation."""
    tree = ast.parse(source)
    docstrings, parents = _docstrings(tree), _parents(tree)
    # an f-string is read whole, its values as {}: "Saved {} rows to {}." is one sentence
    parts = {id(value) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for value in node.values}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            text = "".join(value.value if isinstance(value, ast.Constant) else "{}" for value in node.values)
            one_word = (
                WORD_BY_VALUE.search(MARKUP.sub(" ", text)) and not SQL.search(text) and not STYLESHEET.search(text)
            )
            if one_word and not _exempt_by_place(node, parents):
                found.append((node.lineno, text))
                continue
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        else:
            continue
        if id(node) in docstrings | parts:
            continue
        if is_prose(text) and not _exempt_by_place(node, parents):
            found.append((node.lineno, text))
    return sorted(found)
