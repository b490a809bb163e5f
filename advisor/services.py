"""The services behind the graph, built from the context's settings: retriever and chat model."""

from __future__ import annotations

import logging
import threading
from typing import Any, Protocol

from advisor.context import Context
from advisor.settings import Settings


class Retriever(Protocol):
    def search(self, query: str, k: int = 5, lang: str | None = None) -> list[Any]: ...

    def get_passage(self, passage_id: str, lang: str | None = None) -> Any | None: ...


log = logging.getLogger(__name__)
_LOCK = threading.Lock()
_RETRIEVERS: dict[tuple[str, ...], Retriever] = {}
_MODELS: dict[tuple[Any, ...], Any] = {}


def _index_key(settings: Settings) -> tuple[str, ...]:
    return (str(settings.data_dir.resolve()), str(settings.chroma_host), settings.embedding)


_BUILDING: dict[tuple[str, ...], threading.Thread] = {}


def retriever_for(ctx: Context | None) -> Retriever:
    """The retriever as the context's owner sees it (shared passages, and the owner's uploads)."""
    from knowledge.retriever import OwnerView

    found = _retriever(ctx)
    return OwnerView(found, ctx.owner) if ctx is not None and ctx.owner else found


def _retriever(ctx: Context | None) -> Retriever:
    """The context's retriever, else the index opened as it is for its settings. A query never
    builds it: a missing index starts a background build and raises IndexNotReady meanwhile."""
    from knowledge.index import IndexNotReady
    from knowledge.retriever import open_retriever

    if ctx is not None and ctx.retriever is not None:
        return ctx.retriever
    settings = ctx.settings if ctx is not None else Settings()
    key = _index_key(settings)
    with _LOCK:
        if key in _RETRIEVERS:
            return _RETRIEVERS[key]
        if key in _BUILDING and _BUILDING[key].is_alive():
            raise IndexNotReady("the knowledge index is being built in the background")
        try:
            retriever = open_retriever(settings.knowledge())
        except IndexNotReady:
            _BUILDING[key] = threading.Thread(target=_build, args=(settings,), daemon=True,
                                              name="advisor-index-build")
            _BUILDING[key].start()
            raise
        if retriever.index.stale:
            log.warning("the knowledge index is stale (sources changed): run `advisor index`")
        _RETRIEVERS[key] = retriever
        return retriever


def _build(settings: Settings) -> None:
    from knowledge.index import ensure_index

    log.warning("knowledge index missing: building it in the background")
    ensure_index(settings.knowledge(), progress=False)


def chat_model_for(ctx: Context) -> Any:
    """The context's chat model, else ChatOpenAI on the settings' OpenAI-compatible endpoint."""
    if ctx.chat_model is not None:
        return ctx.chat_model
    s = ctx.settings
    key = (s.llm_model, s.openai_base_url, s.openai_api_key, s.llm_timeout_s, s.llm_max_tokens)
    with _LOCK:
        if key not in _MODELS:
            from langchain_openai import ChatOpenAI

            from advisor.llm_http import bounded_http_client

            _MODELS[key] = ChatOpenAI(model=s.llm_model, api_key=s.openai_api_key or "not-needed",
                                      base_url=s.openai_base_url, timeout=s.llm_timeout_s,
                                      max_retries=s.llm_max_retries, max_tokens=s.llm_max_tokens,
                                      temperature=0, http_client=bounded_http_client(s.llm_timeout_s))
        return _MODELS[key]
