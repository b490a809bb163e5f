"""Checkpointers: SQLite by default (threads survive restarts), Postgres when DATABASE_URL is set.

SQLite runs in WAL mode with `synchronous=FULL`, and every write is folded from the `-wal` file
into the main file at once (`PRAGMA wal_checkpoint(TRUNCATE)`): between turns the WAL is empty,
so losing or damaging it, or backing up the main file alone, loses no conversation. The file is
checked (`PRAGMA quick_check`) when it is opened; a damaged one is reported by `/health`
(`problem`) instead of being served as if it were fine.
"""

from __future__ import annotations

import logging
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from langgraph.checkpoint.sqlite import SqliteSaver

from advisor.settings import Settings

POOL_SIZE = 4  # turns run one at a time per thread; a few connections serve a process
POOL_TIMEOUT_S = 15.0  # how long a turn waits for a connection while the database comes back
ALLOWED_TYPES = [("advisor.state", "Reading"), ("advisor.state", "Note"), ("advisor.state", "FieldRecord")]
log = logging.getLogger(__name__)


def serializer() -> Any:
    """The checkpoint serializer, allowed to restore the typed state's own models."""
    from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer

    return JsonPlusSerializer(allowed_msgpack_modules=ALLOWED_TYPES)


def postgres_pool(url: str, max_size: int = POOL_SIZE) -> Any:
    """A connection pool that checks each connection before lending it and reconnects in the
    background, so a database restart costs the turns in flight at most, never the process."""
    from psycopg.rows import dict_row
    from psycopg_pool import ConnectionPool

    return ConnectionPool(url, min_size=1, max_size=max_size, open=True, timeout=POOL_TIMEOUT_S,
                          check=ConnectionPool.check_connection, reconnect_timeout=300,
                          kwargs={"autocommit": True, "prepare_threshold": 0, "row_factory": dict_row,
                                  "connect_timeout": 5})


def make_checkpointer(settings: Settings) -> Any:
    """A checkpointer for `settings`; the caller keeps it for the life of the process."""
    if settings.database_url:
        from langgraph.checkpoint.postgres import PostgresSaver

        pg_saver = PostgresSaver(postgres_pool(settings.database_url), serde=serializer())
        pg_saver.setup()
        return pg_saver
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    path = settings.checkpoint_path
    problem = sqlite_problem(path)
    conn = sqlite3.connect(str(path), check_same_thread=False)
    saver = DurableSqliteSaver(conn, serde=serializer())
    saver.problem = problem
    if problem is not None:  # served as it is (turns will fail): /health says why, nothing is overwritten
        log.error("checkpoint database %s: %s", path, problem)
        return saver
    conn.execute("PRAGMA journal_mode=WAL")  # readers never block the writer
    conn.execute("PRAGMA synchronous=FULL")  # a committed turn is on disk, not only in the OS cache
    saver.setup()
    return saver


class DurableSqliteSaver(SqliteSaver):
    """SqliteSaver whose writes leave the WAL for the main file as soon as they are committed."""

    problem: str | None = None  # what the integrity check found when the file was opened

    def put(self, *args: Any, **kwargs: Any) -> Any:
        saved = super().put(*args, **kwargs)
        self.fold_wal()
        return saved

    def put_writes(self, *args: Any, **kwargs: Any) -> None:
        super().put_writes(*args, **kwargs)
        self.fold_wal()

    def delete_thread(self, thread_id: str) -> None:
        super().delete_thread(thread_id)
        self.fold_wal()

    def fold_wal(self) -> None:
        """Copy the WAL into the main file and empty it (a few ms per turn)."""
        with self.lock:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def sqlite_problem(path: Path, timeout_s: float = 10.0) -> str | None:
    """None when the SQLite file at `path` is absent or passes `PRAGMA quick_check`."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with closing(sqlite3.connect(str(path), timeout=timeout_s)) as db:  # read-write: replays a WAL
            verdicts = [row[0] for row in db.execute("PRAGMA quick_check(3)")]
    except sqlite3.DatabaseError as exc:
        return f"checkpoint database damaged ({exc})"
    found = " ".join(" ".join(verdicts).split())[:300]
    return None if verdicts == ["ok"] else f"checkpoint database damaged ({found})"
