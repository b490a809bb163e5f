"""LLM faults from a local fault-injecting OpenAI-compatible server: no turn lost, advice unchanged."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from reliability.fault_server import FAULTS
from reliability.faults import run_faults


@pytest.fixture(autouse=True)
def quiet_llm_warnings() -> None:
    logging.getLogger("advisor.llm_policy").setLevel(logging.ERROR)


def test_every_fault_keeps_the_right_recommendation_and_every_turn(tmp_path: Path) -> None:
    figures = run_faults(tmp_path, conversations=2)
    assert figures["correct_share"] == 1.0, figures["rows"]
    assert figures["turns_lost"] == 0
    assert figures["errors"] == []
    assert len(figures["rows"]) == 2 * (len(FAULTS) - 1)


def test_retry_after_is_honoured_and_the_retry_is_used(tmp_path: Path) -> None:
    figures = run_faults(tmp_path, faults=("429",), plans=("first",), conversations=1)
    assert figures["retry_after_honoured"] is not None and figures["retry_after_honoured"] >= 0.9
    assert figures["rows"][0]["llm_turns"] == figures["rows"][0]["conversations"] * 2


def test_storms_fall_back_to_the_offline_reading(tmp_path: Path) -> None:
    figures = run_faults(tmp_path, faults=("500", "malformed", "invented_tool"), plans=("storm",),
                         conversations=1)
    assert figures["correct_share"] == 1.0
    assert all(row["llm_turns"] == 0 for row in figures["rows"])
