"""Short answers ("about 300", "oui, 3", "18m") to the field the advisor just asked about."""

from __future__ import annotations

import re

from advisor.extraction.date_parts import about_a_person, month_names, trials_only
from advisor.extraction.money import yearly_factor
from advisor.extraction.numbers import PLACEHOLDER, Mention
from advisor.extraction.scan import Hit, Scan
from advisor.lexicon import fold, lexicon

BUDGET = "annual_ai_budget_eur"
# A unit-less budget answer: below 100 it is millions of euros ("3" -> 3 M€), below
# 100,000 thousands ("250" -> 250 k€), otherwise euros as said ("150000" -> 150 k€).
BARE_BUDGET_SCALES: tuple[tuple[float, float, str], ...] = (
    (100, 1e6, "millions of euros"),
    (100_000, 1e3, "thousands of euros"),
    (float("inf"), 1.0, "euros"),
)


_NAMED_BY_NUMBER = re.compile(r"\b(?:le|la|the|dans le|in the)\s+$")


def read_bare_number(scan: Scan, field: str, after: int, view: str | None = None) -> None:
    """The last unclaimed plain number after `after` fills `field` (the question asked);
    `view` hides sentences that ask something ("what should we do in the next 3 months?")."""
    for match in reversed(list(PLACEHOLDER.finditer(view or scan.view, after))):
        index = int(match.group(1))
        mention = scan.numbers.mentions[index]
        if index in scan.claimed or mention.kind != "plain":
            continue
        if mention.article and len(scan.view.split()) > 3:
            continue  # "on a un budget..." : an article, not an answer
        if mention.value == 1 and (_pronoun(scan.view, match.start())
                                   or _ONE_IN.match(scan.view, match.end())):
            continue  # "quick one: ...", "that one", "one in Slovakia": a pronoun, not the number 1
        months_m = field == "ai_maturity_months" and mention.unit == "m"  # "18m": months
        people_k = field == "employees" and mention.scale == 1e3  # "12k": twelve thousand people
        if field != BUDGET and not months_m and not people_k and (
                mention.scale != 1 or _MONEY_AFTER.match(scan.view, match.end())):
            continue  # "a few hundred k" is money, not a count of months or people
        if _counts_a_noun(scan.view, match.end()):
            continue  # "two guys and a printer", "one entity": a number of something else
        if _BESIDE_MONTH.search(scan.view, max(0, match.start() - 12), match.start()) or _MONTH_AFTER.match(
                scan.view, match.end()):
            continue  # "since Jan '24", "since March 3", "le 24 juillet": part of a date
        if _NAMED_BY_NUMBER.search(scan.view, max(0, match.start() - 8), match.start()):
            continue  # "dans le 73 et le 74": a département, a route, a name, not a count
        value, note = mention.value, "short answer to the question asked"
        if field == "ai_maturity_months" and about_a_person(scan.view, match.start()):
            continue
        if mention.year_like and field == "ai_maturity_months":
            if trials_only(scan.view, match.start()):
                continue  # "a pilot in 2024, then it went quiet": no production date
            value = float((scan.today.year - int(value)) * 12 + scan.today.month - 1)
        elif mention.year_like:
            continue
        elif field == "ai_maturity_months" and mention.unit == "m":
            value, note = value / mention.scale, "m read as months"
        elif field == BUDGET and mention.scale == 1:
            value, note = bare_budget(mention)
        if field == BUDGET:  # "2k a month tops": a monthly amount
            factor, per_note = yearly_factor(scan, match.end(), match.start())
            value, note = value * factor, per_note or note
        scan.add(Hit(field, value, match.start(), match.end(), 0, note, (index,)))
        return


_NEXT_WORD = re.compile(r"\s*([^\W\d_]{2,})")


_MONEY_AFTER = re.compile(r"\s*(?:k|m|€|\$|£|eur|euros?)\b")
_ONE_IN = re.compile(r"\s+(?:in|at|of|for|on|en|à|au|dans)\s")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s*$")
_BESIDE_MONTH = re.compile(rf"{month_names().pattern}\.?\s*['’,]?\s*(?:le\s+)?$")
_MONTH_AFTER = re.compile(rf"\s*{month_names().pattern}")
_AN_ADJECTIVE = re.compile(r"\b(?:a|an)\s+[^\W\d_]+\s*$")


def _pronoun(view: str, start: int) -> bool:
    word = _WORD_BEFORE.search(view, 0, start)
    if word is not None and _AN_ADJECTIVE.search(view, 0, start):  # "kind of an unusual one"
        return True
    return word is not None and fold(word.group(1)) in lexicon().pronoun_one


def _counts_a_noun(view: str, end: int) -> bool:
    """The number is followed by a word that is not a filler ("two guys", not "3 or so")."""
    word = _NEXT_WORD.match(view, end)
    if word is not None and _ONE_IN.match(view, word.end()) and fold(word.group(1)) in ("more", "plus"):
        return True  # "two more in Porto": more places, not the answer
    return word is not None and fold(word.group(1)) not in lexicon().answer_fillers


def bare_budget(mention: Mention) -> tuple[float, str]:
    """A unit-less budget amount in euros, by the BARE_BUDGET_SCALES heuristic, and a note."""
    for limit, scale, unit in BARE_BUDGET_SCALES:
        if abs(mention.value) < limit:
            return mention.value * scale, f"bare number read as {unit}"
    return mention.value, "bare number read as euros"
