"""Slack-side memory in SQLite: deliveries, unanswered messages, thread generations and owners.

A delivery is claimed with its message (`pending`) and released once answered, so a message taken
by a process that died (kill -9, a crash) is answered again by the next start, or when Slack
retries it, instead of being swallowed by the dedup. WAL with synchronous=NORMAL: no fsync per
commit (acks stay in single-digit ms); a power cut may forget the last few deliveries.
"""

from __future__ import annotations

import os
import socket
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
CREATE TABLE IF NOT EXISTS pending (key TEXT PRIMARY KEY, owner TEXT NOT NULL, at REAL NOT NULL,
                                    payload TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS owners (slack_key TEXT PRIMARY KEY, user TEXT NOT NULL);
"""
KEEP_DELIVERIES_S = 2 * 24 * 3600  # Slack retries within minutes; two days is ample
LEASE_S = 600.0  # a claim by a process on another host is taken over after this long
ME = f"{socket.gethostname()}:{os.getpid()}"


def owner_alive(owner: str, at: float) -> bool:
    """Whether the process that claimed a message may still answer it."""
    host, _, pid = owner.rpartition(":")
    if host != socket.gethostname():
        return time.time() - at < LEASE_S
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except (PermissionError, ValueError):
        return True
    return True


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

    def claim(self, keys: tuple[str, ...], payload: str) -> bool:
        """Take a delivery: True if none of `keys` was seen, or if its claimant died unanswered."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                marks = ",".join("?" * len(keys))
                seen = self._db.execute(f"SELECT 1 FROM deliveries WHERE key IN ({marks})", keys).fetchone()
                stale = self._db.execute(f"SELECT key, owner, at FROM pending WHERE key IN ({marks})",
                                         keys).fetchall()
                taken = seen is None or any(not owner_alive(owner, at) for _, owner, at in stale)
                now = time.time()
                if seen is None:
                    self._db.executemany("INSERT INTO deliveries VALUES (?, ?)", [(k, now) for k in keys])
                if taken:
                    self._db.executemany("DELETE FROM pending WHERE key = ?", [(k,) for k, _, _ in stale])
                    self._db.execute("INSERT INTO pending VALUES (?, ?, ?, ?)", (keys[0], ME, now, payload))
            finally:
                self._db.execute("COMMIT")
            return taken

    def answered(self, keys: tuple[str, ...]) -> None:
        """The message of these keys got its reply: no later start answers it again."""
        with self._lock:
            self._db.executemany("DELETE FROM pending WHERE key = ?", [(k,) for k in keys])

    def orphans(self) -> list[str]:
        """Claim, and return the payloads of, messages whose claimant died before answering."""
        with self._lock:
            rows = self._db.execute("SELECT key, owner, at, payload FROM pending").fetchall()
            dead = [(key, payload) for key, owner, at, payload in rows if not owner_alive(owner, at)]
            self._db.executemany("UPDATE pending SET owner = ?, at = ? WHERE key = ?",
                                 [(ME, time.time(), key) for key, _ in dead])
        return [payload for _, payload in dead]

    def was_delivered(self, key: str) -> bool:
        """Seen, and answered or still being answered by a live process."""
        with self._lock:
            seen = self._db.execute("SELECT 1 FROM deliveries WHERE key = ?", (key,)).fetchone()
            claim = self._db.execute("SELECT owner, at FROM pending WHERE key = ?", (key,)).fetchone()
        return seen is not None and (claim is None or owner_alive(*claim))

    def thread_owner(self, key: str, user: str | None = None) -> str | None:
        """Who started this Slack thread with the bot; `user` becomes it if nobody has yet."""
        with self._lock:
            if user:
                self._db.execute("INSERT OR IGNORE INTO owners VALUES (?, ?)", (key, user))
            row = self._db.execute("SELECT user FROM owners WHERE slack_key = ?", (key,)).fetchone()
        return row[0] if row else None

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
