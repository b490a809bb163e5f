"""Run every reader over a message, then keep one value per field."""

from __future__ import annotations

import re
from datetime import date

from advisor.extraction.answers import read_bare_number
from advisor.extraction.categories import read_categories
from advisor.extraction.countries import read_country_names
from advisor.extraction.country_sums import read_country_sums
from advisor.extraction.counts import read_counts
from advisor.extraction.departments import read_department_teams
from advisor.extraction.durations import read_maturity
from advisor.extraction.headcount_choice import best_headcount
from advisor.extraction.inline_corrections import read_inline_corrections, read_month_corrections
from advisor.extraction.labels import boost_labelled
from advisor.extraction.models import NUMERIC_BOUNDS, Evidence, FieldValue, normalise_value
from advisor.extraction.money import read_budget
from advisor.extraction.numbers import NumberText
from advisor.extraction.results import read_results
from advisor.extraction.scan import Hit, Scan
from advisor.extraction.spelling import Respelled, fold
from advisor.extraction.targets import REJECTED_NUMBER, rejected_index
from advisor.lexicon import lexicon

SHORT_ANSWER_WORDS = 20


# The margin said around a figure is not a figure of its own.
_TOLERANCE = re.compile(r"(?:give or take|plus or(?: minus)?|±|\+/-)\s+(?:about\s+|maybe\s+)?⟦(?P<n>\d+)⟧|"
                        r"à\s+(?:quelques\s+)?⟦(?P<m>\d+)⟧\s+(?:\w+\s+)?près")


def scan_message(
    view: str, numbers: NumberText, expected: str | None, today: date, correction: bool,
    claimed: set[int] | None = None, *, bare: bool = True, no_bare: str | None = None,
    in_context: bool = True,
) -> Scan:
    """Run every reader; `bare` allows short answers to `expected` (never in an injection)."""
    rejected = {rejected_index(m) for m in REJECTED_NUMBER.finditer(view)
                if not numbers.mentions[rejected_index(m)].approximate}
    wrong = {numbers.mentions[i].value * numbers.mentions[i].scale for i in rejected}
    rejected |= {i for i, m in enumerate(numbers.mentions) if correction and m.value * m.scale in wrong}
    rejected |= {int(m.group("n") or m.group("m")) for m in _TOLERANCE.finditer(view)}  # "give or take 300"
    scan = Scan(view, numbers, expected, today, set(claimed or ()) | rejected, bare=bare)
    read_budget(scan)
    read_maturity(scan)
    # A hypothesis is about the profile ("what if it were 6M€?"); a short answer, or a correction
    # of an amount, is about the interview ("non attendez, 3,8 M€"): only longer statements need
    # the context (a correction too for dates: "la filiale a été fermée en juin" is not about AI).
    # A short correction of the places or the headcount dates them, not AI: "on a aussi 4 magasins
    # aux Pays-Bas depuis juin". So does an answer to "which countries?" that names places with a
    # date: "France et Luxembourg : une agence à Luxembourg depuis 2019".
    about_other = ((correction and expected in ("countries", "employees"))
                   or (expected == "countries" and bool(lexicon().places.find(view)))
                   or lexicon().places_left.search(view) is not None)  # a place left: "sold it in June"
    if in_context and (len(view.split()) > SHORT_ANSWER_WORDS or about_other):
        if not correction:
            _keep_in_context(scan, "annual_ai_budget_eur", lexicon().budget_context)  # not "a £40k loan"
        _keep_in_context(scan, "ai_maturity_months", lexicon().ai_context)  # not "since 2019, an office"
    read_country_sums(scan)
    read_counts(scan)
    read_department_teams(scan)
    read_country_names(scan)
    read_categories(scan)
    read_inline_corrections(scan)
    read_month_corrections(scan)
    read_results(scan)
    boost_labelled(scan)
    if expected in NUMERIC_BOUNDS and bare:
        held = [h.end for h in scan.hits if h.field == expected]
        if not held or correction:
            read_bare_number(scan, expected, max(held, default=0), no_bare)
    return scan


def resolve_hits(
    scan: Scan, numbers: NumberText, text: str, correction: bool,
    respelled: Respelled | None = None,
) -> tuple[dict[str, FieldValue], dict[str, Evidence], dict[str, str]]:
    """One value per field: the latest hit if correcting, else the best (priority, position; for the
    headcount `best_headcount`)."""
    best: dict[str, Hit] = {}
    for hit in scan.hits:
        held = best.get(hit.field)
        rank = (lambda h: (h.priority >= 0, h.start)) if correction else (lambda h: (h.priority, h.start))
        if held is None or rank(hit) >= rank(held):
            best[hit.field] = hit
    heads = [h for h in scan.hits if h.field == "employees" and isinstance(h.value, int | float)]
    if heads and not correction:
        best["employees"] = best_headcount(heads, numbers, scan.view)
    values: dict[str, FieldValue] = {}
    spans: dict[str, Evidence] = {}
    invalid: dict[str, str] = {}
    for field, hit in best.items():
        start, end = numbers.source_span(hit.start, hit.end)
        if isinstance(hit.value, str):
            values[field] = hit.value
        else:
            value, reason = normalise_value(field, hit.value)
            if value is None:
                invalid[field] = reason or "out of range"
                continue
            values[field] = value
        note = hit.note or next((numbers.mentions[i].note for i in hit.mentions
                                 if numbers.mentions[i].note), None)
        said = text[start:end]
        typo = any(read and read in said and fold(wrote) != fold(read)
                   for wrote, read in (respelled.changes if respelled else ()))
        ranged = any(numbers.mentions[i].ranged for i in hit.mentions)  # a midpoint: said back
        spans[field] = Evidence(text=said, start=start, end=end, note=note,
                                inferred=hit.inferred or typo or ranged)
    return values, spans, invalid


def _keep_in_context(scan: Scan, field: str, cues: re.Pattern[str]) -> None:
    """Readings of `field` said in a sentence about it (an AI cue, a budget cue); when the field was
    just asked and no reading has such a cue, every reading stays (a bare "2k a month")."""
    hits = [h for h in scan.hits if h.field == field]
    said = [h for h in hits if cues.search(scan.sentence_around(h.start))]
    if said or scan.expected != field:
        scan.hits = [h for h in scan.hits if h.field != field or h in said]
