"""The one answerer (used by `advisor ask`, the chat, Slack and the Agent Server).

It recognises the question's kind (knowledge/questions.yaml) and answers it from the passages:
off-topic questions are refused plainly; lists and definitions get their whole passage;
decisions with facts in the question are scored by the caller's `decide` hook (this room imports
nothing from advisor/); every sentence carries its citation marker.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from i18n import LANGS, t
from knowledge.language import detect_language
from knowledge.passages import Passage

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý0-9«\"(])")
TOP_PASSAGES = 4
MIN_SCORE = 0.35  # below this fused score, no passage is close enough to answer from
Decide = Callable[[str, str], "dict[str, Any] | None"]


def folded(text: str) -> str:
    """Lower case without accents ("Décentralisé" -> "decentralise"): cues match typed-fast text."""
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


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


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, Any]:
    data = yaml.safe_load((Path(__file__).parent / "questions.yaml").read_text(encoding="utf-8"))

    def compile_(entries: list[str]) -> re.Pattern[str]:
        return re.compile("|".join(rf"(?<![\w-])(?:{folded(e)})(?![\w-])" for e in entries))

    return {"domain": compile_(data["domain"]), "offtopic": compile_(data["offtopic"]),
            "kinds": {k: compile_(v) for k, v in data["kinds"].items()},
            "companies": compile_(data["companies"]),
            "asks": compile_(data["asks"]), "first_person": compile_(data["first_person"]),
            "requests": compile_(data["requests"]),
            "topics": [(compile_([topic["cue"]]), list(topic["passages"])) for topic in data["topics"]],
            "first_topics": [(compile_([topic["cue"]]), list(topic["passages"]))
                             for topic in data["topics"] if topic.get("first")],
            "definitions": dict(data["definitions"])}


def in_scope(question: str) -> bool:
    """True when the question is about the framework's subject (AI orchestration)."""
    vocab, low = _vocabulary(), folded(question)
    if vocab["offtopic"].search(low):
        return False
    about_a_company = vocab["kinds"]["decision"].search(low) and vocab["companies"].search(low)
    names_a_subject = any(pattern.search(low) for pattern, _ in vocab["topics"])  # "resilience"
    return bool(vocab["domain"].search(low) or about_a_company or names_a_subject)


def off_topic_request(message: str, is_question: bool) -> bool:
    """The message asks for something outside the framework ("a recipe for 8 people", "Jira or
    Linear for 40 engineers?") and says nothing of the asker's company ("we're 5,000 people")."""
    vocab, low = _vocabulary(), folded(message)
    if in_scope(message) or vocab["first_person"].search(low):
        return False
    return is_question or bool(vocab["offtopic"].search(low) and vocab["requests"].search(low))


def names_off_topic(text: str) -> bool:
    """The text names a subject outside the framework (a recipe, a match, code to write…)."""
    return bool(_vocabulary()["offtopic"].search(folded(text)))


def asks_something(message: str) -> bool:
    """A message that asks without a question mark: "give me the checklist", "define X"."""
    return bool(_vocabulary()["asks"].search(folded(message))) and in_scope(message)


def question_kind(question: str) -> str:
    """decision | list | comparison | numbers | definition | other (first cue found, in that order)."""
    low = folded(question)
    for kind in ("decision", "list", "comparison", "numbers", "definition"):
        if _vocabulary()["kinds"][kind].search(low):
            return kind
    return "other"


def split_sentences(text: str) -> list[str]:
    """Sentences of a passage (split after . ! ? before a capital, digit or quote)."""
    return [s.strip() for s in _SENTENCE.split(" ".join(text.split())) if s.strip()]


def answer_question(question: str, retriever: Any, lang: str | None = None,
                    advice: dict[str, Any] | None = None, decide: Decide | None = None) -> Answer:
    """Answer `question` in `lang` (default: the question's) from the framework passages."""
    lang = lang if lang in LANGS else detect_language(question)
    kind = question_kind(question)
    vocab, low = _vocabulary(), folded(question)
    offtopic = vocab["offtopic"].search(low)
    scoped = in_scope(question)
    mine = bool(vocab["first_person"].search(low))  # "we're 300": their company, not sectors compared
    routed_to = routed_ids(question, kind)
    about_scenario = any(pid.startswith("article/comparison/") for pid in routed_to) and (
        re.search(r"sc[ée]nario", low) or not mine)
    about_article = kind != "decision" and _ABOUT_ARTICLE.search(low) is not None  # "what does it call…"
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


# Each architecture by name or by what it means ("one platform for everything", "each team its own").
_ARCHITECTURES = {
    "decentralized": re.compile(folded(
        r"(?<!\w)(?:de|dé)-?centrali[sz]\w*|\b(?:each|every) (?:team|department|bu|business unit)\b"
        r"|\bchaque (?:équipe|direction|métier|bu|service|département)\b"), re.I),
    "centralized": re.compile(folded(
        r"(?<![\w-])centrali[sz]\w*|\b(?:single|one|unique) (?:platform|vendor|control plane)\b"
        r"|\b(?:une? )?(?:seule?|unique) (?:plateforme|fournisseur)\b|\bplateforme unique\b"
        r"|\btout passe par\b"), re.I),
    "hybrid": re.compile(r"(?<!\w)(?:hybrid\w*|mixte?s?|mixed)\b", re.I)}


_STRENGTHS = re.compile(folded(
    r"strength|advantage|pros\b|benefit|force|avantage|atout|bénéfice|agilit|agility|au crédit|"
    r"points? forts?|arguments? (?:pour|for)|upsides?|"
    r"économies d'échelle|economies of scale|expériment|experiment"))
_LIMITS = re.compile(folded(
    r"limit|weakness|cons\b|drawback|downside|faiblesse|inconvénient|défaut|risque|risk|"
    r"effets? (?:de bord|secondaires?|pervers)|side[- ]effects?|revers|what goes wrong|pitfalls?"))


# The question asks what the article says, even when it also describes the asker's company.
_ABOUT_ARTICLE = re.compile(r"\b(?:the|this|l'|cet) ?(?:article|post|blog post|billet|auteur|author)\b|"
                            r"\barticle's\b")


def routed_ids(question: str, kind: str) -> list[str]:
    """Passages a question's subject points to (knowledge/questions.yaml `topics`, `definitions`)."""
    vocab, low = _vocabulary(), folded(question)
    named = [a for a, pattern in _ARCHITECTURES.items() if pattern.search(low)]
    first = [pid for pattern, ids in vocab["first_topics"] if pattern.search(low) for pid in ids]
    if first and kind != "decision" and len(named) >= 2:  # "hybrid vs full central": each side too
        return list(dict.fromkeys(first + _sides(low, named, first)))
    if first:  # precise subjects, all of them ("controlled hybrid vs full central")
        return first
    if kind != "decision" and len(named) == 1:  # "strengths and limits of the centralized school"
        return list(vocab["definitions"][named[0]])
    sided = any(cue.search(low) for cue in (_STRENGTHS, _LIMITS))
    if len(named) >= 2 and (kind == "comparison" or (kind != "decision" and sided)):  # each side
        sides = [i for i, cue in enumerate((_STRENGTHS, _LIMITS)) if cue.search(low)] or [0]
        return [vocab["definitions"][a][i] for a in named for i in sides][:4]
    for pattern, ids in vocab["topics"]:
        if pattern.search(low):
            return list(ids)
    return []


def _sides(low: str, named: list[str], first: list[str]) -> list[str]:
    """Passages for each architecture a precise question also names: the strengths or limits asked
    about, else its definition and shape unless a passage about it is already routed."""
    asked = [i for i, cue in enumerate((_STRENGTHS, _LIMITS)) if cue.search(low)]
    definitions = _vocabulary()["definitions"]
    if asked:
        return [definitions[a][i] for a in named for i in asked]
    return [pid for a in named if not set(first) & {*_SHAPE[a], *definitions[a]}
            for pid in (definitions[a][0], _SHAPE[a][0])]


def _same_topic(a: Passage, b: Passage) -> bool:
    return a.id.rsplit("/", 1)[0] == b.id.rsplit("/", 1)[0] and a.id.startswith("article/")


def _cited(text: str, n: int) -> str:
    """Every sentence of `text` followed by its marker."""
    return " ".join(f"{s} [{n}]" for s in split_sentences(text))


_SHAPE = {"hybrid": ("article/hybrid/ratio", "article/patterns/controlled-hybrid"),
          "centralized": ("article/patterns/full-central",),
          "decentralized": ("article/schools/decentralized",)}


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
    for shape_id in _SHAPE[decision["architecture"]]:  # what it looks like (the 80/20 core for hybrid)
        shape = retriever.get_passage(shape_id, lang=lang)
        if shape is not None and shape not in cited:
            cited.append(shape)
            lines.append(" ".join(f"{s} [{len(cited)}]" for s in split_sentences(shape.text)[:2]))
    if decision.get("assumed"):
        lines.append(t("answer.assumed", lang, items="; ".join(decision["assumed"])))
    return Answer(" ".join(lines), lang, cited, "decision", decision)
