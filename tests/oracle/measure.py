"""`python -m tests.oracle.measure --scenarios DIR [--noise 0.2]`: the LLM policy against the oracle.

Prints the pass rate, slot accuracy, each failed conversation's first failures, and (noisy) how many falsified values ended in a profile
without the user confirming them.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

from tests.oracle.server import PHRASING_MARK, Oracle, OracleServer, load_truth


def wrong_values_stored(document: dict[str, Any], oracle: Oracle) -> int:
    """Falsified values found in any turn's profile (the oracle's lies that got through)."""
    count = 0
    for scenario in document["scenarios"]:
        for turn in scenario["turns"]:
            lie = next((w for w in oracle.wrong if w["message"] == turn["user"]), None)
            if lie is not None and turn["profile"].get(lie["field"]) == lie["value"]:
                count += 1
    return count


def measure(scenarios: Path, noise: float = 0.0, seed: int = 0) -> dict[str, Any]:
    from evals.cli import run_suite

    oracle = Oracle(load_truth(scenarios), noise=noise, seed=seed)
    names = ("OPENAI_BASE_URL", "OPENAI_API_KEY", "LLM_MODEL")
    saved = {name: os.environ.get(name) for name in names}
    try:
        server = OracleServer(oracle)
        with server as url:
            os.environ.update(OPENAI_BASE_URL=url, OPENAI_API_KEY="oracle", LLM_MODEL="oracle")
            document = run_suite(scenarios, "llm", live=True, thresholds={})
    finally:  # the endpoint is this run's only
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    m = document["metrics"]
    return {"passed": m["passed"], "counted": m["counted"], "pass_rate": m["pass_rate"],
            "slot_accuracy": m["slot_accuracy"], "falsified": len(oracle.wrong),
            "wrong_values_stored": wrong_values_stored(document, oracle),
            "phrasing_calls": sum(1 for r in server.requests if str((r.get("messages") or [{}])[0].get(
                "content", "")).startswith(PHRASING_MARK)),
            "phrasings_falsified": oracle.wrong_phrasings, "guard_fallbacks": m.get("guard_fallbacks"),
            "llm_calls_per_conversation": m["llm_calls_per_conversation"], "turns": m["turns"],
            "failures": {r["id"]: r["failures"][:3] for r in document["scenarios"] if not r["passed"]}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scenarios", type=Path, default=Path("evals/tuning"))
    parser.add_argument("--noise", type=float, default=0.0)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    print(json.dumps(measure(args.scenarios, args.noise, args.seed), indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
