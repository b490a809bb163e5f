"""Run-time context of the graph: which engine understands and phrases, and the services used."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from advisor.settings import get_settings


def _default_mode() -> str:
    return "llm" if get_settings().llm_enabled else "offline"


@dataclass(kw_only=True)
class Context:
    """Passed per run (`graph.invoke(..., context=Context(...))`); defaults come from settings."""

    mode: str = field(default_factory=_default_mode, metadata={"description": "offline | llm"})
    chat_model: Any = field(default=None, metadata={"description": "Chat model replacing ChatOpenAI."})
    retriever: Any = field(default=None, metadata={"description": "A knowledge retriever to use."})
