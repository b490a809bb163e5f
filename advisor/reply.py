"""`compose` writes the turn's reply from its notes; `guard` lets it out only if it traces.

The guard is a gate: a phrased reply whose architecture, figures or citations do not trace to a
tool result, a cited passage or the user's words is replaced by the deterministic draft.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from langchain_core.messages import AIMessage, ToolMessage
from langgraph.runtime import Runtime

from advisor.citations import number_citations, render_citations
from advisor.context import Context
from advisor.guard import check_reply
from advisor.reading import latest_user_message, message_text
from advisor.slots import missing_slots, next_slot
from advisor.state import Note, State
from advisor.templates import CHOICES, QUESTIONS, choices, question, refine_question, t

log = logging.getLogger(__name__)
FIXED_TEXTS = ("welcome", "not_understood", "follow_up")  # their figures are the product's own
REFINE_ORDER = ("current_architecture", "governance", "teams_using_ai", "ai_stacks")
NOTE_ORDER = ("reset", "noted", "inferred", "corrected", "conflict", "assumed", "invalid", "injection",
              "profile", "index", "answer", "what_if", "unchanged", "recommendation")


def _ordered(notes: list[Note]) -> list[Note]:
    return sorted(notes, key=lambda n: NOTE_ORDER.index(n.kind) if n.kind in NOTE_ORDER else 99)


def compose(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
    """The deterministic reply: notes in a fixed order, then the next question, then sources."""
    lang = state.language
    notes = _ordered(state.notes)
    parts = [n.text for n in notes]
    asked: str | None = None
    update: dict[str, Any] = {}
    field = next_slot(state.profile)
    if field is not None and field == state.asked and state.reading.intent == "defer":
        field = next((f for f in missing_slots(state.profile) if f != field), None)  # "let me check"
        if field is None:
            parts.append(t("deferred", lang))
    conflict = next((n.field for n in notes if n.kind == "conflict"), None)
    if conflict is not None:
        asked = conflict  # the conflict note asks which value is right
    elif field is not None:
        if not parts:
            parts.append(t("welcome" if state.turn <= 1 else "not_understood", lang))
        parts.append(question(field, lang))
        asked = field
    elif state.recommendation is not None:
        refine = next((f for f in REFINE_ORDER
                       if f not in state.profile and f not in state.refine_asked), None)
        if refine is not None:
            parts.append(refine_question(refine, lang))
            asked, update["refine_asked"] = refine, [*state.refine_asked, refine]
        elif not any(n.kind == "recommendation" for n in notes):
            if not parts:
                parts.append(t("not_understood", lang))
            parts.append(t("follow_up", lang))
    count = _asked_count(state, asked)
    options = choices(asked, lang) if asked in CHOICES and count >= 2 else []
    if options:
        parts.append(t("choices", lang, options=" · ".join(options)))
    answer = next((n.text for n in notes if n.kind == "answer"), None)
    if state.phrase and answer in parts:  # mark the answer to find it once citations are numbered
        parts[parts.index(answer)] = f"{_START}{answer}{_END}"
    text, citations = number_citations("\n\n".join(parts), state.cited)
    if citations:
        text += "\n\n" + "\n".join(render_citations(citations, lang))
    update |= _phrased(state, runtime, text) if state.phrase else {"phrased": None}
    return {**update, "draft": text.replace(_START, "").replace(_END, ""), "asked": asked,
            "asked_count": count, "citations": citations, "choices": options}


def _asked_count(state: State, asked: str | None) -> float:
    """Turns running `asked` has gone unanswered: a turn where the user is on their way with it
    (`Reading.engages` without other facts: a correction, a hedge, its topic…) does not count, one
    that only gives other facts counts half (a field asked four times while the user gives only other
    facts gets its assumption)."""
    if asked is None:
        return 0
    if asked != state.asked:
        return 1
    if state.reading.engages(asked, other_facts=False):
        return state.asked_count
    return state.asked_count + (0.5 if state.reading.engages(asked) else 1)


_START, _END = "\u2063\u2064", "\u2064\u2063"  # invisible brackets around the answer to phrase


def _phrased(state: State, runtime: Runtime[Context], text: str) -> dict[str, Any]:
    """The LLM's wording of the turn's answer inside the draft (the guard checks it)."""
    from advisor.phrasing import phrase_answer

    ctx = runtime.context if runtime is not None and runtime.context is not None else Context()
    start, end = text.find(_START), text.find(_END)
    if start < 0 or end < 0:
        return {"phrased": None}
    answer = text[start + len(_START):end]
    phrased, usage = phrase_answer(ctx, message_text(latest_user_message(state)), answer, state.language)
    whole = None if phrased is None else text[:start] + phrased + text[end + len(_END):]
    return {"phrased": whole, "llm_calls": state.llm_calls + usage["calls"],
            "llm_tokens": state.llm_tokens + usage["tokens"]}


def trace_sources(state: State, asked: str | None = None) -> list[Any]:
    """Everything a figure in the reply may come from (the question asked: its fixed examples)."""
    user_text = message_text(latest_user_message(state))
    wording = question(asked, state.language) if asked in QUESTIONS else ""
    tool_results = [m.artifact for m in state.steps if isinstance(m, ToolMessage)]
    return [state.profile, [c.get("text", "") for c in state.citations],
            [n.result for n in state.notes if n.result is not None], tool_results, user_text,
            state.reading.values, state.reading.invalid, state.reading.what_if, state.reading.to_confirm,
            state.reading.conflicts, wording, state.choices,
            [t(key, state.language) for key in FIXED_TEXTS]]


def reply_problems(state: State, reply: str) -> list[str]:
    """Untraceable architecture, figures or citation numbers in `reply`."""
    architecture = state.recommendation["architecture"] if state.recommendation else None
    reply_body = reply.split("\n\n**Sources**")[0]
    problems = check_reply(reply_body, architecture, trace_sources(state, state.asked),
                           known=state.recommendation_numbers)
    cited = {c["n"] for c in state.citations}
    for marker in re.findall(r"\[(\d+)\]", reply_body):
        if int(marker) not in cited:
            problems.append(f"citation [{marker}] is not a passage retrieved this turn")
    return problems


def guard(state: State) -> dict[str, Any]:
    """Send the phrased reply if it traces, else the deterministic draft (counted)."""
    reply, fallbacks = state.draft, state.guard_fallbacks
    if state.phrased:
        if reply_problems(state, state.phrased):
            fallbacks += 1
            log.warning("guard: phrased reply replaced by the deterministic draft")
        else:
            reply = state.phrased
    problems = reply_problems(state, reply)
    if problems:
        log.error("guard: %s", problems)
    message = AIMessage(content=reply, additional_kwargs={
        "citations": state.citations, "guard_problems": problems, "choices": state.choices,
        "guard_fallback": fallbacks > state.guard_fallbacks})
    return {"messages": [message], "guard_fallbacks": fallbacks}
