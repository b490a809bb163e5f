"""Which of several headcounts a message gives is the company's: the largest (a group named after
the total is part of it: "40 people … a couple of folks in Berlin"), unless it is an estimate that an
exact figure refines ("a bit under 500 — 480 on the payroll") or it counts people who are not staff
("about 1,100 with the seasonal staff, but the permanent headcount is 380", "610 in high season")."""

from __future__ import annotations

import re

from advisor.extraction.numbers import NumberText
from advisor.extraction.scan import Hit
from advisor.lexicon import lexicon

_WITH_NON_STAFF = re.compile(
    r"[^.;!?\n]{0,25}\b(?:with|including|incl\.?|counting|avec|y compris|en comptant)\s+"
    rf"(?:the\s+|our\s+|les\s+|nos\s+)?(?:\w+\s+)?(?:{lexicon().non_staff})\b"
    # "610 staff in high season, 380 year-round": a peak count, not the headcount
    r"|[^.;!?\n,]{0,14}\b(?:in (?:the )?(?:high|peak) season|at (?:the )?peak|in (?:the )?summer|"
    r"during (?:the )?(?:season|summer|winter|harvest)|en (?:haute |pleine )?saison|en été|l'été|"
    r"au pic|en période de pointe)")


def best_headcount(hits: list[Hit], numbers: NumberText, view: str) -> Hit:
    """The headcount hit to keep among `hits` (all for `employees`, at least one)."""
    top = max(h.priority for h in hits)
    best = [h for h in hits if h.priority == top]
    staff = [h for h in best if not _WITH_NON_STAFF.match(view, h.end)] or best
    largest = max(staff, key=lambda h: (float(h.value), h.start))
    if any(numbers.mentions[i].approximate for i in largest.mentions):
        refined = [h for h in staff if h is not largest
                   and not any(numbers.mentions[i].approximate for i in h.mentions)
                   and 0.75 * float(largest.value) <= float(h.value) <= float(largest.value)]
        if refined:
            return max(refined, key=lambda h: h.start)
    return largest
