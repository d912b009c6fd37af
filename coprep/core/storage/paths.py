"""Where coprep keeps a person's files: the database, their copies of papers, backups."""

import os
from pathlib import Path

import platformdirs

from coprep import APP_NAME

DB_ENV = "COPREP_DB"
DB_NAME = "coprep.db"


def data_folder() -> Path:
    """coprep's own folder in the user's data folder (e.g. ~/.local/share/coprep)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    """The database named by COPREP_DB, else coprep.db in coprep's data folder."""
    chosen = os.environ.get(DB_ENV)
    if chosen:
        return Path(chosen).expanduser()
    return data_folder() / DB_NAME


def files_folder(db_path: Path) -> Path:
    """The folder beside a database that holds coprep's own copies of papers and receipts."""
    return db_path.with_name(db_path.stem + "-files")


def backups_folder(db_path: Path) -> Path:
    """The folder beside a database that holds its daily backups."""
    return db_path.with_name(db_path.stem + "-backups")


def private_folder(folder: Path) -> Path:
    """Make the folder (and any missing parents coprep makes with it) readable by its owner only."""
    folder = Path(folder)
    missing = [parent for parent in (folder, *folder.parents) if not parent.exists()]
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    for made in missing:
        os.chmod(made, 0o700)
    if not missing:
        os.chmod(folder, 0o700)
    return folder


def window_is_open(db_path: Path) -> bool:
    """Whether a coprep window holds this database's lock file (Qt's QLockFile: its first line is the pid)."""
    lock = Path(f"{Path(db_path).resolve()}.lock")
    try:
        pid = int(lock.read_text(encoding="utf-8", errors="replace").split()[0])
        os.kill(pid, 0)
    except (OSError, ValueError, IndexError):
        return False
    return True
