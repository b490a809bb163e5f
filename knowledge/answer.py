"""The one answerer (used by `advisor ask`, the chat, Slack and the Agent Server).

It recognises the question's kind (knowledge/questions.yaml) and answers it from the passages:
off-topic questions are refused plainly; lists and definitions get their whole passage;
decisions with facts in the question are scored by the caller's `decide` hook (this room imports
nothing from advisor/); every sentence carries its citation marker.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from i18n import LANGS, t
from knowledge.language import detect_language
from knowledge.passages import Passage
from knowledge.routing import (
    SHAPE,
    about_the_article,
    folded,
    in_scope,
    question_kind,
    routed_ids,
    vocabulary,
)

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý0-9«\"(])")
TOP_PASSAGES = 4
MIN_SCORE = 0.35  # below this fused score, no passage is close enough to answer from
Decide = Callable[[str, str], "dict[str, Any] | None"]


@dataclass
class Answer:
    """Answer text with [n] markers, the cited passages in marker order, language and kind."""

    text: str
    lang: str
    citations: list[Passage] = field(default_factory=list)
    kind: str = "extract"  # offtopic | list | definition | decision | numbers | comparison | other
    decision: dict[str, Any] | None = None  # the decide hook's result, when it answered

    def render(self) -> str:
        """The answer followed by its numbered source list (id, who says it)."""
        lines = [self.text]
        if self.citations:
            lines += ["", f"{t('answer.sources', self.lang)}:"]
            lines += [f"[{n}] {p.id} ({p.lang}), {p.citation}"
                      for n, p in enumerate(self.citations, start=1)]
        return "\n".join(lines)


def split_sentences(text: str) -> list[str]:
    """Sentences of a passage (split after . ! ? before a capital, digit or quote)."""
    return [s.strip() for s in _SENTENCE.split(" ".join(text.split())) if s.strip()]


def answer_question(question: str, retriever: Any, lang: str | None = None,
                    advice: dict[str, Any] | None = None, decide: Decide | None = None) -> Answer:
    """Answer `question` in `lang` (default: the question's) from the framework passages."""
    lang = lang if lang in LANGS else detect_language(question)
    kind = question_kind(question)
    vocab, low = vocabulary(), folded(question)
    offtopic = vocab["offtopic"].search(low)
    scoped = in_scope(question)
    mine = bool(vocab["first_person"].search(low))  # "we're 300": their company, not sectors compared
    routed_to = routed_ids(question, kind)
    about_scenario = any(pid.startswith("article/comparison/") for pid in routed_to) and (
        re.search(r"sc[ée]nario", low) or not mine)
    about_article = kind != "decision" and about_the_article(question)  # "what does it call…"
    decision = (decide(question, lang) if decide is not None and not offtopic and not about_scenario
                and not about_article else None)
    describes = decision is not None and decision.get("from_question", True)
    precise = any(pattern.search(low) for pattern, _ in vocab["first_topics"])  # "on compliance, …"
    if decision is not None and scoped and (kind == "decision" or (describes and (
            kind == "other" or (kind == "comparison" and mine and not precise)))):
        return _decision_answer(decision, retriever, lang)
    if not scoped:
        own = [p for p in retriever.search(question, k=2, lang=lang) if p.source == "user"]
        if offtopic or not own or own[0].score < MIN_SCORE:  # the user's own documents are in scope
            return Answer(t("answer.refuse", lang), lang, kind="offtopic")
        return Answer(_cited(own[0].text, 1), lang, own[:1], "document")
    routed = [p for p in (retriever.get_passage(pid, lang=lang) for pid in routed_to)
              if p is not None]
    if routed:
        return Answer(" ".join(_cited(p.text, n) for n, p in enumerate(routed, 1)), lang, routed, kind)
    passages = retriever.search(question, k=TOP_PASSAGES, lang=lang)
    if not passages or passages[0].score < MIN_SCORE:
        return Answer(t("answer.none", lang), lang, kind=kind)
    chosen = [passages[0]]
    second = passages[1] if len(passages) > 1 else None
    if second is not None and (kind in ("comparison", "list", "numbers") or _same_topic(passages[0], second)):
        chosen.append(second)
    parts = [_cited(p.text, n) for n, p in enumerate(chosen, start=1)]
    return Answer(" ".join(parts), lang, chosen, kind)


def _same_topic(a: Passage, b: Passage) -> bool:
    return a.id.rsplit("/", 1)[0] == b.id.rsplit("/", 1)[0] and a.id.startswith("article/")


def _cited(text: str, n: int) -> str:
    """Every sentence of `text` followed by its marker."""
    return " ".join(f"{s} [{n}]" for s in split_sentences(text))


def _closest(text: str, to: str, n: int) -> list[str]:
    """The `n` sentences of `text` sharing most words with `to`, in text order."""
    words = set(re.findall(r"\w{4,}", to.lower()))
    sentences = split_sentences(text)
    ranked = sorted(range(len(sentences)),
                    key=lambda i: -len(words & set(re.findall(r"\w{4,}", sentences[i].lower()))))
    return [sentences[i] for i in sorted(ranked[:n])]


def _decision_answer(decision: dict[str, Any], retriever: Any, lang: str) -> Answer:
    """The architecture for the profile the question describes, the rules that decide, assumptions."""
    cited: list[Passage] = []
    lines = [t("answer.decided", lang, facts=decision["described"],
               arch=t(f"arch.{decision['architecture']}", lang))]
    for text, passage_id in decision["reasons"]:
        passage = retriever.get_passage(passage_id, lang=lang)
        if passage is not None and passage not in cited:
            cited.append(passage)
        marker = f" [{cited.index(passage) + 1}]" if passage is not None else ""
        lines.append(f"{text}{marker}")
    if cited:  # what the framework itself says, in its words
        lines.append(" ".join(f"{s} [1]" for s in _closest(cited[0].text, decision["reasons"][0][0], 2)))
    for shape_id in SHAPE[decision["architecture"]]:  # what it looks like (the 80/20 core for hybrid)
        shape = retriever.get_passage(shape_id, lang=lang)
        if shape is not None and shape not in cited:
            cited.append(shape)
            lines.append(" ".join(f"{s} [{len(cited)}]" for s in split_sentences(shape.text)[:2]))
    if decision.get("assumed"):
        lines.append(t("answer.assumed", lang, items="; ".join(decision["assumed"])))
    return Answer(" ".join(lines), lang, cited, "decision", decision)
