"""The recorded conversations, offline and by LLM replay, against the versioned thresholds."""

from __future__ import annotations

from typing import Any

import pytest

from evals.cli import exit_code
from evals.metrics import load_thresholds


def _failures(document: dict[str, Any]) -> str:
    lines = [f"{r['id']}: {'; '.join(r['failures'][:4])}"
             for r in document["scenarios"] if r["counted"] and not r["passed"]]
    return "\n".join(lines + [f"threshold: {b}" for b in document["threshold_breaches"]])


@pytest.mark.parametrize("suite", ["offline_suite", "llm_suite"])
def test_suite_meets_thresholds(suite: str, request: pytest.FixtureRequest) -> None:
    document = request.getfixturevalue(suite)
    assert not document["threshold_breaches"], _failures(document)
    assert exit_code(document) == 0, _failures(document)


@pytest.mark.parametrize("suite", ["offline_suite", "llm_suite"])
def test_json_shape(suite: str, request: pytest.FixtureRequest) -> None:
    document = request.getfixturevalue(suite)
    assert set(document) >= {"scenarios", "metrics"}
    for record in document["scenarios"]:
        assert {"id", "passed", "failures"} <= set(record)
    for key in ("slot_accuracy", "architecture_accuracy", "citation_validity", "numeric_faithfulness",
                "turns_within_max", "llm_calls_per_conversation", "llm_tokens_per_conversation",
                "latency_p50_s", "latency_p95_s"):
        assert key in document["metrics"]


def test_thresholds_cover_both_modes() -> None:
    thresholds = load_thresholds()
    assert {"offline", "llm"} <= set(thresholds)
    assert thresholds["offline"]["min_counted"] >= 40


def test_llm_replay_really_used_the_model(llm_suite: dict[str, Any]) -> None:
    """Replay went through the cassettes: every turn made LLM calls and none missed the cassette."""
    metrics = llm_suite["metrics"]
    assert metrics["llm_calls_per_conversation"] >= 1
    assert metrics["llm_tokens_per_conversation"] > 0
    misses = [f for r in llm_suite["scenarios"] for f in r["failures"] if "cassette" in f]
    assert not misses, misses


def test_offline_mode_makes_no_llm_call(offline_suite: dict[str, Any]) -> None:
    assert offline_suite["metrics"]["llm_calls_per_conversation"] == 0
