"""Corrections inside one message: "We're 300, no wait, 320", "9,000 employees, make that 9,400",
"800 salariés… en fait plutôt 850": the number after the cue replaces the one just before it."""

from __future__ import annotations

import re

from advisor.extraction.scan import Hit, Scan
from advisor.lexicon import lexicon

_AFTER_CUE = re.compile(r"[\s,:;.…-]*(?:(?:plutôt|plutot|rather|more like|about|around|environ|"
                        r"it's|it is|c'est|we're|we are|on est|nous sommes)\s+)*⟦(?P<n>\d+)⟧")
_BEFORE_CUE = 40  # characters between the replaced number and the cue


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
