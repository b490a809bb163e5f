"""English and French number words, and a parser that turns a run of them into numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass

# kind: unit (0-9), teen (10-19), tens, hundred, scale (thousand and up), group ("dozen").
_UNITS = {
    "zero": 0, "zéro": 0, "one": 1, "un": 1, "une": 1, "a": 1, "two": 2, "deux": 2,
    "three": 3, "trois": 3, "four": 4, "quatre": 4, "five": 5, "cinq": 5, "six": 6,
    "seven": 7, "sept": 7, "eight": 8, "huit": 8, "nine": 9, "neuf": 9,
}
_TEENS = {
    "ten": 10, "dix": 10, "eleven": 11, "onze": 11, "twelve": 12, "douze": 12,
    "thirteen": 13, "treize": 13, "fourteen": 14, "quatorze": 14, "fifteen": 15,
    "quinze": 15, "sixteen": 16, "seize": 16, "seventeen": 17, "dix_sept": 17,
    "eighteen": 18, "dix_huit": 18, "nineteen": 19, "dix_neuf": 19,
}
_TENS = {
    "twenty": 20, "vingt": 20, "vingts": 20, "thirty": 30, "trente": 30, "forty": 40,
    "quarante": 40, "fifty": 50, "cinquante": 50, "sixty": 60, "soixante": 60,
    "seventy": 70, "septante": 70, "eighty": 80, "quatre_vingt": 80, "huitante": 80,
    "ninety": 90, "nonante": 90,
}
_HUNDREDS = {"hundred": 100, "cent": 100, "cents": 100}
_SCALES = {
    "thousand": 1e3, "mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9,
    "milliards": 1e9, "billion": 1e9, "billions": 1e9, "grand": 1e3,  # "three hundred grand"
}
_GROUPS = {
    "dozen": 12, "douzaine": 12, "couple": 2, "dizaine": 10, "quinzaine": 15,
    "vingtaine": 20, "trentaine": 30, "quarantaine": 40, "cinquantaine": 50,
    "soixantaine": 60, "centaine": 100, "millier": 1000,
}
_KIND = {
    **dict.fromkeys(_UNITS, "unit"), **dict.fromkeys(_TEENS, "teen"),
    **dict.fromkeys(_TENS, "tens"), **dict.fromkeys(_HUNDREDS, "hundred"),
    **dict.fromkeys(_SCALES, "scale"), **dict.fromkeys(_GROUPS, "group"),
    "and": "and", "et": "and", "point": "point", "virgule": "point",
}
_VALUE: dict[str, float] = {**_UNITS, **_TEENS, **_TENS, **_HUNDREDS, **_SCALES, **_GROUPS}
SCALE_WORDS = frozenset(_SCALES)
GROUP_WORDS = frozenset(_GROUPS)
ARTICLE_WORDS = frozenset({"un", "une", "a"})

_SPACING = re.compile(r"[\s-]+")
# "since sept 2025", "Sept last year", "depuis sept dernier" are September
# and "grand" is a thousand only after another number ("two grand"), never French "un grand groupe"
_MONTH_TOO = {"sept": r"sept(?!\w)"  # "septante" is seventy
                     r"(?!\.?\s*(?:(?:19|20)\d\d\b|['’]\d\d\b|last\b|this\b|of\b|dernier\b|de l'an\b))",
              "grand": r"(?<=[a-z]\s)(?<!\bun\s)(?<!\bune\s)grand(?![\w'])"}
_PLAIN_WORDS = sorted(
    (_MONTH_TOO.get(w, w) for w in _VALUE if w != "a" and "_" not in w), key=len, reverse=True
)
# One number word; "a" only before a multiplier ("a dozen", "a hundred").
WORD = (
    r"(?:quatre[\s-]vingts?|dix[\s-](?:sept|huit|neuf)|"
    + "|".join(_PLAIN_WORDS)
    + r"|a(?=\s+(?:hundred|thousand|million|billion|dozen|couple)\b))"
)
# A run of number words joined by spaces, hyphens, and/et or a decimal point ("one point two").
WORD_RUN = (
    rf"\b{WORD}(?:(?:\s*-\s*|\s+)(?:(?:and|et)(?:\s+|-))?{WORD}"
    rf"|\s+(?:point|virgule)\s+(?:zero|zéro|one|un|two|deux|three|trois|four|quatre|five|cinq|"
    rf"six|seven|sept|eight|huit|nine|neuf)\b)*\b"
)
_TOKEN = re.compile(rf"{WORD}|\b(?:and|et|point|virgule)\b")

_ALLOWED_AFTER: dict[str, set[str | None]] = {
    "unit": {None, "tens", "hundred", "scale", "and", "point"},
    "teen": {None, "tens", "hundred", "scale", "and", "point"},
    "tens": {None, "hundred", "scale", "and", "point"},
    "hundred": {None, "unit", "teen", "scale"},
    "scale": {None, "unit", "teen", "tens", "hundred"},
    "group": {None, "unit"},
    "and": {"tens", "hundred", "scale"},
    "point": {"unit"},
}


@dataclass(frozen=True, slots=True)
class WordNumber:
    """A number read from words: value, offsets inside the run, and how it was said."""

    value: float
    start: int
    end: int
    approximate: bool
    article: bool
    last_word: str


def parse_word_run(run: str) -> list[WordNumber]:
    """Split a run of number words into numbers, e.g. "two and three" -> 2, 3."""
    out: list[WordNumber] = []
    words: list[tuple[str, int, int]] = []
    for match in _TOKEN.finditer(run):
        name = _SPACING.sub("_", match.group(0))
        words.append(("quatre_vingt" if name.startswith("quatre_") else name, *match.span()))
    current: list[tuple[str, int, int]] = []
    for word in words:
        kind = _KIND[word[0]]
        prev = _KIND[current[-1][0]] if current else None
        decimal = kind == "unit" and prev == "unit" and any(_KIND[w[0]] == "point" for w in current)
        if prev not in _ALLOWED_AFTER[kind] and not decimal:
            _close(current, out)
            current = []
            if kind == "and":
                continue
        current.append(word)
        if kind == "group":
            _close(current, out)
            current = []
    _close(current, out)
    return out


def _close(words: list[tuple[str, int, int]], out: list[WordNumber]) -> None:
    while words and _KIND[words[-1][0]] == "and":
        words = words[:-1]
    if not words:
        return
    total, current, digit = 0.0, 0.0, 0.0  # digit: place of the next decimal (0: none yet)
    for word, _, _ in words:
        kind, value = _KIND[word], _VALUE.get(word, 0.0)
        if kind == "point":
            digit = 0.1
        elif kind == "unit" and digit:
            current, digit = current + value * digit, digit / 10
        elif kind in ("unit", "teen", "tens"):
            current += value
        elif kind == "hundred":
            current = (current or 1) * value
        elif kind in ("scale", "group"):
            total += (current or 1) * value
            current, digit = 0, 0.0
    first, last = words[0][0], words[-1][0]
    out.append(
        WordNumber(
            value=total + current,
            start=words[0][1],
            end=words[-1][2],
            approximate=_KIND[last] == "group" and last not in ("dozen", "douzaine", "couple"),
            article=len(words) == 1 and first in ARTICLE_WORDS,
            last_word=last,
        )
    )
