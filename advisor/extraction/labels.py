"""Facts given as labelled lines ("Pays : France", "headcount: 340", "- budget IA : 1 000 €/mois"):
a value read inside the line labelled with its field outranks the same field read elsewhere
("2 marchés" in the line about the business). Labels are the lexicon's `field_labels`."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from advisor.extraction.scan import Scan
from advisor.lexicon import lexicon

# Added to the priority of a hit inside its field's labelled line: a place named alone there is the
# answer, not a passing mention.
LABEL_BOOST = 5


@lru_cache(maxsize=1)
def _labelled_line() -> dict[str, re.Pattern[str]]:
    """Per field: a line that opens with one of its labels and a colon (or an equals sign)."""
    return {field: re.compile(rf"(?m)^[ \t]*(?:[-•*·>][ \t]*)?(?:{labels})[ \t]*[:=][ \t]*"
                              r"(?P<value>[^\n]*?)(?=[.!?](?:\s|$)|\n|$)")  # to the end of its sentence
            for field, labels in lexicon().field_labels.items() if labels}


def boost_labelled(scan: Scan) -> None:
    """Raise the priority of each hit that lies in the value of a line labelled with its field."""
    for field, pattern in _labelled_line().items():
        spans = [(m.start("value"), m.end("value")) for m in pattern.finditer(scan.view)]
        if not spans:
            continue
        scan.hits[:] = [replace(h, priority=h.priority + LABEL_BOOST)
                        if h.field == field and any(a <= h.start < b for a, b in spans) else h
                        for h in scan.hits]
