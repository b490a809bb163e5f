"""Slack-side memory in SQLite: deliveries already handled, thread generations, latest threads.

WAL with synchronous=NORMAL: no fsync per commit (acks stay in single-digit ms); a power cut may forget
the last few deliveries, which at worst answers one retry twice.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

_SCHEMA = """
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE IF NOT EXISTS deliveries (key TEXT PRIMARY KEY, at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS threads (slack_key TEXT PRIMARY KEY, generation INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS latest (user_key TEXT PRIMARY KEY, slack_key TEXT NOT NULL);
"""
KEEP_DELIVERIES_S = 2 * 24 * 3600  # Slack retries within minutes; two days is ample


def slack_key(team: str, channel: str, thread_ts: str) -> str:
    """The stable name of one Slack thread."""
    return f"{team}:{channel}:{thread_ts}"


class SlackStore:
    """Persistent so that dedup, resets and resumed threads hold across restarts."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._lock = threading.Lock()
        with self._lock:
            self._db.executescript(_SCHEMA)
            self._db.execute("DELETE FROM deliveries WHERE at < ?", (time.time() - KEEP_DELIVERIES_S,))

    def first_delivery(self, *keys: str) -> bool:
        """Record the keys; True only if none of them was seen before (atomic)."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            placeholders = ",".join("?" * len(keys))
            query = f"SELECT 1 FROM deliveries WHERE key IN ({placeholders})"
            seen = self._db.execute(query, keys).fetchone()
            if seen is None:
                self._db.executemany("INSERT INTO deliveries VALUES (?, ?)", [(k, time.time()) for k in keys])
            self._db.execute("COMMIT")
            return seen is None

    def was_delivered(self, key: str) -> bool:
        with self._lock:
            return self._db.execute("SELECT 1 FROM deliveries WHERE key = ?", (key,)).fetchone() is not None

    def knows_thread(self, key: str) -> bool:
        """Whether the bot holds a conversation in this Slack thread."""
        with self._lock:
            row = self._db.execute("SELECT 1 FROM threads WHERE slack_key = ?", (key,)).fetchone()
        return row is not None

    def advisor_thread(self, key: str) -> str:
        """The advisor thread id for a Slack thread (registered on first use)."""
        with self._lock:
            self._db.execute("INSERT OR IGNORE INTO threads VALUES (?, 0)", (key,))
            (generation,) = self._db.execute(
                "SELECT generation FROM threads WHERE slack_key = ?", (key,)).fetchone()
        return f"slack:{key}" + (f":r{generation}" if generation else "")

    def reset(self, key: str) -> str:
        """Start the Slack thread afresh on a new advisor thread; the old one stays checkpointed."""
        with self._lock:
            self._db.execute("INSERT INTO threads VALUES (?, 1) ON CONFLICT(slack_key) "
                             "DO UPDATE SET generation = generation + 1", (key,))
        return self.advisor_thread(key)

    def remember_latest(self, user_key: str, key: str) -> None:
        """The thread a user last talked in, per channel (slash commands have no thread)."""
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO latest VALUES (?, ?)", (user_key, key))

    def latest(self, user_key: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT slack_key FROM latest WHERE user_key = ?", (user_key,)).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        self._db.close()
