"""Corrections inside one message: "We're 300, no wait, 320", "9,000 employees, make that 9,400",
"800 salariés… en fait plutôt 850": the number after the cue replaces the one just before it; and
"since June… well, July": the month after the cue replaces the month of the date just before."""

from __future__ import annotations

import re
from itertools import chain

from advisor.extraction.date_parts import month_names
from advisor.extraction.scan import Hit, Scan
from advisor.lexicon import lexicon

_AFTER_CUE = re.compile(r"[\s,:;.…-]*(?:(?:plutôt|plutot|rather|more like|about|around|environ|"
                        r"it's|it is|c'est|we're|we are|on est|nous sommes)\s+)*⟦(?P<n>\d+)⟧")
_BEFORE_CUE = 40  # characters between the replaced number and the cue
_YEAR_AFTER = re.compile(r"\s*⟦(?P<n>\d+)⟧")
_BEFORE_MONTH = re.compile(r"[\s,:;.…-]*(?:(?:plutôt|plutot|rather|more like|c'était|it was)\s+)*")


def read_inline_corrections(scan: Scan) -> None:
    """For each correction cue right after a read number, the next number replaces it."""
    for cue in lexicon().correction.finditer(scan.view):
        before = [h for h in scan.hits if h.mentions and h.end <= cue.start()
                  and cue.start() - h.end <= _BEFORE_CUE and not isinstance(h.value, str)]
        after = _AFTER_CUE.match(scan.view, cue.end())
        if not before or after is None:
            continue
        index = int(after.group("n"))
        if index in scan.claimed:
            continue
        old_hit = max(before, key=lambda h: h.end)
        old = scan.numbers.mentions[old_hit.mentions[0]]
        new = scan.numbers.mentions[index]
        if new.kind != "plain" or old.kind != "plain" or not old.value:
            continue
        # The new number in the old one's unit when unsaid: "2M, sorry 3", "thirty thousand… twenty-five".
        ratios = [new.value * k / old.value for k in (1.0, 1e3, 1e6) if new.scale == 1 or k == 1.0]
        ratio = min(ratios, key=lambda r: abs(r - 1) if r >= 1 else abs(1 / r - 1)) if ratios else 0.0
        if not 0.25 <= ratio <= 4:  # a number of something else
            continue
        scan.add(Hit(old_hit.field, float(old_hit.value) * ratio, after.start("n") - 1,
                     after.end(), old_hit.priority, "corrected in the same message", (index,)))


def read_month_corrections(scan: Scan) -> None:
    """A month said right after a correction cue replaces the month of the date just before it
    ("en prod depuis juin… enfin juillet plutôt"): the same year, the months moved."""
    months, names = month_names(), lexicon().calendar.months
    cues = chain(lexicon().correction.finditer(scan.view), lexicon().month_correction.finditer(scan.view))
    for cue in cues:
        lead = _BEFORE_MONTH.match(scan.view, cue.end())
        new = months.match(scan.view, lead.end() if lead else cue.end())
        before = [h for h in scan.hits if h.field == "ai_maturity_months" and h.end <= cue.start()
                  and cue.start() - h.end <= _BEFORE_CUE]
        if new is None or not before:
            continue
        old_hit = max(before, key=lambda h: h.end)
        said = list(months.finditer(scan.view, old_hit.start, old_hit.end))
        if not said:
            continue
        since = float(old_hit.value) + names[said[-1].group()] - names[new.group()]
        since += 12 if since < 0 else 0  # "since June, well, August": last year's August
        year = _YEAR_AFTER.match(scan.view, new.end())
        found = scan.numbers.mentions[int(year.group("n"))] if year else None
        if found is not None and found.year_like:  # "juin, non juillet 2025": that year, as said
            since = float((scan.today.year - int(found.value)) * 12 + scan.today.month - names[new.group()])
        if since >= 0:
            scan.add(Hit(old_hit.field, since, new.start(), new.end(), old_hit.priority,
                         "corrected in the same message", old_hit.mentions))
