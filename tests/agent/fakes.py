"""Test doubles: a retriever over the source files (no Chroma) and scripted chat models."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from langchain_core.messages import AIMessage
from langchain_core.runnables import RunnableLambda

from knowledge.passages import Passage, load_sources

_WORD = re.compile(r"\w{4,}")


class SourceRetriever:
    """Keyword-overlap search over the parsed source passages; same interface as the real one."""

    def __init__(self) -> None:
        self.passages = load_sources()

    def get_passage(self, passage_id: str, lang: str | None = None) -> Passage | None:
        matches = [p for p in self.passages if p.id == passage_id]
        preferred = [p for p in matches if p.lang == lang]
        return (preferred or matches or [None])[0]

    def search(self, query: str, k: int = 5, lang: str | None = None) -> list[Passage]:
        words = set(_WORD.findall(query.lower()))
        pool = [p for p in self.passages if lang is None or p.lang == lang]
        def overlap(p: Passage) -> int:
            return len(words & set(_WORD.findall(p.text.lower())))

        scored = sorted(pool, key=lambda p: -overlap(p))
        # a fused-score stand-in: one shared word is a weak match, three or more a good one
        return [replace(p, score=min(1.0, 0.25 * overlap(p))) for p in scored[:k] if overlap(p)]


def facts_call(facts: dict[str, Any], name: str = "record_facts") -> dict[str, Any]:
    """A record_facts call; each value is `value` or `(value, quote)`."""
    items = []
    for field, spec in facts.items():
        value, quote = spec if isinstance(spec, tuple) else (spec, "")
        items.append({"field": field, "value": value, "quote": quote})
    return {"name": name, "args": {"facts": items}}


class ScriptedChatModel:
    """Answers `bind_tools(...).invoke` from a script: a dict of facts (see `facts_call`), a list of
    tool calls ({name, args}), or an exception to raise."""

    def __init__(self, script: list[Any]) -> None:
        self.script = list(script)
        self.requests: list[Any] = []

    def bind_tools(self, tools: Any, **kwargs: Any) -> Any:
        return RunnableLambda(self._run)

    def _run(self, messages: Any) -> AIMessage:
        self.requests.append(messages)
        item = self.script.pop(0) if self.script else []
        if isinstance(item, Exception):
            raise item
        calls = item if isinstance(item, list) else ([facts_call(item)] if item else [])
        return AIMessage(content="", tool_calls=[
            {"name": c["name"], "args": c["args"], "id": f"call_{n}", "type": "tool_call"}
            for n, c in enumerate(calls)],
            usage_metadata={"input_tokens": 50, "output_tokens": 10, "total_tokens": 60})
