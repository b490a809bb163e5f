"""Test doubles: a retriever over the source files (no Chroma) and scripted chat models."""

from __future__ import annotations

import re
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
        scored = sorted(pool, key=lambda p: -len(words & set(_WORD.findall(p.text.lower()))))
        return [p for p in scored[:k] if words & set(_WORD.findall(p.text.lower()))]


class ScriptedChatModel:
    """Answers `with_structured_output` calls from a script of dicts (or exceptions)."""

    def __init__(self, script: list[Any]) -> None:
        self.script = list(script)
        self.requests: list[Any] = []

    def with_structured_output(self, schema: Any, method: str = "function_calling",
                               include_raw: bool = False) -> Any:
        def run(messages: Any) -> dict[str, Any]:
            self.requests.append(messages)
            item = self.script.pop(0) if self.script else {}
            if isinstance(item, Exception):
                raise item
            raw = AIMessage(content="", usage_metadata={"input_tokens": 50, "output_tokens": 10,
                                                        "total_tokens": 60})
            return {"parsed": schema(**item), "raw": raw, "parsing_error": None}

        return RunnableLambda(run)
