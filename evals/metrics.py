"""Suite-level metrics over the scenarios that count, and the threshold check."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

THRESHOLDS = Path(__file__).parent / "thresholds.yaml"


def _ratio(num: float, den: float) -> float | None:
    return round(num / den, 4) if den else None


def _percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return round(ordered[index], 4)


def suite_metrics(results: list[dict[str, Any]]) -> dict[str, Any]:
    """Pass counts, accuracies, citation validity, faithfulness, turns, LLM use and latency."""
    counted = [r for r in results if r["counted"]]
    total = lambda key, part: sum(r[key][part] for r in counted)  # noqa: E731
    with_arch = [r for r in counted if r["expected_architecture"]]
    with_max = [r for r in counted if r["max_turns"] is not None]
    latencies = [t["latency_s"] for r in counted for t in r["turns"]]
    turns_to_rec = [r["turns_to_recommendation"] for r in counted if r["turns_to_recommendation"]]
    llm_alone = [s for r in counted for s in r["llm_alone"]]
    metrics: dict[str, Any] = {
        "scenarios": len(results), "counted": len(counted),
        "passed": sum(r["passed"] for r in counted),
        "failed": sum(not r["passed"] for r in counted),
        "known_issues": [r["id"] for r in results if not r["counted"]],
        "pass_rate": _ratio(sum(r["passed"] for r in counted), len(counted)),
        "slot_accuracy": _ratio(total("slots", "right"), total("slots", "total")),
        "slots": {"right": total("slots", "right"), "total": total("slots", "total")},
        "architecture_accuracy": _ratio(
            sum(r["architecture"] == r["expected_architecture"] for r in with_arch), len(with_arch)),
        "citation_validity": _ratio(total("citations", "valid"), total("citations", "total")),
        "citations": {"valid": total("citations", "valid"), "total": total("citations", "total")},
        "numeric_faithfulness": _ratio(total("figures", "total") - total("figures", "unfaithful"),
                                       total("figures", "total")),
        "figures": {"total": total("figures", "total"), "unfaithful": total("figures", "unfaithful")},
        "turns_within_max": _ratio(sum(bool(r["turns_to_recommendation"]) and
                                       r["turns_to_recommendation"] <= r["max_turns"] for r in with_max),
                                   len(with_max)),
        "mean_turns_to_recommendation": _ratio(sum(turns_to_rec), len(turns_to_rec)),
        "mean_max_turns": _ratio(sum(r["max_turns"] for r in with_max), len(with_max)),
        "llm_calls_per_conversation": _ratio(sum(r["llm_calls"] for r in counted), len(counted)),
        "llm_calls_per_turn": _ratio(sum(r["llm_calls"] for r in counted),
                                     sum(len(r["turns"]) for r in counted)),
        "guard_fallbacks": sum(bool(t.get("guard_fallback")) for r in counted for t in r["turns"]),
        "llm_tokens_per_conversation": _ratio(sum(r["llm_tokens"] for r in counted), len(counted)),
        "latency_p50_s": _percentile(latencies, 0.5), "latency_p95_s": _percentile(latencies, 0.95),
        "turns": len(latencies),
    }
    if llm_alone:
        expected = sum(s["expected"] for s in llm_alone)
        right = sum(s["right"] for s in llm_alone)
        metrics["llm_alone"] = {
            "slot_accuracy": _ratio(right, expected), "expected": expected, "right": right,
            "wrong": sum(s["wrong"] for s in llm_alone), "missing": sum(s["missing"] for s in llm_alone),
            "extra": sum(s["extra"] for s in llm_alone),
            "turns_with_llm_error": sum(1 for r in counted for t in r["turns"] if t.get("llm_error")),
        }
    return metrics


def load_thresholds(path: Path = THRESHOLDS) -> dict[str, dict[str, float]]:
    return dict(yaml.safe_load(path.read_text(encoding="utf-8")))


def _lookup(metrics: dict[str, Any], dotted: str) -> Any:
    node: Any = metrics
    for part in dotted.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    return node


def threshold_breaches(metrics: dict[str, Any], mode: str,
                       thresholds: dict[str, Any] | None = None) -> list[str]:
    """One sentence per metric below its floor (`min_*`) or above its ceiling (`max_*`) for `mode`."""
    limits = (thresholds or load_thresholds()).get(mode, {})
    breaches = []
    for key, limit in limits.items():
        kind, name = key.split("_", 1)
        value = _lookup(metrics, name)
        if value is None:
            breaches.append(f"{name}: not measured (threshold {key} = {limit})")
        elif kind == "min" and value < limit:
            breaches.append(f"{name} = {value} is below {limit}")
        elif kind == "max" and value > limit:
            breaches.append(f"{name} = {value} is above {limit}")
    return breaches
