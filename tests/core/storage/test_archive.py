"""Everything in one file: exported and opened again with every checksum equal; bad archives refused."""

import hashlib
import json
import zipfile

import pytest
from paper_files import make_pdf

from coprep.core.meetings import meetings
from coprep.core.papers.papers import import_paper, papers_folder
from coprep.core.storage.archive import export_archive, import_archive
from coprep.core.storage.database import StorageError, open_database


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_export_and_import_keep_papers_and_everything_else(ws, db_path, tmp_path):
    meeting = meetings.add_meeting(ws, meetings.add_committee(ws, "Board"), "2026-03-12")
    source = make_pdf(tmp_path / "pack.pdf", ["Waiting times have gone up in the last quarter."])
    import_paper(db_path, meeting, source)
    archive = tmp_path / "everything.zip"
    summary = export_archive(ws.db, db_path, archive)
    assert summary.files == 1
    new_path = tmp_path / "new computer" / "coprep.db"
    imported = import_archive(archive, new_path)
    assert imported.checksums == summary.checksums
    db = open_database(new_path, backup=False)
    assert db.execute("select name from committees").fetchall() == [("Board",)]
    stored = db.execute("select stored_name from papers").fetchone()[0]
    db.close()
    assert _digest(papers_folder(new_path) / stored) == _digest(papers_folder(db_path) / stored) == _digest(source)
    assert not list(new_path.parent.glob(".importing-*"))


def test_import_never_goes_over_an_existing_database(ws, db_path, tmp_path):
    archive = tmp_path / "everything.zip"
    export_archive(ws.db, db_path, archive)
    before = _digest(db_path)
    with pytest.raises(StorageError, match="already a coprep file"):
        import_archive(archive, db_path)
    assert _digest(db_path) == before


def test_an_archive_with_a_changed_file_is_refused(ws, db_path, tmp_path):
    meetings.add_committee(ws, "Board")
    archive = tmp_path / "everything.zip"
    export_archive(ws.db, db_path, archive)
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(archive) as original, zipfile.ZipFile(tampered, "w") as copy:
        for item in original.infolist():
            data = original.read(item)
            if item.filename == "coprep.db":
                data = data[:-10] + b"x" * 10
            copy.writestr(item, data)
    target = tmp_path / "new" / "coprep.db"
    with pytest.raises(StorageError, match="damaged"):
        import_archive(tampered, target)
    assert not target.exists()


def test_an_archive_naming_a_file_outside_its_folder_is_refused(tmp_path):
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr(
            "manifest.json",
            json.dumps(
                {"format": "coprep archive", "files": {"coprep.db": "0" * 64, "papers/../../escape.txt": "0" * 64}}
            ),
        )
    with pytest.raises(StorageError, match="damaged"):
        import_archive(archive, tmp_path / "new" / "coprep.db")
    assert not (tmp_path / "escape.txt").exists()


def test_a_file_that_is_not_an_archive_is_refused(tmp_path):
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip at all")
    with pytest.raises(StorageError, match="damaged"):
        import_archive(junk, tmp_path / "new" / "coprep.db")
