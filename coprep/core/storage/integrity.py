"""SQLite's check of every page of the file (`PRAGMA quick_check`), and the daily backup that waits for it.

The check reads the whole file, so its cost grows with the file. Commands run it as they open the
file (database.py), before they change anything. The window opens the file with the quicker
checks only, paints, then runs `check_then_back_up` off its own thread and warns if the file is
damaged. The day's backup is made only from a file that passed: a damaged copy would count as the
newest of its day, week and month, and push the good backups out of the ones kept.
"""

import contextlib
import sqlite3
from pathlib import Path

from coprep.core.storage.checks import read_only_uri
from coprep.i18n import _


def damage_found(path: Path) -> str | None:
    """None when SQLite finds every page of the file sound; otherwise a plain warning saying what to do.

    Uses its own read-only connection, so it may run on another thread while the file is in use.
    A missing file, one that is not SQLite, or one busy in another program is left for opening
    (or the next check) to explain.
    """
    path = Path(path)
    if not path.is_file():
        return None
    try:
        with contextlib.closing(sqlite3.connect(read_only_uri(path), uri=True, timeout=5)) as conn:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as error:
        text = str(error).lower()
        if "locked" in text or "busy" in text or "not a database" in text:
            return None
        result = text
    if result == "ok":
        return None
    return _(
        "coprep checked your file {path} and found that part of it is damaged, so some of what you "
        "saved may be wrong or missing. Your backups are safe: coprep made no new backup from the "
        "damaged file. To put things right, choose File › Restore a backup… and pick the newest one."
    ).format(path=path)


def check_then_back_up(path: Path, backup: bool = True) -> str | None:
    """Check every page; if the file is sound (and backup is True), make today's backup if none is made yet.

    Returns the plain warning when the file is damaged, else None.
    """
    damage = damage_found(path)
    if damage is not None or not backup:
        return damage
    from coprep.core.storage.backups import back_up_daily, inside_a_backup

    if Path(path).is_file() and not inside_a_backup(path):
        with contextlib.closing(sqlite3.connect(read_only_uri(path), uri=True, timeout=30)) as conn:
            back_up_daily(conn, Path(path))
    return None
