"""Offline extractive answers: the best sentences of the top passages, with numbered citations."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from knowledge.language import detect_language
from knowledge.passages import Passage

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý0-9«\"(])")
TOP_PASSAGES = 3
MAX_SENTENCES = 3
_LABELS = {
    "en": ("Sources", "No passage of the knowledge base answers this question."),
    "fr": ("Sources", "Aucun passage de la base de connaissances ne répond à cette question."),
}


@dataclass
class Answer:
    """Answer text with [n] markers, the cited passages in marker order, and the language."""

    text: str
    lang: str
    citations: list[Passage] = field(default_factory=list)
    kind: str = "extract"  # what kind of question was recognised

    def render(self) -> str:
        """The answer followed by its numbered source list (id, who says it)."""
        heading = _LABELS[self.lang][0]
        lines = [self.text]
        if self.citations:
            lines += ["", f"{heading}:"]
            lines += [f"[{n}] {p.id} ({p.lang}), {p.citation}"
                      for n, p in enumerate(self.citations, start=1)]
        return "\n".join(lines)


def split_sentences(text: str) -> list[str]:
    """Sentences of a passage (split after . ! ? before a capital, digit or quote)."""
    return [s.strip() for s in _SENTENCE.split(" ".join(text.split())) if s.strip()]


def answer_question(question: str, retriever: Any, lang: str | None = None,
                    advice: dict[str, Any] | None = None) -> Answer:
    """Pick up to three sentences from the top passages, in `lang` (default: the question's), cited."""
    from knowledge.lexical import tokenize

    lang = lang or detect_language(question)
    passages = retriever.search(question, k=TOP_PASSAGES, lang=lang)
    if not passages:
        return Answer(_LABELS[lang][1], lang)
    query_terms = set(tokenize(question, (lang,)))
    candidates = []
    for rank, passage in enumerate(passages):
        for position, sentence in enumerate(split_sentences(passage.text)):
            overlap = len(query_terms & set(tokenize(sentence, (passage.lang,))))
            # Prefer matching sentences, then higher-ranked passages, then a passage's opening.
            candidates.append((-overlap, rank, position, sentence, passage))
    matching = [c for c in candidates if c[0] < 0]
    if matching:
        chosen = sorted(matching, key=lambda c: c[:3])[:MAX_SENTENCES]
    else:  # no word in common (a paraphrase): the opening sentences of the top passages
        chosen = sorted(candidates, key=lambda c: (c[2], c[1]))[:MAX_SENTENCES]
    chosen.sort(key=lambda c: (c[1], c[2]))  # read in retrieval order, then text order
    cited: list[Passage] = []
    parts = []
    for _, _, _, sentence, passage in chosen:
        if passage not in cited:
            cited.append(passage)
        parts.append(f"{sentence} [{cited.index(passage) + 1}]")
    return Answer(" ".join(parts), lang, cited)
