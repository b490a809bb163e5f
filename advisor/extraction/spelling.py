"""Typos, missing accents and capitals on the reader's key words ("EMPLOYES", "bugdet",
"anneés"): snapped to the lexicon's spelling list with rapidfuzz before reading."""

from __future__ import annotations

import re
from functools import lru_cache

from advisor.lexicon import fold as fold_accents
from advisor.lexicon import lexicon

_WORD = re.compile(r"[^\W\d_]{4,}")


def fold(word: str) -> str:
    """Lower case without accents ("Employés" -> "employes"), the lexicon's folding."""
    return fold_accents(word.lower())


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], frozenset[str], tuple[str, ...]]:
    """(folded spelling word -> word, every word the lexicon knows, folded, the spelling words)."""
    lex = lexicon()
    spelling = tuple(w.lower() for w in lex.spelling)
    known: set[str] = set(spelling)
    for lang_words in lex.stopwords.values():
        known |= lang_words
    for pattern in (*lex.sectors.values(), *lex.currencies.values()):
        known |= set(re.findall(r"[^\W\d_]{4,}", pattern.lower()))
    return {fold(w): w for w in spelling}, frozenset(fold(k) for k in known), spelling


def abbreviation_stops(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "") for the full stop of an abbreviation inside a sentence ("1 300 pers.), ça")
    so it does not end the sentence; an abbreviation ending the sentence keeps its stop."""
    stops = re.compile(rf"(?<![\w-])(?:{'|'.join(lexicon().abbreviations)})(\.)(?=\s*[a-zà-ÿ0-9),;:])",
                       re.IGNORECASE)
    return [(m.start(1), m.end(1), "") for m in stops.finditer(text)]


def _fixed(word: str) -> str | None:
    from rapidfuzz.distance import OSA
    from rapidfuzz.process import extractOne

    folded_map, known, spelling = _tables()
    low = word.lower()
    accented = folded_map.get(fold(low))
    if accented is not None:
        return accented if accented != low else None
    if fold(low) in known:
        return None
    if len(low) < 5:
        return None
    best = extractOne(low, spelling, scorer=OSA.distance, score_cutoff=1)
    if best is None or best[0][0] != low[0] or (len(low) == 5 and len(best[0]) < 6):
        return None  # a five-letter word only as a long word missing a letter ("budgt", "peple")
    if fold(low).rstrip("sx") == fold(best[0]).rstrip("sx"):
        return None  # a plural or singular, not a typo
    return str(best[0])


class Respelled:
    """The respelled text, what changed, and offsets back into the text as written."""

    def __init__(self, original: str, rewrites: list[tuple[int, int, str]] | None = None) -> None:
        """`rewrites`: other (start, end, new text) changes made at the same time (dictation)."""
        self.original = original
        self.changes: list[tuple[str, str]] = []
        self._edits: list[tuple[int, int, int]] = []  # (fixed start, original start, length delta)
        edits = sorted(rewrites or [])
        taken = [(a, b) for a, b, _ in edits]
        for match in _WORD.finditer(original):
            fixed = _fixed(match.group())
            if fixed is not None and not any(a < match.end() and match.start() < b for a, b in taken):
                edits.append((match.start(), match.end(), fixed))
        parts, pos, shift = [], 0, 0
        for start, end, fixed in sorted(edits):
            parts.append(original[pos:start])
            parts.append(fixed)
            self._edits.append((start + shift, start, len(fixed) - (end - start)))
            self.changes.append((original[start:end], fixed))
            shift += len(fixed) - (end - start)
            pos = end
        parts.append(original[pos:])
        self.text = "".join(parts)

    def to_original(self, pos: int) -> int:
        """An offset in the respelled text as an offset in the original (clamped)."""
        shift = 0
        for fixed_start, _original_start, delta in self._edits:
            if pos <= fixed_start:
                break
            shift += delta
        return max(0, min(len(self.original), pos - shift))


def fix_spelling(text: str, rewrites: list[tuple[int, int, str]] | None = None) -> Respelled:
    """The text with key words respelled and `rewrites` made (see `Respelled`)."""
    return Respelled(text, rewrites)
