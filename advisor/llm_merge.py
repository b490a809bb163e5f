"""Merging the LLM's tool calls into the rules reading: verified facts only. Where the rules read
another value, a reading code checked on the LLM's quote wins and is said back ("I read *…* as …
— say if not"); two unchecked readings are asked about."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from advisor.state import Reading, State
from advisor.verify import same, verified_facts

_CONDITIONAL = re.compile(r"\b(?:if|si|s'il|suppos\w*|imagin\w*|hypoth\w*|say we|mettons)\b", re.I)
_UNKNOWN_CUE = re.compile(r"\b(?:know|sure|idea|clue|confidential|tbd|not (?:yet )?defined|sais|idée|"
                          r"confidentiel|arbitr|pas encore|préfère ne pas|prefer not)\b", re.I)


def _facts(calls: list[dict[str, Any]], *names: str) -> list[dict[str, Any]]:
    out = []
    for c in calls:
        if c.get("name") in names:
            for fact in c.get("args", {}).get("facts", []) or []:
                if isinstance(fact, dict):
                    out.append(fact)
    return out


def merge_calls(rules: Reading, calls: list[dict[str, Any]], messages: tuple[str, str], lang: str,
                state: State, today: date) -> Reading:
    """The rules reading plus what the LLM read and the evidence supports."""
    text = messages[0]
    raw = {str(f.get("field")): f.get("value") for f in _facts(calls, "record_facts", "correct_fact")}
    update: dict[str, Any] = {"engine": "llm+offline", "llm_values": raw}
    if rules.injection:  # no values from an attempt to override the rules
        return rules.model_copy(update=update)
    accepted, quotes, confirm = verified_facts(_facts(calls, "record_facts", "correct_fact"),
                                               messages, lang, today)
    values, evidence = dict(rules.values), dict(rules.evidence)
    inferred, conflicts, to_confirm = dict(rules.inferred), dict(rules.conflicts), dict(rules.to_confirm)
    converted = list(rules.converted)
    for field, value in accepted.items():
        if field in rules.what_if or field in rules.unknown:
            continue
        if field in values and not same(values[field], value):
            if field in confirm:  # two readings, neither checked by code: the user says which
                conflicts[field] = [values.pop(field), value]
                evidence.pop(field, None)
                continue
            # the LLM's reading is checked by code on its quote: it wins, and is said back
            values[field], evidence[field], inferred[field] = value, quotes[field], quotes[field]
            converted.append(field)
            continue
        if field in confirm and field not in values:  # the rules read nothing: stated back
            values[field], evidence[field], inferred[field] = value, quotes[field], confirm[field]
        elif field not in values:
            values[field], evidence[field] = value, quotes[field]
    hypothesis = _what_if(calls) if rules.has_what_if or _CONDITIONAL.search(text) else {}
    if accepted and set(raw) <= set(accepted):  # a model whose every fact checks out: what it left out
        # of the rules reading is asked about, not stored ("2 sites, no sorry 3" is not 3 months)
        for field in [f for f in values if f not in raw]:
            if field in hypothesis.get("what_if", {}):  # the model read it as a hypothesis
                values.pop(field)
                continue
            if not same(state.profile.get(field), values[field]):
                to_confirm[field] = values.pop(field)
    update |= {"values": values, "evidence": evidence, "inferred": inferred, "conflicts": conflicts,
               "to_confirm": to_confirm, "converted": converted}
    if any(c.get("name") == "correct_fact" for c in calls) and accepted:
        update["is_correction"] = True
    unknown = list(rules.unknown)
    for c in calls:
        if c.get("name") == "mark_unknown" and _UNKNOWN_CUE.search(text):
            for field in c.get("args", {}).get("fields", []) or []:
                if field == state.asked and field not in values and field not in unknown:
                    unknown.append(field)
    update["unknown"] = unknown
    update |= hypothesis  # the model's hypothesis, when it gives one, is fuller than the rules' one
    if rules.question is None and "?" in text:
        asked = next((c["args"].get("query") or c["args"].get("question") for c in calls
                      if c.get("name") in ("search_framework", "answer_followup")), None)
        if isinstance(asked, str) and asked.strip():
            update["question"] = asked.strip()
    return rules.model_copy(update=update)


def _what_if(calls: list[dict[str, Any]]) -> dict[str, Any]:
    """The LLM's hypothetical, bounded: relative factors between 0.1 and 10."""
    for c in calls:
        if c.get("name") != "run_what_if":
            continue
        args = c.get("args", {})
        factors = {k: float(v) for k, v in (args.get("factors") or {}).items()
                   if isinstance(v, int | float) and 0.1 <= v <= 10}
        deltas = {k: float(v) for k, v in (args.get("deltas") or {}).items() if isinstance(v, int | float)}
        changes = {k: v for k, v in (args.get("changes") or {}).items() if isinstance(v, int | float | str)}
        return {"what_if": changes, "what_if_factors": factors, "what_if_deltas": deltas}
    return {}
