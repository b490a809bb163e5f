"""Evidence, not digits: an LLM's fact is kept only when its quote is in the message and either
its parts, recomputed by code (`advisor.evidence`), or the deterministic reader run on that quote
give the same value (categories: stated back)."""

from __future__ import annotations

from datetime import date
from typing import Any

from scoring.profile import ALL_FIELDS

CATEGORY_FIELDS = frozenset({"sector", "regulation", "governance", "current_architecture"})


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split()).strip(" .,;:!?\"'«»")


def quote_in_message(quote: str, *messages: str) -> bool:
    q = _norm(quote)
    return bool(q) and any(q in _norm(m) for m in messages)


def same(a: Any, b: Any) -> bool:
    if isinstance(a, str) or isinstance(b, str):
        return str(a).strip().lower() == str(b).strip().lower()
    try:
        x, y = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(x - y) <= 0.01 * max(abs(x), abs(y), 1e-9)


def verdict(fact: dict[str, Any], messages: tuple[str, ...], lang: str, today: date) -> str:
    """'accept' (the rules re-read the quote as the value) | 'infer' (the rules read nothing, the
    quote holds the value: stored and stated back) | 'reject'."""
    from advisor.extraction import extract

    field, value, quote = fact.get("field"), fact.get("value"), str(fact.get("quote") or "")
    if field not in ALL_FIELDS or value is None or not quote_in_message(quote, *messages):
        return "reject"
    from advisor.evidence import check_parts

    by_parts = check_parts(fact, quote, today)
    if by_parts is not None:  # an amount, currency and period; a start date; the places named
        return by_parts
    try:
        reread = extract(quote, expected=field, lang=lang, today=today)
    except Exception:  # noqa: BLE001 - the reader failing on a quote is a rejection
        return "reject"
    if field in reread.values:
        return "accept" if same(reread.values[field], value) else "reject"
    if field in CATEGORY_FIELDS and isinstance(value, str):
        return "infer"  # "city council" -> public: stored, stated back ("say if not")
    if isinstance(value, int | float) and _quote_holds_number(quote, value, field):
        return "infer"  # "5 in Europe plus Brazil, so 6": the number is said, the rules missed why
    return "reject"


def _quote_holds_number(quote: str, value: float, field: str) -> bool:
    """The quote says `value` itself (digits or words, any scale) or, for countries, names as many
    places."""
    from advisor.extraction.numbers import read_numbers
    from advisor.lexicon import lexicon

    mentions = read_numbers(quote.lower()).mentions
    said = [m.value * m.scale for m in mentions] + [m.value for m in mentions]
    if any(same(n, value) for n in said):
        return True
    if field == "countries":
        return len({code for code, _, _ in lexicon().places.find(quote.lower())}) == value
    return False


def verified_facts(facts: list[dict[str, Any]], messages: tuple[str, ...], lang: str,
                   today: date) -> tuple[dict[str, Any], dict[str, str], dict[str, str]]:
    """(accepted values, their quotes, inferred fields to state back with the words read)."""
    values: dict[str, Any] = {}
    quotes: dict[str, str] = {}
    confirm: dict[str, str] = {}
    for fact in facts:
        outcome = verdict(fact, messages, lang, today)
        if outcome == "reject":
            continue
        field = str(fact["field"])
        value = fact["value"].strip().lower() if isinstance(fact["value"], str) else fact["value"]
        values[field], quotes[field] = value, str(fact.get("quote") or "")
        if outcome == "infer":
            confirm[field] = quotes[field]
    return values, quotes, confirm
