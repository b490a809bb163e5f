"""Issue 16 item 17: the audit profile hash is keyed, so guessing a few fields recovers nothing."""

from __future__ import annotations

import hashlib
import itertools
import json
import stat
from pathlib import Path

from advisor.audit import audit_key, record_recommendation

PROFILE = {"sector": "finance", "employees": 300, "countries": 3, "budget_keur": 400, "maturity_months": 8}


def _plain_hash(profile: dict[str, object]) -> str:
    canonical = json.dumps(profile, sort_keys=True, default=str, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


def _guess(target: str) -> dict[str, object] | None:
    """The attack: try every budget and maturity around the known fields."""
    for budget, months in itertools.product(range(0, 2001, 50), range(0, 61)):
        guess = {**PROFILE, "budget_keur": budget, "maturity_months": months}
        if _plain_hash(guess) == target:
            return guess
    return None


def test_profile_hash_cannot_be_recovered_by_guessing(tmp_path: Path) -> None:
    log = tmp_path / "audit.jsonl"
    record_recommendation(log, "thread-1", {"profile": PROFILE, "architecture": "hybrid"}, "offline")
    entry = json.loads(log.read_text())
    assert _guess(entry["profile_hash"]) is None  # with an unkeyed SHA-256 this finds PROFILE
    assert _guess(_plain_hash(PROFILE)) == PROFILE  # (the attack itself works)
    key_file = tmp_path / "audit.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    record_recommendation(log, "thread-1", {"profile": PROFILE}, "offline")
    second = json.loads(log.read_text().splitlines()[1])
    assert second["profile_hash"] == entry["profile_hash"]  # same key: same profile, same hash


def test_key_from_settings(tmp_path: Path) -> None:
    assert audit_key(tmp_path, "from-a-vault") == b"from-a-vault" and not (tmp_path / "audit.key").exists()
    log = tmp_path / "audit.jsonl"
    record_recommendation(log, "t", {"profile": PROFILE}, "offline", "k1")
    record_recommendation(log, "t", {"profile": PROFILE}, "offline", "k2")
    first, second = (json.loads(line) for line in log.read_text().splitlines())
    assert first["profile_hash"] != second["profile_hash"]
