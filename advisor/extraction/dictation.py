"""Punctuation said aloud ("we farm salmon full stop roughly eleven hundred people comma ...",
"on est 1200 virgule en Normandie point"): written back as punctuation before reading, so a
dictated message splits into sentences like a typed one. Only a message without punctuation of
its own is rewritten, and only when it holds a strong word ("comma", "full stop", "virgule");
the weak ones ("period", "point") are read beside those alone, and never after an article
("a period of", "un point important") or before "of"/"de"."""

from __future__ import annotations

import re
from functools import lru_cache

from advisor.lexicon import lexicon

_OWN_PUNCTUATION = re.compile(r"[.,;:!?]")
_ENDS_WITH_WEAK = re.compile(r"\s(?:point|period)\s*$", re.I)  # "on est uniquement en Occitanie point"
_NOT_SAID = r"(?<!\ba )(?<!\bthe )(?<!\bun )(?<!\ble )(?<!\bce )(?<!\bdu )"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    strong, weak = lexicon().dictation
    marks = {**weak, **strong}

    def words(table: dict[str, str]) -> str:
        return "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))

    any_word = re.compile(rf"\s*{_NOT_SAID}\b({words(marks)})\b(?!\s+(?:of|de|d')\b)\s*", re.I)
    return re.compile(rf"\b(?:{words(strong)})\b", re.I), any_word, {k.lower(): v for k, v in marks.items()}


def dictated_marks(text: str) -> list[tuple[int, int, str]]:
    """(start, end, punctuation) for each word of spoken punctuation; none when not dictated."""
    strong, any_word, marks = _patterns()
    if _OWN_PUNCTUATION.search(text) or not (strong.search(text) or _ENDS_WITH_WEAK.search(text)):
        return []
    return [(m.start(), m.end(), f"{marks[m.group(1).lower()]} ") for m in any_word.finditer(text)]


def undictated(text: str) -> str:
    """`text` with spoken punctuation written as punctuation (unchanged when not dictated)."""
    out, pos = [], 0
    for start, end, mark in dictated_marks(text):
        out += [text[pos:start], mark]
        pos = end
    return ("".join(out) + text[pos:]).strip()
