"""Several coprep processes writing to one database at once: every change they report is kept."""

import subprocess
import sys

from coprep.core.meetings import meetings
from coprep.core.storage.database import open_database

ADD_PAPERS = """
import sys
from pathlib import Path
from coprep.core.papers.papers import import_paper
from coprep.core.storage.database import open_database
from coprep.core.storage.workspace import Workspace

db_path, meeting_id, folder, who = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
ws = Workspace(open_database(db_path), db_path)  # a second connection, as `coprep papers add` has
for n in range(12):
    source = folder / f"{who}-{n}.txt"
    source.write_text(f"Paper {n} from {who}. The board will look at waiting times and staffing.\\n")
    paper_id = import_paper(db_path, meeting_id, source)
    with ws.action("note"):
        ws.insert("committees", {"name": f"{who}-{n}", "organisation": str(paper_id)})
    print(paper_id, flush=True)
ws.db.close()
"""


def test_three_processes_adding_papers_lose_nothing(ws, db_path, tmp_path):
    committee = meetings.add_committee(ws, "Board")
    meeting = meetings.add_meeting(ws, committee, "2026-03-12")
    folders = []
    for who in ("a", "b", "c"):
        folder = tmp_path / who
        folder.mkdir()
        folders.append(folder)
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", ADD_PAPERS, str(db_path), str(meeting), str(folder), folder.name],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for folder in folders
    ]
    acknowledged: list[int] = []
    for run in runs:
        out, err = run.communicate(timeout=600)
        assert run.returncode == 0, err
        assert "Traceback" not in err
        acknowledged += [int(line) for line in out.split()]
    assert len(acknowledged) == 36
    assert len(set(acknowledged)) == 36
    db = open_database(db_path, backup=False)
    stored = {row[0] for row in db.execute("select id from papers")}
    settings = db.execute("select count(*) from committees where name like '_-%'").fetchone()[0]
    db.close()
    assert set(acknowledged) <= stored
    assert settings == 36
