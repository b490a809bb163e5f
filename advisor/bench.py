"""`python -m advisor.bench`: per-turn overhead of the offline graph vs a bare two-node graph."""

from __future__ import annotations

import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from langchain_core.messages import AIMessage, AnyMessage, HumanMessage
from langgraph.graph import END, START, StateGraph, add_messages

CONVERSATION = [
    "We are a 300-person fintech operating in 3 countries.",
    "We've been doing AI for a year, with a budget of 3 M€ per year.",
    "Why does regulation matter?",
    "And what if we were 800 people?",
]


@dataclass
class Bare:
    """State of the baseline graph: messages only."""

    messages: Annotated[list[AnyMessage], add_messages]


def _bare_graph(checkpointer: Any) -> Any:
    def first(state: Bare) -> dict[str, Any]:
        return {}

    def second(state: Bare) -> dict[str, Any]:
        return {"messages": [AIMessage(content="ok")]}

    builder = StateGraph(Bare)
    builder.add_node("first", first)
    builder.add_node("second", second)
    builder.add_edge(START, "first")
    builder.add_edge("first", "second")
    builder.add_edge("second", END)
    return builder.compile(checkpointer=checkpointer)


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main(conversations: int = 30) -> None:
    from advisor.context import Context
    from advisor.session import AdvisorSession
    from advisor.settings import Settings
    from knowledge.retriever import make_retriever

    retriever = make_retriever(Settings().knowledge(), progress=False)
    retriever.search("warm-up", k=1)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), advisor_mode="offline")
        session = AdvisorSession(settings, context=Context(settings=settings, retriever=retriever))
        advisor_ms: list[float] = []
        for n in range(conversations):
            for text in CONVERSATION:
                start = time.perf_counter()
                session.send(f"bench-{n}", text)
                advisor_ms.append((time.perf_counter() - start) * 1000)
        bare = _bare_graph(session.checkpointer)
        bare_ms: list[float] = []
        for n in range(conversations * len(CONVERSATION)):
            start = time.perf_counter()
            bare.invoke({"messages": [HumanMessage(content="hi")]},
                        {"configurable": {"thread_id": f"bare-{n % conversations}"}})
            bare_ms.append((time.perf_counter() - start) * 1000)
    print(f"advisor turn (offline, SQLite checkpointer, real retriever): p50 "
          f"{statistics.median(advisor_ms):.1f} ms, p95 {_p(advisor_ms, 0.95):.1f} ms "
          f"over {len(advisor_ms)} turns (goal p50 ≤ 15 ms)")
    print(f"bare two-node graph, same checkpointer: p50 {statistics.median(bare_ms):.1f} ms, "
          f"p95 {_p(bare_ms, 0.95):.1f} ms")
    print(f"ratio of p50s: {statistics.median(advisor_ms) / statistics.median(bare_ms):.2f}x (goal ≤ 2x)")


if __name__ == "__main__":
    main()
