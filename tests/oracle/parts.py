"""What a capable model adds to a fact: the parts code recomputes (`advisor.evidence`), found in
the message from the truth value, and the consistent lie of the noisy oracle."""

from __future__ import annotations

from datetime import date
from typing import Any


def parts_for(message: str, field_name: str, value: Any, today: date) -> dict[str, Any]:
    """The parts a capable model gives with the fact (`advisor.evidence`) and the shortest quote
    that holds them; {} when the message does not say them so that code could recompute them."""
    from advisor.evidence import check_parts

    for parts in _candidate_parts(message, field_name, value, today):
        fact = {"field": field_name, "value": value, **parts}
        words = message.split()
        for size in range(1, min(14, len(words)) + 1):
            for start in range(len(words) - size + 1):
                window = " ".join(words[start:start + size])
                if check_parts(fact, window, today) == "accept":
                    return {**parts, "quote": window}
    return {}


def _candidate_parts(message: str, field_name: str, value: Any, today: date) -> list[dict[str, Any]]:
    from advisor.evidence import PER_FACTOR, SUMMED_FIELDS, numbers_in
    from advisor.extraction.money import CURRENCY_TO_EUR, NAMED_CURRENCY, currency_code
    from advisor.lexicon import lexicon

    if not isinstance(value, int | float) or isinstance(value, bool):
        return []
    if field_name == "annual_ai_budget_eur":
        named = {currency_code(m.group("cur")) for m in NAMED_CURRENCY.finditer(message.lower())} | {"eur"}
        return [{"amount": n, "currency": c, "per": p} for n in numbers_in(message) for c in sorted(named)
                for p, k in PER_FACTOR.items() if abs(n * CURRENCY_TO_EUR[c] * k - value) <= 0.01 * value]
    if field_name == "ai_maturity_months" and value > 0:
        return [{"since": _since(today, value)}]
    candidates: list[dict[str, Any]] = []
    if field_name == "countries":
        found = lexicon().places.find(message.lower())
        if len({code for code, _, _ in found}) == value:
            candidates.append({"places": [m.group(0) for _, _, m in found]})
    if field_name in SUMMED_FIELDS:  # "2,300 here plus 400 there": the numbers that add up
        candidates += [{"addends": list(group)} for group in _adding_up(numbers_in(message), float(value))]
    return candidates


def _adding_up(numbers: list[float], total: float) -> list[tuple[float, ...]]:
    """Groups of 2 to 4 distinct numbers said that add up to `total`, smallest groups first."""
    from itertools import combinations

    said = sorted({n for n in numbers if n > 0})[:12]
    return [group for size in (2, 3, 4) for group in combinations(said, size) if abs(sum(group) - total) < 0.5]


def falsified_parts(fact: dict[str, Any], today: date) -> None:
    """A consistent lie: the parts changed to give the falsified value (the quote kept)."""
    from advisor.evidence import PER_FACTOR
    from advisor.extraction.money import CURRENCY_TO_EUR

    if "amount" in fact:
        fact["amount"] = fact["value"] / CURRENCY_TO_EUR[fact["currency"]] / PER_FACTOR[fact["per"]]
    if "since" in fact:
        fact["since"] = _since(today, fact["value"])


def _since(today: date, months: float) -> str:
    """The month `months` before today, as YYYY-MM."""
    count = today.year * 12 + today.month - 1 - int(months)
    return f"{count // 12:04d}-{count % 12 + 1:02d}"
