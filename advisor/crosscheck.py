"""Cross-check of LLM readings: a value the offline reader missed is kept only if the text backs it."""

from __future__ import annotations

import re
from typing import Any

# A number (thousands groups joined first) and the unit written right after it, if any.
_GROUPED = re.compile(r"(?<=\d)[ \u202f\u00a0'](?=\d{3}(?!\d))")
_NUMBER_UNIT = re.compile(
    r"(\d+(?:[.,]\d+)?)\s*(k€|k|keur|m€|meur|m|millions?|mio|mds?|milliards?|bn|billions?|thousand|mille|"
    r"years?|yrs?|ans?|années?|months?|mois)?(?![a-zà-ÿ])",
    re.IGNORECASE,
)
_THOUSANDS = {"k", "k€", "keur", "thousand", "mille"}
_MILLIONS = {"m", "m€", "meur", "million", "millions", "mio"}
_BILLIONS = {"md", "mds", "milliard", "milliards", "bn", "billion", "billions"}
_YEARS = {"year", "years", "yr", "yrs", "an", "ans", "année", "années"}
COUNT_FIELDS = frozenset({"employees", "countries", "ai_stacks", "teams_using_ai"})


def stated_numbers(text: str) -> list[tuple[float, str]]:
    """(number, unit) pairs as written, "3 000" read as 3000 and "1,5" as 1.5."""
    joined = _GROUPED.sub("", text)
    out = []
    for match in _NUMBER_UNIT.finditer(joined):
        out.append((float(match.group(1).replace(",", ".")), (match.group(2) or "").lower()))
    return out


def _candidates(field: str, number: float, unit: str) -> list[float]:
    """The values a written number can stand for in `field`, given its unit."""
    if field == "annual_ai_budget_eur":
        if unit in _THOUSANDS:
            return [number * 1e3]
        if unit in _MILLIONS:
            return [number * 1e6]
        if unit in _BILLIONS:
            return [number * 1e9]
        return [number] if number >= 1000 else []
    if field == "ai_maturity_months":
        if unit in _YEARS:
            return [number * 12]
        return [number] if unit in ("month", "months", "mois", "") else []
    return [number] if unit == "" and number >= 1 else []


def traceable(field: str, value: Any, text: str) -> bool:
    """True when the message itself supports the LLM's value for `field`."""
    if isinstance(value, str):  # a category must be named in the message ("public", "strong"...)
        return re.search(rf"\b{re.escape(value.lower()[:5])}", text.lower()) is not None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return False
    if number <= 0:
        return False
    return any(abs(number - c) <= 0.01 * abs(number)
               for n, unit in stated_numbers(text) for c in _candidates(field, n, unit))
