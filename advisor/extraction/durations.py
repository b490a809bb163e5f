"""AI maturity in months: "18 months", "deux ans et demi", "since 2023", "just started"."""

from __future__ import annotations

import re

from advisor.extraction.date_parts import about_a_person
from advisor.extraction.dates import read_dates
from advisor.extraction.scan import Hit, N, Scan
from advisor.lexicon import lexicon

EARLY_STAGE_MONTHS = 2  # what "we're experimenting" / "on débute" is read as
_UNIT = re.compile(
    rf"{N}(?P<half0>\s+and a half)?\s*(?:-\s*)?(?P<u>years?|yrs?|ans?|années?|months?|mos?|mois)\b(?!-round)"
    r"(?P<half>\s+(?:and a half|et demie?))?(?P<quarter>\s+(?:and a quarter|et (?:un )?quart))?"
)
_WORDS = re.compile(
    r"\b(?P<y>(?:a|an|one)(?: full| whole| complete| entire)? year|une année (?:entière|complète|pleine)|"
    r"un an (?:plein|complet))(?P<half> and a half)?\b|\b(?P<h>half a year|un semestre|"
    r"six mois|a semester|une demi-année)\b|\b(?P<c>a couple of years|a few years|quelques années|"
    r"a few months|quelques mois)\b"
)
# "AI for 18m" / "depuis 18m": right after a duration cue, a bare "m" means months.
_M_MONTHS = re.compile(rf"\b(?:for|since|depuis|pendant|il y a|during|over the (?:last|past))\s+{N}")
# "a year" that is a rate ("2M€ a year", "once a year"), not a duration.
_RATE_BEFORE = re.compile(
    r"(?:⟧|€|\$|£|\b(?:euros?|eur|dollars?|usd|gbp|chf|once|twice|times|budgets?|spend\w*|costs?))"
    r"\s*(?:(?:in|for|of|per)\s+)?$|⟧\s+(?:[^\W\d_][\w-]*\s+){1,2}$"  # "60 projects a year": a rate
)
_FEW = {"a couple of years": 24, "a few years": 36, "quelques années": 36, "a few months": 3,
        "quelques mois": 3}
_FUTURE = re.compile(r"(?:\b(?:in|within|dans|d'ici|next|prochaine?s?|en)\s+(?:the\s+)?$)")
_NOT_AI_AGE = re.compile(
    r"(?:founded|fondée?s?|créée?s?|created|established|exist\w*|history|historique|"
    r"in business|company is)[^⟦.!?]{0,25}$"
)
_AI_CUE = re.compile(r"\b(?:depuis|since|for|pendant|il y a)\s+(?:(?:over|more than|almost|nearly|just over|"
                     r"plus de|presque|bientôt)\s+)?$")
_AGE_AFTER = re.compile(r"\s*(?:old\b|d'existence|d'histoire|of history|in business)")
_EARLY = re.compile(
    r"\b(?:just (?:started|starting|begun|beginning)|getting started|starting out|"
    r"(?:we're|we are|still) experimenting|experimenting|poc stage|proofs? of concept|"
    r"pilot phase|early days|first experiments|on débute|nous débutons|on commence|"
    r"nous commençons|on démarre|on expérimente|nous expérimentons|phase (?:de |d')?"
    r"(?:poc|expérimentation|exploratoire|pilote)|stade (?:du |de )?poc|en (?:phase de )?poc|"
    r"premières expérimentations|(?:on est|nous sommes|on en est|encore) au (?:tout )?début)\b"
)
_NONE_YET = re.compile(
    r"\b(?:no ai yet|not using ai|don't use ai|haven't started|pas encore d'ia|"
    r"aucune ia|pas d'ia|on n'utilise pas l'ia|nous n'utilisons pas l'ia)\b"
)


_ZERO_IN_PROD = re.compile(r"⟦(?P<n>\d+)⟧\s+(?:\w+\s+)?(?:in|en)\s+prod(?:uction)?\b(?!\s+for)|"
                           r"\b(?:in|en)\s+prod(?:uction)?\s*:\s*⟦(?P<n2>\d+)⟧(?!\s*(?:months?|mois|years?|ans?))")


# "un an et deux mois", "2 years and 3 months": one duration
_COMPOUND = re.compile(r"(?:⟦(?P<n>\d+)⟧|\b(?P<one>an?|one))\s*(?:years?|yrs?|ans?|années?)\s*"
                       r"(?:,|and|et)?\s*"
                       r"⟦(?P<m>\d+)⟧\s*(?:months?|mois)\b")


def read_maturity(scan: Scan) -> None:
    """Add ai_maturity_months hits; company age and future horizons are skipped."""
    text = scan.view
    for match in _COMPOUND.finditer(text):
        whole, extra = scan.mention(match) if match.group("n") else None, scan.mention(match, "m")
        years = whole[1].value if whole and whole[1].kind == "plain" else 1 if match.group("one") else None
        if years is not None and extra and extra[1].kind == "plain" and not _not_ai_age(text, match):
            scan.add(Hit("ai_maturity_months", years * 12 + extra[1].value, match.start(),
                         match.end(), 2, None, (*([whole[0]] if whole else []), extra[0])))
    for match in _UNIT.finditer(text):
        found = scan.mention(match)
        if found is None or found[1].kind != "plain" or _not_ai_age(text, match) or _pays_for(scan, match):
            continue
        index, mention = found
        years = match.group("u").startswith(("y", "a"))
        half = match.group("half") or match.group("half0")
        months = mention.value * (12 if years else 1) + ((6 if years else 0.5) if half else 0)
        months += 3 if years and match.group("quarter") else 0  # "deux ans et quart"
        scan.add(Hit("ai_maturity_months", months, match.start(), match.end(), 2, None, (index,)))
    for match in _M_MONTHS.finditer(text):
        found = scan.mention(match)
        if found is not None and found[1].unit == "m" and found[1].kind == "plain":
            months = found[1].value / found[1].scale
            scan.add(Hit("ai_maturity_months", months, match.start(), match.end(), 2,
                         "m after a duration cue read as months", (found[0],)))
    for match in _WORDS.finditer(text):
        if match.group("y") and _RATE_BEFORE.search(text, max(0, match.start() - 12),
                                                    match.start()):
            continue
        if match.group("y"):
            months = 18.0 if match.group("half") else 12.0
        else:
            months = 6.0 if match.group("h") else float(_FEW[match.group("c")])
        # A phrase ("a year") yields to an explicit number ("2 years") said in the same message.
        scan.add(Hit("ai_maturity_months", months, match.start(), match.end(), 1))
    read_dates(scan)
    for match in _EARLY.finditer(text):
        scan.add(Hit("ai_maturity_months", EARLY_STAGE_MONTHS, match.start(), match.end(), 1,
                     f"early stage, read as {EARLY_STAGE_MONTHS} months"))
    for match in lexicon().early_maturity.finditer(text):  # only POCs: 0 months beyond them
        if lexicon().earlier_period.search(text, max(0, match.start() - 30), match.start()):
            continue  # "went live in March; before that it was all experiments"
        scan.add(Hit("ai_maturity_months", 0, match.start(), match.end(), 3,
                     "nothing in production yet, read as 0 months"))
    for match in _NONE_YET.finditer(text):
        scan.add(Hit("ai_maturity_months", 0, match.start(), match.end(), 1, "no AI use yet"))
    for match in _ZERO_IN_PROD.finditer(text):  # "zero in production": the number word is a zero
        found = scan.mention(match, "n" if match.group("n") else "n2")
        if found is not None and found[1].value == 0:  # outranks a date of pilots said beside it
            scan.add(Hit("ai_maturity_months", 0, match.start(), match.end(), 4,
                         "nothing in production yet, read as 0 months", (found[0],)))


def _not_ai_age(text: str, match: re.Match[str]) -> bool:
    before = text[max(0, match.start() - 40):match.start()]
    if _AGE_AFTER.match(text, match.end()):
        return True
    if about_a_person(text, match.start()):  # "I joined as CTO eight months ago"
        return True
    if _AI_CUE.search(before):
        return False
    return bool(_FUTURE.search(before) or _NOT_AI_AGE.search(before)
                or lexicon().future.search(before))


_PERIOD_OF = re.compile(r"(?:covers?|covering|spans?|spanning|spread over|étalée?s? sur|répartie?s? sur)\s+$")


def _pays_for(scan: Scan, match: re.Match[str]) -> bool:
    """"that 2.2 million covers two years", "700 k€ étalés sur deux ans": the period an amount covers."""
    return bool(_PERIOD_OF.search(scan.view, max(0, match.start() - 20), match.start()))
