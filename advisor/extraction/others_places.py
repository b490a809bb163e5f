"""Places named in a message that are someone else's: customers' ("on livre dans toute l'UE",
"clients all over the EU + UK"), partners', franchisees' and suppliers' ("Casablanca, c'est un
prestataire"), and the places listed right after one of those. Cues: the lexicons' `market_reach`,
`partner_places` and `partner_after`."""

from __future__ import annotations

import re

from advisor.extraction.places_left import theirs_after
from advisor.lexicon import lexicon

Place = tuple[str, str, re.Match[str]]  # (country code, kind of name, where)
_JOINER = re.compile(r"\s*(?:,|\+|&|/|\band\b|\bet\b)\s*(?:(?:in|en|au|aux|à)\s+)?"
                     r"(?:the\s+|l'|la\s+|le\s+|les\s+)?$")  # "… surtout en France et en Belgique"


def others_places(view: str, found: list[Place]) -> list[Place]:
    """The places in `found` (read from `view`) that are not the company's own."""
    theirs = [f for f in found if (f[1] == "group" and lexicon().market_reach.search(
        view, max(0, f[2].start() - 25), f[2].start()))
        or _partner_before(view, f[2])
        or theirs_after(view, f[2].end())]
    for place in sorted(found, key=lambda f: f[2].start()):
        if place not in theirs and _listed_after(view, theirs, place):
            theirs.append(place)  # "customers across the Nordics + Germany + Poland"
    return theirs


def _partner_before(view: str, place: re.Match[str]) -> bool:
    """A cue of someone else's places ("partners in", "customers across") shortly before, in the
    same clause."""
    cues = lexicon().partner_places.finditer(view, max(0, place.start() - 40), place.start())
    return any(not re.search(r"[.;!?,\n]", view[cue.end():place.start()]) for cue in cues)


def _listed_after(view: str, theirs: list[Place], place: Place) -> bool:
    """A place listed right after another's ("customers across the Nordics + Germany")."""
    return any(t[2].end() <= place[2].start() and _JOINER.match(view[t[2].end():place[2].start()])
               for t in theirs)
