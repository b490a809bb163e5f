"""Annual AI budget: amounts with a currency or a budget cue, per month/year, multi-year."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from advisor.extraction.numbers import PLACEHOLDER
from advisor.extraction.scan import Hit, N, Scan, num
from advisor.lexicon import lexicon

_RATES = yaml.safe_load((Path(__file__).parents[1] / "lexicon" / "rates.yaml").read_text(encoding="utf-8"))
CURRENCY_TO_EUR: dict[str, float] = {k: float(v) for k, v in _RATES["eur_per_unit"].items()}
RATES_AS_OF = str(_RATES["as_of"])
_FORMS = lexicon().currencies  # code -> written forms (advisor/lexicon/*.yaml `currencies`)
_CURRENCY = [(code, re.compile(rf"(?:{forms})")) for code, forms in _FORMS.items()]
_CUR = "|".join(rf"(?:{form})(?![a-z])" for form in lexicon().currency_forms)
_AFTER = re.compile(rf"{N}\s*(?P<cur>{_CUR})")
_ADJECTIVES = [(code, re.compile(rf"(?:{forms})"))
               for code, forms in lexicon().currency_adjectives.items() if forms]
_ADJ = "|".join(pattern.pattern for _, pattern in _ADJECTIVES)
# "150k/yr, pounds", "two grand a month, Canadian": the currency said after the amount and its period
# (also after the period's full stop: "50 000$ par mois. Canadiens, là.")
_TRAILING_CUR = re.compile(rf"[\s,;(.]*(?:in\s+|en\s+)?(?P<cur>{_CUR}|(?:{_ADJ})(?![a-z]))")
_SPACED_SCALE = re.compile(r"\s+(?P<s>[km])\b(?!\s*(?:onths?|ois)\b)")
_BEFORE = re.compile(rf"(?P<cur>€|\$|£|c\$|ca\$|us\$|chf|usd|gbp|cad|eur)\s*{N}")
_CUE = re.compile(
    r"\b(?:budget|budgets|spend|spending|dépenses?|enveloppe|investissons|invest|investing|"
    r"investment|investissement|(?:our|nos|notre|my|mon) (?:ai |ia )?(?:coûts?|costs?)|"
    rf"{lexicon().budget_holders})\b"  # "ok cfo says 3 mio"
    rf"[^.?!\n⟦]{{0,30}}?{N}"
)
_PER = re.compile(
    r"\s*(?:(?:per|a|each|every|/|par|chaque|by|tous les)\s*(?:the\s+)?"
    r"(?P<unit>month|mois|quarter|trimestre|year|an|année|yr)\b|"
    r"(?P<adj>monthly|mensuel\w*|/mo\b|quarterly|trimestriel\w*))"
)
_OVER = re.compile(
    r"\s*(?:[^.?!\n,]{1,40},\s*)?"  # "120 000 $ d'un bailleur américain, sur deux ans"
    r"(?:in total\s+|total\s+|au total\s+)?"
    r"(?:(?:for (?:the )?(?:ai|genai)|pour l'ia|votée?s?|allouée?s?|accordée?s?|allocated|granted|"
    r"approved|budgeted)\s+)?"
    r"(?:over|across|for|sur|pour|spread over|on|étalée? sur)\s+(?:the\s+next\s+|the\s+|"
    rf"les\s+|(?:les\s+)?prochaines?\s+)?{num('k')}\s*(?P<u>years?|yrs?|ans?|années?|months?|mois)\b"
)
_YEAR_BUDGET = re.compile(
    rf"{num('k')}[\s-]*(?:years?|yrs?|ans?|années?)\b\s*(?:ai\s+|ia\s+|total\s+)?(?:budget|envelope|enveloppe)\b"
    r"[^.?!\n⟦]{0,25}$"
)
# "2.5 million a year" / "2,5 millions par an": an amount with a scale word but no currency.
_SCALED_PER = re.compile(
    rf"{N}(?=\s*(?:per|a|each|every|/|par|chaque)\s*(?:the\s+)?(?:year|an|année|yr|month|mois)\b|"
    r"\s+(?:this year|cette année)\b)"
)
# "150k/yr", "150k a month", "200k budget": thousands said per period or as the budget
_K_PER = re.compile(rf"{N}(?=\s*/\s*(?:yr|year|an|y|mo|month|mois)\b|"
                    r"\s*(?:per|a|par)\s+(?:year|an|année|month|mois|quarter|trimestre)\b|"
                    r"\s+(?:(?:ai|ia)\s+|de\s+|d'\s*)?budget\b)")  # "un demi-million de budget"
_NO_BUDGET = re.compile(
    r"\b(?:no|zero|not any) (?:dedicated |specific |real |ai |ia )*budget\b|"
    r"\b(?:pas de|aucun|zéro) (?:vrai )?budget\b|\bbudget (?:nul|zéro|inexistant)\b"
)


_SHARE_OF = re.compile(rf"{num('p')}\s*(?:of|du|de|des|d')\s*")
_AMOUNT = re.compile(r"⟦(\d+)⟧")
_SPEND_WORD = re.compile(r"budget|spend|dépenses?|enveloppe|revenue|chiffre d'affaires|\bca\b")


def _read_shares(scan: Scan) -> None:
    """"1% of a 150M IT spend", "1 % du budget IT, qui fait 150 M€": the share, as the AI budget."""
    for match in _SHARE_OF.finditer(scan.view):
        share = scan.mention(match, "p")
        if share is None or share[1].kind != "percent" or not 0 < share[1].value <= 100:
            continue
        window = scan.view[match.end():match.end() + 50].split(".")[0]
        amounts = [(int(a.group(1)), match.end() + a.start(), match.end() + a.end())
                   for a in _AMOUNT.finditer(window)]
        amounts = [a for a in amounts if scan.numbers.mentions[a[0]].kind == "plain"
                   and scan.numbers.mentions[a[0]].value >= 10_000]  # "d'un budget de 5 M€": not the "un"
        if not amounts or not _SPEND_WORD.search(scan.sentence_around(match.start())):
            continue
        index, start, stop = amounts[0]
        code = _currency_near(scan.view, start, stop)
        factor, note, extra, end = _period(scan, stop, match.start())
        total = scan.numbers.mentions[index].value * factor * CURRENCY_TO_EUR[code]
        scan.add(Hit("annual_ai_budget_eur", total * share[1].value / 100, match.start(), end, 3,
                     f"{share[1].value:g}% of {total:,.0f} €", (share[0], index, *extra), inferred=True))


def _currency_near(view: str, start: int, end: int) -> str:
    """The currency written right before or after an amount ("£9 million", "5 M€"); euros else."""
    before = re.search(rf"(?:{_CUR})\s*$", view[max(0, start - 6):start])
    after = re.match(rf"\s*(?:{_CUR})", view[end:end + 8])
    found = before or after
    return currency_code(found.group().strip()) if found else "eur"


_REVENUE_AFTER = re.compile(rf"\s*(?:€|eur|euros?|\$|£)?\s*(?:de |d'|of |in |en )?"
                            rf"(?:{lexicon().revenue_words})\b")
_REVENUE_BEFORE = re.compile(rf"\b(?:{lexicon().revenue_words})\s*(?:of|de|d'|:|is|was|at|about|around|"
                             r"environ|d'environ|≈|~)?\s*(?:about\s+|around\s+|environ\s+|~\s*)?[€$£]?\s*$")


def _revenue(scan: Scan, start: int, end: int) -> bool:
    """"on fait 9 M€ de CA", "turnover about £610m": the company's revenue, not its AI budget."""
    return bool(_REVENUE_AFTER.match(scan.view, end)
                or _REVENUE_BEFORE.search(scan.view, max(0, start - 30), start))


def read_budget(scan: Scan) -> None:
    """Add annual_ai_budget_eur hits (per-month ×12, "over two years" ÷2)."""
    _read_shares(scan)
    for match in PLACEHOLDER.finditer(scan.view):  # revenue figures are claimed, never a budget
        amount = scan.numbers.mentions[int(match.group(1))]
        if amount.value < 1000 and amount.scale == 1:
            continue  # "8 in sales/ops": people in a department, not an amount of sales
        if _revenue(scan, match.start(), match.end()):
            scan.claimed.add(int(match.group(1)))
    text = scan.view
    for pattern in (_AFTER, _BEFORE, _CUE, _SCALED_PER, _K_PER):
        for match in pattern.finditer(text):
            found = scan.mention(match)
            if found is None:
                continue
            index, mention = found
            if mention.kind != "plain" or mention.article:
                continue
            cue_only = pattern is _CUE
            if cue_only and mention.scale == 1 and 0 < abs(mention.value) < 1000:
                continue  # "budget for 3 teams"; "budget were zero" is a budget of 0
            if cue_only and mention.year_like:
                continue
            if pattern is _SCALED_PER and mention.scale < 1e6:
                continue
            if pattern is _K_PER and mention.scale < 1e3:
                continue
            spaced = (_SPACED_SCALE.match(text, match.end()) if pattern is _BEFORE and mention.scale == 1
                      else None)
            scale = {"k": 1e3, "m": 1e6}[spaced.group("s")] if spaced else 1.0  # "EUR 1,75 M"
            factor, note, extra, end = _period(scan, spaced.end() if spaced else match.end(), match.start())
            factor *= scale
            cur = match.groupdict().get("cur")
            # "120 000 $ CAD": a code after a bare "$" says which dollars
            trailing = _TRAILING_CUR.match(text, end) if not cur or cur.strip() == "$" else None
            code = currency_code((trailing and trailing.group("cur")) or cur or "€")
            rate = CURRENCY_TO_EUR[code]
            if code != "eur":
                note = f"converted from {code.upper()} at {rate} € (rates of {RATES_AS_OF})"
            scan.add(Hit("annual_ai_budget_eur", mention.value * rate * factor, match.start(),
                         end, 2, note, (index, *extra), inferred=code != "eur"))
    for match in _NO_BUDGET.finditer(text):
        scan.add(Hit("annual_ai_budget_eur", 0.0, match.start(), match.end(), 1))


def currency_code(written: str) -> str:
    """The currency a written form stands for (euros when unknown)."""
    return next((code for code, pattern in (*_CURRENCY, *_ADJECTIVES) if pattern.fullmatch(written.strip())),
                "eur")


def _period(scan: Scan, end: int, start: int) -> tuple[float, str | None, tuple[int, ...], int]:
    """Factor to a yearly amount from what follows (or precedes) the amount."""
    per = _PER.match(scan.view, end) or _PER_BEFORE.search(scan.view, max(0, start - 40), start)
    if per:  # "15k a quarter", "per quarter we spend 15k"
        factor, note = _per_unit(per)
        return factor, note, (), max(end, per.end())
    over = _OVER.match(scan.view, end) or _YEAR_BUDGET.search(scan.view, max(0, start - 40), start)
    if over:
        index = int(over.group("k"))
        span = scan.numbers.mentions[index]
        if index in scan.claimed or span.value <= 0:
            return 1.0, None, (), end
        unit = over.groupdict().get("u") or "years"
        years = span.value / 12 if unit.startswith(("month", "mois")) else span.value
        return 1 / years, f"total over {years:g} years ÷{years:g}", (index,), max(end, over.end())
    return 1.0, None, (), end


def _per_unit(per: re.Match[str]) -> tuple[float, str | None]:
    """Amounts a year that a matched period word stands for, and its note."""
    unit = per.group("unit") or per.groupdict().get("adj") or ""
    if unit.startswith(("month", "mois", "mensuel", "/mo")):
        return 12.0, "monthly amount ×12"
    if unit.startswith(("quarter", "trimestr")):
        return 4.0, "quarterly amount ×4"
    return 1.0, None


def period_in(text: str) -> float | None:
    """Amounts a year that a period word in `text` stands for ("a month" 12, "par trimestre" 4)."""
    per = _PER.search(text)
    return None if per is None else _per_unit(per)[0]


def yearly_factor(scan: Scan, end: int, start: int) -> tuple[float, str | None]:
    """Factor to a yearly amount ("a month" ×12, "over 3 years" ÷3) and its note."""
    factor, note, _, _ = _period(scan, end, start)
    return factor, note


NAMED_CURRENCY = re.compile(rf"(?<![a-z])(?P<cur>{_CUR})")


def recurrenced_budget(view: str, known_budget: object) -> tuple[float, str] | None:
    """"My mistake, the 12M is in dollars": the known budget, taken as euros, re-read in the named
    currency (converted, with a note); None when no other currency is named."""
    known = _known_amount(known_budget)
    if known is None:
        return None
    for match in NAMED_CURRENCY.finditer(view):
        code = currency_code(match.group("cur"))
        if code != "eur":
            rate = CURRENCY_TO_EUR[code]
            note = f"converted from {code.upper()} at {rate} € (rates of {RATES_AS_OF})"
            return known * rate, note
    return None


_PER_BEFORE = re.compile(r"\b(?:per|every|each|par|chaque)\s+(?P<unit>month|mois|quarter|trimestre)\b"
                         r"[^.;!?⟦\d]{0,25}$")
_NEGATED_PERIOD = re.compile(r"(?:\bnot|\bpas|\bnon|instead of|au lieu de|rather than|plutôt que)\s*$")


def reperioded_budget(view: str, known_budget: object, amounts: list[float]) -> tuple[float, str] | None:
    """"Les 300k c'est par mois, pas par an": the known budget re-read as a monthly (or quarterly)
    amount, when the message names no other amount; None when no such period is said."""
    known = _known_amount(known_budget)
    if known is None or any(abs(a - known) > 0.01 * known for a in amounts):
        return None  # no budget held, or another figure: the money reader's business
    said = [(per, _NEGATED_PERIOD.search(view[max(0, per.start() - 14):per.start()]) is not None)
            for per in _PER.finditer(view)]
    was = next((_per_unit(per)[0] for per, negated in said if negated), 1.0)  # "…not per month"
    for per, negated in said:
        factor, note = _per_unit(per)
        if not negated and factor != was:
            return known / was * factor, f"the budget already given, {note}"
    return None


def _known_amount(known_budget: object) -> float | None:
    """The budget already held, as a positive number, or None."""
    if not isinstance(known_budget, int | float) or isinstance(known_budget, bool) or known_budget <= 0:
        return None
    return float(known_budget)

