"""Babel's words for dates, loaded off the window's thread a moment after the first paint.

Dates in words load Babel's locale data the first time one is shown (so the first paint never
waits for it). Where that first date was a new paper's "came on 6 April", the window froze for
0.1 s, 0.3 s on a busy machine, just as the paper arrived.
"""

import datetime as dt

from coprep.ui.shell.background import Background


def _load(_cancelled: object, _progress: object) -> str:
    from coprep.core.text.dates import day_words

    return day_words(dt.date.today())


def load_date_words() -> Background:
    """Start loading them; the thread is returned so a caller that must have them can wait()."""
    loader = Background(_load)
    loader.begin()
    return loader
