"""The services behind the graph, built from the context's settings: retriever and chat model."""

from __future__ import annotations

import threading
from typing import Any, Protocol

from advisor.context import Context
from advisor.settings import Settings


class Retriever(Protocol):
    def search(self, query: str, k: int = 5, lang: str | None = None) -> list[Any]: ...

    def get_passage(self, passage_id: str, lang: str | None = None) -> Any | None: ...


_LOCK = threading.Lock()
_RETRIEVERS: dict[tuple[str, ...], Retriever] = {}
_MODELS: dict[tuple[Any, ...], Any] = {}


def _index_key(settings: Settings) -> tuple[str, ...]:
    return (str(settings.data_dir.resolve()), str(settings.chroma_host), settings.embedding)


def retriever_for(ctx: Context | None) -> Retriever:
    """The context's retriever, else one opened (read-only, never built here) for its settings."""
    if ctx is not None and ctx.retriever is not None:
        return ctx.retriever
    settings = ctx.settings if ctx is not None else Settings()
    key = _index_key(settings)
    with _LOCK:
        if key not in _RETRIEVERS:
            from knowledge.retriever import make_retriever

            _RETRIEVERS[key] = make_retriever(settings.knowledge())
        return _RETRIEVERS[key]


def chat_model_for(ctx: Context) -> Any:
    """The context's chat model, else ChatOpenAI on the settings' OpenAI-compatible endpoint."""
    if ctx.chat_model is not None:
        return ctx.chat_model
    s = ctx.settings
    key = (s.llm_model, s.openai_base_url, s.openai_api_key, s.llm_timeout_s, s.llm_max_tokens)
    with _LOCK:
        if key not in _MODELS:
            from langchain_openai import ChatOpenAI

            _MODELS[key] = ChatOpenAI(model=s.llm_model, api_key=s.openai_api_key or "not-needed",
                                      base_url=s.openai_base_url, timeout=s.llm_timeout_s,
                                      max_retries=s.llm_max_retries, max_tokens=s.llm_max_tokens,
                                      temperature=0)
        return _MODELS[key]
