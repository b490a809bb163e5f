"""Graph state: the conversation, the profile being filled and what the last turn produced."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from langchain_core.messages import AnyMessage
from langgraph.graph import add_messages

Language = Literal["en", "fr"]


def merge_dict(left: dict[str, Any] | None, right: dict[str, Any] | None) -> dict[str, Any]:
    """Reducer: later keys win, a None value deletes the key."""
    merged = dict(left or {})
    for key, value in (right or {}).items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    return merged


@dataclass
class InputState:
    """What a caller sends: new messages (usually one HumanMessage)."""

    messages: Annotated[Sequence[AnyMessage], add_messages] = field(default_factory=list)


@dataclass
class State(InputState):
    """The whole conversation state, checkpointed after every node."""

    # field -> value, for every profile field known so far (stated or assumed)
    profile: Annotated[dict[str, Any], merge_dict] = field(default_factory=dict)
    # field -> {"status": "stated"|"assumed"|"derived", "turn": int, "evidence": str}
    provenance: Annotated[dict[str, Any], merge_dict] = field(default_factory=dict)
    language: Language = "en"
    asked: str | None = None  # the field the last question asked for
    refine_asked: list[str] = field(default_factory=list)  # optional fields already asked once
    turn: int = 0  # user turns so far
    # what the current turn understood and produced (reset at each turn by `understand`)
    understanding: dict[str, Any] = field(default_factory=dict)
    notes: list[dict[str, Any]] = field(default_factory=list)  # acks, errors, answers for the reply
    recommendation: dict[str, Any] | None = None  # Advice.to_dict() of the last recommendation
    recommended_profile: dict[str, Any] | None = None  # the profile it was computed from
    citations: list[dict[str, Any]] = field(default_factory=list)  # numbered, for the last reply
    retrieved_ids: list[str] = field(default_factory=list)  # passages retrieved this turn
    tool_calls: list[dict[str, Any]] = field(default_factory=list)  # this turn, for UIs and evals
    llm_calls: int = 0  # over the whole conversation
    llm_tokens: int = 0
