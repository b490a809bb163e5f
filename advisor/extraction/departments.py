"""Teams using AI named as departments: "AI is used by support, R&D and marketing" is 3 teams
(both word lists live in the lexicons: `ai_users` cues, `department_names`)."""

from __future__ import annotations

import re
from functools import lru_cache

from advisor.extraction.scan import Hit, Scan
from advisor.lexicon import lexicon

_ARTICLE = r"(?:the |our |le |la |les |l'|nos |notre )?"


@lru_cache(maxsize=1)
def _listed() -> re.Pattern[str]:
    name = rf"{_ARTICLE}(?:{lexicon().department_names})\b"
    joined = rf"(?:\s*(?:,|\band\b|\bet\b|&|\+|/)\s*{name})+"
    return re.compile(rf"\b(?:{lexicon().ai_users})\s*:?\s*(?P<list>{name}{joined})")


def department_lists(view: str) -> list[tuple[int, int]]:
    """Where departments using AI are listed: their words are not the company's sector."""
    return [m.span("list") for m in _listed().finditer(view)]


def read_department_teams(scan: Scan) -> None:
    """As many teams as departments listed after a cue of AI use (priority 1, said back)."""
    names = re.compile(rf"\b(?:{lexicon().department_names})\b")
    for match in _listed().finditer(scan.view):
        found = {m.group() for m in names.finditer(match.group("list"))}
        if len(found) >= 2:
            scan.add(Hit("teams_using_ai", float(len(found)), match.start("list"), match.end("list"), 1,
                         "one team per department named", inferred=True))
