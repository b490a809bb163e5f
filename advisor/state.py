"""Graph state: the conversation, the profile draft with provenance, and what this turn produced."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from langchain_core.messages import AnyMessage
from langgraph.graph import add_messages
from pydantic import BaseModel, ConfigDict, Field

Language = Literal["en", "fr"]
NEW_TURN = "__new_turn__"  # first item of a per-turn list update: drop last turn's items


def merge_dict(left: dict[str, Any] | None, right: dict[str, Any] | None) -> dict[str, Any]:
    """Reducer: later keys win, a None value deletes the key."""
    merged = dict(left or {})
    for key, value in (right or {}).items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    return merged


def per_turn(left: list[Any] | None, right: list[Any] | None) -> list[Any]:
    """Reducer for per-turn lists: tools append concurrently; `[NEW_TURN, ...]` starts over."""
    items = list(right or [])
    if items and items[0] == NEW_TURN:
        return items[1:]
    return [*(left or []), *items]


class Reading(BaseModel):
    """What the policy understood from the user's latest message (rules, or LLM verified by rules)."""

    model_config = ConfigDict(extra="forbid")

    message: str = ""  # the message as written (the answerer's query: facts give a question context)
    values: dict[str, Any] = Field(default_factory=dict)  # facts stated now, validated later
    evidence: dict[str, str] = Field(default_factory=dict)  # field -> the words that state it
    unknown: list[str] = Field(default_factory=list)
    invalid: dict[str, str] = Field(default_factory=dict)
    what_if: dict[str, Any] = Field(default_factory=dict)
    what_if_factors: dict[str, float] = Field(default_factory=dict)
    what_if_deltas: dict[str, float] = Field(default_factory=dict)
    is_correction: bool = False
    question: str | None = None
    injection: bool = False
    intent: str | None = None
    pii: list[str] = Field(default_factory=list)
    inferred: dict[str, str] = Field(default_factory=dict)  # field -> the words read, stated back
    converted: list[str] = Field(default_factory=list)  # said back, yet stated: an amount in another currency
    mentioned: list[str] = Field(default_factory=list)  # from a place named in passing ("the Sousse team")
    conflicts: dict[str, list[Any]] = Field(default_factory=dict)  # field -> readings that disagree
    to_confirm: dict[str, Any] = Field(default_factory=dict)  # LLM readings the rules cannot check
    engine: str = "offline"
    llm_values: dict[str, Any] = Field(default_factory=dict)
    llm_error: str | None = None

    @property
    def has_what_if(self) -> bool:
        return bool(self.what_if or self.what_if_factors or self.what_if_deltas)

    def engages(self, field: str, other_facts: bool = True) -> bool:
        """The message leaves `field` empty yet the user is on their way: other facts (unless
        `other_facts` is False), a correction, "let me check", a hedge ("it's spread around") or the
        field's own topic words ("the budget sits with finance"). A question or a what-if is not:
        asked twice and then only questioned, the field gets its documented assumption."""
        if (other_facts and self.values) or self.is_correction or self.intent in ("defer", "reset"):
            return True
        from advisor.extraction.intents import UNKNOWN_TOPICS
        from advisor.lexicon import lexicon

        message = self.message.lower()
        topic = next((t for f, t in UNKNOWN_TOPICS if f == field), None)
        return lexicon().hedges.search(message) is not None or (
            topic is not None and topic.search(message) is not None)


class Note(BaseModel):
    """One piece of the reply a tool or the policy produced this turn."""

    kind: str  # see reply.NOTE_ORDER
    text: str
    field: str | None = None
    result: Any = None  # the tool result the text was built from (for the guard)


class FieldRecord(BaseModel):
    """Where a profile value came from."""

    status: Literal["stated", "assumed", "derived", "inferred"]  # "inferred": checkpoints of earlier versions
    turn: int
    evidence: str = ""
    inferred: bool = False  # stated, read by inference (a description, city names, a typo): said back


@dataclass
class InputState:
    """What a caller sends: new messages (usually one HumanMessage)."""

    messages: Annotated[Sequence[AnyMessage], add_messages] = field(default_factory=list)


@dataclass
class State(InputState):
    """The whole conversation state, checkpointed once per turn."""

    profile: Annotated[dict[str, Any], merge_dict] = field(default_factory=dict)
    provenance: Annotated[dict[str, Any], merge_dict] = field(default_factory=dict)  # FieldRecord dumps
    language: Language = "en"
    asked: str | None = None  # the field the last question asked for
    asked_count: float = 0  # turns running that field has been asked (half for a turn of other facts)
    choices: list[str] = field(default_factory=list)  # options offered with the question
    pending: dict[str, Any] = field(default_factory=dict)  # readings waiting for the user's "yes"
    refine_asked: list[str] = field(default_factory=list)
    turn: int = 0
    turn_message_id: str | None = None  # the user message this turn answers
    reading: Reading = field(default_factory=Reading)
    # this turn's scratchpad: the policy's tool-calling AIMessages and the ToolMessages
    steps: Annotated[list[AnyMessage], add_messages] = field(default_factory=list)
    notes: Annotated[list[Note], per_turn] = field(default_factory=list)
    cited: Annotated[list[dict[str, Any]], per_turn] = field(default_factory=list)  # passages marked
    citations: list[dict[str, Any]] = field(default_factory=list)  # numbered, for the last reply
    retrieved_ids: Annotated[list[str], per_turn] = field(default_factory=list)
    recommendation: dict[str, Any] | None = None  # Advice.to_dict() of the last recommendation
    recommended_profile: dict[str, Any] | None = None
    recommendation_numbers: list[float] = field(default_factory=list)  # every figure it holds
    llm_calls: int = 0
    llm_tokens: int = 0
    draft: str = ""  # this turn's deterministic reply
    phrased: str | None = None  # the LLM's wording of it, if any (checked by the guard)
    phrase: bool = False  # this turn's answer is phrased by the LLM (a pure question, LLM mode)
    guard_fallbacks: int = 0  # replies replaced by the deterministic version
