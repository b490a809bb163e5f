"""Nodes that call tools: answer a framework question, run a what-if, give the recommendation."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from advisor.compose import Citations, compose_recommendation
from advisor.context import Context
from advisor.extraction.models import INT_FIELDS
from advisor.services import retriever_for
from advisor.slots import missing_slots
from advisor.state import State
from advisor.templates import show_value, t
from advisor.tools import passage_dict, score_profile, search_framework_tool, what_if
from scoring.render import eur
from scoring.texts import architecture_name

MAX_ANSWER_PASSAGES = 3


def _citations(state: State, runtime: Runtime[Context] | None, retrieved: list[str]) -> Citations:
    retriever = retriever_for(runtime.context if runtime else None)

    def lookup(passage_id: str) -> dict[str, Any] | None:
        passage = retriever.get_passage(passage_id, lang=state.language)
        if passage is None:
            return None
        retrieved.append(passage_id)
        return passage_dict(passage)

    return Citations(lookup, state.citations)


def answer_question(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
    """Answer a question from the framework passages, extractively, with numbered citations."""
    question, lang = state.understanding["question"], state.language
    retriever = retriever_for(runtime.context if runtime else None)
    search = search_framework_tool(retriever)
    hits = search.invoke({"query": question, "lang": lang, "k": MAX_ANSWER_PASSAGES})
    calls = [{"tool": "search_framework", "args": {"query": question, "lang": lang},
              "result": [h["id"] for h in hits]}]
    if not hits:
        return {"notes": [*state.notes, {"kind": "answer", "text": t("no_answer", lang)}],
                "tool_calls": [*state.tool_calls, *calls]}
    by_id = {h["id"]: h for h in hits}
    cite = Citations(lambda pid: by_id.get(pid), state.citations)
    lines = [f"> {h['text'].strip()} {cite.mark(h['id'])}" for h in hits[:2]]
    return {"notes": [*state.notes, {"kind": "answer", "text": "\n>\n".join(lines)}],
            "citations": cite.entries, "retrieved_ids": [*state.retrieved_ids, *by_id],
            "tool_calls": [*state.tool_calls, *calls]}


def hypothetical_changes(understanding: dict[str, Any], profile: dict[str, Any]) -> dict[str, Any]:
    """Absolute what-if values, plus relative ones ("doubled", "200 more") applied to the profile."""
    changes = dict(understanding.get("what_if", {}))
    for field, factor in understanding.get("what_if_factors", {}).items():
        if field not in changes and profile.get(field) is not None:
            changes[field] = profile[field] * factor
    for field, delta in understanding.get("what_if_deltas", {}).items():
        if field not in changes and profile.get(field) is not None:
            changes[field] = profile[field] + delta
    return {f: round(v) if f in INT_FIELDS and isinstance(v, float) else v for f, v in changes.items()}


def run_what_if(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
    """Score a copy of the profile with the hypothetical changes; the profile is left as it is."""
    lang = state.language
    if missing_slots(state.profile):
        return {"notes": [*state.notes, {"kind": "what_if", "text": t("what_if_later", lang)}]}
    changes = hypothetical_changes(state.understanding, state.profile)
    try:
        result = what_if.invoke({"profile": dict(state.profile), "changes": changes})
    except ValueError as exc:
        return {"notes": [*state.notes, {"kind": "invalid", "text": t("invalid", lang, message=str(exc))}]}
    retrieved: list[str] = []
    cite = _citations(state, runtime, retrieved)
    shown = ", ".join(show_value(f, v, lang) for f, v in changes.items())
    key = "what_if" if result["after"] != result["before"] else "what_if_same"
    text = t(key, lang, changes=shown, after=architecture_name(result["after"], lang),
             before=architecture_name(result["before"], lang), after_score=result["after_score"],
             before_score=result["before_score"]) + " " + cite.mark("method/scoring/sensitivity")
    costs = result["after_advice"]["costs"]["by_architecture"]
    text += "\n" + t("what_if_costs", lang, costs=", ".join(
        f"{architecture_name(a, lang)} {eur(c['total']['mid'])}" for a, c in costs.items()))
    call = {"tool": "what_if", "args": {"changes": changes},
            "result": {"before": result["before"], "after": result["after"]}}
    return {"notes": [*state.notes, {"kind": "what_if", "text": text, "result": result}],
            "citations": cite.entries, "retrieved_ids": [*state.retrieved_ids, *retrieved],
            "tool_calls": [*state.tool_calls, call]}


def recommend(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
    """Call the scoring tools on the complete profile and compose the cited recommendation."""
    lang = state.language
    advice = score_profile.invoke({"profile": dict(state.profile)})
    retrieved: list[str] = []
    cite = _citations(state, runtime, retrieved)
    previous = state.recommendation["architecture"] if state.recommendation else None
    text = compose_recommendation(advice, lang, cite)
    notes = [*state.notes, {"kind": "recommendation", "text": text}]
    if previous == advice["architecture"]:
        notes.insert(len(state.notes), {"kind": "unchanged", "text": t(
            "unchanged", lang, arch=architecture_name(previous, lang))})
    call = {"tool": "score_profile", "args": {"profile": dict(state.profile)},
            "result": {"architecture": advice["architecture"], "score": advice["score"]}}
    return {"notes": notes, "recommendation": advice, "recommended_profile": dict(state.profile),
            "citations": cite.entries, "retrieved_ids": [*state.retrieved_ids, *retrieved],
            "tool_calls": [*state.tool_calls, call]}
