"""A short crash torture: kill -9 during editing, typing, importing and backing up loses nothing."""

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[3] / "benchmarks" / "crash_torture.py"


def test_five_killed_workers_leave_no_damage_and_lose_nothing():
    run = subprocess.run(
        [sys.executable, str(SCRIPT), "--trials", "5", "--seed", "7"], capture_output=True, text=True, timeout=900
    )
    assert run.returncode == 0, run.stderr
    results = dict(line.split(": ") for line in run.stdout.splitlines())
    assert results["trials"] == "5"
    assert int(results["changes acknowledged"]) >= 5  # every trial saw at least one saved change
    assert results["corrupt databases"] == "0"
    assert results["acknowledged changes lost"] == "0"
