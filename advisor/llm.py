"""LLM mode: one structured extraction call per turn, redacted, with fallbacks and a cross-check."""

from __future__ import annotations

import logging
import re
from typing import Any

from pydantic import BaseModel

from advisor.context import Context
from advisor.prompts import EXTRACTION_SYSTEM, EXTRACTION_USER
from advisor.services import chat_model_for

log = logging.getLogger(__name__)
_WORD = r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?"
# Two to four capitalised words in a row ("Marc Dupont", "Pierre-Yves Le Gall"): names without a cue.
_NAME_RUN = re.compile(rf"\b{_WORD}(?:[ \t]+{_WORD}){{1,3}}\b")


class LLMExtraction(BaseModel):
    """The schema the LLM fills (every field optional)."""

    employees: int | None = None
    ai_maturity_months: int | None = None
    sector: str | None = None
    regulation: str | None = None
    countries: int | None = None
    annual_ai_budget_eur: float | None = None
    ai_stacks: int | None = None
    teams_using_ai: int | None = None
    governance: str | None = None
    current_architecture: str | None = None
    question: str | None = None


def redact_for_llm(text: str) -> str:
    """`redact_pii`, then any run of capitalised words as [NAME] (over-redacts places; safe)."""
    from advisor.extraction import redact_pii

    redacted, _kinds = redact_pii(text)
    return _NAME_RUN.sub("[NAME]", redacted)


def _usage(raw: Any) -> int:
    usage = getattr(raw, "usage_metadata", None) or {}
    return int(usage.get("total_tokens", 0))


def llm_understanding(ctx: Context, text: str, state: Any, offline: Any) -> dict[str, Any]:
    """Ask the LLM for the message's facts. Never raises: failures come back as ok=False."""
    redacted = redact_for_llm(text)
    messages = [("system", EXTRACTION_SYSTEM),
                ("human", EXTRACTION_USER.format(lang=state.language, asked=state.asked or "nothing",
                                                 text=redacted))]
    model = chat_model_for(ctx)
    calls, tokens, error = 0, 0, ""
    for method in ("function_calling", "json_mode"):
        calls += 1
        try:
            structured = model.with_structured_output(LLMExtraction, method=method, include_raw=True)
            out = structured.invoke(messages)
        except Exception as exc:  # noqa: BLE001 - any LLM failure falls back to the offline reading
            log.warning("LLM extraction (%s) failed: %s", method, exc)
            error = f"{type(exc).__name__}: {exc}"[:300]
            if _is_transport_error(exc):
                return {"ok": False, "error": error, "calls": calls, "tokens": tokens}
            continue
        tokens += _usage(out.get("raw"))
        parsed = out.get("parsed")
        if parsed is None:
            error = str(out.get("parsing_error"))[:300]
            continue
        data = parsed.model_dump(exclude_none=True)
        question = data.pop("question", None)
        known = dict(getattr(state, "profile", None) or {})
        data = {f: v for f, v in data.items() if f not in known}  # corrections: the offline reader's job
        return {"ok": True, "values": data, "question": question, "calls": calls, "tokens": tokens}
    return {"ok": False, "error": error, "calls": calls, "tokens": tokens}


def _is_transport_error(exc: Exception) -> bool:
    """Timeouts and connection errors: retrying with another method would not help."""
    name = type(exc).__name__
    return any(word in name for word in ("Timeout", "Connection", "RateLimit", "APIStatus"))
