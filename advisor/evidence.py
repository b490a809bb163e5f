"""A fact's parts, recomputed by code: the LLM says *what* it read (an amount, a currency and a
period; a start date; the places named; the numbers that add up to a count), code checks each part
is in the quote and derives the value itself. A value that the parts do not give back is not the
LLM's to store.

`check_parts` answers 'accept' (every part is in the quote and they give the value), 'infer' (they
give the value but one part is the LLM's own reading, e.g. which country a homonym city is in:
stored and said back), 'reject', or None when the fact carries no parts.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from advisor.lexicon.patterns import fold
from advisor.verify import same

PART_KEYS = ("amount", "currency", "per", "since", "places", "addends")
SUMMED_FIELDS = ("employees", "countries", "teams_using_ai", "ai_stacks")
PER_FACTOR = {"year": 1.0, "month": 12.0, "quarter": 4.0}


def plain(text: str) -> str:
    """Lower case, no accents, one space: how parts are looked up in a quote."""
    return " ".join(fold(text.lower().replace("’", "'")).split())


def _said(word: str, quote: str) -> bool:
    return bool(word) and re.search(rf"(?<!\w){re.escape(plain(word))}(?!\w)", plain(quote)) is not None


def numbers_in(quote: str) -> list[float]:
    """Every number the quote says (digits or words, with its scale), halves added ("2 ans et demi")."""
    from advisor.extraction.numbers import read_numbers

    said = [m.value for m in read_numbers(quote.lower()).mentions]
    if re.search(r"\b(?:and a half|et demie?|half)\b", plain(quote)):
        said += [n + 0.5 for n in said]
    return said


def _budget(parts: dict[str, Any], quote: str, value: float) -> str:
    from advisor.extraction.money import CURRENCY_TO_EUR, NAMED_CURRENCY, currency_code, period_in

    amount, currency = parts.get("amount"), str(parts.get("currency") or "eur").lower()
    per = str(parts.get("per") or "year").lower()
    if not isinstance(amount, int | float) or currency not in CURRENCY_TO_EUR or per not in PER_FACTOR:
        return "reject"
    if not any(same(n, float(amount)) for n in numbers_in(quote)):
        return "reject"
    named = {currency_code(m.group("cur")) for m in NAMED_CURRENCY.finditer(quote.lower())}
    if currency != "eur" and currency not in named or currency == "eur" and named - {"eur"}:
        return "reject"
    if per != "year" and period_in(quote.lower()) != PER_FACTOR[per]:
        return "reject"
    return "accept" if same(float(amount) * CURRENCY_TO_EUR[currency] * PER_FACTOR[per], value) else "reject"


def _month_words(month: int) -> list[str]:
    from advisor.lexicon import lexicon

    return [name for name, number in lexicon().calendar.months.items() if number == month]


def _since(parts: dict[str, Any], quote: str, value: float, today: date) -> str:
    found = re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*", str(parts.get("since") or ""))
    if not found:
        return "reject"
    year, month = int(found.group(1)), int(found.group(2))
    months = (today.year - year) * 12 + today.month - month
    if not 1 <= month <= 12 or months != round(value):
        return "reject"
    if str(year) not in quote:  # "since jan": the month said without its year
        return "accept" if _last_month(quote, month, months, today) else "reject"
    numeric = re.search(rf"\b0?{month}\s*[/.-]\s*{year}\b", quote)
    return "accept" if numeric or any(_said(w, quote) for w in _month_words(month)) else "infer"


def _last_month(quote: str, month: int, months: int, today: date) -> bool:
    """"since jan", "went live last March" (said in November): a month named without its year is
    its last occurrence (a year back when that was last month, as the reader counts it)."""
    if not any(_said(w, quote) for w in _month_words(month)):
        return False
    since = (today.month - month) % 12 or 12
    return months == (since + 12 if since == 1 else since)


def _place(item: Any) -> tuple[str, str]:
    """("Valence", "Spain") from "Valence (Spain)" or {"name": ..., "country": ...}."""
    if isinstance(item, dict):
        return str(item.get("name") or ""), str(item.get("country") or "")
    found = re.fullmatch(r"\s*([^()]+?)\s*(?:\(([^()]*)\))?\s*", str(item))
    return (found.group(1), found.group(2) or "") if found else ("", "")


def _code(name: str) -> str | None:
    from advisor.lexicon import lexicon

    codes = {code for code, _, _ in lexicon().places.find(name.lower())}
    return codes.pop() if len(codes) == 1 else None


def _places(parts: dict[str, Any], quote: str, value: float) -> str:
    items = parts.get("places")
    if not isinstance(items, list) or not items:
        return "reject"
    codes, own_reading = set(), False
    for item in items:
        name, country = _place(item)
        if not _said(name, quote):
            return "reject"
        code = _code(name)
        if code is None or (country and _code(country) not in (None, code)):
            code, own_reading = _code(country) if country else None, True  # a homonym or unknown town
        if code is None:
            return "reject"
        codes.add(code)
    if len(codes) != round(value):
        return "reject"
    return "infer" if own_reading else "accept"


def check_parts(fact: dict[str, Any], quote: str, today: date) -> str | None:
    """The verdict on a fact's parts (module docstring); None when it has none."""
    parts = {k: fact[k] for k in PART_KEYS if fact.get(k) not in (None, "", [])}
    field, value = fact.get("field"), fact.get("value")
    if not parts or not isinstance(value, int | float):
        return None
    if field == "annual_ai_budget_eur" and "amount" in parts:
        return _budget(parts, quote, float(value))
    if field == "ai_maturity_months" and "since" in parts:
        return _since(parts, quote, float(value), today)
    if field == "countries" and "places" in parts:
        return _places(parts, quote, float(value))
    if field in SUMMED_FIELDS and "addends" in parts:
        return _addends(parts, quote, float(value))
    return None


def _addends(parts: dict[str, Any], quote: str, value: float) -> str:
    """"2,300 national staff plus around 400 international": each number is said, their sum is the
    value (the LLM saw the groups add up; code does the sum)."""
    items = parts.get("addends")
    if not isinstance(items, list) or len(items) < 2 or not all(
            isinstance(n, int | float) and not isinstance(n, bool) and n > 0 for n in items):
        return "reject"
    said = numbers_in(quote)
    if not all(any(same(float(n), s) for s in said) for n in items):
        return "reject"
    return "accept" if same(sum(float(n) for n in items), value) else "reject"
