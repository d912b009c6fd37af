"""Text written to CSV files that spreadsheets open: shown as text, never run as a formula.

Excel, LibreOffice and Numbers treat a cell starting with = + - or @ (or a tab or carriage
return before one) as a formula, which a shared file could use to run commands or leak data.
An apostrophe in front makes a spreadsheet show the text as it is; reading coprep's own files
back takes that apostrophe away again.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """The value with an apostrophe in front if a spreadsheet would take it as a formula."""
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


def read_cell(value: str) -> str:
    """A cell as written before safe_cell protected it."""
    return value[1:] if value.startswith("'") and value[1:].startswith(FORMULA_STARTS) else value
