"""Find numbers (digits or words, scales, ranges) and swap them for ⟦i⟧ placeholders."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from advisor.extraction.number_extras import FEW, ascii_digits, few_value, with_half
from advisor.extraction.number_words import GROUP_WORDS, SCALE_WORDS, WORD_RUN, parse_word_run

_APPROX = (
    r"about|around|approximately|approx\.?|roughly|circa|nearly|almost|some|close to|"
    r"just over|just under|a little over|more than|less than|fewer than|at least|at most|"
    r"up to|environ|près de|presque|à peu près|quasiment|autour de|plus de|moins de|au moins|"
    r"au plus|jusqu'à|pas loin de|approximativement|grosso modo|north of|south of|upwards of|"
    r"a bit (?:over|under)|un peu (?:plus|moins) de|[~≈±]"
)
# Thousands grouped by commas, dots, spaces or apostrophes (Swiss 2'400'000).
_DIGITS = r"[0-9]{1,3}(?:(?:,|\.|[ \u00a0\u202f'’])[0-9]{3})+(?![0-9])|[0-9]+(?:[.,][0-9]+)?"
_GROUPED = re.compile(r"[0-9]{1,3}(?:[., \u00a0\u202f'’][0-9]{3})+")
_CUR_AHEAD = r"(?=\s?(?:€|eur|\$|usd|£|gbp|chf)|[^a-zà-ÿ0-9]|$)"
_SCALE_NAMES = r"millions?|milliards?|billions?|thousand|mille|milliers?|grand|mn|mio|mil|mrd|bn|mds?"
_ATOM = re.compile(
    rf"(?P<approx>(?<![\w])(?:{_APPROX})\s*)?"
    r"(?P<neg>(?<![\w])[-−–](?=[0-9])|\b(?:minus|moins)\s+(?!de\b|d'|que\b))?"
    rf"(?:(?:(?<![\w.,])(?:(?<![a-zà-ÿ]-)|(?<=mid-)|(?<=mi-)|(?<=early-)|(?<=late-)|(?<=fin-))|"
    rf"(?<=(?<![\w])[x×]))(?P<num>{_DIGITS})(?:-?ish\b)?"
    rf"(?:\s*(?P<sname>{_SCALE_NAMES})\b|\s?(?P<k>k)(?:e(?![a-zà-ÿ]))?{_CUR_AHEAD}|(?P<m>m){_CUR_AHEAD}"
    r"|\s(?P<m2>m)(?=\s?(?:€|eur|\$|usd|£)))?"
    rf"|(?P<half>\b(?:half|a quarter of|three quarters of) an? (?:million|billion|thousand|dozen)\b|"
    rf"\bun demi[- ]million\b|\b(?:un quart|trois quarts) de millions?\b)|(?P<few>{FEW})"
    rf"|(?P<words>{WORD_RUN}))"
    r"(?P<plus>\s?\+(?!\s?[0-9]))?(?P<pct>\s?%|\s(?:pour ?cent|percent)\b)?(?P<x>x\b)?"
)
_SCALE_VALUE = {
    "k": 1e3, "m": 1e6, "mn": 1e6, "mio": 1e6, "mil": 1e6, "million": 1e6, "millions": 1e6,  # "1.2 mil"
    "thousand": 1e3, "mille": 1e3, "millier": 1e3, "milliers": 1e3, "grand": 1e3,
    "milliard": 1e9, "milliards": 1e9, "mrd": 1e9,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "md": 1e9, "mds": 1e9,
}
_CURRENCY_BEFORE = re.compile(r"[€$£]\s?$")
_AFTER_CURRENCY = re.compile(r"\s?(m|k|md|bn)(?![a-zà-ÿ0-9])")
_OF_AFTER = re.compile(r"\s+(?:de|of)(?=\s)|\s+d'")
_RANGE_SEP = re.compile(r"\s*(?:-|–|—|to|à|au)\s*|\s+(?:and|et)\s+")
_RANGE_LEAD = re.compile(r"(?:between|entre|from|de)\s+[€$£]?\s*$")
_RATIO_SEP = re.compile(r"\s?[/:]\s?")
PLACEHOLDER = re.compile(r"⟦(\d+)⟧")


@dataclass(frozen=True, slots=True)
class Mention:
    """One number in the message, with offsets in the original text."""

    value: float
    start: int
    end: int
    approximate: bool = False
    kind: str = "plain"  # plain | percent | ratio
    scale: float = 1.0
    article: bool = False
    year_like: bool = False
    ranged: bool = False
    unit: str = ""  # scale suffix as written after digits: "k", "m", "million", "bn"...
    note: str = ""  # how an estimate was made ("a few hundred" -> 300)


@dataclass(frozen=True, slots=True)
class NumberText:
    """Lower-cased text where each number is a ⟦i⟧ placeholder, with an offset map back."""

    text: str
    mentions: tuple[Mention, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map [start, end) in `text` to offsets in the original message."""
        if end <= start or not self.starts:
            return 0, 0
        return self.starts[start], self.ends[end - 1]


def _digits_value(raw: str) -> float:
    """ASCII digits, grouped by thousands (any separators) or with one decimal mark; never raises."""
    if _GROUPED.fullmatch(raw):
        return float(re.sub(r"[^0-9]", "", raw))
    try:
        return float(re.sub(r"[ \u00a0\u202f]", "", raw).replace(",", "."))
    except (ValueError, OverflowError):
        return math.nan


def _atom_mentions(low: str) -> list[Mention]:
    found: list[Mention] = []
    for m in _ATOM.finditer(low):
        if found and m.start() < found[-1].end:
            continue  # already read as part of "one and a half million"
        approx, neg = bool(m.group("approx") or m.group("plus")), bool(m.group("neg"))
        times_before = m.group("num") is not None and low[m.start("num") - 1:m.start("num")] in ("x", "×")
        kind = "percent" if m.group("pct") else "ratio" if m.group("x") or times_before else "plain"
        start = m.start("approx") if m.group("approx") else m.start("neg") if neg else m.start()
        if m.group("num"):
            name = m.group("sname") or m.group("k") or m.group("m") or m.group("m2") or ""
            after_currency = _AFTER_CURRENCY.match(low, m.end()) if not name and _CURRENCY_BEFORE.search(
                low, max(0, m.start("num") - 2), m.start("num")) else None
            if after_currency:  # "€1,5 M", "$ 2 m": the scale letter after a currency sign
                name = after_currency.group(1)
            scale = _SCALE_VALUE.get(name, 1.0)
            stop = after_currency.end() if after_currency else m.end()
            value, scale, end = with_half(low, _digits_value(m.group("num")) * scale, scale, stop)
            year = scale == 1 and re.fullmatch(r"(?:19|20)[0-9][0-9]", m.group("num")) is not None
            end = _absorb_of(low, end) if m.group("sname") or end > m.end() else end
            found.append(Mention(-value if neg else value, start, end, approx, kind, scale,
                                 year_like=year, unit=name))
        elif m.group("half"):
            words = m.group("half").split()
            part = 0.75 if words[0] in ("three", "trois") else 0.25 if "quart" in words[1] else 0.5
            value = part * _SCALE_VALUE.get(words[-1], 12.0 if "dozen" in words[-1] else 1e6)
            found.append(Mention(value, start, m.end(), approx, kind, 1e6))
        elif m.group("few"):
            value, note = few_value(m.group("few"))
            found.append(Mention(value, start, _absorb_of(low, m.end()), True, kind, note=note))
        else:
            base = m.start("words")
            for i, w in enumerate(parse_word_run(m.group("words"))):
                lead = start if i == 0 else base + w.start
                scale = _SCALE_VALUE.get(w.last_word, 1.0)
                value, scale, end = with_half(low, w.value, scale, base + w.end)
                if w.last_word in SCALE_WORDS or w.last_word in GROUP_WORDS or scale > 1:
                    end = _absorb_of(low, end)
                sign = -1 if neg and i == 0 else 1
                year = scale == 1 and 2000 < value < 2100 and value == int(value)  # "deux mille vingt-quatre"
                found.append(Mention(sign * value, lead, end, approx or w.approximate, kind, scale,
                                     article=w.article and not approx and value == w.value, year_like=year))
    return found


def _absorb_of(low: str, end: int) -> int:
    of = _OF_AFTER.match(low, end)
    return of.end() if of else end


def _merge(low: str, atoms: list[Mention]) -> list[Mention]:
    """Fold ranges ("200-300", "entre 200 et 300") into midpoints; mark "80/20" as ratios."""
    out: list[Mention] = []
    for atom in atoms:
        prev = out[-1] if out else None
        gap = low[prev.end:atom.start] if prev else ""
        spaced = (prev is not None and gap == " : " and prev.value + atom.value != 100
                  and max(prev.value, atom.value) > 10)  # "On est 420 : 360 en France et 60…": not 420:360
        if (prev and not spaced and _RATIO_SEP.fullmatch(gap) and gap.strip() and not prev.year_like
                and atom.scale == 1
                and low[prev.start].isdigit() and low[atom.start].isdigit()):  # "80/20", not "one: 25"
            out[-1] = replace(prev, kind="ratio")
            out.append(replace(atom, kind="ratio"))
            continue
        if prev and _is_range(low, prev, atom, re.sub(r"(?<=\s)[€$£]", "", gap)):  # "€400k and €600k"
            high = abs(atom.value)
            low_value = prev.value * (atom.scale if prev.scale == 1 else 1)
            lead = _RANGE_LEAD.search(low, 0, prev.start)
            start = lead.start() if lead else prev.start
            out[-1] = Mention((low_value + high) / 2, start, atom.end, True, "plain",
                              atom.scale, ranged=True, unit=atom.unit)
            continue
        out.append(atom)
    return out


_SETTLED = re.compile(r"\s*(?:\w+\s+){0,2}?(?:at (?:the )?last count|"
                      r"if (?:you|u) want (?:the |a )?(?:exact |precise )?"
                      r"(?:number|figure)|exactly|to be (?:precise|exact)|exactement|précisément|"
                      r"pour être (?:précis|exact)e?s?)")


def _is_range(low: str, a: Mention, b: Mention, gap: str) -> bool:
    if a.kind != "plain" or b.kind != "plain" or a.article or b.article:
        return False
    if a.year_like and b.year_like:
        return False
    lead = low[max(0, a.start - 12):a.start]
    if b.value < 0 and gap.strip() == "" and low[b.start] in "-−–":
        return a.value < -b.value
    if not _RANGE_SEP.fullmatch(gap) or a.value < 0 or b.value < 0:
        return False
    if gap.strip() in ("and", "et"):
        return re.search(r"(?:between|entre)\s+[€$£]?\s*$", lead) is not None
    if gap.strip() == "—" and _SETTLED.match(low, b.end):
        return False  # "north of 4k — 4,300 at the last count": an estimate, then the figure
    if re.search(r"\bfrom\s+$", lead):
        return False
    return a.value * (b.scale if a.scale == 1 else 1) < b.value


def read_numbers(text: str) -> NumberText:
    """Lower-case `text` (same length) and replace every number by a ⟦i⟧ placeholder."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    low = ascii_digits(low).replace("’", "'").replace("\u00a0", " ").replace("⟦", "[").replace("⟧", "]")
    mentions = _merge(low, _atom_mentions(low))
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for i, mention in enumerate(mentions):
        parts.append(low[pos:mention.start])
        starts.extend(range(pos, mention.start))
        ends.extend(range(pos + 1, mention.start + 1))
        holder = f"⟦{i}⟧"
        parts.append(holder)
        starts.extend([mention.start] * len(holder))
        ends.extend([mention.end] * len(holder))
        pos = mention.end
    parts.append(low[pos:])
    starts.extend(range(pos, len(low)))
    ends.extend(range(pos + 1, len(low) + 1))
    return NumberText("".join(parts), tuple(mentions), tuple(starts), tuple(ends))
