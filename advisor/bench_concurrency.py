"""`python -m advisor.bench_concurrency`: N users at once against an LLM stub that answers in 8 s.

With a lock per thread (not per process), each user's turn takes about one LLM delay, whatever
the number of users.
"""

from __future__ import annotations

import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from langchain_core.messages import AIMessage
from langchain_core.runnables import RunnableLambda

DELAY_S = 8.0


class SlowChatModel:
    """Answers every `bind_tools(...).invoke` after `delay_s`, with no tool call."""

    def __init__(self, delay_s: float = DELAY_S) -> None:
        self.delay_s = delay_s

    def bind_tools(self, tools: Any, **kwargs: Any) -> Any:
        def answer(messages: Any) -> AIMessage:
            time.sleep(self.delay_s)
            return AIMessage(content="")

        return RunnableLambda(answer)


def run(users: int = 4, delay_s: float = DELAY_S) -> list[float]:
    """Seconds each user's turn took, all users sending at the same moment."""
    from advisor.context import Context
    from advisor.session import AdvisorSession
    from advisor.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), advisor_mode="llm")
        context = Context(settings=settings, mode="llm", chat_model=SlowChatModel(delay_s),
                          retriever=_NoRetriever())
        session = AdvisorSession(settings, context=context)
        times: list[float] = [0.0] * users
        start = threading.Barrier(users)

        def one(n: int) -> None:
            start.wait()
            began = time.perf_counter()
            session.send(f"user-{n}", "We are a 300-person fintech operating in 3 countries.")
            times[n] = time.perf_counter() - began

        threads = [threading.Thread(target=one, args=(n,)) for n in range(users)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return times


class _NoRetriever:
    def search(self, query: str, k: int = 5, lang: str | None = None) -> list[Any]:
        return []

    def get_passage(self, passage_id: str, lang: str | None = None) -> Any:
        return None


def main() -> None:
    times = run()
    print(f"{len(times)} users at once, LLM stub answering in {DELAY_S:.0f} s: each turn took "
          + ", ".join(f"{t:.1f} s" for t in sorted(times)) + " (goal: each ≤ 9 s)")


if __name__ == "__main__":
    main()
