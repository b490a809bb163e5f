"""The advisor graph: understand → update profile → (answer | what-if | recommend) → respond."""

from __future__ import annotations

import logging
from typing import Any, Literal

from langchain_core.messages import AIMessage
from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime

from advisor.context import Context
from advisor.guard import check_reply
from advisor.interview import update_profile
from advisor.recommend import answer_question, recommend, run_what_if
from advisor.slots import missing_slots, next_slot
from advisor.state import InputState, State
from advisor.templates import question, refine_question, t
from advisor.understand import understand

log = logging.getLogger(__name__)
REFINE_ORDER = ("current_architecture", "governance", "teams_using_ai", "ai_stacks")
NOTE_ORDER = ("reset", "noted", "corrected", "assumed", "invalid", "injection", "profile",
              "answer", "what_if", "unchanged", "recommendation")


def _needs_recommendation(state: State) -> bool:
    if missing_slots(state.profile):
        return False
    return state.recommendation is None or state.recommended_profile != dict(state.profile)


def route_after_update(state: State) -> Literal["answer_question", "run_what_if", "recommend", "respond"]:
    if state.understanding.get("question") and not state.understanding.get("injection"):
        return "answer_question"
    return route_after_answer(state)


def route_after_answer(state: State) -> Literal["run_what_if", "recommend", "respond"]:
    u = state.understanding
    if u.get("what_if") or u.get("what_if_factors") or u.get("what_if_deltas"):
        return "run_what_if"
    return route_after_what_if(state)


def route_after_what_if(state: State) -> Literal["recommend", "respond"]:
    return "recommend" if _needs_recommendation(state) else "respond"


def respond(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
    """Assemble the reply from this turn's notes, then ask the next question if one is missing."""
    lang = state.language
    notes = sorted(state.notes, key=lambda n: NOTE_ORDER.index(n["kind"]))
    parts = [n["text"] for n in notes]
    asked = None
    update: dict[str, Any] = {}
    field = next_slot(state.profile)
    if field is not None:
        if not parts and state.turn <= 1:
            parts.append(t("welcome", lang))
        elif not parts:
            parts.append(t("not_understood", lang))
        parts.append(question(field, lang))
        asked = field
    elif state.recommendation is not None:
        refine = next((f for f in REFINE_ORDER
                       if f not in state.profile and f not in state.refine_asked), None)
        if refine is not None:
            parts.append(refine_question(refine, lang))
            asked, update["refine_asked"] = refine, [*state.refine_asked, refine]
        elif not any(n["kind"] == "recommendation" for n in notes):
            if not parts:
                parts.append(t("not_understood", lang))
            parts.append(t("follow_up", lang))
    if state.citations:
        from advisor.compose import render_citations

        parts.append("\n".join(render_citations(state.citations, lang)))
    reply = "\n\n".join(parts)
    problems = _guard(state, notes)
    if problems:
        log.error("guard: %s", problems)
    message = AIMessage(content=reply, additional_kwargs={"citations": state.citations,
                                                          "guard_problems": problems})
    return {**update, "messages": [message], "asked": asked}


def _guard(state: State, notes: list[dict[str, Any]]) -> list[str]:
    """Check the tool-backed parts of the reply against tool results and cited passages."""
    sources: list[Any] = [state.recommendation, state.profile, [c.get("text", "") for c in state.citations]]
    sources += [n.get("result") for n in notes if n.get("result")]
    problems = []
    for note in notes:
        if note["kind"] in ("recommendation", "what_if"):
            rec = state.recommendation if note["kind"] == "recommendation" else None
            arch = rec["architecture"] if rec else None
            problems += check_reply(note["text"], arch, sources)
    return problems


builder = StateGraph(State, input_schema=InputState, context_schema=Context)
builder.add_node("understand", understand)
builder.add_node("update_profile", update_profile)
builder.add_node("answer_question", answer_question)
builder.add_node("run_what_if", run_what_if)
builder.add_node("recommend", recommend)
builder.add_node("respond", respond)
builder.add_edge(START, "understand")
builder.add_edge("understand", "update_profile")
builder.add_conditional_edges("update_profile", route_after_update)
builder.add_conditional_edges("answer_question", route_after_answer)
builder.add_conditional_edges("run_what_if", route_after_what_if)
builder.add_edge("recommend", "respond")
builder.add_edge("respond", END)

graph = builder.compile(name="Orchestration Advisor")
