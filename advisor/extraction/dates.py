"""AI maturity from a date: "since Feb 2025", "depuis la rentrée 2024", "live since last Christmas",
"depuis juillet", "went live in August 2026", "for ninety days". Names come from the lexicon's
`calendar`; a month without a year is its most recent past occurrence."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from advisor.extraction.date_parts import (
    YEAR_ONLY,
    about_a_person,
    pinned_month,
    production_words,
    read_month_years,
    read_numeric_months,
    read_recent,
    trials_only,
)
from advisor.extraction.scan import Hit, N, Scan
from advisor.lexicon import alternation, lexicon

_CUE = (r"(?:in )?(?:production|prod|live)\s*[:—–-]|(?:found(?: it)?|(?:j'ai |re)?trouv[ée]e?)\s*[:—–-]|"
        r"(?:en|in) prod(?:uction)?(?= (?:au|en|in|à|dès|depuis))|"
        r"since|depuis|from|starting(?: in)?|went (?:to|into) prod(?:uction)?|"
        r"mise? en (?:service|route)(?: pour)?|"
        r"(?:went|gone|go|going) live(?: with(?: [a-z]+){1,3}?(?= (?:this|last|in|on|en) ))?|"
        r"mise? en prod(?:\w*,? c'(?:est|était))?|"
        r"started(?: in)?|began(?: in)?|begun in|dès|commencé en|shipped(?: in)?|released in|deployed in|"
        r"démarré en|lancé en|launched in|went live in|live in|rolled out in|in production in|"
        r"in prod in|date(?:nt)? de|date(?:nt)? d['’]|dates? (?:back )?(?:from|to)|dating from|back in|"
        r"in|en|à|au|donc|so|soit|i\.e\.|"
        r"(?:production|prod|go-live|launch)(?: [a-z-]+){0,2} (?:was|came)(?: in| on)?|"
        r"(?:mise en prod\w*|lancement),? c'(?:est|était)")
_ARTICLE = (r"(?:(?:around|about|vers|autour de|aux alentours de)\s+)?"  # "around Easter 2025"
            r"(?:à\s+la\s+|à\s+l'|à\s+|a\s+|au\s+|at\s+the\s+|at\s+|on\s+the\s+|the\s+|this\s+|la\s+|le\s+|l'|du\s+|de\s+|cet\s+|cette\s+|ce\s+)?")
_DAY = r"⟦\d+⟧(?:st|nd|rd|th|er)?\s+(?:of\s+)?"  # "went live 1st of jan '24": the day is not read
_WEAK_CUES = ("in", "en", "à", "au", "donc", "so", "soit", "i.e.")  # the date needs a verb of starting
_OF = r"(?:\s+of|\s+de|\s+d')?\s*-?\s*"
_START_VERB = re.compile(r"start|began|begun|launch|commenc|démarr|lanc|début|first|premi|\bai\b|\bia\b|"
                         r"prod|live|déploy|deploy|ship|rolled|en service|went")
_CONTRAST = re.compile(r"\b(?:but|mais|whereas|alors que|tandis que)\b")
_DAYS = re.compile(rf"(?:\b(?:for|since|depuis|pendant|il y a)\s+(?:the\s+(?:last|past)\s+)?)?{N}\s*"
                   r"(?P<u>days?|jours?|weeks?|semaines?)\b(?P<ago>\s+ago\b)?")


@lru_cache(maxsize=1)
def _date_pattern() -> re.Pattern[str]:
    cal = lexicon().calendar
    names = alternation(sorted(cal.months, key=len, reverse=True))
    positions = alternation(sorted(cal.positions, key=len, reverse=True))
    last = alternation(list(cal.last))
    near = alternation(sorted(cal.near, key=len, reverse=True))
    events = alternation(sorted(cal.events, key=len, reverse=True)) if cal.events else "(?!)"
    return re.compile(
        rf"\b(?P<cue>{_CUE})(?:\s*:\s*|\s*(?:…|\.{{2,}})\s*|\s+|(?<=['’]))"
        r"(?:(?:was|were|came|happened|c'était|était|a eu lieu)\s+)?"  # "went to production was last January"
        rf"(?:{_ARTICLE}(?:(?:{last})\s+)?(?:[^\W\d_]+\s+)?(?:{events})\s*(?:\(\s*|[,:—–-]\s*|(?:of|in|on|de|d'|en)\s+))?"
        rf"{_ARTICLE}(?:(?:{near})\s+{_ARTICLE})?(?:(?P<last0>{last})\s+)?"
        rf"(?:(?P<pos>{positions}){_OF}{_ARTICLE})?(?:{_DAY}(?=(?:{names})\b))?(?:mois\s+(?:de\s+|d')|month\s+of\s+)?(?:(?P<name>{names})\b\.?[\s,-]*)?"
        rf"(?:(?P<prev>{alternation(sorted(cal.previous_year, key=len, reverse=True))})\b|"
        rf"(?P<cur>{alternation(sorted(cal.this_year, key=len, reverse=True))})\b|"
        rf"(?P<last>{last})\b|['’]?{N})?"
    )


def read_dates(scan: Scan) -> None:
    """Add ai_maturity_months hits for dates and day/week counts; a production date ranks first."""
    cal = lexicon().calendar
    production = production_words()
    pinned_until = -1  # "au printemps 2024 — en avril": the month pinning a season is not a date of its own
    for match in _date_pattern().finditer(scan.view):
        name, has_year = match.group("name"), match.group("n") is not None
        if not (name or has_year or match.group("cur")) or match.start() < pinned_until:
            continue
        sentence = scan.sentence_around(match.start())
        if match.group("cue") in _WEAK_CUES and not _START_VERB.search(sentence):
            continue
        if about_a_person(scan.view, match.start()):
            continue
        found = scan.mention(match) if has_year else None
        short_year = (found is not None and name is not None and found[1].kind == "plain"
                      and found[1].value == int(found[1].value) and 15 <= found[1].value <= 40)
        if short_year and found is not None:  # "Jan '24", "juillet 24": the year 2024
            found = (found[0], replace(found[1], value=2000 + found[1].value, year_like=True))
        elif has_year and (found is None or not found[1].year_like):
            if not name:
                continue
            found = None  # "depuis septembre, un chatbot": the month alone
        month = cal.months.get(name or "") or cal.positions.get(match.group("pos") or "", 1)
        pinned = pinned_month(scan, match.end()) if name in cal.seasons or match.group("pos") else None
        if pinned is not None:  # "since fall 2025 — September", "late 2022, November to be exact"
            month, pinned_until = pinned[0], match.end() + 60
            found = pinned[1] or found
        if found is not None:
            since = (scan.today.year - int(found[1].value)) * 12 + scan.today.month - month
            note = None if name or match.group("pos") else YEAR_ONLY
        elif match.group("prev"):  # "July of last year"
            since, note = 12 + scan.today.month - month, None
        elif match.group("cur"):  # "since the beginning of this year", "depuis mars de cette année"
            if match.group("last0"):
                continue  # "since last year": no month said
            since, note = scan.today.month - month, None
        else:
            last = bool(match.group("last") or match.group("last0"))
            since = (scan.today.month - month) % 12 or (12 if last else 0)
            since += 12 if last and since == 1 else 0  # "last October" said in November: not last month
            note = f"the last {name}" if name else None
        if since < 0:
            continue
        after = scan.view[match.end():match.end() + 40]
        contrast = _CONTRAST.search(after)  # "ChatGPT since 2023, but in production since Feb 2025"
        clause = scan.view[max(0, match.start() - 60):match.end() + (contrast.start() if contrast else 40)]
        live = production.search(clause) and not lexicon().early_maturity.search(sentence)
        if trials_only(scan.view, match.start()):
            continue  # "we did POCs back in 2021", "a pilot in 2024, then it went quiet": not production
        priority = 3 if live else 2  # going live outweighs other dates
        scan.add(Hit("ai_maturity_months", float(since), match.start(), match.end(), priority, note,
                     (found[0],) if found else ()))
    _read_quarters(scan, production)
    read_month_years(scan, production)
    read_recent(scan, production, _START_VERB)
    read_numeric_months(scan, production)
    for match in _DAYS.finditer(scan.view):
        found = scan.mention(match)
        if found is None or found[1].kind != "plain" or about_a_person(scan.view, match.start()) or not (
                match.group("ago") or re.match(r"\b(?:for|since|depuis|pendant|il y a)", match.group())):
            continue
        unit = match.group("u")
        per_month = 30.4 if unit.startswith(("d", "j")) else 4.35
        scan.add(Hit("ai_maturity_months", round(found[1].value / per_month), match.start(), match.end(),
                     2, None, (found[0],)))


_QUARTER = re.compile(r"\b(?P<kind>q|t|h|s)(?P<q>[1-4])\s*[-/ ]?\s*(?:⟦(?P<n>\d+)⟧|(?:of\s+)?"
                      r"(?P<last>last year|l'an dernier|l'année dernière|de l'an dernier|"
                      r"de l'année dernière))|"
                      r"⟦(?P<n2>\d+)⟧\s*[-/ ]?\s*(?P<kind2>q|t|h|s)(?P<q2>[1-4])\b|"  # quarters, halves
                      r"\b(?P<kind3>q|t)(?P<q3>[1-4])\b(?!\s*[-/ ]?\s*⟦)")  # "since the start of Q2"


_QUARTER_CUE = re.compile(r"\b(?:since|depuis|in|en|dès|from|live|prod\w*|launched|started|began|lancée?|"
                          r"démarrée?|deployed|déployée?)\W+(?:the\s+|le\s+|la\s+|au\s+)?"
                          r"(?:(?P<at>start|beginning|early|mid|middle|end|late|début|mi|fin)\W*"
                          r"(?:of\s+|du\s+|de\s+|d'\s*)?(?:the\s+|le\s+|la\s+)?)?$")




def _read_quarters(scan: Scan, production: re.Pattern[str]) -> None:
    """"went live in Q2 2024" (start of the quarter), "Q2 2024, May to be precise" (the month said);
    halves too: "H2 2025 (July)", "au S2 2025, en septembre"."""
    for match in _QUARTER.finditer(scan.view):
        quarter = int(match.group("q") or match.group("q2") or match.group("q3"))
        if match.group("last"):  # "since the start of Q3 last year"
            index, year = -1, scan.today.year - 1
        elif match.group("q3"):  # no year: the last one begun
            index, year = -1, scan.today.year - (1 if (quarter - 1) * 3 + 1 > scan.today.month else 0)
        else:
            index = int(match.group("n") or match.group("n2"))
            if index in scan.claimed or not scan.numbers.mentions[index].year_like:
                continue
            year = int(scan.numbers.mentions[index].value)
        kind = (match.group("kind") or match.group("kind2") or match.group("kind3")).upper()
        size = 6 if kind in "HS" else 3
        if size == 6 and quarter > 2:
            continue
        month = (quarter - 1) * size + 1
        note: str | None = f"start of {kind}{quarter}"
        pinned = pinned_month(scan, match.end(), 30, range(month, month + size))
        if pinned is not None:
            month, note = pinned[0], None
        since = (scan.today.year - year) * 12 + scan.today.month - month
        sentence = scan.sentence_around(match.start())
        before = scan.view[max(0, match.start() - 30):match.start()]
        cue = _QUARTER_CUE.search(before)
        if cue is not None and pinned is None and cue.group("at") in ("end", "late", "fin"):
            since, note = since - size + 1, f"end of {kind}{quarter}"  # "since the end of Q2": its last month
        if since < 0 or about_a_person(scan.view, match.start()) or cue is None:
            continue
        priority = 4 if production.search(sentence) else 3  # a quarter is more precise than its year
        scan.add(Hit("ai_maturity_months", float(since), match.start(), match.end(), priority, note,
                     (index,) if index >= 0 else ()))
