"""Tidying coprep's folder of papers: copies no paper uses any more, and imports that never finished.

Kept apart from the papers module and reading through plain sqlite3: the window tidies a moment
after it opens, and every command as it starts, and neither should load the papers module (its
readers, readability and glossary libraries) or sqlite-utils only for that.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from coprep.core.storage.connection import rows
from coprep.core.storage.paths import files_folder, window_is_open

if TYPE_CHECKING:
    from coprep.core.storage.connection import Reader

TEMP_PREFIX = ".importing-"
# Younger than this, an unused copy or an import's folder may belong to an import still running elsewhere.
LEFT_BEHIND_AFTER_SECONDS = 3600


def papers_folder(db_path: Path) -> Path:
    """Where coprep keeps its copies of papers (apart from receipts, which share files_folder)."""
    return files_folder(Path(db_path)) / "papers"


def remove_orphan_files(db: Reader, db_path: Path, keep_unused: bool = False, keep_recent: bool = False) -> list[Path]:
    """Delete copies no paper uses any more, and leftovers of imports that never finished.

    keep_unused keeps copies no paper uses (a window may still undo the removal of their paper);
    keep_recent keeps anything from the last hour, which another process may be importing now.
    """
    folder = papers_folder(db_path)
    if not folder.is_dir():
        return []
    used = {
        row["stored_name"] for row in rows(db, "select stored_name from papers union select stored_name from packs")
    }
    removed = []
    hour_ago = dt.datetime.now().timestamp() - LEFT_BEHIND_AFTER_SECONDS
    for path in folder.iterdir():
        if keep_recent and path.stat().st_mtime > hour_ago:
            continue
        if path.name.startswith(TEMP_PREFIX):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
        elif path.is_file() and path.name not in used and not keep_unused:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def tidy_from_command(db: Reader, db_path: Path) -> list[Path]:
    """What a command tidies: what imports left behind over an hour ago, and unused copies unless
    a window is open on the database."""
    return remove_orphan_files(db, db_path, keep_unused=window_is_open(db_path), keep_recent=True)
