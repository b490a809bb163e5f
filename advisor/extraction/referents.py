"""A what-if that points back at facts just said about someone else ("The co-op next door has three
years of AI in production. If we were there too, what then?"): those facts are the hypothesis."""

from __future__ import annotations

from collections.abc import Mapping

from advisor.extraction.intents import FIRST_PERSON
from advisor.extraction.models import Evidence
from advisor.extraction.numbers import NumberText
from advisor.lexicon import lexicon


def borrowed_fields(tokens: str, hypos: list[tuple[int, int]], numbers: NumberText,
                    spans: Mapping[str, Evidence]) -> list[str]:
    """Fields read just before a hypothesis that refers back to them ("si on en était là", "if we
    were at that level"), when the sentence they come from is not about the speaker's company."""
    if not hypos:
        return []
    start, end = hypos[0]
    if not lexicon().what_if_anaphors.search(tokens, start, end):
        return []
    stop = max(tokens.rfind(c, 0, start) for c in ".!?\n")  # the sentence said just before
    before = tokens[max(tokens.rfind(c, 0, max(stop, 0)) for c in ".!?\n") + 1:start]
    if not before.strip() or FIRST_PERSON.search(before):
        return []
    first = numbers.source_span(start, end)[0]
    return [f for f, e in spans.items() if e.end <= first]
