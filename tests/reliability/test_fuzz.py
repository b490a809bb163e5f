"""Property fuzz with hypothesis, over 10k cases: scoring and whole turns never crash."""

from __future__ import annotations

from pathlib import Path

from reliability.fuzz import fuzz_extraction, fuzz_scoring, fuzz_session
from reliability.harness import make_session

CASES = 10_000


def test_scoring_never_crashes_on_valid_or_invalid_profiles() -> None:
    figures = fuzz_scoring(CASES // 2)
    assert figures["cases"] == CASES // 2 and figures["valid_profiles"] > CASES // 10
    assert figures["crashes"] == []


def test_no_generated_message_loses_a_turn() -> None:
    figures = fuzz_session(300)
    assert figures["cases"] == 300
    assert figures["crashes"] == []


def test_an_extractor_crash_costs_no_turn(tmp_path: Path) -> None:
    session = make_session(tmp_path)
    session.send("t", "We are a 300-person fintech operating in 3 countries.")
    turn = session.send("t", "Our budget is 1 000.000.000")
    assert turn.reply and turn.asked is not None
    assert len(session.history("t")) == 4


def test_extraction_never_crashes() -> None:
    figures = fuzz_extraction(CASES // 2)
    assert figures["cases"] == CASES // 2
    assert figures["crashes"] == []
