"""A company described in words no listed sector phrase matches: the sector its words point to
("weather data API startup": tech), else `other` ("we film weddings"); inferred, so it is stated
back for confirmation."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any

from advisor.extraction.models import Evidence
from advisor.lexicon import fold, lexicon

SECTOR = "sector"
NOTE = "a description that names no listed sector"


@lru_cache(maxsize=16)  # the sector phrase and keyword readers ask it of the same message
def false_friend_spans(folded: str) -> tuple[tuple[int, int], ...]:
    """Where sector words are not the company's: false friends ("quality assurance"), or only their
    customers part ("we sell … to <ships and oil rigs>"), and departments ("a partnership with a
    university", "finance came back")."""
    spans = []
    for match in lexicon().sector_false_friends.finditer(folded):
        named = [k for k, v in match.groupdict().items() if k.startswith("customers") and v is not None]
        spans.append(match.span(named[0]) if named else match.span())
    return (*spans, *(m.span() for m in lexicon().departments.finditer(folded)))


def keyword_sector(view: str) -> tuple[str, int, int, int] | None:
    """(sector, start, end of its words, how many distinct words) for the sector with the most
    distinct keywords in `view`, when one leads (a tie names none); words just after a career cue
    ("eleven years at a retail bank") do not count."""
    folded = fold(view)
    careers = [c.end() for c in lexicon().career.finditer(folded)]
    friends = false_friend_spans(folded)
    scores: list[tuple[int, str, int, int]] = []
    for sector, pattern in lexicon().sector_keywords.items():
        hits = [m for m in pattern.finditer(folded)
                if not any(0 <= m.start() - end < 30 for end in careers)
                and not any(a <= m.start() < b for a, b in friends)]
        if hits:
            distinct = len({m.group() for m in hits})
            scores.append((distinct, sector, min(m.start() for m in hits), max(m.end() for m in hits)))
    scores.sort(reverse=True)
    if not scores or (len(scores) > 1 and scores[0][0] == scores[1][0]):
        return None
    return scores[0][1], scores[0][2], scores[0][3], scores[0][0]


def sharper_than_other(view: str, read: Mapping[str, Any], spans: Mapping[str, Evidence]) -> str | None:
    """A sector several words point to, where the one phrase found was a guess (one word, or any
    phrase for `other`): two words
    against `other` ("we train airline pilots … cadets": education, not the airline), three against
    another ("sells life cover and income protection through brokers": insurance, not brokerage)."""
    if SECTOR not in read or not spans[SECTOR].inferred or (
            len(spans[SECTOR].text.split()) > 1 and read[SECTOR] != "other"):
        return None  # "agence digitale : on fait des sites et des applis": tech, not any agency
    keyword = keyword_sector(view)
    if keyword is None or keyword[0] == read[SECTOR]:
        return None
    return keyword[0] if keyword[3] >= (2 if read[SECTOR] == "other" else 3) else None


def described_sector(view: str, text: str, to_text: Callable[[int, int], tuple[int, int]],
                    expected: str | None, known: Mapping[str, Any] | None,
                    read: Mapping[str, Any], asking: bool, unknown: bool) -> tuple[str, Evidence] | None:
    """(sector, evidence) when the sector is not known, no sector phrase is in the message, and the
    message describes the company (what it does, or a company noun) or, when the sector was asked,
    states nothing else: the sector its words point to, else `other`; `to_text` maps offsets in
    `view` (numbers as placeholders) to `text`."""
    if SECTOR in read or SECTOR in (known or {}) or unknown or "regulation" in read:
        return None
    match = lexicon().business_description.search(view) or lexicon().making.search(view)
    company = lexicon().company_nouns.search(view)
    keyword = keyword_sector(view)
    if match is not None and (keyword is None or keyword[3] < 2):  # "we make the app flatmates use"
        keyword = keyword_sector(" " * match.start() + view[match.start():match.end() + 40]) or keyword
    right_after = (match is not None and keyword is not None
                   and match.start() <= keyword[1] <= match.end() + 40)  # "we make the app…", "we lay fibre"
    headline = re.split(r"[.!?\n]", view.strip(), maxsplit=1)[0].split()  # "Shopify apps. 40 people"
    opening = keyword is not None and len(view[:keyword[1]].split()) <= 3 and (
        len(headline) <= 4 or keyword[3] >= 2)
    if keyword is not None and (expected == SECTOR or (keyword[3] >= 2 and (match or company))
                                or keyword[3] >= 3 or right_after or opening):  # one word: after "we make",
        # or opening the message ("Speech-to-text API."), or answering "which sector?"
        start = max(view.rfind(c, 0, keyword[1]) for c in ".!?\n") + 1
        stop = view.find(".", keyword[2])
        start, end = to_text(start, stop if stop != -1 else len(view))
        return keyword[0], _trimmed(text, start, end, f"{keyword[0]}, from the words that describe you")
    if match is not None:
        start, end = match.span()
    elif expected == SECTOR and not asking and not read and sum(c.isalpha() for c in view) >= 6:
        start, end = 0, len(view)  # the answer to "which sector?" is a description
    else:
        return None
    stop = view.find(".", end)
    made = lexicon().making.search(view, start, stop if stop != -1 else len(view))
    start, end = to_text(start, stop if stop != -1 else len(view))  # placeholders -> the words said
    if made is not None:  # "we retread truck tyres", "on forge des couteaux": goods made, no listed phrase
        return "industry", _trimmed(text, start, end, "industry, from what you make")
    return "other", _trimmed(text, start, end, NOTE)


def _trimmed(text: str, start: int, end: int, note: str) -> Evidence:
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return Evidence(text=text[start:end], start=start, end=end, note=note, inferred=True)
