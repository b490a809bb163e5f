"""Login hardening for the web UI: guess throttling, revoked tokens, a password-bound JWT secret.

- `LoginThrottle`: after `free` failed logins per client address (and per user name), each try
  must wait twice as long as the last (1 s, 2 s, 4 s ... capped), answered 429 with Retry-After.
- `TokenRevocations`: logged-out tokens are remembered (SQLite under DATA_DIR, shared by every
  process) until they expire, and refused.
- `bound_secret`: the JWT secret is derived from the stored secret and the login, so changing
  `UI_PASSWORD` (or `UI_USER`) invalidates every token signed before.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

Scope = dict[str, Any]
ASGIApp = Callable[..., Any]


def bound_secret(base: str, user: str, password: str) -> str:
    """The signing secret for this login: any change of user or password changes it."""
    return hmac.new(base.encode(), f"{user}\0{password}".encode(), hashlib.sha256).hexdigest()


class LoginThrottle:
    """Exponential backoff per key (an address or a user name) after `free` failures."""

    def __init__(self, free: int = 5, base_s: float = 1.0, cap_s: float = 300.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.free, self.base_s, self.cap_s, self.clock = free, base_s, cap_s, clock
        self._failures: dict[str, tuple[int, float]] = {}  # key -> (count, time of the last)
        self._lock = threading.Lock()

    def retry_after(self, key: str) -> float:
        """Seconds before `key` may try again (0 when it may now)."""
        with self._lock:
            count, last = self._failures.get(key, (0, 0.0))
        if count < self.free:
            return 0.0
        wait = min(self.cap_s, self.base_s * 2 ** (count - self.free))
        return max(0.0, last + wait - self.clock())

    def failed(self, key: str) -> None:
        with self._lock:
            count, _ = self._failures.get(key, (0, 0.0))
            self._failures[key] = (count + 1, self.clock())

    def succeeded(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)


class ThrottledLogin:
    """ASGI middleware: `POST <path>` is refused with 429 while the client's address must wait."""

    def __init__(self, app: ASGIApp, throttle: LoginThrottle, path: str = "/login") -> None:
        self.app, self.throttle, self.path = app, throttle, path

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"] != self.path:
            await self.app(scope, receive, send)
            return
        client = (scope.get("client") or ("?", 0))[0]
        wait = self.throttle.retry_after(client)
        if wait > 0:
            body = json.dumps({"detail": f"too many failed logins; retry in {wait:.0f} s"}).encode()
            await send({"type": "http.response.start", "status": 429, "headers": [
                (b"content-type", b"application/json"), (b"retry-after", str(int(wait) + 1).encode())]})
            await send({"type": "http.response.body", "body": body})
            return
        status: list[int] = []

        async def watch(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                status.append(message["status"])
            await send(message)

        await self.app(scope, receive, watch)
        if status and status[0] == 401:
            self.throttle.failed(client)
        elif status and status[0] < 400:
            self.throttle.succeeded(client)


class TokenRevocations:
    """Hashes of logged-out tokens with their expiry, in `DATA_DIR/ui_tokens.sqlite`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        with self._db() as db:
            db.execute("CREATE TABLE IF NOT EXISTS revoked (digest TEXT PRIMARY KEY, exp REAL NOT NULL)")

    def _db(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=5)

    @staticmethod
    def _digest(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()

    def revoke(self, token: str, exp: float) -> None:
        with self._db() as db:
            db.execute("DELETE FROM revoked WHERE exp < ?", (time.time(),))
            db.execute("INSERT OR REPLACE INTO revoked VALUES (?, ?)", (self._digest(token), exp))

    def is_revoked(self, token: str) -> bool:
        with self._db() as db:
            row = db.execute("SELECT 1 FROM revoked WHERE digest = ?", (self._digest(token),)).fetchone()
        return row is not None
