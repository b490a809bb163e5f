"""Issue 16 item 11: conversations must not live only in the SQLite `-wal` file.

A process runs two turns and is killed with -9 (its WAL left as it was); then the `-wal` file is
deleted, or overwritten with junk, or the main file alone is copied as a backup. Every variant
must still hold both turns. A damaged main file must be reported by the health check, not served
as healthy.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from advisor.checkpoint import make_checkpointer
from advisor.health import health
from advisor.session import AdvisorSession
from reliability.harness import scratch_settings
from reliability.processes import ROOT

TURNS = ["We are a 300-person fintech operating in 3 countries.",
         "We've been doing AI for a year, with a budget of 3 M€ per year."]
KILLED = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from advisor.session import AdvisorSession
    from reliability.harness import scratch_settings
    session = AdvisorSession(scratch_settings(Path(sys.argv[1])))
    for text in sys.argv[2:]:
        session.send("t1", text)
    os.kill(os.getpid(), signal.SIGKILL)  # no close, no clean-up: the WAL stays as it is
""")


def run_then_kill(data_dir: Path) -> None:
    done = subprocess.run([sys.executable, "-c", KILLED, str(data_dir), *TURNS], cwd=ROOT,
                          capture_output=True, timeout=120, env={**os.environ, "DATA_DIR": str(data_dir)})
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()[-2000:]


def humans(data_dir: Path) -> list[str]:
    values = AdvisorSession(scratch_settings(data_dir)).values("t1")
    return [str(m.content) for m in values.get("messages", []) if m.type == "human"]


@pytest.mark.parametrize("mishap", ["wal deleted", "wal garbled", "main file copied alone"])
def test_conversations_survive_losing_the_wal(tmp_path: Path, mishap: str) -> None:
    data_dir = tmp_path / "data"
    run_then_kill(data_dir)
    db = data_dir / "checkpoints.sqlite"
    wal, shm = db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")
    print(f"{mishap}: WAL left by the killed process: {wal.stat().st_size if wal.exists() else 0} bytes")
    if mishap == "main file copied alone":
        backup = tmp_path / "backup"
        backup.mkdir()
        shutil.copy(db, backup / db.name)
        data_dir = backup
    else:
        shm.unlink(missing_ok=True)
        if mishap == "wal deleted":
            wal.unlink(missing_ok=True)
        else:
            wal.write_bytes(os.urandom(64 * 1024))
    assert humans(data_dir) == TURNS


def test_a_damaged_checkpoint_file_is_reported_not_served_as_healthy(tmp_path: Path) -> None:
    settings = scratch_settings(tmp_path / "data")
    session = AdvisorSession(settings)
    for n in range(30):  # a few pages of checkpoints
        session.send(f"t{n}", TURNS[0])
    session.checkpointer.conn.close()
    db = settings.checkpoint_path
    with db.open("r+b") as handle:  # page 1 (the schema) intact, the b-tree pages after it overwritten
        handle.seek(4096 * 2)
        handle.write(os.urandom(4096 * 3))
    report = health(settings)  # `advisor health`, no app around it
    assert not report["ok"] and "damaged" in report["checks"]["database"], report
    saver = make_checkpointer(settings)  # the app starting on that file
    assert saver.problem and "damaged" in saver.problem
    report = health(settings, saver)  # what `/health` answers while the app runs
    assert not report["ok"] and "damaged" in report["checks"]["database"], report
    print("damaged file reported:", report["checks"]["database"])
