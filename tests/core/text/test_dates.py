"""Dates in words come from Babel in the person's language, never from strftime (which follows the
system's locale, and gives "05" or "Sep" however the language writes them)."""

import datetime as dt

from coprep.core.text.dates import (
    day_month_words,
    day_words,
    month_words,
    short_month_words,
    weekday_words,
)
from coprep.i18n import set_language


def test_dates_in_british_english_words():
    set_language("en")
    day = dt.date(2026, 3, 5)
    assert day_words(day) == "5 March 2026"
    assert weekday_words(day) == "Thursday 5 March 2026"
    assert month_words("2026-12") == "December 2026"
    assert day_month_words(day) == "05 March"
    assert short_month_words(dt.date(2026, 12, 1)) == "Dec"


def test_dates_follow_the_language(monkeypatch):
    monkeypatch.setenv("COPREP_LANGUAGE", "cy")
    set_language()
    try:
        assert day_month_words(dt.date(2026, 3, 5)) == "05 Mawrth"
        assert short_month_words(dt.date(2026, 3, 5)) != "Mar"
    finally:
        monkeypatch.delenv("COPREP_LANGUAGE")
        set_language("en")
