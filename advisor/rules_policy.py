"""The rules policy: turns the deterministic reading of the message into tool calls, in rounds.

Round 1 writes what the user stated (reset, facts, corrections); round 2 applies unknowns (their
assumptions may depend on round 1, e.g. a budget per employee); round 3 reads: score the profile
when it is complete and changed, run a what-if, answer a question.
"""

from __future__ import annotations

import uuid
from typing import Any

from langchain_core.messages import AIMessage, ToolCall

from advisor.slots import missing_slots
from advisor.state import Reading, State
from scoring.profile import REQUIRED_FIELDS

ROUNDS: tuple[frozenset[str], ...] = (
    frozenset({"reset_profile", "record_facts", "correct_fact"}),
    frozenset({"mark_unknown"}),
    frozenset({"score_profile", "run_what_if", "search_framework", "answer_followup"}),
)


def call(name: str, **args: Any) -> ToolCall:
    return ToolCall(name=name, args=args, id=f"call_{uuid.uuid4().hex[:12]}", type="tool_call")


def called_this_turn(state: State) -> set[str]:
    return {c["name"] for m in state.steps if isinstance(m, AIMessage) for c in m.tool_calls}


def write_calls(reading: Reading, state: State) -> list[ToolCall]:
    """Round 1: reset, then stated facts; explicit corrections of known values go to correct_fact."""
    calls = []
    if reading.intent == "reset":
        calls.append(call("reset_profile"))
    facts = [{"field": f, "value": v, "quote": reading.evidence.get(f, "")}
             for f, v in reading.values.items()]
    known = state.profile if reading.intent != "reset" else {}
    corrections = [f for f in facts if reading.is_correction and f["field"] in known]
    stated = [f for f in facts if f not in corrections]
    if stated:
        calls.append(call("record_facts", facts=stated))
    if corrections:
        calls.append(call("correct_fact", facts=corrections))
    return calls


def stalled_field(state: State, reading: Reading) -> str | None:
    """The required field asked in the last two replies that this message still leaves empty:
    the advisor moves on with its documented assumption rather than asking a third time (not after
    bad input, which changes nothing, nor on a turn that corrects something, hedges or says "let
    me check": `Reading.engages`). Turns with other facts are not counted as asks, but the third
    ask still moves on when its answer only gives other facts."""
    field = state.asked
    if (field not in REQUIRED_FIELDS or state.asked_count < 2 or state.profile.get(field) is not None
            or field in reading.values or field in reading.conflicts or reading.invalid
            or reading.injection or reading.engages(field, other_facts=False)):
        return None
    return field


def unknown_calls(reading: Reading, state: State) -> list[ToolCall]:
    fields = [f for f in reading.unknown if f not in reading.values]
    stalled = stalled_field(state, reading)
    if stalled is not None and stalled not in fields:
        fields.append(stalled)
    return [call("mark_unknown", fields=fields)] if fields else []


def needs_recommendation(state: State) -> bool:
    if missing_slots(state.profile):
        return False
    return state.recommendation is None or state.recommended_profile != dict(state.profile)


def read_calls(reading: Reading, state: State) -> list[ToolCall]:
    """Round 3: a question, a what-if, and the recommendation when it is due."""
    from knowledge.followup import followup_kind
    from knowledge.routing import asks_something, question_kind

    calls = []
    question = reading.question
    if question is None and reading.values and asks_something(reading.message) and question_kind(
            reading.message) in ("decision", "comparison"):
        question = reading.message  # "500 people in 5 countries. Central or hybrid, we're torn..."
    if question is None and not (reading.values or reading.unknown or reading.has_what_if or reading.intent):
        follow = state.recommendation is not None and followup_kind(reading.message, state.language)
        if follow or asks_something(reading.message):  # "give me the list", "summarise it for my board"
            question = reading.message
    if question and not reading.injection and reading.intent != "defer":
        if state.recommendation is not None and followup_kind(question, state.language):
            calls.append(call("answer_followup", question=question))
        else:
            calls.append(call("search_framework", query=reading.message or question))
    if reading.has_what_if:
        calls.append(call("run_what_if", changes=reading.what_if, factors=reading.what_if_factors,
                          deltas=reading.what_if_deltas))
    if needs_recommendation(state):
        calls.append(call("score_profile"))
    return calls


def next_calls(state: State, reading: Reading) -> list[ToolCall]:
    """The next round's calls after those already made this turn; [] when the turn is done."""
    done = called_this_turn(state)
    makers = (lambda: write_calls(reading, state), lambda: unknown_calls(reading, state),
              lambda: read_calls(reading, state))
    for names, make in zip(ROUNDS, makers, strict=True):
        if done & names:
            continue
        calls = make()
        if calls:
            return calls
    return []
