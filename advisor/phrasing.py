"""The LLM phrases, the code decides: one call rewrites a framework answer for the question asked.

Used on turns the rules read as a pure question (then the policy call is skipped, so a turn still
costs at most one call). The phrased text replaces the answer note in a copy of the draft; the guard
sends it only if every figure, architecture and citation marker in it traces, else the draft.
"""

from __future__ import annotations

import logging

from langchain_core.messages import HumanMessage, SystemMessage

from advisor.context import Context
from advisor.prompts import LANG_NAMES, PHRASING_SYSTEM
from advisor.state import Reading

log = logging.getLogger(__name__)
MAX_WORDS = 120
MAX_CHARS = 4_000  # a longer reply is not an answer: the draft is kept


def phrases_this_turn(ctx: Context, reading: Reading) -> bool:
    """An LLM is configured to phrase and the message only asks something."""
    return (ctx.mode == "llm" and ctx.settings.llm_phrasing and bool(reading.question)
            and not (reading.values or reading.unknown or reading.has_what_if or reading.intent
                     or reading.is_correction or reading.injection))


def phrase_answer(ctx: Context, question: str, answer: str, lang: str) -> tuple[str | None, dict[str, int]]:
    """(the LLM's rewrite of `answer`, usage); None when the call fails or the reply is unusable."""
    from advisor.services import chat_model_for

    system = PHRASING_SYSTEM.format(lang_name=LANG_NAMES[lang], max_words=MAX_WORDS,
                                    question=question[:1000], draft=answer)
    try:
        messages = [SystemMessage(content=system), HumanMessage(content=question[:1000])]
        raw = chat_model_for(ctx).invoke(messages)
    except Exception as exc:  # noqa: BLE001 - the deterministic answer stands
        log.warning("phrasing failed (%s): deterministic answer kept", type(exc).__name__)
        return None, {"calls": 1, "tokens": 0}
    tokens = int((getattr(raw, "usage_metadata", None) or {}).get("total_tokens", 0))
    text = str(raw.content or "").strip()
    if not text or len(text) > MAX_CHARS:
        return None, {"calls": 1, "tokens": tokens}
    return text, {"calls": 1, "tokens": tokens}
