"""Today's date, from one place, so tests (and the worked example) can say what day it is.

Screens and core functions ask `today()` rather than `date.today()`: a test of tax years run
near 6 April, or of "owed for 52 days", then gives the same answer on any day.
"""

import datetime as dt

_fixed: dt.date | None = None


def today() -> dt.date:
    """The date to use as today."""
    return _fixed or dt.date.today()


def set_today(day: dt.date | None) -> None:
    """Make `today()` return this day (None: the real date again)."""
    global _fixed
    _fixed = day
