"""The rules reading of one user message: the deterministic extractor, as a typed `Reading`."""

from __future__ import annotations

import logging
import re
from datetime import date
from typing import Any

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


_ASKED_LANGUAGE = {
    "fr": re.compile(r"\b(?:en français|in french|continuer en français|parlons français)\b", re.I),
    "en": re.compile(r"\b(?:in english|en anglais|switch to english|speak english)\b", re.I),
}


def conversation_language(text: str, previous: Language, first: bool = False) -> Language:
    """The conversation's language after this message: it switches only on strong evidence (the
    user asks for it, or the message is clearly the other language), so "Budget : 3 M€ par an."
    or "OK" keep a conversation where it is."""
    from advisor.lexicon import lexicon

    asked = [(m.start(), lang) for lang, pattern in _ASKED_LANGUAGE.items() for m in pattern.finditer(text)]
    if asked:  # the last one said: "answer in French? no wait, keep it in English"
        return max(asked)[1]  # type: ignore[return-value]
    if first:  # the first message sets the language
        return detect_language(text, default=previous)
    other: Language = "en" if previous == "fr" else "fr"
    words = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", text.lower())
    stop = lexicon().stopwords
    hits = {lang: sum(w in stop[lang] for w in words) for lang in ("en", "fr")}
    clearly_other = hits[other] >= 2 and hits[other] > 2 * hits[previous]
    if clearly_other and detect_language(text, default=previous) == other:
        return other
    return previous


def read_message(text: str, asked: str | None, lang: str, today: date,
                 known: dict[str, Any] | None = None, assumed: frozenset[str] = frozenset()) -> Reading:
    """Extract facts, unknowns, what-ifs, questions and flags; never raises. `assumed`: the known
    fields that are assumptions (the user may still describe them)."""
    from advisor.extraction import extract
    from knowledge.routing import off_topic_request

    try:
        found = extract(text, expected=asked, lang=lang, today=today, known=known, assumed=assumed)
    except Exception:  # an extractor bug must not lose the turn: read nothing, ask again
        log.exception("extraction failed on a %d-character message", len(text))
        return Reading(message=text)
    for field in _assumptions_said_back(found, text, known, assumed):
        del found.values[field], found.spans[field]
    hypothesis = found.what_if or found.what_if_factors or found.what_if_deltas  # about the company
    about_ai = set(found.values) - {"employees", "countries"}  # "the HR chatbot is live since April, right?"
    answered = asked in found.values  # "Avec le CPAS ou sans ? Sans : ~4,5k": a question about ours
    if not (found.unknown or hypothesis or about_ai or answered or found.intent) and not _quotes_known(
            text, known) and off_topic_request(text, found.is_question):
        said = _statements(text)  # "Only the Netherlands. Quick question: where is this stored?"
        kept = extract(said, expected=asked, lang=lang, today=today, known=known) if said else None
        return Reading(message=text, question=found.question, injection=found.injection,
                       pii=list(found.pii), values=dict(kept.values) if kept else {},
                       evidence={k: v.text for k, v in kept.spans.items()} if kept else {})
    return Reading(
        message=text, values=dict(found.values),
        evidence={k: v.text for k, v in found.spans.items()}, unknown=list(found.unknown),
        invalid=dict(found.invalid), what_if=dict(found.what_if),
        what_if_factors=dict(found.what_if_factors), what_if_deltas=dict(found.what_if_deltas),
        is_correction=found.is_correction, question=_asked(found, known),
        injection=found.injection, intent=found.intent, pii=list(found.pii),
        inferred={k: v.text for k, v in found.spans.items() if v.inferred},
        converted=[k for k, v in found.spans.items() if (v.note or "").startswith("converted from")],
        mentioned=[k for k, v in found.spans.items() if (v.note or "").startswith("one place mentioned")],
    )


def _assumptions_said_back(found: Any, text: str, known: dict[str, Any] | None,
                           assumed: frozenset[str]) -> list[str]:
    """"50 000 € ?! c'est plus que notre marge": our assumption said back with a question mark is a
    reaction to it, not the user stating it."""
    said_back = []
    for field, value in found.values.items():
        if field not in assumed or (known or {}).get(field) != value:
            continue
        end = found.spans[field].end
        rest = re.split(r"(?<=[.?!])\s|\n", text[end:], maxsplit=1)[0]
        if re.match(r"\s*[^\w\s?!]*\s*!*\?", rest):  # "50 000 € ?!", "3k??", not "go with 50k!"
            said_back.append(field)
    return said_back


def _statements(text: str) -> str:
    """The sentences of an off-topic message that neither ask nor name the off-topic subject."""
    from advisor.extraction.intents import is_question_sentence
    from knowledge.routing import names_off_topic

    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    return " ".join(s for s in sentences if not is_question_sentence(s) and not names_off_topic(s)
                    and len(s.split()) <= 12)


def _asked(found: Any, known: dict[str, Any] | None) -> str | None:
    """The question the message asks; "7.35 million??" only quotes our figure back: none."""
    question = found.question if found.is_question else None
    if question and _quotes_known(question, known) and len(re.findall(r"[^\W\d_]{3,}", question)) <= 2:
        return None
    return str(question) if question else None


def _quotes_known(text: str, known: dict[str, Any] | None) -> bool:
    """"7.35 million?? No way": the message quotes a value the profile holds; it is about the interview."""
    from advisor.extraction.numbers import read_numbers
    from advisor.extraction.targets import held_field

    return bool(known) and any(held_field(m, known) for m in read_numbers(text.lower()).mentions)


NUMERIC_REFERENTS = ("annual_ai_budget_eur", "employees", "countries", "teams_using_ai", "ai_stacks")


def with_referent(reading: Reading, provenance: dict[str, Any]) -> Reading:
    """"What if the board tripled that?": the change applies to the numeric field the user stated
    last; dropped when none was stated."""
    from advisor.extraction.relative import REFERENT

    if REFERENT not in reading.what_if_factors and REFERENT not in reading.what_if_deltas:
        return reading
    stated = [(int(provenance[f].get("turn", 0)), -i, f) for i, f in enumerate(NUMERIC_REFERENTS)
              if provenance.get(f, {}).get("status") in ("stated", "inferred")]
    last = max(stated)[2] if stated else None

    def resolve(changes: dict[str, float]) -> dict[str, float]:
        amount = changes.pop(REFERENT, None)
        if amount is not None and last is not None and last not in changes:
            changes[last] = amount
        return changes

    return reading.model_copy(update={"what_if_factors": resolve(dict(reading.what_if_factors)),
                                      "what_if_deltas": resolve(dict(reading.what_if_deltas))})
