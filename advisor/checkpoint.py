"""Checkpointers: SQLite by default (threads survive restarts), Postgres when DATABASE_URL is set."""

from __future__ import annotations

from typing import Any

from advisor.settings import Settings

POOL_SIZE = 4  # turns run one at a time per thread; a few connections serve a process
POOL_TIMEOUT_S = 15.0  # how long a turn waits for a connection while the database comes back
ALLOWED_TYPES = [("advisor.state", "Reading"), ("advisor.state", "Note"), ("advisor.state", "FieldRecord")]


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
    import sqlite3

    from langgraph.checkpoint.sqlite import SqliteSaver

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(settings.checkpoint_path), check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")  # readers never block the writer
    conn.execute("PRAGMA synchronous=NORMAL")  # durable at each checkpoint in WAL mode, no fsync per commit
    saver = SqliteSaver(conn, serde=serializer())
    saver.setup()
    return saver
