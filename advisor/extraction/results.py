"""A total the user works out ("27 here + 4 in Montréal, so 31", "= 2 050", "So three countries"):
it replaces the parts it sums."""

from __future__ import annotations

import re

from advisor.extraction.counts import PEOPLE, ROLE_WORDS
from advisor.extraction.scan import Hit, N, Scan
from advisor.lexicon import lexicon

_FIELDS = ("employees", "countries")
_FILLERS = frozenset({"au", "en", "in", "total", "altogether", "overall", "all", "tout", "now", "maintenant"})
_PEOPLE_OR_ROLES = re.compile(rf"⟦\d+⟧\s*(?:{PEOPLE}|{ROLE_WORDS}|ppl)\b")
_COUNTRY_WORDS = re.compile(r"countr|pays|nations|markets|marchés")
_MONEY = re.compile(r"\s*(?:€|\$|£|eur\b|euros?\b|[km]€|chf\b|usd\b|gbp\b|cad\b|dollars?\b|francs?\b)")


def _result_pattern() -> re.Pattern[str]:
    cues = lexicon().result_cues
    return re.compile(rf"(?:(?<![\w-])(?:{cues})(?![\w-])[:\s]*|=\s*){N}"
                      r"(?P<tail>\s*(?:countr\w*|pays|markets?|marchés?)|\s*[^\W\d_]+)?")


def read_results(scan: Scan) -> None:
    """A total after "so", "donc", "=": the count of the field it names, else of the field the
    sentence's earlier numbers were read as."""
    for match in _result_pattern().finditer(scan.view):
        index = int(match.group("n"))
        mention = scan.numbers.mentions[index]
        if mention.kind != "plain" or mention.value < 1 or mention.year_like or _MONEY.match(
                scan.view, match.end("n") + 1):
            continue  # "9 millions de dirhams, soit 830 000 €": an amount converted, not a total
        tail = (match.group("tail") or "").strip().lower()
        if tail in _FILLERS:  # "donc 1 200 au total", "so 33 in all"
            tail = ""
        sentence = scan.sentence_around(match.start())
        sentence_start = scan.sentence_start(match.start())
        before = [h for h in scan.hits if h.field in _FIELDS and sentence_start <= h.start < match.start()]
        summed = _summed_hit(scan, before, sentence_start, match.start(), mention.value * mention.scale)
        if tail.startswith(("countr", "pays", "market", "march")):
            field = "countries"
        elif tail and re.fullmatch(rf"(?:{PEOPLE})", tail):
            field = "employees"
        elif summed is not None and not tail:  # "27 here + 4 in Montréal, so 31": the 27 was people
            field = summed.field
        elif before and not tail:
            field = before[-1].field
        elif not tail and _PEOPLE_OR_ROLES.search(sentence):  # "we hired 6 ppl last month so 33"
            field = "employees"
        elif not tail and (_COUNTRY_WORDS.search(sentence) or lexicon().places.find(sentence)):
            field = "countries"
        elif not tail and _sums_amounts(scan, index):  # "marketing has 400k. So 1.2M in total."
            scan.add(Hit("annual_ai_budget_eur", mention.value, match.start(), match.end("n") + 1, 4,
                         "the total the user gave", (index,)))
            continue
        else:
            continue
        end = match.end() if tail else match.end("n") + 1  # the filler after the number is not evidence
        scan.add(Hit(field, mention.value * mention.scale, match.start(), end, 4,
                     "the total the user gave", (index,)))


def _summed_hit(scan: Scan, before: list[Hit], start: int, end: int, total: float) -> Hit | None:
    """The hit holding the first of the numbers that add up to `total` before the cue, if they do."""
    indexes = [int(i) for i in re.findall(r"⟦(\d+)⟧", scan.view[start:end])]
    values = [scan.numbers.mentions[i].value * scan.numbers.mentions[i].scale for i in indexes]
    if len(values) < 2 or abs(sum(values) - total) > 0.5:
        return None
    return next((h for h in before if indexes[0] in h.mentions), None)


def _sums_amounts(scan: Scan, index: int) -> bool:
    """The total is an amount ("1.2M") and amounts were said before it ("IT has 800k … marketing 400k")."""
    total = scan.numbers.mentions[index]
    if total.unit not in ("k", "m") or total.value < 10_000:
        return False
    return any(m.unit in ("k", "m") and m.value >= 1_000 for m in scan.numbers.mentions[:index])

