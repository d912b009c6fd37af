"""A paper's or a pack's file on its way into coprep's own folder, kept only if its rows are stored.

Adding runs on its own connection. The file is copied into a private temporary folder and hashed
as it is copied; it moves to its lasting name (the file's SHA-256, so one file is kept once) only
when it has been read, and it is removed again if storing its rows then fails, unless another
paper or pack already uses that file. The temporary folder always goes; one left by a crash is
tidied later (its name starts with TEMP_PREFIX).
"""

import hashlib
import shutil
import uuid
from pathlib import Path
from types import TracebackType

from sqlite_utils import Database

from coprep.core.papers.extract import Cancelled, ImportCancelled, PaperError
from coprep.core.papers.leftovers import TEMP_PREFIX, papers_folder
from coprep.core.storage.database import open_database
from coprep.core.storage.paths import private_folder
from coprep.core.storage.validate import InputError
from coprep.i18n import _

_CHUNK = 1024 * 1024


def stored_by_others(db: Database, stored_name: str) -> bool:
    """Whether a paper or pack already uses coprep's copy with this name."""
    return (
        db.execute(
            "select 1 from papers where stored_name = ? union all select 1 from packs where stored_name = ?",
            [stored_name, stored_name],
        ).fetchone()
        is not None
    )


def _copy_and_hash(source: Path, target: Path, cancelled: Cancelled | None) -> str:
    digest = hashlib.sha256()
    try:
        with source.open("rb") as reader, target.open("wb") as writer:
            while chunk := reader.read(_CHUNK):
                if cancelled and cancelled():
                    raise ImportCancelled()
                digest.update(chunk)
                writer.write(chunk)
    except FileNotFoundError:
        raise PaperError(
            _("{name} was moved or deleted while coprep was copying it. Add it again.").format(name=source.name)
        ) from None
    except PermissionError:
        raise PaperError(
            _("coprep is not allowed to open {name}. Check who owns the file.").format(name=source.name)
        ) from None
    return digest.hexdigest()


class FileIntake:
    """`with FileIntake(db_path, meeting_id) as intake:` gives `intake.db` (its own connection) for a
    meeting that still exists; call `stored()` once the rows are written, so the kept file stays."""

    def __init__(self, db_path: Path, meeting_id: int) -> None:
        self.folder = papers_folder(db_path)
        self.db = open_database(Path(db_path), backup=False, whole_file=False)  # the window or command checked it
        self._temp = self.folder / f"{TEMP_PREFIX}{uuid.uuid4().hex}"
        self._kept: Path | None = None
        try:
            if not self.db.execute("select 1 from meetings where id = ?", [meeting_id]).fetchone():
                raise InputError(_("That meeting no longer exists."))
            private_folder(self.folder)
            self._temp.mkdir(mode=0o700)
        except BaseException:
            self.db.close()
            raise

    def __enter__(self) -> "FileIntake":
        return self

    def copy_in(self, source: Path, name: str, cancelled: Cancelled | None) -> tuple[Path, str]:
        """Copy the file into the temporary folder under `name`; its copy and SHA-256."""
        copy = self._temp / name
        return copy, _copy_and_hash(source, copy, cancelled)

    def keep(self, copy: Path, stored_name: str) -> None:
        """Move the copy to its lasting name, unless a file of that name (the same contents) is there."""
        target = self.folder / stored_name
        if not target.exists():
            copy.replace(target)
            target.chmod(0o600)
            self._kept = target

    def stored(self) -> None:
        self._kept = None

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._kept is not None and not stored_by_others(self.db, self._kept.name):
            self._kept.unlink(missing_ok=True)
        shutil.rmtree(self._temp, ignore_errors=True)
        self.db.close()
