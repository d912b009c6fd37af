"""Every folder coprep makes is readable by its owner only (700), and every file (600)."""

import stat

from coprep.core.meetings import meetings
from coprep.core.money import claims
from coprep.core.papers.papers import import_paper, papers_folder
from coprep.core.storage.backups import make_backup
from coprep.core.storage.paths import files_folder


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_papers_receipts_and_backups_are_private(ws, db_path, tmp_path):
    committee = meetings.add_committee(ws, "Board")
    meeting = meetings.add_meeting(ws, committee, "2026-03-12")
    paper = tmp_path / "minutes.txt"
    paper.write_text("The board agreed the winter plan.\n", encoding="utf-8")
    import_paper(db_path, meeting, paper)
    receipt = tmp_path / "ticket.pdf"
    receipt.write_bytes(b"%PDF-1.4 a train ticket")
    claim = claims.add_claim(ws, committee_id=committee)
    claims.add_item(ws, claim, "train", receipt=receipt, amount_pence=2340)
    backup = make_backup(ws.conn, db_path)
    folders = [
        files_folder(db_path),
        papers_folder(db_path),
        files_folder(db_path) / "receipts",
        db_path.parent / "coprep-backups",
        backup,
    ]
    assert {_mode(folder) for folder in folders} == {0o700}
    made = [
        *papers_folder(db_path).iterdir(),
        *(files_folder(db_path) / "receipts").iterdir(),
        db_path,
        *backup.rglob("*.*"),
    ]
    assert {_mode(path) for path in made if path.is_file()} == {0o600}
