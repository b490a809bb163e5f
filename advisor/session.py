"""The one entry point the UIs, the CLI and the evals use: send a message to a thread."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from typing import Any

from langchain_core.messages import AIMessage, ToolMessage
from langchain_core.runnables import RunnableConfig

from advisor.context import Context
from advisor.settings import Settings
from advisor.state import InputState


@dataclass
class Turn:
    """What one user message produced."""

    reply: str
    language: str
    profile: dict[str, Any]
    provenance: dict[str, Any]
    asked: str | None
    recommendation: dict[str, Any] | None
    citations: list[dict[str, Any]]
    retrieved_ids: list[str]
    tool_calls: list[dict[str, Any]]
    understanding: dict[str, Any]
    llm_calls: int
    llm_tokens: int
    guard_problems: list[str] = field(default_factory=list)
    guard_fallback: bool = False
    asked_count: float = 0
    choices: list[str] = field(default_factory=list)  # options to offer as buttons


def tool_trajectory(steps: list[Any]) -> list[dict[str, Any]]:
    """The turn's real tool calls, in order: name, arguments and the tool's summary result."""
    results = {m.tool_call_id: m for m in steps if isinstance(m, ToolMessage)}
    out = []
    for message in steps:
        if not isinstance(message, AIMessage):
            continue
        for call in message.tool_calls:
            answer = results.get(call["id"] or "")
            result: Any = None
            if answer is not None:
                try:
                    result = json.loads(str(answer.content))
                except ValueError:
                    result = str(answer.content)
            out.append({"tool": call["name"], "args": dict(call["args"]), "result": result,
                        "id": call["id"]})
    return out


class _ThreadLocks:
    """One lock per thread id: a user's turns run one at a time, different users' concurrently."""

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}

    def __call__(self, thread_id: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(thread_id, threading.Lock())


class AdvisorSession:
    """A compiled graph with a checkpointer; thread ids name conversations."""

    def __init__(self, settings: Settings | None = None, *, checkpointer: Any = None,
                 context: Context | None = None) -> None:
        from advisor.checkpoint import make_checkpointer
        from advisor.graph import builder

        self.settings = settings if settings is not None else Settings()
        self.checkpointer = checkpointer if checkpointer is not None else make_checkpointer(self.settings)
        self.graph = builder.compile(checkpointer=self.checkpointer, name="Orchestration Advisor")
        self.context = context if context is not None else Context(settings=self.settings)
        self._locks = _ThreadLocks()

    def _config(self, thread_id: str) -> RunnableConfig:
        return {"configurable": {"thread_id": thread_id}}

    def send(self, thread_id: str, text: str, owner: str = "") -> Turn:
        """Run one user turn through the graph and return its result; `owner` names the user
        whose uploaded documents this turn may cite (none when empty)."""
        from dataclasses import replace

        from langchain_core.messages import HumanMessage

        if len(text) > self.settings.max_message_chars:
            return self._refusal(thread_id, text)
        context = replace(self.context, owner=owner) if owner else self.context
        with self._locks(thread_id):
            # durability="exit": a turn is checkpointed once, whole; a crash mid-turn leaves no half turn
            values = self.graph.invoke(InputState(messages=[HumanMessage(content=text)]),
                                       self._config(thread_id), context=context, durability="exit")
        turn = self._turn(values)
        if any(call["tool"] == "score_profile" for call in turn.tool_calls):
            from advisor.audit import record_recommendation

            record_recommendation(self.settings.audit_path, thread_id, turn.recommendation or {},
                                  self.context.mode, getattr(self.settings, "audit_hash_key", None))
        return turn

    def _turn(self, values: dict[str, Any]) -> Turn:
        last = values["messages"][-1]
        get = values.get
        reading = get("reading")
        return Turn(
            reply=str(last.content), language=get("language", "en"), profile=dict(get("profile", {})),
            provenance=dict(get("provenance", {})), asked=get("asked"),
            recommendation=get("recommendation"), citations=list(get("citations", [])),
            retrieved_ids=list(get("retrieved_ids", [])),
            tool_calls=tool_trajectory(list(get("steps", []))),
            understanding=reading.model_dump() if reading is not None else {},
            llm_calls=get("llm_calls", 0), llm_tokens=get("llm_tokens", 0),
            guard_problems=list(last.additional_kwargs.get("guard_problems", [])),
            guard_fallback=bool(last.additional_kwargs.get("guard_fallback")),
            asked_count=get("asked_count", 0), choices=list(last.additional_kwargs.get("choices", [])),
        )

    def _refusal(self, thread_id: str, text: str) -> Turn:
        """An oversized message: refused with a clear message, the thread left untouched."""
        from i18n import t
        from knowledge.language import detect_language

        values = self.values(thread_id)
        lang = detect_language(text[:2000], default=values.get("language", "en"))
        limit = self.settings.max_message_chars
        reply = t("chat.too_long", lang, length=len(text), limit=limit)
        return Turn(reply=reply, language=lang, profile=dict(values.get("profile", {})),
                    provenance=dict(values.get("provenance", {})), asked=values.get("asked"),
                    recommendation=values.get("recommendation"), citations=[], retrieved_ids=[],
                    tool_calls=[], understanding={"refused": "too_long"},
                    llm_calls=values.get("llm_calls", 0), llm_tokens=values.get("llm_tokens", 0))

    def values(self, thread_id: str) -> dict[str, Any]:
        """The thread's current state values (empty for a new thread)."""
        snapshot = self.graph.get_state(self._config(thread_id))
        return dict(snapshot.values or {})

    def history(self, thread_id: str) -> list[tuple[str, str]]:
        """(role, text) for every message of the thread."""
        return [(m.type, str(m.content)) for m in self.values(thread_id).get("messages", [])]
