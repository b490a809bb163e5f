"""Places the company has left or never had: "we closed Lyon", "Madrid, on l'a fermé", "every EU
country except Malta and the Baltics", "Bordeaux c'est un pigiste, pas un bureau"."""

from __future__ import annotations

import re

from advisor.extraction.scan import Scan
from advisor.lexicon import lexicon

Found = list[tuple[str, str, re.Match[str]]]  # (country code, kind of name, where)
ENTITY = rf"(?:{lexicon().entity_nouns})s?"  # "the Swiss lab", "la filiale belge"
_GONE = lexicon().places_left.pattern
# "closed Lyon", "on a fermé la mission au Burundi": the place is gone
_LEFT_BEFORE = re.compile(rf"(?:{_GONE})\s+(?:the\s+|our\s+|le\s+|la\s+|l')?"
                          rf"(?:(?:{ENTITY})\s+(?:in|at|au|aux|en|à|de|du|d')\s*(?:the\s+|l')?)?$")
_LEFT_AFTER = re.compile(rf"\s*(?:{ENTITY}\s+)?"
                         rf"(?:on l'a |l'a |on a |we |we've |they |has been |have been |were |was |a été |"
                         rf"ont été |a |ont |have |has )?"
                         rf"(?:{_GONE})\b"
                         # "Madrid, on l'a fermé en juin": a pronoun after a comma points back to the place
                         rf"|\s*,\s*(?:on l'a |l'a |it was |it's been |it has been )(?:{_GONE})\b")
LIST_GAP = re.compile(r"\s*(?:,|and|et|&|/|\+)?\s*(?:,|and|et|&)?\s*"
                       r"(?:(?:the|les|la|le)\s+|l')?(?:⟦\d+⟧\s*)?")  # "… and the three Baltics"


def left_place(scan: Scan, match: re.Match[str]) -> bool:
    """The place follows "closed", "sold the", "quitté" or precedes "a fermé", "closed": the company is
    no longer there."""
    return _left_at(scan.view, match)


_NOT_BEFORE = re.compile(r"(?:^|[,.;:!?]\s*|\b(?:sorry|oops|wait|pardon|non|no)\W+)(?:not|pas)\s+"
                         r"(?:the\s+|le\s+|la\s+|l')?$")


def theirs_after(view: str, end: int) -> bool:
    """What follows a place at `end` says it is someone else's ("Bordeaux is a freelancer", "(not us)")."""
    return any(p.match(view, end) for p in lexicon().partner_after)


def never_ours(view: str, match: re.Match[str]) -> bool:
    """A place said not to be the company's: "not Turin, that's our supplier", "CH c'est un
    distributeur partenaire"."""
    return bool(_NOT_BEFORE.search(view, max(0, match.start() - 20), match.start())
                or theirs_after(view, match.end()))


def _left_at(view: str, match: re.Match[str]) -> bool:
    """Left, or never the company's own ("Bordeaux c'est un pigiste, pas un bureau")."""
    return bool(_LEFT_BEFORE.search(view, max(0, match.start() - 40), match.start())
                or _LEFT_AFTER.match(view[match.end():match.end() + 30])
                or theirs_after(view, match.end()))


def left_in(view: str) -> set[str]:
    """Country codes of the places a message says the company left, when it names no other place."""
    found = lexicon().places.find(view)
    gone = {code for code, _, m in found if _left_at(view, m)}
    return gone if gone == {code for code, _, _ in found} else set()


def any_left(view: str) -> bool:
    """Some place the message names is said to be left or never the company's."""
    return any(_left_at(view, m) for _, _, m in lexicon().places.find(view))


def gone_codes(scan: Scan, found: Found) -> set[str]:
    """Codes of the places said to be left (a group only when listed right after one: "except Ireland
    and the Baltics"), and of those listed right after them."""
    gone: set[str] = set()
    gone_names: set[int] = set()
    previous: re.Match[str] | None = None
    for code, kind, match in sorted(found, key=lambda f: f[2].start()):
        if previous is not None and match.start() == previous.start():  # a group's other countries
            if match.start() in gone_names:
                gone.add(code)
            continue
        listed = previous is not None and LIST_GAP.fullmatch(scan.view, previous.end(), match.start())
        if (kind != "group" and left_place(scan, match)) or (
                listed and previous is not None and previous.start() in gone_names):
            gone.add(code)  # "except Ireland, Luxembourg and the Baltics": the group listed too
            gone_names.add(match.start())
        previous = match
    return gone
