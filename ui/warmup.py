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
from advisor.settings import Settings
from ui.pdf_worker import warm_views

WAIT_FOR_INDEX_S = 20.0  # a turn that needs a passage waits this long, then goes on without


class PendingRetriever:
    """Looks like the retriever; a use waits a bounded time for the background build, then
    raises IndexNotReady so the turn is answered without passages (and says so)."""

    def __init__(self, future: Future[Any]) -> None:
        self._future = future

    def __getattr__(self, name: str) -> Any:
        from concurrent.futures import TimeoutError as FutureTimeout

        from knowledge.index import IndexNotReady

        try:
            return getattr(self._future.result(timeout=WAIT_FOR_INDEX_S), name)
        except FutureTimeout as exc:
            raise IndexNotReady("the knowledge index is still being built") from exc


class WarmServices:
    """Starts both builds at once: the session first, then the index, on one worker thread."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.retriever: Future[Any] = Future()  # exists before the session that waits on it
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="advisor-warm-up")
        self.session: Future[AdvisorSession] = pool.submit(self._build_session)
        pool.submit(self._build_retriever)
        pool.submit(warm_views, False)  # the charts; PDFs are drawn (and warmed) in ui.pdf_worker
        pool.shutdown(wait=False)

    def _build_session(self) -> AdvisorSession:
        context = Context(settings=self.settings, retriever=PendingRetriever(self.retriever))
        return AdvisorSession(self.settings, context=context)

    def _build_retriever(self) -> None:
        try:
            from knowledge.retriever import make_retriever

            self.retriever.set_result(make_retriever(self.settings.knowledge()))
        except BaseException as exc:  # surfaces in the turn that needs a passage
            self.retriever.set_exception(exc)
            raise

    @property
    def knowledge_ready(self) -> bool:
        return self.retriever.done()
