"""Lazily built services behind the graph: the knowledge retriever and the chat model."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Protocol

from advisor.context import Context
from advisor.settings import get_settings


class Retriever(Protocol):
    def search(self, query: str, k: int = 5, lang: str | None = None) -> list[Any]: ...

    def get_passage(self, passage_id: str, lang: str | None = None) -> Any | None: ...


@lru_cache(maxsize=1)
def default_retriever() -> Retriever:
    from knowledge.retriever import make_retriever

    return make_retriever(get_settings())


def retriever_for(ctx: Context | None) -> Retriever:
    if ctx is not None and ctx.retriever is not None:
        return ctx.retriever
    return default_retriever()


@lru_cache(maxsize=1)
def default_chat_model() -> Any:
    """ChatOpenAI on any OpenAI-compatible endpoint, from settings."""
    from langchain_openai import ChatOpenAI

    s = get_settings()
    return ChatOpenAI(
        model=s.llm_model,
        api_key=s.openai_api_key or "not-needed",
        base_url=s.openai_base_url,
        timeout=s.llm_timeout_s,
        max_retries=s.llm_max_retries,
        max_tokens=s.llm_max_tokens,
        temperature=0,
    )


def chat_model_for(ctx: Context | None) -> Any:
    if ctx is not None and ctx.chat_model is not None:
        return ctx.chat_model
    return default_chat_model()
