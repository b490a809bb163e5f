"""Append-only audit log of recommendations: keyed hashes and versions, never personal data.

The profile and thread hashes are HMAC-SHA256 under a secret key (`AUDIT_HASH_KEY`, or
`DATA_DIR/audit.key` generated once, mode 0600), so nobody without the key can recover a
profile by hashing guesses of its few fields.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

_LOCK = threading.Lock()
KEY_FILE = "audit.key"


def audit_key(data_dir: Path, configured: str | None = None) -> bytes:
    """The HMAC key: `configured` (AUDIT_HASH_KEY) if set, else `data_dir/audit.key` (created 0600)."""
    if configured:
        return configured.encode()
    path = data_dir / KEY_FILE
    with _LOCK:
        if not path.is_file():
            data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            try:  # O_EXCL: two processes starting together agree on one key
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(fd, "w") as handle:
                    handle.write(secrets.token_hex(32))
            except FileExistsError:
                pass
        return path.read_text().strip().encode()


def keyed_hash(value: str, key: bytes) -> str:
    return hmac.new(key, value.encode(), hashlib.sha256).hexdigest()[:16]


def profile_hash(profile: dict[str, Any], key: bytes) -> str:
    canonical = json.dumps(profile, sort_keys=True, default=str, separators=(",", ":"))
    return keyed_hash(canonical, key)


def record_recommendation(path: Path, thread_id: str, recommendation: dict[str, Any], mode: str,
                          key_setting: str | None = None) -> None:
    """One JSON line per recommendation; the thread id and the profile only as keyed hashes."""
    from importlib.metadata import version

    key = audit_key(path.parent, key_setting)
    entry = {
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "thread": keyed_hash(thread_id, key),
        "profile_hash": profile_hash(recommendation.get("profile", {}), key),
        "hash": "hmac-sha256",
        "architecture": recommendation.get("architecture"),
        "score": recommendation.get("score"),
        "scoring_version": recommendation.get("scoring_version"),
        "app_version": version("orchestration-advisor"),
        "mode": mode,
    }
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with _LOCK:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(entry) + "\n")
