"""The eval's outputs: a terminal table and a Markdown report."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

REPORT_DIR = Path(os.environ.get("EVAL_REPORT_DIR", "reports"))


def _fmt(value: Any) -> str:
    if value is None:
        return "—"
    return f"{value:.1%}" if isinstance(value, float) and value <= 1 else str(value)


def _status(r: dict[str, Any]) -> str:
    if not r["counted"]:
        return "known issue (fixed?)" if r["passed"] else "known issue"
    return "pass" if r["passed"] else "FAIL"


def summary_lines(metrics: dict[str, Any], mode: str) -> list[str]:
    """Headline figures, one per line."""
    m = metrics
    lines = [
        f"mode: {mode} — {m['passed']}/{m['counted']} counted scenarios passed"
        f" ({m['scenarios']} in all, {len(m['known_issues'])} known issues)",
        f"profile-slot accuracy: {_fmt(m['slot_accuracy'])} ({m['slots']['right']}/{m['slots']['total']})",
        f"architecture accuracy: {_fmt(m['architecture_accuracy'])}",
        f"citation validity: {_fmt(m['citation_validity'])} "
        f"({m['citations']['valid']}/{m['citations']['total']})",
        f"numeric faithfulness: {_fmt(m['numeric_faithfulness'])} "
        f"({m['figures']['total'] - m['figures']['unfaithful']}/{m['figures']['total']} figures)",
        f"recommendation within max_turns: {_fmt(m['turns_within_max'])} "
        f"(mean {m['mean_turns_to_recommendation']} turns vs mean max {m['mean_max_turns']})",
        f"LLM per conversation: {m['llm_calls_per_conversation']} calls, "
        f"{m['llm_tokens_per_conversation']} tokens",
        f"latency per turn: p50 {m['latency_p50_s']} s, p95 {m['latency_p95_s']} s ({m['turns']} turns)",
    ]
    alone = m.get("llm_alone")
    if alone:
        lines.append(f"LLM alone (its own reading, before the cross-check): "
                     f"{_fmt(alone['slot_accuracy'])} of {alone['expected']} stated slots right; "
                     f"{alone['wrong']} wrong, {alone['missing']} missed, {alone['extra']} extra; "
                     f"{alone['turns_with_llm_error']} turns with an LLM error")
    return lines


def table(results: list[dict[str, Any]]) -> str:
    """A plain-text table: one row per scenario."""
    rows = [("scenario", "lang", "status", "arch (expected)", "turns", "first failure")]
    for r in results:
        arch = f"{r['architecture']} ({r['expected_architecture'] or '-'})"
        turns = f"{r['turns_to_recommendation'] or '-'}/{r['max_turns'] or '-'}"
        first = r["failures"][0][:70] if r["failures"] else ""
        rows.append((r["id"], r["language"], _status(r), arch, turns, first))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
                     for row in rows)


def markdown(results: list[dict[str, Any]], metrics: dict[str, Any], mode: str,
             breaches: list[str]) -> str:
    """The full report: summary, thresholds, a table, then every failure and LLM detail."""
    out = [f"# Advisor eval — {mode} mode", ""]
    out += [f"- {line}" for line in summary_lines(metrics, mode)]
    out += ["", "## Thresholds", ""]
    out += [f"- BREACH: {b}" for b in breaches] or ["- all thresholds met"]
    out += ["", "## Scenarios", "", "| scenario | lang | status | architecture (expected) | "
            "turns to rec. / max | slots | citations | figures unfaithful |",
            "|---|---|---|---|---|---|---|---|"]
    for r in results:
        out.append(f"| {r['id']} | {r['language']} | {_status(r)} | {r['architecture']} "
                   f"({r['expected_architecture'] or '-'}) | {r['turns_to_recommendation'] or '-'} / "
                   f"{r['max_turns'] or '-'} | {r['slots']['right']}/{r['slots']['total']} | "
                   f"{r['citations']['valid']}/{r['citations']['total']} | {r['figures']['unfaithful']} |")
    failing = [r for r in results if r["failures"]]
    if failing:
        out += ["", "## Failures", ""]
        for r in failing:
            note = f" (known issue: {r['known_issue']})" if r["known_issue"] else ""
            out.append(f"### {r['id']}{note}")
            out += [f"- {f}" for f in r["failures"]]
    if mode == "llm":
        out += ["", "## What the LLM read alone, per turn", "",
                "| scenario | turn | engine | LLM values | right / expected | error |",
                "|---|---|---|---|---|---|"]
        for r in results:
            for t in r["turns"]:
                score = t.get("llm_alone") or {}
                out.append(f"| {r['id']} | {t['n']} | {t['engine']} | `{t.get('llm_values')}` | "
                           f"{score.get('right', '-')} / {score.get('expected', '-')} | "
                           f"{(t.get('llm_error') or '')[:80]} |")
    return "\n".join(out) + "\n"


def write_report(text: str, mode: str, folder: Path | None = None) -> Path:
    """Write reports/eval-<mode>.md (or into `folder`) and return its path."""
    target = folder or REPORT_DIR
    target.mkdir(parents=True, exist_ok=True)
    path = target / f"eval-{mode}.md"
    path.write_text(text, encoding="utf-8")
    return path
