"""The `policy` node: on a new user message it reads it and starts the turn; then, each time the
tools have answered, it emits the next tool calls, or none when the turn is ready to compose.

Two interchangeable policies decide the calls: the rules policy (offline default) and the LLM
policy (`model.bind_tools(TOOLS)`), whose calls are verified against the rules reading.
"""

from __future__ import annotations

import re
from typing import Any

from langchain_core.messages import AIMessage, RemoveMessage
from langgraph.graph.message import REMOVE_ALL_MESSAGES
from langgraph.runtime import Runtime

from advisor.context import Context
from advisor.phrasing import phrases_this_turn
from advisor.reading import (
    conversation_language,
    latest_user_message,
    message_text,
    read_message,
    with_referent,
)
from advisor.rules_policy import next_calls
from advisor.state import NEW_TURN, Note, Reading, State
from advisor.templates import show_value, t
from advisor.verify import same


def policy(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
    """Start the turn on a new message; otherwise emit the next round of tool calls (or none)."""
    ctx = runtime.context if runtime is not None and runtime.context is not None else Context()
    message = latest_user_message(state)
    if message is not None and message.id != state.turn_message_id:
        return start_turn(state, ctx, message)
    calls = next_calls(state, state.reading)
    return {"steps": [AIMessage(content="", tool_calls=calls)]}


def start_turn(state: State, ctx: Context, message: Any) -> dict[str, Any]:
    """Read the message, reset the turn's lists, and emit the first tool calls."""
    text = message_text(message)
    lang = conversation_language(text, state.language, first=state.turn == 0)
    assumed = frozenset(f for f, r in state.provenance.items() if (r or {}).get("status") == "assumed")
    reading = with_referent(read_message(text, state.asked, lang, ctx.current_date, dict(state.profile),
                                         assumed), dict(state.provenance))
    update: dict[str, Any] = {"language": lang, "turn": state.turn + 1,
                              "turn_message_id": message.id, "retrieved_ids": [NEW_TURN],
                              "cited": [NEW_TURN]}
    first: AIMessage | None = None
    update["phrase"] = phrases_this_turn(ctx, reading)  # then the one call phrases the answer
    if ctx.mode == "llm" and not update["phrase"]:
        from advisor.llm_policy import llm_turn

        reading, first, usage = llm_turn(ctx, state, text, lang, reading)
        update |= {"llm_calls": state.llm_calls + usage["calls"],
                   "llm_tokens": state.llm_tokens + usage["tokens"]}
    reading = held_conflicts(confirmed(reading, state, text), state)
    update["reading"] = reading
    update["pending"] = dict(reading.to_confirm)  # asked now; kept only until the next message
    update["notes"] = [NEW_TURN, *reading_notes(reading, state, lang)]
    turn_view = _with(state, update)
    if first is None or not first.tool_calls:
        first = AIMessage(content="", tool_calls=next_calls(turn_view, reading))
    update["steps"] = [RemoveMessage(id=REMOVE_ALL_MESSAGES), first]
    return update


_YES = re.compile(r"^\W*(?:yes|yep|yeah|correct|right|exactly|that's right|oui|exact|c'est ça|"
                  r"c'est bien ça|tout à fait|absolument|confirmed?|confirmé)\b", re.I)


def confirmed(reading: Reading, state: State, text: str) -> Reading:
    """A "yes" to readings the advisor asked about stores them, as the user's."""
    if not state.pending or not _YES.search(text):
        return reading
    values = {**state.pending, **reading.values}
    evidence = {**{f: "confirmed" for f in state.pending}, **reading.evidence}
    return reading.model_copy(update={"values": values, "evidence": evidence})


def held_conflicts(reading: Reading, state: State) -> Reading:
    """A new value for a stated field, not phrased as a correction nor answering its question,
    is asked about rather than silently overwriting the stated one; an inferred value (said back)
    yields to a statement, not to another guess (except a longer list of places). A correction
    replaces stated values, but not with a guess: a sector read from a word ("la Belgique c'est
    juste un distributeur") or a place named in passing ("240 with the Sousse team")."""
    if reading.intent == "reset":
        return reading
    values, conflicts = dict(reading.values), dict(reading.conflicts)
    for field, value in reading.values.items():
        old = state.profile.get(field)
        record = state.provenance.get(field, {})
        status = "inferred" if record.get("inferred") else record.get("status")
        if old is None or field == state.asked or same(old, value):
            continue
        guess = field in reading.mentioned or (field in reading.inferred and field not in (
            "countries", "annual_ai_budget_eur", *reading.converted))  # said back, yet said, not guessed
        if reading.is_correction and (not guess or _names_more_places(field, old, value)):
            continue
        if status == "stated":
            conflicts[field] = [old, values.pop(field)]
        elif status == "inferred" and field in reading.inferred and not _names_more_places(field, old, value):
            values.pop(field)  # a guess does not replace a guess already said back; a statement does
    if conflicts == reading.conflicts and values == reading.values:
        return reading
    return reading.model_copy(update={"values": values, "conflicts": conflicts})


def _names_more_places(field: str, old: Any, new: Any) -> bool:
    """"HQ in Hamburg", then "offices in Hamburg, Rotterdam and Gdynia": the longer list of places
    is the fuller answer, not a rival guess."""
    numbers = isinstance(old, int | float) and isinstance(new, int | float)
    return field == "countries" and numbers and new > old


def reading_notes(reading: Reading, state: State, lang: str) -> list[Note]:
    """What the reading itself says back: refused values, an injection, the profile on request."""
    notes = [Note(kind="invalid", field=f, text=t("invalid", lang, message=reason))
             for f, reason in reading.invalid.items()]
    for field, options in reading.conflicts.items():
        shown = " / ".join(show_value(field, v, lang) for v in options)
        notes.append(Note(kind="conflict", field=field, text=t("conflict", lang, options=shown)))
    for field, value in reading.to_confirm.items():
        notes.append(Note(kind="conflict", field=field, text=t(
            "confirm", lang, words=reading.evidence.get(field, ""), value=show_value(field, value, lang))))
    if reading.injection:
        notes.append(Note(kind="injection", text=t("injection", lang)))
    if reading.intent == "show_profile":
        items = [show_value(f, v, lang) for f, v in {**state.profile, **reading.values}.items()
                 if v is not None]
        notes.append(Note(kind="profile", text=t("profile", lang, items=", ".join(items))
                          if items else t("empty_profile", lang)))
    return notes


def _with(state: State, update: dict[str, Any]) -> State:
    """The state as the tools will see it once this update is applied (plain fields only)."""
    from dataclasses import replace

    plain = {k: v for k, v in update.items()
             if k in ("language", "turn", "reading", "turn_message_id")}
    return replace(state, steps=[], **plain)
