"""Everything in one file, to move coprep to a new computer: the database, papers and receipts.

The archive is a zip holding a copy of the database made with SQLite's backup API (so it is
whole even while coprep writes), the paper and receipt files it uses, and `manifest.json` with
the SHA-256 of every one. Opening an archive checks every checksum and the database itself
before anything reaches its place, and it only ever makes a new database, never over one.
"""

import datetime as dt
import hashlib
import json
import os
import secrets
import shutil
import sqlite3
import tempfile
import zipfile
import zlib
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from sqlite_utils import Database

from coprep.core.storage.backups import FILE_FOLDERS
from coprep.core.storage.checks import StorageError
from coprep.core.storage.paths import backups_folder, files_folder
from coprep.i18n import _

MANIFEST = "manifest.json"
FORMAT = "coprep archive"
_CHUNK = 1024 * 1024
_MANIFEST_LIMIT = 50 * 1024 * 1024


@dataclass
class ArchiveSummary:
    """What an archive holds: how many files besides the database, and their checksums."""

    files: int
    checksums: dict[str, str]


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def export_archive(db: Database, db_path: Path, target: Path) -> ArchiveSummary:
    """Write the open database `db` of the file at db_path, with its papers and receipts, to target."""
    db_path, target = Path(db_path), Path(target)
    partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")
    checksums: dict[str, str] = {}
    try:
        with tempfile.TemporaryDirectory(prefix="coprep-export-") as temp:
            copy_path = Path(temp) / "coprep.db"
            with closing(sqlite3.connect(copy_path)) as copy:
                db.conn.backup(copy)
                used = {sub: {row[0] for row in copy.execute(query) if row[0]} for sub, query in FILE_FOLDERS.items()}
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                checksums["coprep.db"] = _sha256(copy_path)
                archive.write(copy_path, "coprep.db")
                for sub, names in used.items():
                    for name in sorted(names):
                        source = files_folder(db_path) / sub / Path(name).name
                        if source.is_file():
                            member = f"{sub}/{Path(name).name}"
                            checksums[member] = _sha256(source)
                            archive.write(source, member)
                manifest = {
                    "format": FORMAT,
                    "version": 1,
                    "made": dt.datetime.now().isoformat(timespec="seconds"),
                    "files": checksums,
                }
                archive.writestr(MANIFEST, json.dumps(manifest, indent=1))
        os.chmod(partial, 0o600)
        partial.replace(target)
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        raise StorageError(
            _("coprep could not save everything to {file}: {why}.").format(
                file=target, why=getattr(error, "strerror", None) or error
            )
        ) from error
    return ArchiveSummary(len(checksums) - 1, checksums)


def _damaged(source: Path) -> StorageError:
    return StorageError(
        _(
            "{file} is damaged or is not a file saved by coprep, so nothing was opened from it. "
            "Save everything again on the other computer and bring the new file."
        ).format(file=source.name)
    )


def _safe_member(name: str) -> bool:
    parts = PurePosixPath(name).parts
    if name == "coprep.db":
        return True
    return (
        len(parts) == 2
        and parts[0] in FILE_FOLDERS
        and parts[1] not in ("", ".", "..")
        and not parts[1].startswith(".")
    )


def _read_manifest(archive: zipfile.ZipFile, source: Path) -> dict[str, str]:
    try:
        info = archive.getinfo(MANIFEST)
        if info.file_size > _MANIFEST_LIMIT:
            raise _damaged(source)
        manifest = json.loads(archive.read(MANIFEST))
        files = manifest["files"]
        if manifest.get("format") != FORMAT or "coprep.db" not in files:
            raise _damaged(source)
    except (KeyError, ValueError, TypeError, AttributeError):
        raise _damaged(source) from None
    if not all(
        isinstance(name, str) and _safe_member(name) and isinstance(digest, str) for name, digest in files.items()
    ):
        raise _damaged(source)
    checked: dict[str, str] = files
    return checked


def _extract_checked(archive: zipfile.ZipFile, member: str, target: Path, expected: str, source: Path) -> None:
    digest = hashlib.sha256()
    with archive.open(member) as reader, target.open("wb") as writer:
        while chunk := reader.read(_CHUNK):
            digest.update(chunk)
            writer.write(chunk)
    os.chmod(target, 0o600)
    if digest.hexdigest() != expected:
        raise _damaged(source)


def import_archive(source: Path, db_path: Path) -> ArchiveSummary:
    """Make a new database at db_path from an archive, after checking it whole; never over an existing one."""
    from coprep.core.storage.database import open_database

    source, db_path = Path(source), Path(db_path)
    if db_path.exists() or files_folder(db_path).exists():
        raise StorageError(
            _(
                "There is already a coprep file at {path}, so nothing was opened over it. "
                "Choose a new name or another folder."
            ).format(path=db_path)
        )
    db_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temp = db_path.parent / f".importing-{secrets.token_hex(6)}"
    temp.mkdir(mode=0o700)
    try:
        try:
            with zipfile.ZipFile(source) as archive:
                files = _read_manifest(archive, source)
                need = sum(archive.getinfo(name).file_size for name in files)
                if shutil.disk_usage(temp).free < need:
                    raise StorageError(
                        _(
                            "There is not enough space on the disk to open {file}. Free some space and try again."
                        ).format(file=source.name)
                    )
                temp_db = temp / db_path.name
                for member, expected in files.items():
                    target = temp_db if member == "coprep.db" else files_folder(temp_db) / member
                    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                    _extract_checked(archive, member, target, expected, source)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, KeyError, EOFError, OSError, ValueError) as error:
            if isinstance(error, FileNotFoundError) and not source.exists():
                raise StorageError(_("There is no file called {file}.").format(file=source)) from None
            raise _damaged(source) from None
        open_database(temp_db, backup=False).close()  # refuses what is not coprep's, damaged or newer
        os.link(temp_db, db_path)  # fails rather than replace a file that appeared meanwhile
        temp_db.unlink()
        files_folder(temp_db).rename(files_folder(db_path))  # open_database made it if the archive had no files
    finally:
        shutil.rmtree(temp, ignore_errors=True)
        shutil.rmtree(backups_folder(temp / db_path.name), ignore_errors=True)
    return ArchiveSummary(len(files) - 1, files)
