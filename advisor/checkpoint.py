"""Checkpointers: SQLite by default (threads survive restarts), Postgres when DATABASE_URL is set."""

from __future__ import annotations

from typing import Any

from advisor.settings import Settings


def make_checkpointer(settings: Settings) -> Any:
    """A checkpointer for `settings`; the caller keeps it for the life of the process."""
    if settings.database_url:
        import psycopg
        from langgraph.checkpoint.postgres import PostgresSaver
        from psycopg.rows import dict_row

        pg = psycopg.connect(settings.database_url, autocommit=True, prepare_threshold=0,
                             row_factory=dict_row)
        pg_saver = PostgresSaver(pg)
        pg_saver.setup()
        return pg_saver
    import sqlite3

    from langgraph.checkpoint.sqlite import SqliteSaver

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(settings.checkpoint_path), check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")  # readers never block the writer
    conn.execute("PRAGMA synchronous=NORMAL")  # durable at each checkpoint in WAL mode, no fsync per commit
    saver = SqliteSaver(conn)
    saver.setup()
    return saver
