"""Dates read in parts: month names, a month and its year said later ("March 2025"), the month
pinning a season or a quarter, and whether a duration is a person's time in the job."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from advisor.extraction.scan import Hit, Scan
from advisor.lexicon import alternation, lexicon


@lru_cache(maxsize=1)
def month_names() -> re.Pattern[str]:
    """Any month, season or holiday name of the calendar, as a whole word."""
    return re.compile(rf"\b(?:{alternation([re.escape(m) for m in lexicon().calendar.months])})\b")


@lru_cache(maxsize=1)
def production_words() -> re.Pattern[str]:
    """The calendar's production words ("prod", "went live"): a date said with one is a go-live."""
    return re.compile(alternation(list(lexicon().calendar.production)))


_SINCE_WORD = re.compile(r"\b(?:since|depuis|live|went|shipped|passée?|lancée?|started|began|first)\b")
YEAR_ONLY = "counted from the start of that year"


@lru_cache(maxsize=1)
def _month_year_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """"March 2025" and "2024. September" (the year said first)."""
    months = sorted(lexicon().calendar.months, key=len, reverse=True)
    after = alternation([m for m in months if m != "may"])  # "since 2024 we may…" is no month
    return (re.compile(rf"\b(?P<name>{alternation(months)})\W{{0,3}}⟦(?P<n>\d+)⟧"),
            # "2024. September", "since 2023 - March"
            re.compile(rf"⟦(?P<n>\d+)⟧[.,]?\s*(?:[-–—]\s*)?(?<=\s)(?P<name>{after})\b"))


_NUMERIC = re.compile(r"⟦(?P<m>\d+)⟧\s*[/.]\s*⟦(?P<n>\d+)⟧|⟦(?P<n2>\d+)⟧-⟦(?P<m2>\d+)⟧")  # 01/2025, 2025-01


def read_numeric_months(scan: Scan, production: re.Pattern[str]) -> None:
    """"live since 01/2025", "in prod since 2024-03": a month and year in figures, in a sentence
    about going live (priority 3), or said when the date of going live is asked or corrected
    ("08/2024 not 2025")."""
    for match in _NUMERIC.finditer(scan.view):
        year = scan.numbers.mentions[int(match.group("n") or match.group("n2"))]
        month = scan.numbers.mentions[int(match.group("m") or match.group("m2"))]
        sentence = scan.sentence_around(match.start())
        asked = scan.expected == "ai_maturity_months"
        if not (year.year_like and 1 <= month.value <= 12 and month.value == int(month.value)) or not (
                asked or production.search(sentence) and _SINCE_WORD.search(sentence)):
            continue
        since = (scan.today.year - int(year.value)) * 12 + scan.today.month - int(month.value)
        if since >= 0:
            scan.add(Hit("ai_maturity_months", float(since), match.start(), match.end(), 3, None))


def read_month_years(scan: Scan, production: re.Pattern[str]) -> None:
    """"in production since our Series B (March 2025)", "depuis la saison 2025-2026, donc août
    2025": a month and its year said later in a sentence about going live (or when that date is
    asked or corrected); it replaces a reading of the year alone."""
    cal = lexicon().calendar
    first, second = _month_year_patterns()
    for match in (*first.finditer(scan.view), *second.finditer(scan.view)):
        index, name = int(match.group("n")), match.group("name")
        mention = scan.numbers.mentions[index]
        sentence = scan.sentence_around(match.start())
        asked = scan.expected == "ai_maturity_months"  # "Mai 2024 pour la première mise en prod"
        if (name in cal.seasons and not asked) or not mention.year_like or not (
                asked or production.search(sentence) and _SINCE_WORD.search(sentence)) \
                or about_a_person(scan.view, match.start()):
            continue
        holders = [h for h in scan.hits if index in h.mentions]
        if any(h.field != "ai_maturity_months" or h.note != YEAR_ONLY for h in holders) or (
                index in scan.claimed and not holders):
            continue
        for held in holders:
            scan.hits.remove(held)
        since = (scan.today.year - int(mention.value)) * 12 + scan.today.month - cal.months[name]
        if since >= 0:
            scan.add(Hit("ai_maturity_months", float(since), match.start(), match.end(), 3, None, (index,)))


def pinned_month(scan: Scan, end: int, window: int = 60,
                  within: range = range(1, 13)) -> tuple[int, tuple[int, Any] | None] | None:
    """The month (and its year, when said) named right after a season or a quarter; `within`:
    the months the period covers."""
    cal = lexicon().calendar
    after = scan.view[end:end + window]
    for found in month_names().finditer(after):
        if found.group() in cal.seasons or cal.months[found.group()] not in within:
            continue
        year = re.match(r"\W{0,3}⟦(\d+)⟧", after[found.end():])
        mention = scan.numbers.mentions[int(year.group(1))] if year else None
        dated = (int(year.group(1)), mention) if year and mention is not None and mention.year_like else None
        return cal.months[found.group()], dated
    return None


TRIALS = re.compile(r"\b(?:pocs?|pilots?|proofs? of concept|experiment\w*|prototyp\w*|trials?|"
                     r"expérimentations?|essais|tests?)\b")
def trials_only(view: str, pos: int) -> bool:
    """"we had a pilot in 2024", "des POC depuis 2023": the clause around `pos` is about trials, and
    names nothing in production."""
    start = max(view.rfind(c, 0, pos) for c in ".;,!?\n") + 1
    ends = [i for i in (view.find(c, pos) for c in ".;,!?\n") if i >= 0]
    clause = view[start:min(ends, default=len(view))]
    return TRIALS.search(clause) is not None and production_words().search(clause) is None


_CLAUSE_START = re.compile(r"[.,;!?\n]|\b(?:and|but|et|mais|while|alors que)\b")


def about_a_person(view: str, start: int) -> bool:
    """"I joined three weeks ago", "fourteen years in the job": a person's time in the job (or the
    company's age), said in the clause before or after the duration, not the company's AI."""
    before = _CLAUSE_START.split(view[max(0, start - 80):start])[-1]
    after = _CLAUSE_START.split(view[start:start + 60])[0]
    return lexicon().tenure.search(before) is not None or lexicon().tenure.search(after) is not None


_COUNTED_BEFORE = re.compile(r"⟦\d+⟧|\bago\b|\bil y a\b|\b(?:ça|cela) fait\b|\b(?:years?|ans?|années?)\b")


@lru_cache(maxsize=1)
def _recent_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(sorted(lexicon().calendar.recent, key=len, reverse=True))})\b")


def read_recent(scan: Scan, production: re.Pattern[str], starting: re.Pattern[str]) -> None:
    """"went live last month", "en prod depuis le mois dernier": months ago from the calendar's
    `recent` table, when the sentence speaks of starting or going live (priority 3 when live)."""
    recent = lexicon().calendar.recent
    for match in _recent_pattern().finditer(scan.view):
        sentence = scan.sentence_around(match.start())
        counted = _COUNTED_BEFORE.search(scan.view, max(0, match.start() - 30), match.start())
        if not starting.search(sentence) or about_a_person(scan.view, match.start()) or counted:
            continue  # "two years this month", "un an pile ce mois-ci": a duration said, not a start
        clause = scan.view[max(0, match.start() - 60):match.end() + 20]
        months = recent.get(match.group()) or 0
        scan.add(Hit("ai_maturity_months", float(months), match.start(), match.end(),
                     3 if production.search(clause) else 2, "a recent start, in months"))
