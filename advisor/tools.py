"""The tools both policies call. Thin wrappers over scoring/ and knowledge/; no arithmetic here.

Each tool validates its arguments, updates the state through a `Command` and answers with a
ToolMessage (a short JSON summary; the full result rides in `artifact`).
"""

from __future__ import annotations

import json
from typing import Annotated, Any

from langchain_core.messages import ToolMessage
from langchain_core.tools import InjectedToolCallId, tool
from langgraph.prebuilt import InjectedState
from langgraph.types import Command
from pydantic import BaseModel, Field

from advisor.answers import answer_followup_notes, search_framework_notes
from advisor.profile_updates import apply_corrections, apply_facts, apply_unknowns, reset_update
from advisor.state import Note, State
from advisor.tool_support import context, recommendation_update, what_if_update

StateArg = Annotated[Any, InjectedState]
CallId = Annotated[str, InjectedToolCallId]


class Fact(BaseModel):
    """One value the user stated, with the words that state it."""

    field: str = Field(description="A profile field: employees, sector, countries, "
                                   "ai_maturity_months, annual_ai_budget_eur, regulation, ai_stacks, "
                                   "teams_using_ai, governance, current_architecture.")
    value: int | float | str = Field(description="The value, in the field's unit (euros, months).")
    quote: str = Field(default="", description="The user's exact words that state it.")
    amount: float | None = Field(default=None, description="Budget: the amount as said, in its currency.")
    currency: str | None = Field(default=None, description="Budget: ISO code of the currency said.")
    per: str | None = Field(default=None, description="Budget: year, month or quarter, as said.")
    since: str | None = Field(default=None, description="Maturity: YYYY-MM when AI went beyond experiments.")
    places: list[str] | None = Field(default=None, description='Countries: each place named, as written, '
                                     'with its country when it is a city: "Valence (Spain)".')
    addends: list[float] | None = Field(default=None, description="A count the user gave in parts: each "
                                        'number said that adds up to the value ("1,200 here plus 350 in '
                                        'Lyon" -> [1200, 350]).')


def _reply(call_id: str, name: str, summary: Any, update: dict[str, Any],
           artifact: Any = None) -> Command[Any]:
    message = ToolMessage(content=json.dumps(summary, ensure_ascii=False, default=str),
                          tool_call_id=call_id, name=name, artifact=artifact)
    return Command(update={**update, "steps": [message]})


@tool
def record_facts(facts: list[Fact], state: StateArg, call_id: CallId) -> Command[Any]:
    """Store facts the user stated about the company now (never questions or hypotheticals)."""
    update, summary = apply_facts(state, [f.model_dump() for f in facts])
    return _reply(call_id, "record_facts", summary, update, artifact=summary)


@tool
def correct_fact(facts: list[Fact], state: StateArg, call_id: CallId) -> Command[Any]:
    """Replace values the user explicitly corrects ("sorry, I meant 450 not 540")."""
    update, summary = apply_corrections(state, [f.model_dump() for f in facts])
    return _reply(call_id, "correct_fact", summary, update, artifact=summary)


@tool
def mark_unknown(fields: list[str], state: StateArg, call_id: CallId) -> Command[Any]:
    """Record that the user does not know these fields: documented assumptions are used."""
    update, summary = apply_unknowns(state, fields)
    return _reply(call_id, "mark_unknown", summary, update, artifact=summary)


@tool
def reset_profile(state: StateArg, call_id: CallId) -> Command[Any]:
    """Forget the whole profile and start the interview again."""
    return _reply(call_id, "reset_profile", {"reset": True}, reset_update(state))


@tool
def score_profile(state: StateArg, call_id: CallId) -> Command[Any]:
    """Score the complete profile: architecture, criteria, 24-month costs, risks, plan, sensitivity."""
    update, advice = recommendation_update(state, context())
    summary = {"architecture": advice["architecture"], "score": advice["score"]}
    return _reply(call_id, "score_profile", summary, update)  # the advice is in the state


@tool
def run_what_if(state: StateArg, call_id: CallId, changes: dict[str, Any] | None = None,
                factors: dict[str, float] | None = None,
                deltas: dict[str, float] | None = None) -> Command[Any]:
    """Score a copy of the profile with hypothetical changes (absolute values, multipliers such as
    2.0 for "doubled", or signed additions); the stored profile is left untouched."""
    update, result = what_if_update(state, context(), changes or {}, factors or {}, deltas or {})
    return _reply(call_id, "run_what_if", result.get("summary", {}), update, artifact=result)


@tool
def search_framework(query: str, state: StateArg, call_id: CallId) -> Command[Any]:
    """Answer a question about the framework from its passages, with citations."""
    update, ids = search_framework_notes(state, context(), query)
    decision = next((n.result.get("decision") for n in update.get("notes", [])
                     if isinstance(n.result, dict) and n.result.get("decision")), None)
    summary = {"passages": ids, **({"decision": decision} if decision else {})}
    return _reply(call_id, "search_framework", summary, update, artifact=summary)


@tool
def answer_followup(question: str, state: StateArg, call_id: CallId) -> Command[Any]:
    """Answer a question about the current recommendation (first steps, costs, summary, reminder)."""
    update, kind = answer_followup_notes(state, context(), question)
    return _reply(call_id, "answer_followup", {"kind": kind}, update)


TOOLS = [record_facts, correct_fact, mark_unknown, reset_profile, score_profile, run_what_if,
         search_framework, answer_followup]
WRITE_TOOLS = frozenset({"record_facts", "correct_fact", "mark_unknown", "reset_profile"})


def note(kind: str, text: str, **extra: Any) -> Note:
    return Note(kind=kind, text=text, **extra)


__all__ = ["TOOLS", "WRITE_TOOLS", "Fact", "State", "note"]
