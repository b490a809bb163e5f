"""extract(): read profile facts, hypotheticals, questions and flags from one user message."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from advisor.extraction.answers import BUDGET
from advisor.extraction.description import described_sector, sharper_than_other
from advisor.extraction.dictation import dictated_marks
from advisor.extraction.injection import is_injection
from advisor.extraction.intents import (
    CORRECTION,
    FIRST_PERSON,
    GENERIC_COMPANY,
    UNKNOWN_TOPICS,
    cue_ranges,
    find_intent,
    is_question_sentence,
    opens_with_question_word,
    others_ranges,
    unknown_fields,
    what_if_ranges,
)
from advisor.extraction.known_places import (
    add_forgotten_places,
    closed_places,
    people_gone_with,
    swapped_places,
)
from advisor.extraction.models import (
    Evidence,
    Extraction,
    FieldValue,
    Language,
)
from advisor.extraction.money import recurrenced_budget, reperioded_budget
from advisor.extraction.numbers import NumberText, read_numbers
from advisor.extraction.pii import mask_pii, redact_pii
from advisor.extraction.readers import resolve_hits, scan_message
from advisor.extraction.referents import borrowed_fields
from advisor.extraction.relative import read_relative
from advisor.extraction.relative_changes import amount_only
from advisor.extraction.spelling import Respelled, abbreviation_stops, fix_spelling
from advisor.extraction.targets import (
    REPLACED,
    correction_target,
    held_field,
    rejected_field,
)
from advisor.extraction.tool_calls import tool_ranges
from advisor.lexicon import lexicon
from knowledge.language import detect_language
from scoring.profile import ALL_FIELDS, REQUIRED_FIELDS

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
# A value said to be wrong ("900, pas 300", "instead of 300"): never read as a fact.
_BLANK = "░"


_ADDED_LINE = re.compile(r"\n[ \t]*(?:[-*•][ \t]*)?(?=\+[ \t]*\d)")


def extract(
    text: str, *, expected: str | None = None, lang: str | None = None, today: date | None = None,
    known: Mapping[str, Any] | None = None, describing: bool = False, assumed: frozenset[str] = frozenset(),
) -> Extraction:
    """Read one message. `expected` is the field just asked about; `today` anchors "since 2023";
    `known` (the profile so far) tells which field a correction ("450, not 540") is about, `assumed`
    which of its fields are assumptions (a description may still give the sector);
    `describing`: the message describes a company inside a question ("which one for a 300-person
    bank?"), so facts are read from its question sentences too (the answerer's decision hook)."""
    text = text if isinstance(text, str) else str(text)
    # a pasted list's "- + 150 au siège" adds to the line above: one line (same offsets)
    text = _ADDED_LINE.sub(lambda m: " " * len(m.group(0)), text)
    # "… people comma …" read as "… people, …"; "(1 300 pers.), ça" is one sentence
    respelled = fix_spelling(text, dictated_marks(text) + abbreviation_stops(text))
    original, text = text, respelled.text
    expected = expected if expected in ALL_FIELDS else None
    today = today or date.today()
    masked, pii = mask_pii(text)
    numbers = read_numbers(masked)
    tokens = numbers.text
    sentences = [_stripped(tokens, m.start(), m.end()) for m in _SENTENCE.finditer(tokens)
                 if m.group().strip()]
    hypos = what_if_ranges(tokens)
    outside = _blank(tokens, hypos)
    asked = [s for s in sentences if is_question_sentence(outside[s[0]:s[1]].strip(_BLANK + " "))
             and not (_echo(outside[s[0]:s[1]], s is sentences[-1])
                      and not _quotes_known(tokens[s[0]:s[1]], numbers, known))
             and not _answered_next(tokens, s, sentences)]
    tagged = [s for s in asked if lexicon().question_tags.search(outside[s[0]:s[1]])]  # "…, ça compte non ?"
    injected = [s for s in sentences if is_injection(tokens[s[0]:s[1]])]
    injected += tool_ranges(tokens, sentences)
    hidden = [s for s in asked if not describing and s not in tagged and (
        not FIRST_PERSON.search(tokens[s[0]:s[1]]) or GENERIC_COMPANY.search(tokens[s[0]:s[1]]))]
    hidden += cue_ranges(outside, lexicon().form_requests) + cue_ranges(outside, lexicon().quoting)
    # "our parent group is 22,000 people" (but not "the parent gives us 1M a year")
    hidden += others_ranges(outside, lexicon().others_clauses, lexicon().given_to_us)
    hidden += [s for s in sentences if lexicon().article_references.search(tokens[s[0]:s[1]])
               and not FIRST_PERSON.search(tokens[s[0]:s[1]])]  # "scenario B, the 500-person scale-up"
    asking = [s for s in asked if s not in tagged and (opens_with_question_word(outside[s[0]:s[1]])
              or len(outside[s[0]:s[1]].split()) > 3)]  # no short answer read inside a question
    injection = bool(injected) or is_injection(tokens)
    corrects = CORRECTION.search(tokens) is not None or rejected_field(tokens, numbers, known) is not None
    update = bool(known) and lexicon().update_cues.search(tokens) is not None  # "31 now"
    target = correction_target(tokens, numbers, known, expected) if corrects or update else expected
    correction = corrects or (update and target in (known or {}))  # "two years now": nothing known updated
    expected = target if correction else expected
    main = scan_message(_blank(tokens, hypos + hidden + injected), numbers, expected, today, correction,
                 bare=not injection, no_bare=_blank(tokens, hypos + hidden + injected + asking))
    clean = _blank(tokens, injected)  # what-if clauses are read without their injected parts
    values, spans, invalid = resolve_hits(main, numbers, text, correction, respelled)
    spans = {f: _as_written(e, respelled, original) for f, e in spans.items()}
    what_if: dict[str, FieldValue] = {}
    what_if_spans: dict[str, Evidence] = {}
    factors: dict[str, float] = {}
    deltas: dict[str, float] = {}
    for start, end in hypos:
        view = _BLANK * start + clean[start:end] + _BLANK * (len(tokens) - end)
        view = _blank(view, [m.span() for m in REPLACED.finditer(view)])
        relative = read_relative(view, numbers)
        about = BUDGET if not relative.factors and amount_only(view, numbers) else None  # "cut that to 400k?"
        hypo_scan = scan_message(view, numbers, about, today, False, relative.claimed, in_context=False)
        found, found_spans, refused = resolve_hits(hypo_scan, numbers, text, False)
        for name in relative.overrides:  # "opened a site in Germany": +1 country, not 1 country
            if name == "countries" and name in found and any(  # "all the EU but Malta": the count
                    kind == "group" for _, kind, _ in lexicon().places.find(view)):
                relative.deltas.pop(name, None)
                continue
            found.pop(name, None)
            found_spans.pop(name, None)
        if "sector" in found and not lexicon().sector_change.search(view):  # "if the council tenders…"
            del found["sector"], found_spans["sector"]
        invalid.update({f: f"in the what-if, {reason}" for f, reason in refused.items()
                        if f not in invalid and f not in values})  # a stated value stands
        what_if.update(found)
        what_if_spans.update({f: _as_written(e, respelled, original) for f, e in found_spans.items()})
        factors.update((f, x) for f, x in relative.factors.items() if f not in found)
        deltas.update((f, x) for f, x in relative.deltas.items() if f not in found)
    if not (what_if or factors or deltas):  # "their three years of AI… if we were there too?"
        for name in borrowed_fields(tokens, hypos, numbers, spans):
            what_if[name], what_if_spans[name] = values.pop(name), spans.pop(name)
    if add_forgotten_places(values, spans, known, main.view, expected if correction else None):
        correction = True  # "I forgot Dublin": an update of the count
    if correction and swapped_places(values, spans, known, main.view):
        spans["countries"] = _as_written(spans["countries"], respelled, original)
    closed = closed_places(values, known, main.view)
    if closed is not None:  # "we closed Gdansk": an update of the count, said back
        start, end = numbers.source_span(closed[1], closed[2])
        values["countries"], correction = closed[0], True
        left = Evidence(text=text[start:end], start=start, end=end, inferred=True, note="places left")
        spans["countries"] = _as_written(left, respelled, original)
    if people_gone_with(values, spans, known, main.view, [m.value for m in numbers.mentions]):
        correction = True  # "sold with its 40 people": an update of the headcount
    if correction and BUDGET not in values and BUDGET not in invalid:
        redone = recurrenced_budget(main.view, (known or {}).get(BUDGET)) or reperioded_budget(
            main.view, (known or {}).get(BUDGET), [m.value for m in numbers.mentions])
        if redone is not None:
            values[BUDGET] = float(round(redone[0]))
            spans[BUDGET] = Evidence(text=text.strip(), start=0, end=len(text), note=redone[1], inferred=True)
    visible = [main.view[s:e] for s, e in sentences if main.view[s:e].strip(_BLANK + " ")]
    said = [tokens[s:e] for s, e in sentences]  # "combien de pays ? aucune idée": the field named
    said_unknown = unknown_fields(visible, expected, said)
    if "sector" in said_unknown and "sector" in values:
        del values["sector"], spans["sector"]  # "no idea how to classify us: a marina, two hotels…"
    for field in [f for f in said_unknown if f in values and (spans[f].inferred or f == "countries")]:
        del values[field], spans[field]  # "je sais plus si l'imprimerie au Luxembourg compte, on passe"
    if BUDGET in said_unknown and values.get(BUDGET) == 0:
        del values[BUDGET], spans[BUDGET]  # "je ne sais pas, il n'y a pas de budget IA identifié"
    intent = find_intent(tokens)
    if intent == "defer" and values:
        intent = None  # "let me think... so September 2025": answered after all
    # "can we skip that one?", "pas sous la main, je vérifie et je reviens vers vous": asked again later,
    # not assumed ("no idea, I'd have to ask the CTO" is an answer: the assumption)
    deferred = intent == "defer" and (bool(asked) or lexicon().come_back.search(tokens) is not None)
    unknown = [f for f in said_unknown if f not in values and f not in invalid and not deferred]
    stated = {f: v for f, v in (known or {}).items() if f not in assumed}
    other = described_sector(main.view, text, numbers.source_span, expected, stated, values, bool(asked),
                            bool(said_unknown))
    if other is not None:  # "we film weddings": sector other; "a weather data API startup": tech; said back
        values["sector"], spans["sector"] = other[0], _as_written(other[1], respelled, original)
    if correction and expected != "sector" and "sector" in (known or {}) and "sector" in values \
            and spans["sector"].inferred:
        del values["sector"], spans["sector"]  # "the Slovenian plant was sold": no new sector
    sharper = sharper_than_other(main.view, values, spans)
    if sharper is not None:
        values["sector"] = sharper
        spans["sector"] = spans["sector"].model_copy(update={"note": f"{sharper}, from your words"})
    question = _original(asked, numbers, text)
    language: Language = lang if lang in ("en", "fr") else detect_language(masked)  # type: ignore[assignment]
    return Extraction(
        language=language, values=values, spans=spans, unknown=tuple(unknown), invalid=invalid,
        what_if=what_if, what_if_spans=what_if_spans, what_if_factors=factors,
        what_if_deltas=deltas, hypothesis=_original(hypos, numbers, text),
        is_correction=correction, question=question, is_question=question is not None,
        injection=injection, intent=intent,
        pii=tuple(pii),
    )


def _answered_next(tokens: str, sentence: tuple[int, int], sentences: list[tuple[int, int]]) -> bool:
    """"AI in prod? Not really.": a question the user answers at once is a statement."""
    later = [s for s in sentences if s[0] >= sentence[1]]
    return bool(later) and lexicon().self_answers.match(tokens, later[0][0]) is not None


def _echo(sentence: str, last: bool) -> bool:
    """"Headcount? no idea", "combien de pays ? aucune idée": a short question followed by an answer
    (two words, or four naming an interview field) echoes the advisor's question; it asks nothing."""
    size = len(sentence.strip(_BLANK + " ?").split())
    names_a_field = any(topic.search(sentence) for name, topic in UNKNOWN_TOPICS if name in REQUIRED_FIELDS)
    return not last and (size <= 2 or (size <= 4 and names_a_field))


def _quotes_known(sentence: str, numbers: NumberText, known: Mapping[str, Any] | None) -> bool:
    """"156 000 € ??": the question quotes a value the profile already holds, it does not state it."""
    return any(held_field(numbers.mentions[int(index)], known) is not None
               for index in re.findall(r"⟦(\d+)⟧", sentence))


def _as_written(evidence: Evidence, respelled: Respelled, original: str) -> Evidence:
    """Evidence offsets and words in the message as the user wrote it."""
    if not respelled.changes:
        return evidence
    start, end = respelled.to_original(evidence.start), respelled.to_original(evidence.end)
    return evidence.model_copy(update={"start": start, "end": max(start, end),
                                       "text": original[start:max(start, end)]})


def _blank(tokens: str, ranges: list[tuple[int, int]]) -> str:
    chars = list(tokens)
    for start, end in ranges:
        chars[start:end] = _BLANK * (end - start)
    return "".join(chars)


def _stripped(tokens: str, start: int, end: int) -> tuple[int, int]:
    while start < end and tokens[start].isspace():
        start += 1
    while end > start and tokens[end - 1].isspace():
        end -= 1
    return start, end


def _original(ranges: list[tuple[int, int]], numbers: NumberText, text: str) -> str | None:
    """The original wording of some placeholder-text ranges, joined and with PII redacted."""
    parts = []
    for start, end in ranges:
        left, right = numbers.source_span(start, end)
        parts.append(text[left:right].strip())
    joined = " ".join(p for p in parts if p)
    return redact_pii(joined)[0] if joined else None
