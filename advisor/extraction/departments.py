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


@lru_cache(maxsize=16)  # the teams reader and the sector reader ask it of the same message
def department_lists(view: str) -> tuple[tuple[int, int], ...]:
    """Where departments using AI are listed: their words are not the company's sector."""
    return tuple(m.span("list") for m in _listed().finditer(view))


@lru_cache(maxsize=1)
def _names() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lexicon().department_names})\b")


def read_department_teams(scan: Scan) -> None:
    """As many teams as departments listed after a cue of AI use (priority 1, said back)."""
    for start, end in department_lists(scan.view):
        found = {m.group() for m in _names().finditer(scan.view, start, end)}
        if len(found) >= 2:
            scan.add(Hit("teams_using_ai", float(len(found)), start, end, 1,
                         "one team per department named", inferred=True))
