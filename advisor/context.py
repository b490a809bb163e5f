"""Run-time context of the graph: the settings, which policy reads the message, and the services."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from advisor.settings import Settings


@dataclass(kw_only=True)
class Context:
    """Passed per run (`graph.invoke(..., context=Context(...))`); built by the entry points."""

    settings: Settings = field(default_factory=Settings, metadata={"description": "The settings."})
    mode: str = field(default="", metadata={"description": "offline | llm ('' = from settings)"})
    chat_model: Any = field(default=None, metadata={"description": "A chat model replacing ChatOpenAI."})
    retriever: Any = field(default=None, metadata={"description": "A knowledge retriever to use."})
    today: date | None = field(default=None, metadata={"description": "Today's date (None: the clock)."})
    owner: str = field(default="", metadata={"description": "Whose uploaded documents may be cited."})

    def __post_init__(self) -> None:
        if not self.mode:
            self.mode = "llm" if self.settings.llm_enabled else "offline"

    @property
    def current_date(self) -> date:
        return self.today or date.today()
