"""Start `langgraph dev` N times as the test suite does, one conversation each, and report how
each start ended (issue 11: a SIGSEGV seen once at start). With PYTHONFAULTHANDLER set, a native
crash prints every thread's stack into the server log, which is printed here.

    python -m reliability.server_starts 20
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from pathlib import Path

from reliability.agent_server import full_conversation, start_agent_server


def one_start(workdir: Path) -> tuple[str, float]:
    """('ok' | the failure, seconds to answer `/ok`)."""
    started = time.perf_counter()
    try:
        server, url = start_agent_server(workdir)
    except RuntimeError as exc:
        return f"failed: {exc}", time.perf_counter() - started
    ready = time.perf_counter() - started
    try:
        result = asyncio.run(full_conversation(url))
        outcome = "ok" if result["architecture"] == result["expected"] else f"wrong: {result['architecture']}"
    except Exception as exc:  # noqa: BLE001 - reported, the loop goes on
        outcome = f"conversation failed: {type(exc).__name__}: {exc}"[:300]
    finally:
        server.stop()
    crashed = server.proc.returncode not in (0, -15, 143)
    return (f"{outcome}; exited {server.proc.returncode}" if crashed else outcome), ready


def main(runs: int) -> int:
    failures = 0
    for run in range(1, runs + 1):
        with tempfile.TemporaryDirectory() as tmp:
            outcome, ready = one_start(Path(tmp))
        failures += outcome != "ok"
        print(f"start {run:2d}/{runs}: {outcome} (up in {ready:.1f} s)", flush=True)
    print(f"{runs - failures}/{runs} starts served a full conversation")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 20))
