"""Shared pieces of the reliability checks: sessions on a scratch data dir, scripted conversations."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from advisor.context import Context
from advisor.session import AdvisorSession
from advisor.settings import Settings

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Conversation:
    """User messages and the architecture they must lead to."""

    name: str
    messages: list[str]
    expected: str


@dataclass
class Outcome:
    """What running one conversation gave: the final architecture and the turns that failed."""

    name: str
    architecture: str | None
    expected: str
    turns_lost: int
    llm_turns: int = 0  # turns the LLM's answer was used (not the offline fallback alone)
    errors: list[str] = field(default_factory=list)

    @property
    def correct(self) -> bool:
        return self.architecture == self.expected and self.turns_lost == 0


def load_conversations() -> list[Conversation]:
    rows = yaml.safe_load((HERE / "conversations.yaml").read_text(encoding="utf-8"))
    return [Conversation(r["name"], list(r["messages"]), r["expected"]) for r in rows]


def scratch_settings(data_dir: Path, **overrides: Any) -> Settings:
    """Offline, embedded settings on `data_dir`, with the instant hash embedding."""
    values: dict[str, Any] = {"data_dir": data_dir, "advisor_mode": "offline", "embedding": "hash",
                              "database_url": None, "chroma_host": None}
    return Settings(**{**values, **overrides})


@lru_cache(maxsize=4)
def _retriever(data_dir: Path) -> Any:
    from knowledge.retriever import make_retriever

    return make_retriever(scratch_settings(data_dir).knowledge(), progress=False)


def make_session(data_dir: Path, mode: str = "offline", chat_model: Any = None,
                 settings: Settings | None = None) -> AdvisorSession:
    """A session whose retriever is a hash-embedded index under `data_dir / "index"`."""
    context = Context(mode=mode, chat_model=chat_model, retriever=_retriever(data_dir / "index"))
    return AdvisorSession(settings or scratch_settings(data_dir), context=context)


def run_conversation(session: AdvisorSession, thread_id: str, conversation: Conversation,
                     before_turn: Any = None) -> Outcome:
    """Send every message; a turn is lost when it raises or leaves no reply in the history."""
    outcome = Outcome(conversation.name, None, conversation.expected, 0)
    for n, text in enumerate(conversation.messages):
        if before_turn is not None:
            before_turn(n)
        try:
            turn = session.send(thread_id, text)
        except Exception as exc:  # noqa: BLE001 - counted, not hidden
            outcome.turns_lost += 1
            outcome.errors.append(f"{type(exc).__name__}: {exc}"[:200])
            continue
        outcome.llm_turns += turn.understanding.get("engine") == "llm+offline"
        if not turn.reply.strip():
            outcome.turns_lost += 1
        if turn.recommendation:
            outcome.architecture = turn.recommendation["architecture"]
    history = session.history(thread_id)
    replies = sum(1 for role, _ in history if role == "ai")
    outcome.turns_lost = max(outcome.turns_lost, len(conversation.messages) - replies)
    return outcome


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) by the inclusive method; 0 for no values."""
    if len(values) < 2:
        return values[0] if values else 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]
