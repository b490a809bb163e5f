"""Build the advisor session and the knowledge index in the background when the UI starts.

The session (a few seconds) is needed by every message; the index (up to a minute on a fresh
DATA_DIR with MiniLM) only by turns that cite or answer from the framework. The session gets a
retriever stand-in that waits for the background build, so early turns that need no passage
are not held up, and the index is never built twice at once.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from advisor.context import Context
from advisor.session import AdvisorSession


class PendingRetriever:
    """Looks like the retriever; each use waits until the background build is done."""

    def __init__(self, future: Future[Any]) -> None:
        self._future = future

    def __getattr__(self, name: str) -> Any:
        return getattr(self._future.result(), name)


def _build_retriever() -> Any:
    from advisor.services import default_retriever

    return default_retriever()


class WarmServices:
    """Starts both builds at once: the session first, then the index, on one worker thread."""

    def __init__(self) -> None:
        self.retriever: Future[Any] = Future()  # exists before the session that waits on it
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="advisor-warm-up")
        self.session: Future[AdvisorSession] = pool.submit(self._build_session)
        pool.submit(self._build_retriever)
        pool.shutdown(wait=False)

    def _build_session(self) -> AdvisorSession:
        return AdvisorSession(context=Context(retriever=PendingRetriever(self.retriever)))

    def _build_retriever(self) -> None:
        try:
            self.retriever.set_result(_build_retriever())
        except BaseException as exc:  # surfaces in the turn that needs a passage
            self.retriever.set_exception(exc)
            raise

    @property
    def knowledge_ready(self) -> bool:
        return self.retriever.done()
