"""The rules reading of one user message: the deterministic extractor, as a typed `Reading`."""

from __future__ import annotations

import logging
from datetime import date

from langchain_core.messages import HumanMessage

from advisor.state import Language, Reading, State
from knowledge.language import detect_language

log = logging.getLogger(__name__)


def latest_user_message(state: State) -> HumanMessage | None:
    for message in reversed(state.messages):
        if isinstance(message, HumanMessage):
            return message
    return None


def message_text(message: HumanMessage | None) -> str:
    if message is None:
        return ""
    content = message.content
    return content if isinstance(content, str) else " ".join(str(c) for c in content)


def conversation_language(text: str, previous: Language) -> Language:
    """The message's language; very short messages ("300", "ok") keep the conversation's."""
    words = [w for w in text.split() if any(ch.isalpha() for ch in w)]
    if len(words) < 2:
        return previous
    return detect_language(text, default=previous)


def read_message(text: str, asked: str | None, lang: str, today: date) -> Reading:
    """Extract facts, unknowns, what-ifs, questions and flags; never raises."""
    from advisor.extraction import extract

    try:
        found = extract(text, expected=asked, lang=lang, today=today)
    except Exception:  # an extractor bug must not lose the turn: read nothing, ask again
        log.exception("extraction failed on a %d-character message", len(text))
        return Reading(text_length=len(text))
    return Reading(
        text_length=len(text), values=dict(found.values),
        evidence={k: v.text for k, v in found.spans.items()}, unknown=list(found.unknown),
        invalid=dict(found.invalid), what_if=dict(found.what_if),
        what_if_factors=dict(found.what_if_factors), what_if_deltas=dict(found.what_if_deltas),
        is_correction=found.is_correction, question=found.question if found.is_question else None,
        injection=found.injection, intent=found.intent, pii=list(found.pii),
        inferred={k: v.note for k, v in found.spans.items() if v.note and v.note.startswith("~")},
    )
