"""Report PDFs drawn in a worker process, so the chat server stays responsive while one is drawn.

Drawing a report takes about 0.2 s of pure-Python work (fpdf2, warm; 1.5 s the first time). Done
in a thread of the server it holds the interpreter that long, while the server has other work (the
file fetches of the same turn, other users' turns). One spawned worker, warmed when the app starts,
draws the PDFs instead; when it cannot start or has died, the PDF is drawn in a thread, as before.
"""

from __future__ import annotations

import asyncio
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

SAMPLE_PROFILE = {"employees": 300, "sector": "finance", "countries": 3, "ai_maturity_months": 24,
                  "annual_ai_budget_eur": 3_000_000}

_pool: ProcessPoolExecutor | None = None


def warm_views(pdf: bool = True) -> None:
    """Draw one sample recommendation's charts (and PDF), so the first real one does not pay the
    first-use cost of the chart and PDF writers."""
    try:
        from advisor.slots import to_profile
        from advisor.view import RecommendationView
        from scoring.advice import advise

        view = RecommendationView(advise(to_profile(SAMPLE_PROFILE)), "en")
        view.charts()
        if pdf:
            view.report_pdf()
    except Exception:  # noqa: BLE001 - a warm-up that fails only costs the first turn its time
        return


def start() -> None:
    """Start the worker (once) and warm it in the background."""
    global _pool
    if _pool is not None:
        return
    try:
        _pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
        _pool.submit(warm_views)
    except (OSError, RuntimeError):  # no processes here: drawn in a thread
        _pool = None


def draw_pdf(view: Any) -> bytes:
    """The report PDF of a `RecommendationView` (run in the worker, or in a thread)."""
    return bytes(view.report_pdf())


async def report_pdf(view: Any) -> bytes:
    """The view's PDF, from the worker when it runs, else drawn in a thread of this process."""
    loop = asyncio.get_running_loop()
    if _pool is not None:
        try:
            return await loop.run_in_executor(_pool, draw_pdf, view)
        except (BrokenProcessPool, OSError, RuntimeError):  # the worker died or is shutting down
            pass
    return await loop.run_in_executor(None, draw_pdf, view)
