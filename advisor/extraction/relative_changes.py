"""Relative what-if changes that are not factors: places opened or closed ("if we shut Madrid"),
and more AI experience ("and in 18 months?"); the `Relative` result they fill."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from advisor.extraction.numbers import NumberText
from advisor.lexicon import lexicon

JOINED = re.compile(r"\s*(?:,|and|et|&)\s*(?:(?:the|our|its|le|la|les|notre|nos|son|sa|ses)\s+|l'|"
                    r"(?:one|another|une?|une autre) (?:in|à|en)\s+)?")


@dataclass
class Relative:
    """Multipliers and additive changes per field, and the numbers they used."""

    factors: dict[str, float] = field(default_factory=dict)
    deltas: dict[str, float] = field(default_factory=dict)
    claimed: set[int] = field(default_factory=set)
    overrides: set[str] = field(default_factory=set)  # fields whose change beats an absolute reading


_OPENED = re.compile(r"\b(?:open\w*|expand\w* (?:to|into)|franchis\w*(?: (?:in|into|to))?|enter\w*|"
                     r"launch\w* in|ouvr\w*|ouvert\w*|bought|"
                     r"acquired|purchased|rachet\w*|achet\w*|buy\w*|acquir\w*|rach[eè]t\w*|merg\w* with|"
                     r"s'implant\w*|s'étend\w*|still had|had kept|hadn'?t (?:closed|sold|left|exited)|"
                     r"(?:avait|avions) (?:encore|toujours|gardé|conservé))\b")  # "if we still had the …"
_SOLD = re.compile(r"\b(?:vend\w*|sell\w*|sold|cède\w*|céd\w*|spin\w* off|spun off|divest\w*)\b")
# "if Berlin and Kraków closed": places named, then left; "et sans le Portugal": left out
_LEFT_AFTER = re.compile(rf"\s*(?:(?:were|was|got|had|ont été|était|étaient)\s+)?"
                         rf"(?:{lexicon().places_left.pattern})")
_WITHOUT = re.compile(r"\b(?:sans|without|minus|hors|except)\s+(?:the\s+|le\s+|la\s+|les\s+|l')?$")
# "si on cède l'usine mexicaine (1 300 pers.)", "sold Puebla with its 900 staff": the people go too
_ITS_PEOPLE = re.compile(r"(?:\(\s*|,\s*|\b(?:with|avec|and|et|de)\s+"
                         r"(?:its\s+|their\s+|ses\s+|leurs\s+|les\s+)?)"
                         r"(?:about\s+|around\s+|roughly\s+|some\s+|environ\s+|~\s*)?⟦(?P<k>\d+)⟧\s*"
                         r"(?:people|persons?|pers|employees|staff|ftes?|personnes|salariés|employés|"
                         r"collaborateurs|etp)\b")


def place_changes(view: str, found: Relative, numbers: NumberText | None = None) -> None:
    """"if we sold the Hungarian business" (-1 country), "opened a warehouse in Germany" (+1),
    "si on cède l'usine mexicaine (1 300 pers.)" (-1 country, -1,300 people)."""
    places = lexicon().places.find(view)
    if not places or "countries" in found.deltas or lexicon().only_places.search(view):
        return  # "shut Madrid and kept only Lisbon": the places kept are the count
    places = _first_list(places, view)  # "close London, moving everyone to Lyon": London only
    codes = {code for code, _, _ in places}
    first = min(m.start() for _, _, m in places)
    last = max(m.end() for _, _, m in places)
    before = view[max(0, first - 40):first]
    bought = _OPENED.search(view, max(0, first - 80), first)  # "buy that little outfit across the border in"
    after = _LEFT_AFTER.match(view[last:last + 30])  # "if Berlin and Kraków closed"
    if lexicon().places_left.search(before) or after or _WITHOUT.search(before):
        sign = -1.0
    elif bought:
        sign = 1.0  # "suppose we buy that outfit in Vermont, roughly 30 people": +1 country, +30 people
    elif _SOLD.search(view, max(0, first - 60), first):  # "si on vend la filiale gabonaise"
        sign = -1.0
    else:
        return
    found.deltas["countries"] = sign * len(codes)
    found.overrides.add("countries")
    people = _ITS_PEOPLE.search(view, first)
    if numbers is not None and people is not None and "employees" not in found.deltas:
        index = int(people.group("k"))
        if numbers.mentions[index].kind == "plain" and index not in found.claimed:
            found.deltas["employees"] = sign * numbers.mentions[index].value
            found.claimed.add(index)
            found.overrides.add("employees")


Place = tuple[str, str, re.Match[str]]


def _first_list(places: list[Place], view: str) -> list[Place]:
    """The places named together first ("Madrid, Seville and Porto"), not those named later."""
    ordered = sorted(places, key=lambda p: p[2].start())
    kept = ordered[:1]
    for place in ordered[1:]:
        if not JOINED.fullmatch(view, kept[-1][2].end(), place[2].start()):
            break
        kept.append(place)
    return kept


# "two more years of AI under our belt", "3 ans de plus": that much more AI experience
_MORE_TIME = re.compile(r"⟦(?P<k>\d+)⟧\s+(?:(?P<more>more|additional|extra|supplémentaires?)\s+)?"
                        r"(?P<u>years?|months?|ans?|mois|années?)\b(?P<plus>\s+de plus)?")
_LATER = re.compile(r"\b(?:in|dans|d'ici)\s+⟦(?P<k>\d+)⟧\s*(?P<u>months?|mois|years?|ans?)\b|"
                    r"⟦(?P<k2>\d+)⟧\s*(?P<u2>months?|years?)\s+from now\b")
_A_YEAR_LATER = re.compile(r"\b(?:(?:in|dans|d'ici)\s+(?:a|an|one|une?)\s+(?P<u>year|month|an|année|mois)\b|"
                           r"(?:a|one)\s+(?P<u2>year|month)\s+from now\b)")


def _months(amount: float, unit: str) -> float:
    return amount * (1 if unit.startswith("m") else 12)


def _more_experience(found: Relative, months: float, index: int | None = None) -> None:
    """That many more months of AI use in the hypothesis (a number said once is used once)."""
    if index is not None and (not 0 < months <= 120 or index in found.claimed):
        return
    found.deltas["ai_maturity_months"] = months
    found.overrides.add("ai_maturity_months")
    if index is not None:
        found.claimed.add(index)


# "if we'd gone live a year earlier", "six months sooner", "un an plus tôt": more experience
_EARLIER = re.compile(r"(?:⟦(?P<k>\d+)⟧|\b(?P<one>a|an|one|une?))\s*"
                      r"(?P<u>years?|months?|ans?|années?|mois)\s+"
                      r"(?:earlier|sooner|before|plus tôt|avant|auparavant)\b")


def time_changes(view: str, numbers: NumberText, found: Relative) -> None:
    """"and a year from now?", "in 18 months", "two more years of AI", "a year earlier": more AI
    experience."""
    for match in _EARLIER.finditer(view):
        index = int(match.group("k")) if match.group("k") else None
        amount = numbers.mentions[index].value if index is not None else 1
        _more_experience(found, _months(amount, match.group("u")), index)
    for match in _A_YEAR_LATER.finditer(view):
        if "ai_maturity_months" not in found.deltas:
            _more_experience(found, _months(1, match.group("u") or match.group("u2")))
    for match in _LATER.finditer(view):
        index = int(match.group("k") or match.group("k2"))
        months = _months(numbers.mentions[index].value, match.group("u") or match.group("u2"))
        _more_experience(found, months, index)
    for match in _MORE_TIME.finditer(view):
        if match.group("more") or match.group("plus"):
            index = int(match.group("k"))
            _more_experience(found, _months(numbers.mentions[index].value, match.group("u")), index)


_FIELD_WORDS = re.compile(rf"\b(?:{lexicon().people_words}|countr\w*|pays|teams?|équipes?|stacks?|"
                          r"months?|mois|"
                          r"years?|ans?|années?)\b")


def amount_only(view: str, numbers: NumberText) -> bool:
    """"what if we cut that to 400k?": a hypothesis whose one figure is a scaled amount (k, M) and
    that names no other field is about the budget."""
    said = [numbers.mentions[int(i)] for i in re.findall(r"⟦(\d+)⟧", view)]
    return len(said) == 1 and said[0].kind == "plain" and said[0].scale >= 1e3 and said[0].value >= 10_000 \
        and not _FIELD_WORDS.search(view)
