"""Replay one scenario through the real graph and judge every turn."""

from __future__ import annotations

import tempfile
import time
import uuid
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from evals.checks import citation_problems, compare_profile, llm_alone, same_value, unfaithful_figures
from evals.scenario import Scenario, TurnSpec

EVAL_TODAY = date(2026, 11, 30)  # scenarios say "since March 2025": every run reads the same date
CASSETTE_MISS_HINTS = ("CannotOverwriteExistingCassette", "Connection error", "APIConnectionError")


@dataclass
class Harness:
    """What every scenario shares: settings, the retriever and (LLM mode) the chat model."""

    settings: Any
    retriever: Any
    mode: str = "offline"
    chat_model: Any = None
    record: bool = False
    live: bool = False  # LLM mode against the configured endpoint, no cassettes
    _scratch: Path | None = None  # the sessions' own data dir (audit log)

    def session(self) -> Any:
        """A fresh session with an in-memory checkpointer; its audit log goes to a scratch
        directory, never into the data directory the shared index lives in."""
        from langgraph.checkpoint.memory import InMemorySaver

        from advisor.checkpoint import serializer
        from advisor.context import Context
        from advisor.session import AdvisorSession

        if self._scratch is None:
            self._scratch = Path(tempfile.mkdtemp(prefix="advisor-eval-"))
        settings = self.settings.model_copy(update={"data_dir": self._scratch})
        ctx = Context(settings=settings, mode=self.mode, retriever=self.retriever,
                      chat_model=self.chat_model, today=EVAL_TODAY)
        return AdvisorSession(settings, checkpointer=InMemorySaver(serde=serializer()), context=ctx)


def _turn_checks(spec: TurnSpec, turn: Any, n: int) -> list[str]:
    """Failures of the optional per-turn expectations (profile slots are counted apart)."""
    out = []
    arch = (turn.recommendation or {}).get("architecture")
    if spec.expect_architecture and arch != spec.expect_architecture:
        out.append(f"turn {n}: recommendation {arch!r}, expected {spec.expect_architecture!r}")
    if spec.expect_no_recommendation and turn.recommendation is not None:
        out.append(f"turn {n}: a recommendation came before the profile was complete")
    if spec.expect_cite and not turn.citations:
        out.append(f"turn {n}: expected a cited answer, the reply cites nothing")
    if spec.expect_what_if:
        calls = [c for c in turn.tool_calls if c.get("tool") == "run_what_if"]
        after = calls[-1]["result"].get("after") if calls else None
        if after != spec.expect_what_if:
            out.append(f"turn {n}: what-if gave {after!r}, expected {spec.expect_what_if!r}")
    for field, status in spec.expect_provenance.items():
        got = (turn.provenance.get(field) or {}).get("status")
        if got != status:
            out.append(f"turn {n}: {field} is {got!r}, expected {status!r}")
    if spec.expect_language and turn.language != spec.expect_language:
        out.append(f"turn {n}: replied in {turn.language!r}, expected {spec.expect_language!r}")
    reply = turn.reply.lower()
    out += [f"turn {n}: reply lacks {s!r}" for s in spec.expect_reply_contains if s.lower() not in reply]
    out += [f"turn {n}: reply contains {s!r}" for s in spec.expect_reply_excludes if s.lower() in reply]
    return out


def _new_fields(expected: dict[str, Any], before: dict[str, Any], spec: TurnSpec) -> dict[str, Any]:
    """Fields this message states (new or changed expectations, assumptions excluded)."""
    return {f: v for f, v in expected.items()
            if spec.expect_provenance.get(f) != "assumed"
            and not (f in before and same_value(before[f], v))}


def run_scenario(harness: Harness, scenario: Scenario) -> dict[str, Any]:
    """Send every turn, then judge the whole conversation. Returns a JSON-ready record."""
    from evals.cassettes import use_cassette

    session = harness.session()
    thread = f"eval-{scenario.id}-{uuid.uuid4().hex[:8]}"
    expected = scenario.expected_fields()
    failures: list[str] = []
    turns: list[dict[str, Any]] = []
    slots_right = slots_total = cites_valid = cites_total = figures = 0
    first_rec: int | None = None
    llm_scores: list[dict[str, int]] = []
    before: dict[str, Any] = {}
    previous_profile: dict[str, Any] = {}
    last: Any = None
    taped = harness.mode == "llm" and not harness.live
    cassette: Any = use_cassette(scenario.id, harness.record) if taped else nullcontext()
    with cassette as tape:
        for n, spec in enumerate(scenario.turns, 1):
            started = time.perf_counter()
            turn = session.send(thread, spec.user)
            latency = time.perf_counter() - started
            last = turn
            record: dict[str, Any] = {"n": n, "user": spec.user, "latency_s": round(latency, 4),
                                      "asked": turn.asked, "language": turn.language}
            if turn.recommendation is not None and first_rec is None:
                first_rec = n
            want = expected.get(n, {})
            right, wrong = compare_profile(want, turn.profile)
            slots_right, slots_total = slots_right + right, slots_total + len(want)
            failures += [f"turn {n}: {w}" for w in wrong]
            failures += _turn_checks(spec, turn, n)
            valid, bad_cites = citation_problems(turn, harness.retriever)
            cites_valid, cites_total = cites_valid + valid, cites_total + len(turn.citations)
            failures += [f"turn {n}: {p}" for p in bad_cites]
            count, unfaithful = unfaithful_figures(turn, previous_profile)
            previous_profile = dict(turn.profile)
            figures += count
            failures += [f"turn {n}: figure {f!r} traces to no tool result, passage or stated value"
                         for f in unfaithful]
            failures += [f"turn {n}: guard: {p}" for p in turn.guard_problems]
            record.update(profile=turn.profile, architecture=(turn.recommendation or {}).get("architecture"),
                          citations=[c["id"] for c in turn.citations], figures=count,
                          unfaithful=unfaithful, tools=[c.get("tool") for c in turn.tool_calls],
                          engine=turn.understanding.get("engine"), guard_fallback=turn.guard_fallback)
            if harness.mode == "llm":
                error = turn.understanding.get("llm_error") or ""
                record.update(llm_values=turn.understanding.get("llm_values", {}), llm_error=error)
                if not harness.record and any(h in error for h in CASSETTE_MISS_HINTS):
                    failures.append(f"turn {n}: LLM request not in the cassette (re-record): {error[:120]}")
                if want:
                    score = llm_alone(_new_fields(want, before, spec), record["llm_values"])
                    record["llm_alone"] = score
                    llm_scores.append(score)
            if want:
                before = {**before, **want}
            turns.append(record)
        unplayed = tape is not None and not harness.record and not tape.all_played
    if unplayed:
        failures.append("cassette has interactions that were not replayed (stale: re-record)")
    arch = (last.recommendation or {}).get("architecture") if last else None
    if scenario.architecture and arch != scenario.architecture:
        failures.append(f"architecture: expected {scenario.architecture!r}, got {arch!r}")
    if scenario.max_turns is not None and (first_rec is None or first_rec > scenario.max_turns):
        failures.append(f"recommendation came at turn {first_rec}, expected by turn {scenario.max_turns}")
    if scenario.must_cite:
        rec_turn = [r for r in turns if r["n"] == first_rec]
        if not rec_turn or not rec_turn[0]["citations"]:
            failures.append("must_cite: the recommendation carries no citation")
    known_issue = scenario.known_issue_in(harness.mode)
    counted = known_issue is None
    return {
        "id": scenario.id, "language": scenario.language, "file": scenario.path.name,
        "passed": not failures, "failures": failures, "counted": counted,
        "known_issue": known_issue,
        "architecture": arch, "expected_architecture": scenario.architecture,
        "turns_to_recommendation": first_rec, "max_turns": scenario.max_turns,
        "slots": {"right": slots_right, "total": slots_total},
        "citations": {"valid": cites_valid, "total": cites_total},
        "figures": {"total": figures, "unfaithful": sum(len(t["unfaithful"]) for t in turns)},
        "llm_calls": last.llm_calls if last else 0, "llm_tokens": last.llm_tokens if last else 0,
        "llm_alone": llm_scores, "turns": turns,
    }
