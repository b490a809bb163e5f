"""SIGKILL mid-conversation, restart, continue: profile and history intact, no half turn."""

from __future__ import annotations

from pathlib import Path

from reliability.crash import KILL_DELAYS_S, run_crash


def test_a_killed_advisor_restarts_with_its_conversations_intact(tmp_path: Path) -> None:
    figures = run_crash(tmp_path)
    assert len(figures["rows"]) == len(KILL_DELAYS_S)
    for row in figures["rows"]:
        assert row["intact"] and row["profile_kept"], row
        assert row["half_turns"] == 0, row
        assert row["recommendation"] == row["expected"], row
    assert figures["ok"]
