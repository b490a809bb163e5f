"""Lexical search: BM25 over Snowball-stemmed, accent-folded tokens (English and French)."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

_TOKEN = re.compile(r"[0-9a-zà-ÿœæ]+")
_STOP_WORDS = (
    "a an and are as at be by for from has have how i in is it its of on or our so that the "
    "their them there these this those to was we what when which who why will with would you "
    "your do does should can my me us than then into more most per not no if "
    "au aux avec ce ces cet cette dans de des du elle en est et il ils je la le les leur leurs "
    "mais ne nos notre nous on ou par pas pour qu que quel quelle quels quelles qui sa se ses "
    "son sont sur ta te tes ton tu un une vos votre vous y été être faut comment combien "
    "plus doit dois peut peux quoi si l d j n c s t"
)
_STOP = frozenset(_STOP_WORDS.split())
LANGUAGES = {"en": "english", "fr": "french"}


@lru_cache(maxsize=2)
def _stemmer(lang: str) -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer(LANGUAGES.get(lang, "english"))


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def tokenize(text: str, langs: Sequence[str] = ("en",)) -> list[str]:
    """Lower-case words minus stop words, stemmed with each language's stemmer, accents folded."""
    words = [w for w in _TOKEN.findall(text.lower().replace("’", "'")) if w not in _STOP]
    tokens: list[str] = []
    for lang in langs:
        tokens.extend(_fold(stem) for stem in _stemmer(lang).stemWords(words))
    return tokens


class BM25:
    """Okapi BM25 (k1=1.2, b=0.75) over pre-tokenized documents."""

    def __init__(self, documents: list[list[str]], k1: float = 1.2, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self.frequencies = [Counter(doc) for doc in documents]
        self.lengths = [len(doc) for doc in documents]
        self.average_length = sum(self.lengths) / max(len(documents), 1) or 1.0
        document_frequency: Counter[str] = Counter()
        for counts in self.frequencies:
            document_frequency.update(counts.keys())
        n = len(documents)
        self.idf = {term: math.log(1 + (n - df + 0.5) / (df + 0.5))
                    for term, df in document_frequency.items()}

    def scores(self, query: list[str], weights: dict[str, float] | None = None) -> list[float]:
        """One BM25 score per document (0 when no query term occurs); `weights` scale terms."""
        terms = [t for t in dict.fromkeys(query) if t in self.idf]
        weight = {t: self.idf[t] * (weights or {}).get(t, 1.0) for t in terms}
        results = []
        for counts, length in zip(self.frequencies, self.lengths, strict=True):
            norm = self.k1 * (1 - self.b + self.b * length / self.average_length)
            total = 0.0
            for term in terms:
                tf = counts.get(term, 0)
                if tf:
                    total += weight[term] * tf * (self.k1 + 1) / (tf + norm)
            results.append(total)
        return results
