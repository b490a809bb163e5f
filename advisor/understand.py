"""The `understand` node: read the latest user message (offline extractor, LLM when configured)."""

from __future__ import annotations

import logging
from typing import Any

from langchain_core.messages import HumanMessage
from langgraph.runtime import Runtime

from advisor.context import Context
from advisor.state import State
from knowledge.language import detect_language

log = logging.getLogger(__name__)


def latest_user_text(state: State) -> str:
    for message in reversed(state.messages):
        if isinstance(message, HumanMessage):
            content = message.content
            return content if isinstance(content, str) else " ".join(str(c) for c in content)
    return ""


def _language(text: str, previous: str) -> str:
    """The message's language; very short messages ("300", "ok") keep the conversation's."""
    words = [w for w in text.split() if any(ch.isalpha() for ch in w)]
    if len(words) < 2:
        return previous
    return detect_language(text, default=previous)  # type: ignore[arg-type]


def understand(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
    """Extract facts, unknowns, what-ifs, questions and flags from the new message."""
    from advisor.extraction import Extraction, extract

    text = latest_user_text(state)
    lang = _language(text, state.language)
    try:
        found = extract(text, expected=state.asked, lang=lang)
    except Exception:  # an extractor bug must not lose the turn: read nothing, ask again
        log.exception("extraction failed on a %d-character message", len(text))
        found = Extraction(language=lang)
    understanding: dict[str, Any] = {
        "text_length": len(text),
        "values": dict(found.values),
        "evidence": {k: v.text for k, v in found.spans.items()},
        "unknown": list(found.unknown),
        "invalid": dict(found.invalid),
        "what_if": dict(found.what_if),
        "what_if_factors": dict(found.what_if_factors),
        "what_if_deltas": dict(found.what_if_deltas),
        "is_correction": found.is_correction,
        "question": found.question if found.is_question else None,
        "injection": found.injection,
        "intent": found.intent,
        "pii": list(found.pii),
        "engine": "offline",
    }
    update: dict[str, Any] = {"language": lang, "turn": state.turn + 1, "notes": [],
                              "citations": [], "retrieved_ids": [], "tool_calls": []}
    ctx = runtime.context if runtime is not None else None
    if ctx is not None and ctx.mode == "llm":
        from advisor.llm import llm_understanding

        llm = llm_understanding(ctx, text, state, found)
        understanding = _merge(understanding, llm, text)
        update["llm_calls"] = state.llm_calls + llm.get("calls", 0)
        update["llm_tokens"] = state.llm_tokens + llm.get("tokens", 0)
    update["understanding"] = understanding
    return update


def _merge(offline: dict[str, Any], llm: dict[str, Any], text: str) -> dict[str, Any]:
    """Cross-check: the traceable deterministic reading wins; LLM-only values must be traceable."""
    from advisor.crosscheck import traceable
    from advisor.slots import validate_slot

    merged = dict(offline)
    merged["engine"] = "llm+offline" if llm.get("ok") else "offline (llm failed)"
    merged["llm_values"] = dict(llm.get("values", {}))
    merged["llm_error"] = llm.get("error")
    values = dict(offline["values"])
    llm_values = {} if offline.get("injection") else llm.get("values", {})  # no values from attacks
    for field, value in llm_values.items():
        skip = (values, offline["unknown"], offline["what_if"], offline.get("invalid", {}))
        if any(field in group for group in skip):
            continue
        if traceable(field, value, text) and validate_slot(field, value, values)[1] is None:
            values[field] = value
            merged.setdefault("evidence", {})[field] = "(LLM)"
    merged["values"] = values
    if not merged.get("question") and llm.get("question") and "?" in text and not offline.get("injection"):
        merged["question"] = llm["question"]  # only when the user did ask something
    return merged
