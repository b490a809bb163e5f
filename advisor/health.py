"""What the app can actually do right now: data dir writable, database answering, index readable.

`health(settings, checkpointer)` is what `/health` (web UI, Slack HTTP mode) and `advisor health`
report: `{"ok": bool, "checks": {name: "ok" | what is wrong}}`. Each check is bounded (a few
seconds at most) and never raises.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import urllib.request
from contextlib import closing
from pathlib import Path
from typing import Any

from advisor.settings import Settings

TIMEOUT_S = 3.0


def data_dir_problem(data_dir: Path) -> str | None:
    """None when a file can be created, written, synced and removed in `data_dir`."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        with tempfile.NamedTemporaryFile(dir=data_dir, prefix=".health-") as probe:
            probe.write(b"ok")
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as exc:
        return f"data dir {data_dir} is not writable ({exc.strerror or exc})"
    return None


def database_problem(settings: Settings, checkpointer: Any = None) -> str | None:
    """None when the checkpoint database answers (SQLite: and passed its integrity check)."""
    try:
        if settings.database_url:
            pool: Any = getattr(checkpointer, "conn", None)
            if hasattr(pool, "connection"):  # the app's own pool: also proves it reconnects
                with pool.connection(timeout=TIMEOUT_S) as conn:
                    conn.execute("SELECT 1")
                return None
            import psycopg

            with psycopg.connect(settings.database_url, connect_timeout=int(TIMEOUT_S)) as conn:
                conn.execute("SELECT 1")
            return None
        if checkpointer is None:  # no app around it (`advisor health`): check the whole file
            from advisor.checkpoint import sqlite_problem

            return sqlite_problem(settings.checkpoint_path, TIMEOUT_S)
        if getattr(checkpointer, "problem", None):  # damaged when the app opened it
            return str(checkpointer.problem)
        with closing(sqlite3.connect(settings.checkpoint_path, timeout=TIMEOUT_S)) as db:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as exc:
        return f"checkpoint database unavailable ({type(exc).__name__}: {str(exc)[:200]})"
    return None


def index_problem(settings: Settings) -> str | None:
    """None when the knowledge index can be read (Chroma server heartbeat, or local file check)."""
    try:
        if settings.chroma_host:
            url = f"http://{settings.chroma_host}:{settings.chroma_port}/api/v2/heartbeat"
            with urllib.request.urlopen(url, timeout=TIMEOUT_S):  # noqa: S310 (configured host)
                return None
        db = settings.chroma_path / "chroma.sqlite3"
        if not db.exists():
            return None  # built at start-up or by `advisor index`
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=TIMEOUT_S) as conn:
            (verdict,) = conn.execute("PRAGMA quick_check(1)").fetchone()
        return None if verdict == "ok" else f"knowledge index damaged ({verdict})"
    except Exception as exc:
        return f"knowledge index unreadable ({type(exc).__name__}: {str(exc)[:200]})"


def health(settings: Settings, checkpointer: Any = None) -> dict[str, Any]:
    """Every check; `ok` only when all pass."""
    problems = {"data_dir": data_dir_problem(settings.data_dir),
                "database": database_problem(settings, checkpointer),
                "index": index_problem(settings)}
    return {"ok": not any(problems.values()),
            "checks": {name: problem or "ok" for name, problem in problems.items()}}
