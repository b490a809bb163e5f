"""Which known field a number or a correction is about ("450, not 540", "en fait on est 800")."""

from __future__ import annotations

import re
from typing import Any

from advisor.extraction.intents import UNKNOWN_TOPICS
from advisor.extraction.models import NUMERIC_BOUNDS
from advisor.lexicon import lexicon

# "450, not 540" / "I said 15 but it's 24": the number said to be wrong.
REJECTED_NUMBER = re.compile(
    r"\b(?:not|pas|instead of|rather than|au lieu de|plutôt que(?: de)?|et non|i said|j'ai dit|"
    r"i wrote|j'ai écrit|scratch the|forget the|ignore the|drop the|oublie[sz]? le|oubliez les)"
    r"\s+(?:(?:since|for|from|depuis|il y a|de|d'|à|at|about|environ)\s*)?⟦(\d+)⟧"
    # "25.8M??? no way": a figure said back with a question mark, then refused
    r"|⟦(\d+)⟧\s*[^\w\s?]{0,3}\s*\?+[!?]*\s*(?:no way|nope|no|non|pas du tout|jamais|certainly not|"
    r"far from it|loin de là|c'est faux|that's wrong|wrong|lol|mdr|on est loin|way off|way too|"
    r"too (?:high|much|low)|"
    r"beaucoup trop|trop|n'importe quoi|c'est énorme)\b"
)


def rejected_index(match: re.Match[str]) -> int:
    """The mention a REJECTED_NUMBER match rejects."""
    return int(match.group(1) or match.group(2))


# "a private foundation instead of a public body": what the hypothesis replaces is not part of it
REPLACED = re.compile(r"\b(?:instead of|rather than|au lieu d[e']|plutôt que(?: d[e'])?)[^.,;!?]*")


def held_field(mention: Any, known: Any) -> str | None:
    """The known numeric field whose value this number is (within 1%), if any."""
    for field, value in (known or {}).items():
        if isinstance(value, int | float) and not isinstance(value, bool) and mention.value and (
                abs(float(value) - mention.value * mention.scale) <= 0.01 * abs(float(value))
                or abs(float(value) - mention.value) <= 0.01 * abs(float(value))):
            return str(field)
    return None


def rejected_field(tokens: str, numbers: Any, known: Any) -> str | None:
    """The known field whose value the message says is wrong ("190, not 90"), if any."""
    for match in REJECTED_NUMBER.finditer(tokens):
        field = held_field(numbers.mentions[rejected_index(match)], known)
        if field is not None:
            return field
    return None


def correction_target(tokens: str, numbers: Any, known: Any, expected: str | None) -> str | None:
    """The field a correction is about: the one whose value is the number said to be wrong, the
    headcount for "we are", the countries when the correction names a place."""
    field = rejected_field(tokens, numbers, known)
    if field is not None:
        return field
    if known and "employees" in known and _WE_ARE.search(tokens):
        return "employees"  # "en fait on est plutôt 800"
    near = _near_held(numbers, known)
    if near is not None and near != "countries":
        return near  # "les 950 c'est sans le centre de Porto, donc plutôt 1 070": the headcount
    if known and "countries" in known and lexicon().places.find(tokens):
        return "countries"  # "scratch that, we sold the Italian business: just the three now"
    said = numbers.mentions
    if known and "ai_maturity_months" in known and any(m.year_like for m in said) and all(
            m.year_like or m.value == int(m.value) and 1 <= m.value <= 12 for m in said):
        return "ai_maturity_months"  # "hmm wait, 08/2024 not 2025": the date of going live
    quoted = {held_field(m, known) for m in said} - {None}
    if len(quoted) == 1 and any(held_field(m, known) is None and not m.year_like for m in said):
        return str(quoted.pop())  # "that 600k was last year's, this year it's 850k": the figure quoted
    if known and "annual_ai_budget_eur" in known and _CURRENCY.search(tokens):
        return "annual_ai_budget_eur"  # "cette année c'est 850 k€"
    named = [f for f, topic in UNKNOWN_TOPICS
             if f in (known or {}) and f in NUMERIC_BOUNDS and topic.search(tokens)]
    if len(named) == 1:  # "Correction on headcount: HR says 2,600 when you include the crew"
        return named[0]
    return _near_held(numbers, known) or expected


NEAR = 0.25  # a corrected figure this close to one held value is about that field


def _near_held(numbers: Any, known: Any) -> str | None:
    """The one known numeric field whose value the message's one number is close to ("actually
    closer to 8,600" when 9,000 people are held), if there is exactly one; a figure already held
    is the one being corrected ("5k was last year, it's 5.4k now"); hires are not a figure ("29
    since monday, two new devs")."""
    said = [m.value for i, m in enumerate(numbers.mentions)
            if not m.year_like and held_field(m, known) is None
            and not re.search(rf"⟦{i}⟧\s+(?:new|more|extra|additional|nouveaux|nouvelles)\b", numbers.text)]
    if len(said) != 1:
        return None
    near = [str(f) for f, v in (known or {}).items() if f in NUMERIC_BOUNDS and isinstance(v, int | float)
            and not isinstance(v, bool) and v and abs(float(v) - said[0]) <= NEAR * abs(float(v))]
    return near[0] if len(near) == 1 else None


_CURRENCY = re.compile(r"[€$£]|\b(?:k€|m€|eur|euros?|chf|cad|usd|gbp|dollars?|livres?)\b")
_WE_ARE = re.compile(
    r"\b(?:we are|we're|on est|nous sommes)\s+(?:\w+\s+)?⟦\d+⟧(?!\s*(?:countr|pays|teams?|équipes?))"
)
