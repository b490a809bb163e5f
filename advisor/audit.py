"""Append-only audit log of recommendations: hashes and versions, never personal data."""

from __future__ import annotations

import hashlib
import json
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

_LOCK = threading.Lock()


def profile_hash(profile: dict[str, Any]) -> str:
    canonical = json.dumps(profile, sort_keys=True, default=str, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


def record_recommendation(path: Path, thread_id: str, recommendation: dict[str, Any], mode: str) -> None:
    """One JSON line per recommendation; the thread id is hashed, the profile only hashed."""
    from importlib.metadata import version

    entry = {
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "thread": hashlib.sha256(thread_id.encode()).hexdigest()[:16],
        "profile_hash": profile_hash(recommendation.get("profile", {})),
        "architecture": recommendation.get("architecture"),
        "score": recommendation.get("score"),
        "scoring_version": recommendation.get("scoring_version"),
        "app_version": version("orchestration-advisor"),
        "mode": mode,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    with _LOCK, path.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(entry) + "\n")
