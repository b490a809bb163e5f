"""ui.warmup: the retriever stand-in waits for the background build, then delegates."""

from __future__ import annotations

import threading
from concurrent.futures import Future

from ui.warmup import PendingRetriever


class _Retriever:
    def search(self, query: str, k: int = 5, lang: str | None = None) -> list[str]:
        return [f"{query}:{k}:{lang}"]


def test_pending_retriever_blocks_until_built_then_delegates() -> None:
    future: Future[object] = Future()
    pending = PendingRetriever(future)
    results: list[object] = []
    user = threading.Thread(target=lambda: results.append(pending.search("q", k=2, lang="fr")))
    user.start()
    user.join(timeout=0.2)
    assert user.is_alive() and results == []  # still waiting for the index
    future.set_result(_Retriever())
    user.join(timeout=5)
    assert results == [["q:2:fr"]]
