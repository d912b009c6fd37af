"""Complete backups: the database and every paper and receipt it uses, restorable in one step.

Each backup is a folder in `<name>-backups/` beside the database, laid out like a live database
(`coprep.db` and `coprep-files/`), so it can even be opened on its own with `--db`. The database
is copied with SQLite's backup API (safe while coprep is writing); paper and receipt files are
never changed once stored (they are named by their content), so a backup hard-links them and
keeps no second copy. A backup is written under a temporary name and renamed when complete.

Kept: every backup of the last day, and the newest of each of the last 7 days, 8 weeks and 12 months
that have one. Only a file whose every page passed SQLite's check is backed up daily (integrity.py),
and a damaged file is kept apart when a backup is restored over it, so a damaged copy never counts
as the newest of a day and pushes a good backup out.
"""

import contextlib
import datetime as dt
import json
import os
import secrets
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from coprep.core.storage import clock
from coprep.core.storage.checks import StorageError, read_only_uri
from coprep.core.storage.log import get_log
from coprep.core.storage.paths import backups_folder, files_folder
from coprep.i18n import N_, _

KEEP_DAYS, KEEP_WEEKS, KEEP_MONTHS = 7, 8, 12
MARKER = "backup.json"
ABANDONED_AFTER_SECONDS = 3600  # a half-made backup older than this was left by a coprep that stopped
FILE_FOLDERS = {"papers": "select stored_name from papers", "receipts": "select receipt_file from claim_items"}
REASONS = {
    "daily": N_("daily"),
    "before update": N_("before coprep was updated"),
    "before restore": N_("before a restore"),
    "by hand": N_("made by you"),
}
log = get_log(__name__)


@dataclass
class Backup:
    """One complete backup and what it holds."""

    folder: Path
    made: dt.datetime
    reason: str
    meetings: int
    papers: int
    last_change: str

    @property
    def name(self) -> str:
        return self.folder.name

    def database(self) -> Path:
        return next(self.folder.glob("*.db"))


def _private_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(folder, 0o700)


def _last_change(path: Path) -> str:
    times = []
    for part in (path, Path(f"{path}-wal")):
        try:
            times.append(part.stat().st_mtime)
        except FileNotFoundError:
            continue  # the last connection to close removes the -wal file, maybe in another coprep
    return dt.datetime.fromtimestamp(max(times)).isoformat(timespec="minutes") if times else ""


def _count(conn: sqlite3.Connection, table: str) -> int:
    count: int = conn.execute(f"select count(*) from {table}").fetchone()[0]
    return count


def _share_files(copy: sqlite3.Connection, source_folder: Path, target_folder: Path) -> None:
    """Link (or, across disks, copy) every paper and receipt file the copied database uses."""
    for sub, query in FILE_FOLDERS.items():
        names = {row[0] for row in copy.execute(query) if row[0]}
        if not names:
            continue
        _private_folder(target_folder / sub)
        for name in names:
            source, target = source_folder / sub / Path(name).name, target_folder / sub / Path(name).name
            if not source.is_file() or target.exists():
                continue
            try:
                os.link(source, target)
            except OSError:
                shutil.copy2(source, target)
                os.chmod(target, 0o600)


def make_backup(conn: sqlite3.Connection, path: Path, reason: str = "by hand", made: dt.datetime | None = None) -> Path:
    """Back up the file at `path`, open on `conn`, with its papers and receipts; returns the folder."""
    path = Path(path)
    made = made or dt.datetime.now()
    folder = backups_folder(path)
    _private_folder(folder)
    name = f"{made.strftime('%Y-%m-%dT%H-%M-%S')}-{reason.replace(' ', '-')}"
    partial = folder / f".partial-{secrets.token_hex(6)}"
    _private_folder(partial)
    try:
        copy_path = partial / path.name
        with contextlib.closing(sqlite3.connect(str(copy_path))) as copy:
            conn.backup(copy)
            os.chmod(copy_path, 0o600)
            _share_files(copy, files_folder(path), files_folder(partial / path.name))
            info = {
                "made": made.isoformat(timespec="seconds"),
                "reason": reason,
                "meetings": _count(copy, "meetings"),
                "papers": _count(copy, "papers"),
                "last_change": _last_change(path),
            }
        marker = partial / MARKER
        marker.write_text(json.dumps(info), encoding="utf-8")
        os.chmod(marker, 0o600)
        final = _rename_unique(partial, folder, name)
    except (OSError, sqlite3.Error) as error:
        shutil.rmtree(partial, ignore_errors=True)
        log.warning(_("a backup could not be made: %s"), type(error).__name__)
        raise StorageError(_("coprep could not make a backup: {why}.").format(why=error)) from error
    log.info("backup made (%s)", reason)
    prune(path)
    return final


def _rename_unique(partial: Path, folder: Path, name: str) -> Path:
    """Give the finished backup its name; another process may take the same name in the same second."""
    final = folder / name
    while True:
        try:
            partial.rename(final)  # fails rather than replace a finished backup (never empty)
            return final
        except OSError:
            if not final.exists():
                raise
            final = folder / f"{name}-{secrets.token_hex(2)}"


def list_backups(path: Path) -> list[Backup]:
    """Every complete backup of the database at path, newest first."""
    folder = backups_folder(Path(path))
    found = []
    if folder.is_dir():
        for child in folder.iterdir():
            try:
                info = json.loads((child / MARKER).read_text(encoding="utf-8"))
                found.append(
                    Backup(
                        child,
                        dt.datetime.fromisoformat(info["made"]),
                        info["reason"],
                        int(info["meetings"]),
                        int(info["papers"]),
                        info.get("last_change", ""),
                    )
                )
            except (OSError, ValueError, KeyError, TypeError):
                continue
    return sorted(found, key=lambda backup: backup.made, reverse=True)


def _kept(backups: list[Backup]) -> set[Path]:
    if not backups:
        return set()
    # Everything from the newest backup's last day stays (a backup made just before a restore, say).
    keep = {backup.folder for backup in backups if backup.made > backups[0].made - dt.timedelta(days=1)}
    periods: list[tuple[int, Callable[[dt.datetime], object]]] = [
        (KEEP_DAYS, lambda d: d.date()),
        (KEEP_WEEKS, lambda d: d.isocalendar()[:2]),
        (KEEP_MONTHS, lambda d: (d.year, d.month)),
    ]
    for count, period_of in periods:
        seen: list[object] = []
        for backup in backups:  # newest first, so the first in each period is its newest
            period = period_of(backup.made)
            if period not in seen and len(seen) < count:
                seen.append(period)
                keep.add(backup.folder)
    return keep


def prune(path: Path) -> list[Path]:
    """Remove backups the keeping rules no longer need, and halves of backups that never finished.

    A half-made backup is removed only when it is over an hour old by the real clock: a younger one
    may be another coprep's backup in the making (it renames or removes its own when done).
    """
    backups = list_backups(path)
    keep = _kept(backups)
    removed = [backup.folder for backup in backups if backup.folder not in keep]
    for folder in removed:
        shutil.rmtree(folder, ignore_errors=True)
    for partial in backups_folder(Path(path)).glob(".partial-*"):
        try:
            age = time.time() - partial.stat().st_mtime
        except FileNotFoundError:
            continue  # another coprep finished it (or gave up) since the folder was listed
        if age > ABANDONED_AFTER_SECONDS:
            shutil.rmtree(partial, ignore_errors=True)
    return removed


def back_up_daily(conn: sqlite3.Connection, path: Path, today: dt.date | None = None) -> Path | None:
    """Make today's backup unless there is one already; returns its folder, or None."""
    now = dt.datetime.now()
    today = today or clock.today()
    made = now if today == now.date() else dt.datetime.combine(today, dt.time(12))
    if any(backup.made.date() == made.date() for backup in list_backups(path)):
        return None
    try:
        return make_backup(conn, path, reason="daily", made=made)
    except StorageError:
        return None  # a missed daily backup must not stop the person working; it is logged


def inside_a_backup(path: Path) -> bool:
    """Whether the database at path is itself a backup (opened with --db), which is never backed up."""
    return (Path(path).parent / MARKER).exists()


def reason_words(reason: str) -> str:
    """Why a backup was made, as a person would say it."""
    return _(REASONS[reason]) if reason in REASONS else reason


def find_backup(path: Path, name: str) -> Backup:
    """The backup with this folder name (as `coprep backup list` shows it)."""
    for backup in list_backups(path):
        if backup.name == name:
            return backup
    raise StorageError(_("There is no backup called {name}. `coprep backup list` shows them.").format(name=name))


def _copy_into(source: Path, target_conn: sqlite3.Connection) -> None:
    with contextlib.closing(sqlite3.connect(read_only_uri(source), uri=True)) as backup_conn:
        backup_conn.backup(target_conn)


def restore_backup(path: Path, backup: Backup, conn: sqlite3.Connection | None = None) -> Path | None:
    """Put the backup back as the database at path, keeping the current state as a backup first.

    The backup is written through SQLite into the open database (conn, else one opened here), so a
    leftover -wal or -journal file is dealt with by SQLite itself. A damaged current file is kept
    apart instead, in a "damaged-before-restore" folder that is never listed, counted or removed
    with the backups: moved there (with its -wal and -journal files) when it is too damaged to
    open, else copied there. Returns the backup made of the current state (None when kept apart).
    """
    from coprep.core.storage.connection import open_connection
    from coprep.core.storage.integrity import damage_found

    path = Path(path)
    owned = conn is None
    kept: Path | None = None
    if conn is None:
        try:
            conn = open_connection(path, backup=False)
        except StorageError:
            _set_aside(path)
            conn = open_connection(path, backup=False)
        else:
            kept = make_backup(conn, path, reason="before restore")
    elif damage_found(path):
        _copy_aside(conn, path)
    else:
        kept = make_backup(conn, path, reason="before restore")
    try:
        _copy_into(backup.database(), conn)
        _restore_files(backup, path)
    except (OSError, sqlite3.Error) as error:
        raise StorageError(_("coprep could not restore that backup: {why}.").format(why=error)) from error
    finally:
        if owned:
            conn.close()
    log.info("backup restored")
    return kept


def _aside_folder(path: Path) -> Path:
    aside = backups_folder(path) / f"{dt.datetime.now().strftime('%Y-%m-%dT%H-%M-%S')}-damaged-before-restore"
    _private_folder(aside)
    return aside


def _set_aside(path: Path) -> Path:
    aside = _aside_folder(path)
    for name in (path, *(Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal"))):
        if name.exists():
            name.replace(aside / name.name)
    return aside


def _copy_aside(conn: sqlite3.Connection, path: Path) -> Path:
    """Copy the open, damaged database page by page into a folder of its own, beside the backups."""
    aside = _aside_folder(path)
    try:
        with contextlib.closing(sqlite3.connect(str(aside / path.name))) as copy:
            conn.backup(copy)
        os.chmod(aside / path.name, 0o600)
    except (OSError, sqlite3.Error) as error:
        raise StorageError(
            _("coprep could not keep a copy of your file before restoring: {why}.").format(why=error)
        ) from error
    log.info("a damaged database was kept apart before a restore")
    return aside


def _restore_files(backup: Backup, path: Path) -> None:
    source, target = files_folder(backup.database()), files_folder(path)
    for sub in FILE_FOLDERS:
        if not (source / sub).is_dir():
            continue
        _private_folder(target / sub)
        for item in (source / sub).iterdir():
            if item.is_file() and not (target / sub / item.name).exists():
                try:
                    os.link(item, target / sub / item.name)
                except OSError:
                    shutil.copy2(item, target / sub / item.name)
