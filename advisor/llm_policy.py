"""The LLM policy: one `model.bind_tools(TOOLS)` call per turn reads the message; its calls are
verified against the rules reading before the same tools run them. Failures fall back to rules."""

from __future__ import annotations

import json
import logging
import re
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage

from advisor.context import Context
from advisor.llm_merge import merge_calls
from advisor.prompts import LANG_NAMES, POLICY_JSON_SUFFIX, POLICY_SYSTEM
from advisor.services import chat_model_for
from advisor.state import Reading, State

log = logging.getLogger(__name__)
WINDOW_TURNS = 3  # recent exchanges sent along (each side cut to MAX_TURN_CHARS)
MAX_TURN_CHARS = 400
MAX_REPLY_CHARS = 20_000  # a reply's tool calls (or JSON) beyond this are refused, not parsed
_NO_TOOLS: set[tuple[str, str]] = set()  # endpoints that refused function calling
_WORD = r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?"
_NAME_RUN = re.compile(rf"\b{_WORD}(?:[ \t]+{_WORD}){{1,3}}\b")
_COUNTRYISH = re.compile(r"\b(?:[A-Z]{2,3}|[A-Z][a-zà-ÿ]+)\b")


def redact_for_llm(text: str) -> str:
    """Personal data (emails, phones, IBANs, names after a cue) replaced by placeholders."""
    from advisor.extraction import redact_pii

    redacted, _kinds = redact_pii(text)
    return _NAME_RUN.sub(_keep_places, redacted)


def _keep_places(match: re.Match[str]) -> str:
    """A run of capitalised words is a [NAME] unless it is a place the reader knows."""
    from advisor.extraction.countries import is_place

    return match.group(0) if is_place(match.group(0)) else "[NAME]"


def endpoint_key(ctx: Context) -> tuple[str, str]:
    return (str(ctx.settings.openai_base_url), str(getattr(chat_model_for(ctx), "model_name", "")))


def _window(state: State) -> list[BaseMessage]:
    """The user's recent messages (the advisor's side is summed up by the asked field and the
    profile in the system prompt), redacted and cut."""
    recent = [m for m in state.messages if m.type == "human"][:-1][-WINDOW_TURNS:]
    return [HumanMessage(content=redact_for_llm(str(m.content))[:MAX_TURN_CHARS]) for m in recent]


def build_messages(ctx: Context, state: State, text: str, lang: str, json_only: bool) -> list[BaseMessage]:
    system = POLICY_SYSTEM.format(today=ctx.current_date.isoformat(), lang_name=LANG_NAMES[lang],
                                  asked=state.asked or "nothing yet",
                                  profile=json.dumps(dict(state.profile), default=str))
    if json_only:
        system += POLICY_JSON_SUFFIX
    return [SystemMessage(content=system), *_window(state), HumanMessage(content=text)]


def _tokens(message: Any) -> int:
    return int((getattr(message, "usage_metadata", None) or {}).get("total_tokens", 0))


def _refuses_tools(exc: Exception) -> bool:
    text = f"{type(exc).__name__} {exc}".lower()
    return "badrequest" in text.replace("_", "") and "tool" in text


def _reply_chars(raw: AIMessage) -> int:
    """Characters of a reply's text and tool calls (valid or not), as the model sent them."""
    calls = [json.dumps(c.get("args"), default=str) for c in raw.tool_calls]
    calls += [str(c.get("args") or "") for c in getattr(raw, "invalid_tool_calls", [])]
    return len(str(raw.content)) + sum(map(len, calls))


def _json_calls(raw: AIMessage) -> list[dict[str, Any]]:
    content = str(raw.content).strip()
    if len(content) > MAX_REPLY_CHARS:
        raise ValueError("oversized JSON reply")
    start, end = content.find("{"), content.rfind("}")
    data = json.loads(content[start:end + 1]) if start >= 0 < end else {}
    calls = data.get("calls", []) if isinstance(data, dict) else []
    return [c for c in calls if isinstance(c, dict) and isinstance(c.get("args", {}), dict)]


def ask_model(ctx: Context, state: State, text: str, lang: str) -> tuple[list[dict[str, Any]], int, int]:
    """(tool calls as {name, args}, LLM calls made, tokens). Raises on failure."""
    from advisor.tools import TOOLS

    model, key = chat_model_for(ctx), endpoint_key(ctx)
    made = 0
    if key not in _NO_TOOLS:
        made += 1
        try:
            # the HTTP client bounds reading (advisor.llm_http); the size bounds parsing and merging
            raw = model.bind_tools(TOOLS).invoke(build_messages(ctx, state, text, lang, False))
            if _reply_chars(raw) > MAX_REPLY_CHARS:
                raise ValueError("oversized tool-call reply")
            return [{"name": c["name"], "args": c["args"]} for c in raw.tool_calls], made, _tokens(raw)
        except Exception as exc:
            if not _refuses_tools(exc):
                raise
            _NO_TOOLS.add(key)  # remembered: later turns pay one call, not two
            log.warning("endpoint refuses function calling: using JSON mode from now on")
    raw = model.invoke(build_messages(ctx, state, text, lang, True))
    return _json_calls(raw), made + 1, _tokens(raw)


def llm_turn(ctx: Context, state: State, text: str, lang: str,
             rules: Reading) -> tuple[Reading, AIMessage | None, dict[str, int]]:
    """The verified reading of the LLM's calls merged with the rules reading; rules on failure."""
    redacted = redact_for_llm(text)
    try:
        calls, n_calls, tokens = ask_model(ctx, state, redacted, lang)
    except Exception as exc:  # noqa: BLE001 - any LLM failure falls back to the rules reading
        reason = type(exc).__name__  # never the message: it may echo a key or a payload
        log.warning("LLM policy failed (%s): rules policy for this turn", reason)
        return (rules.model_copy(update={"engine": "offline (llm failed)", "llm_error": reason}),
                None, {"calls": 1, "tokens": 0})
    from advisor.tools import TOOLS

    invented = sorted({str(c.get("name")) for c in calls} - {t.name for t in TOOLS})
    if invented:  # a model calling tools that do not exist is not trusted for this turn
        log.warning("LLM called unknown tools %s: rules policy for this turn", invented)
        return (rules.model_copy(update={"engine": "offline (llm failed)", "llm_error": "unknown tool"}),
                None, {"calls": n_calls, "tokens": tokens})
    reading = merge_calls(rules, calls, (text, redacted), lang, state, ctx.current_date)
    return reading, None, {"calls": n_calls, "tokens": tokens}
