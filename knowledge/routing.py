"""How a question is read before it is answered: its scope, its kind and the passages its subject
points to. Every cue is a data line in knowledge/questions.yaml (EN and FR regex fragments)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

ARCHITECTURES = ("decentralized", "centralized", "hybrid")
# What each architecture looks like: the 80/20 core for hybrid, the full-central pattern, the school.
SHAPE = {"hybrid": ("article/hybrid/ratio", "article/patterns/controlled-hybrid"),
         "centralized": ("article/patterns/full-central",),
         "decentralized": ("article/schools/decentralized",)}


def folded(text: str) -> str:
    """Lower case without accents ("Décentralisé" -> "decentralise"): cues match typed-fast text."""
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _compiled(entries: list[str]) -> re.Pattern[str]:
    """One pattern matching any entry as whole words (accents folded)."""
    return re.compile("|".join(rf"(?<![\w-])(?:{folded(e)})(?![\w-])" for e in entries))


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, Any]:
    """knowledge/questions.yaml, compiled once."""
    data = yaml.safe_load((Path(__file__).parent / "questions.yaml").read_text(encoding="utf-8"))
    topics = data["topics"]
    return {**{key: _compiled(data[key]) for key in (
                "domain", "offtopic", "companies", "asks", "first_person", "requests", "about_article")},
            "kinds": {k: _compiled(v) for k, v in data["kinds"].items()},
            "topics": [(_compiled([topic["cue"]]), list(topic["passages"])) for topic in topics],
            "first_topics": [(_compiled([topic["cue"]]), list(topic["passages"]))
                             for topic in topics if topic.get("first")],
            "architectures": {a: _compiled(data["architectures"][a]) for a in ARCHITECTURES},
            "sides": (_compiled(data["sides"]["strengths"]), _compiled(data["sides"]["limits"])),
            "definitions": dict(data["definitions"])}


def in_scope(question: str) -> bool:
    """True when the question is about the framework's subject (AI orchestration)."""
    vocab, low = vocabulary(), folded(question)
    if vocab["offtopic"].search(low):
        return False
    about_a_company = vocab["kinds"]["decision"].search(low) and vocab["companies"].search(low)
    names_a_subject = any(pattern.search(low) for pattern, _ in vocab["topics"])  # "resilience"
    names_a_way = any(p.search(low) for p in vocab["architectures"].values())  # "team by team"
    return bool(vocab["domain"].search(low) or about_a_company or names_a_subject or names_a_way)


def off_topic_request(message: str, is_question: bool) -> bool:
    """The message asks for something outside the framework ("a recipe for 8 people", "Jira or
    Linear for 40 engineers?") and says nothing of the asker's company ("we're 5,000 people")."""
    vocab, low = vocabulary(), folded(message)
    if in_scope(message) or vocab["first_person"].search(low):
        return False
    return is_question or bool(vocab["offtopic"].search(low) and vocab["requests"].search(low))


def names_off_topic(text: str) -> bool:
    """The text names a subject outside the framework (a recipe, a match, code to write…)."""
    return bool(vocabulary()["offtopic"].search(folded(text)))


def asks_something(message: str) -> bool:
    """A message that asks without a question mark: "give me the checklist", "define X"."""
    return bool(vocabulary()["asks"].search(folded(message))) and in_scope(message)


def about_the_article(question: str) -> bool:
    """The question asks what the article says ("what does the author call…")."""
    return vocabulary()["about_article"].search(folded(question)) is not None


def question_kind(question: str) -> str:
    """decision | list | comparison | numbers | definition | other (first cue found, in that order)."""
    low = folded(question)
    for kind in ("decision", "list", "comparison", "numbers", "definition"):
        if vocabulary()["kinds"][kind].search(low):
            return kind
    return "other"


def routed_ids(question: str, kind: str) -> list[str]:
    """Passages a question's subject points to (knowledge/questions.yaml `topics`, `definitions`)."""
    vocab, low = vocabulary(), folded(question)
    named = [a for a, pattern in vocab["architectures"].items() if pattern.search(low)]
    first = [pid for pattern, ids in vocab["first_topics"] if pattern.search(low) for pid in ids]
    if first and kind != "decision" and len(named) >= 2:  # "hybrid vs full central": each side too
        return list(dict.fromkeys(first + _sides(low, named, first)))
    if first:  # precise subjects, all of them ("controlled hybrid vs full central")
        return first
    asked = _sides_asked(low)
    if kind != "decision" and len(named) == 1:  # "strengths and limits of the centralized school"
        return list(vocab["definitions"][named[0]])
    if len(named) >= 2 and (kind == "comparison" or (kind != "decision" and asked)):  # each side
        return [vocab["definitions"][a][i] for a in named for i in asked or [0]][:4]
    for pattern, ids in vocab["topics"]:
        if pattern.search(low):
            return list(ids)
    return []


def _sides_asked(low: str) -> list[int]:
    """0 when the strengths are asked about, 1 for the limits (both when both)."""
    return [i for i, cue in enumerate(vocabulary()["sides"]) if cue.search(low)]


def _sides(low: str, named: list[str], first: list[str]) -> list[str]:
    """Passages for each architecture a precise question also names: the strengths or limits asked
    about, else its definition and shape unless a passage about it is already routed."""
    definitions = vocabulary()["definitions"]
    if asked := _sides_asked(low):
        return [definitions[a][i] for a in named for i in asked]
    return [pid for a in named if not set(first) & {*SHAPE[a], *definitions[a]}
            for pid in (definitions[a][0], SHAPE[a][0])]
