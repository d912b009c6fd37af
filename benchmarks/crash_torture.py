"""Kill coprep with SIGKILL while it saves, then check nothing acknowledged was lost or damaged.

Each trial starts a worker process on a fresh database doing one kind of work, chosen at random:
editing (changes through the Workspace), typing in the window (a notes box saving as it types),
importing papers, or making backups. The worker prints "ACK ..." after each change is saved;
the trial kills it (kill -9) after a random number of acknowledgements, so no timing is assumed.
Then the database must pass SQLite's integrity check and open in coprep, and every acknowledged
change must be there.

    .venv/bin/python benchmarks/crash_torture.py [--trials 50] [--seed N]
"""

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

KINDS = ("editing", "typing", "import", "backup")

WORKER = r"""
import os, sys
from pathlib import Path
kind, db_path, folder = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
from coprep.core.storage.database import open_database
from coprep.core.storage.workspace import Workspace
ws = Workspace(open_database(db_path, backup=False), db_path)
meeting = ws.db.execute("select id from meetings").fetchone()[0]

def ack(*parts):
    print("ACK", *parts, flush=True)

if kind == "editing":
    for n in range(100000):
        name = f"edit-{n}"
        ws.insert("committees", {"name": name})
        ws.update("meetings", meeting, {"notes": f"note {n}"}, merge=True)
        ack("committee", name)
elif kind == "import":
    from coprep.core.papers.papers import import_paper
    for n in range(100000):
        source = folder / f"paper-{n}.txt"
        source.write_text(f"Paper {n}. The board will discuss waiting times.\n", encoding="utf-8")
        ack("paper", import_paper(db_path, meeting, source))
elif kind == "backup":
    from coprep.core.storage.backups import make_backup
    for n in range(100000):
        name = f"backed-{n}"
        ws.insert("committees", {"name": name})
        ack("committee", name)
        ack("backup", make_backup(ws.conn, db_path).name)
elif kind == "typing":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtTest import QTest
    from coprep.ui.shell.app import make_application
    from coprep.ui.meetings.meeting_notes import MeetingNotesBox
    app = make_application([])
    box = MeetingNotesBox(ws)
    box.show_meeting(meeting)
    box.show()
    ws.subscribe(lambda tables: ack("notes", len(ws.row("meetings", meeting)["notes"])))
    text = "Ask about the waiting list for hip operations and the car park. " * 1000
    for letter in text:
        QTest.keyClicks(box.notes, letter)
        QTest.qWait(60)
"""


def _worker(kind: str, db_path: Path, folder: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-c", WORKER, kind, str(db_path), str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )


def _fresh_database(db_path: Path) -> None:
    from coprep.core.meetings import meetings
    from coprep.core.storage.database import open_database
    from coprep.core.storage.workspace import Workspace

    ws = Workspace(open_database(db_path, backup=False), db_path)
    meetings.add_meeting(ws, meetings.add_committee(ws, "Board"), "2026-03-12")
    ws.db.close()


def _lost(acks: list[list[str]], db_path: Path) -> tuple[bool, int]:
    """(corrupt?, how many acknowledged changes are missing)."""
    from coprep.core.papers.papers import get_paper, paper_file_path
    from coprep.core.storage.backups import list_backups
    from coprep.core.storage.database import StorageError, open_database

    conn = sqlite3.connect(db_path)
    ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    try:
        db = open_database(db_path, backup=False)
    except StorageError:
        return True, len(acks)
    names = {row[0] for row in db.execute("select name from committees")}
    notes = db.execute("select notes from meetings").fetchone()[0]
    backups = {backup.name: backup for backup in list_backups(db_path)}
    lost = 0
    for what, value in acks:
        if what == "committee":
            lost += value not in names
        elif what == "paper":
            paper = get_paper(db, int(value))
            lost += paper is None or not paper_file_path(db_path, paper).exists()
        elif what == "notes":
            lost += len(notes) < int(value)
        elif what == "backup":
            backup = backups.get(value)
            if backup is None:
                lost += 1
            else:
                copy = sqlite3.connect(backup.database())
                ok = ok and copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                copy.close()
    db.close()
    return not ok, lost


def trial(kind: str, rng: random.Random) -> tuple[bool, int, int]:
    """Run one trial; returns (corrupt?, acknowledged changes lost, changes acknowledged)."""
    with tempfile.TemporaryDirectory(prefix="coprep-torture-") as temp:
        folder = Path(temp)
        db_path = folder / "data" / "coprep.db"
        _fresh_database(db_path)
        kill_after = rng.randint(1, 12)
        worker = _worker(kind, db_path, folder)
        acks: list[list[str]] = []
        for line in worker.stdout:
            if line.startswith("ACK "):
                acks.append(line.split()[1:3])
                if len(acks) >= kill_after:
                    break
        worker.send_signal(signal.SIGKILL)
        worker.wait()
        worker.stdout.close()
        corrupt, lost = _lost(acks, db_path)
        return corrupt, lost, len(acks)


def run(trials: int, seed: int) -> dict[str, int]:
    rng = random.Random(seed)
    totals = {"trials": 0, "corrupt databases": 0, "acknowledged changes lost": 0, "changes acknowledged": 0}
    for number in range(trials):
        kind = KINDS[number % len(KINDS)] if trials >= len(KINDS) else rng.choice(KINDS)
        corrupt, lost, acknowledged = trial(kind, rng)
        totals["trials"] += 1
        totals["corrupt databases"] += corrupt
        totals["acknowledged changes lost"] += lost
        totals["changes acknowledged"] += acknowledged
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=50)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    totals = run(args.trials, seed)
    print(f"seed: {seed}")
    for name, value in totals.items():
        print(f"{name}: {value}")


if __name__ == "__main__":
    main()
