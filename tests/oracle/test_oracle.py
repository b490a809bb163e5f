"""The LLM policy against the oracle server: a noisy model never gets a wrong value stored."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.oracle.measure import measure

TUNING = Path(__file__).resolve().parents[2] / "evals" / "tuning"


def test_a_noisy_llm_stores_no_falsified_value(tmp_path: Path) -> None:
    for path in sorted(TUNING.glob("*.yaml"))[::7]:  # ten conversations, EN and FR
        shutil.copy(path, tmp_path / path.name)
    figures = measure(tmp_path, noise=0.5, seed=1)
    assert figures["falsified"] > 0
    assert figures["wrong_values_stored"] == 0
    assert figures["llm_calls_per_conversation"] > 0
