"""The figure a user settles on after a range or an estimate: "between 300 and 400, let's say 380",
"a bit under 500 — 480 on the payroll", "a bit over 3 million euros, call it 3.1"."""

from __future__ import annotations

import re

from advisor.extraction.money import NAMED_CURRENCY
from advisor.extraction.numbers import Mention
from advisor.extraction.scan import Hit, N, Scan
from advisor.lexicon import lexicon

# "between 300 and 400, let's say 380" / "a bit under 500 - 470 at last count": the exact figure wins.
EXACT = re.compile(r"(?:\b(?P<cue>disons|let's say|say|call it|on va dire|on dira|va pour|soit|comptez|"
                   r"précisément|exactement|exactly|put|"
                   r"put down|pencil in|go with|use|mettons|mets|retenez|retiens|notez|note|on part sur|"
                   r"partons sur|closer to|more like|settled on|landed on|plutôt|arrêté à|arrêtée? à|"
                   r"(?:but |mais )?(?:for now|right now|today|pour l'instant|pour le moment|aujourd'hui),? "
                   r"(?:it's|it is|c'est|on est à)|"
                   r"our (?:own |actual |real )?(?:employees|staff|headcount) (?:are|is)"
                   r"(?: just| only)?(?: the)?|"
                   r"nos (?:propres |vrais )?(?:salariés|employés|effectifs),? (?:sont|c'est|ce sont)"
                   r"(?: les)?|"
                   r"(?:count|take|use|keep|go with) (?:just |only )?the|"
                   r"(?<=, )(?:yes|yeah|yep|oui|ouais),?|"
                   r"(?:compte|comptez|prends|prenez|garde|gardez|retiens|retenez) (?:juste |seulement )?les)"
                   r"\s+)?"
                   rf"{N}(?(cue)(?!\s*%)|\s+(?:pour être (?:précis|exact)e?s?|to be (?:precise|exact)|"
                   r"exactement|"
                   r"précisément|exactly|pile|at (?:the )?last count|on the last payroll(?: run)?|"
                   r"really|in reality|en réalité|en vrai|au final|in the end|"  # "so 2.4M really"
                   r"together|combined|ensemble|à nous deux|"  # "they're ~500 people, so ~980 together"
                   r"au dernier (?:bilan social|comptage|pointage)|sur la dernière paie|"
                   r"if (?:you|u) want (?:the |a )?(?:exact |precise )?(?:number|figure)|"
                   r"si vous voulez le chiffre(?: exact)?))")
# "a bit under 300 employees - 290 or so": an estimate after a dash refines the one before it.
REFINED = re.compile(rf"[-–—]\s*{N}\s*(?:or so|-?ish|à peu près|environ|grosso modo)\b")
_PEOPLE_WORD = re.compile(rf"\b(?:{lexicon().people_words}|workers|collaborators|personnels|headcount|"
                          r"effectifs?|workforce|payroll|on est|nous sommes|we're|we are)\b")
_STAFF_KIND = re.compile(rf"\b(?:{lexicon().people_adjectives}|seasonal|saisonniers?)\b")
_MONTH_WORDS = re.compile(r"\b(?:months?|mois|years?|ans?|années?)\b")
_YEAR_WORDS = re.compile(r"\b(?:years?|yrs?|ans?|années?)\b")
_FRACTION = re.compile(r"\s+(?:(?P<half>and a half|et demie?)|(?P<three_quarters>and three quarters|"
                       r"et trois quarts)|(?P<quarter>and a quarter|et quart))\b")
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "three_quarters": 0.75}


def _in_months(scan: Scan, match: re.Match[str], value: float) -> tuple[float, int]:
    """"between 2 and 3 years, call it two and a half": the settled figure in the range's unit
    (years when the sentence counts in years and no months follow the figure), in months."""
    end = match.end()
    fraction = _FRACTION.match(scan.view, end)
    if fraction is not None and fraction.lastgroup is not None:
        value, end = value + _FRACTIONS[fraction.lastgroup], fraction.end()
    sentence = scan.sentence_around(match.start())
    after = scan.view[end:end + 12]
    if _YEAR_WORDS.search(sentence) and not re.match(r"\s*(?:months?|mois)\b", after) and value <= 15:
        return value * 12, end
    return value, end


def _trailing_start(scan: Scan, pos: int) -> int:
    """Where the sentence at `pos` starts, an ellipsis not ending it ("entre 150 et 200 k€... disons 180")."""
    start = scan.sentence_start(pos)
    while start >= 2 and scan.view[start - 2:start] == "..":
        start = scan.sentence_start(start - 3)
    return start


def read_exact(scan: Scan) -> None:
    """The figure a user settles on after a range or an approximation (priority 3)."""
    for match in [*EXACT.finditer(scan.view), *REFINED.finditer(scan.view)]:
        found = scan.mention(match)
        if found is None or found[1].kind != "plain":
            continue
        own_start = scan.sentence_start(match.start())  # with what an ellipsis joins to it
        sentence = scan.view[_trailing_start(scan, match.start()):own_start] + scan.sentence_around(
            match.start())
        # "… ERP licences. So 2.4M really."; "It's 450k, … but for now it's 450"
        scaled = (found[1].scale >= 1e3 and re.search(r"\bbudget", scan.view) is not None) or any(
            h.field == "annual_ai_budget_eur" and own_start <= h.start < match.start() for h in scan.hits)
        if not _PEOPLE_WORD.search(sentence) and (NAMED_CURRENCY.search(sentence) or scaled
                                                  or re.search(r"\bbudget", sentence)):
            scan.claimed.add(found[0])  # "budget entre 300 et 400 k€ par an, disons 350": the budget's
            _settled_amount(scan, match, found[1])
            continue
        cue = match.groupdict().get("cue") or ""
        pointed = re.match(r"(?:count|take|use|keep|go|compt|pren|gard|reten)", cue)
        context = scan.view if pointed else sentence  # "320 permanent, ~600 seasonal. Count the 320."
        field = ("employees" if _PEOPLE_WORD.search(context) or (pointed and _STAFF_KIND.search(context))
                 else "ai_maturity_months" if _MONTH_WORDS.search(sentence)
                 else scan.expected if scan.expected in ("employees", "ai_maturity_months") else None)
        if field is not None:
            value, end = found[1].value, match.end()
            if field == "ai_maturity_months" and match.group("cue"):
                value, end = _in_months(scan, match, value)
            own = cue.startswith(("our", "nos"))  # "our own employees are the 310"
            scan.add(Hit(field, value, match.start(), end, 4 if own else 3, "the figure you settled on",
                         (found[0],)))


# "900 permanents, 2 500 en haute saison, mais comptez les permanents": the group pointed at
_POINTED_GROUP = re.compile(r"\b(?:count|take|use|keep|compte[zs]?|prends|prenez|garde[zs]?|retiens|retenez)"
                            r"\s+(?:just |only |juste |seulement |uniquement )?(?:the|les|our|nos)\s+"
                            r"(?P<group>[^\W\d]{4,})")


def read_pointed_group(scan: Scan) -> None:
    """The headcount of the group the user says to count, named by its word (priority 4)."""
    for match in _POINTED_GROUP.finditer(scan.view):
        if re.search(r"\b(?:don't|do not|never|not|sans)\s*$", scan.view[:match.start()]):
            continue  # "(don't count the contractors)"
        stem = match.group("group")[:6]
        group = re.compile(rf"⟦(?P<n>\d+)⟧\s*(?:[\w'-]+\s+)?{re.escape(stem)}\w*|"  # "420 year-round"
                           rf"{re.escape(stem)}[\w-]*\s+(?:[\w'-]+\s+)?(?:is|are|:|=|de|est|sont)\s+⟦(?P<k>\d+)⟧")
        for said in group.finditer(scan.view[:match.start()]):  # … or "year-round staff is 420"
            found = scan.mention(said, "n" if said.group("n") else "k")
            if found is not None and found[1].kind == "plain" and not found[1].year_like:
                scan.add(Hit("employees", found[1].value, said.start(), said.end(), 4,
                             "the group you said to count", (found[0],)))
                return


def _settled_amount(scan: Scan, match: re.Match[str], said: Mention) -> None:
    """"a bit over 3 million euros, call it 3.1", "300k par mois, disons 250 000": a figure settling
    an amount said just before in the sentence takes that amount's currency and period, and a bare
    small one its scale too (priority 3)."""
    if not said.value > 0 or (said.value < 1000 and said.scale != 1) or (
            not match.group("cue") and said.value < 1000):  # "so 2.4M really": a full amount
        return
    start = _trailing_start(scan, match.start())
    before = [h for h in scan.hits if h.field == "annual_ai_budget_eur" and start <= h.start < match.start()
              and h.mentions and scan.numbers.mentions[h.mentions[0]].scale >= 1e3]
    if not before and said.value < 1000:
        return
    amount = scan.numbers.mentions[before[-1].mentions[0]] if before else said
    factor = float(before[-1].value) / amount.value if before and amount.value else 1.0
    value = said.value * factor * (amount.scale if said.value < 1000 else 1)
    scan.add(Hit("annual_ai_budget_eur", value, match.start(), match.end(), 3, "the figure you settled on",
                 (), bool(before) and before[-1].inferred))
