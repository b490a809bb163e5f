"""Every reliability figure of issue 8, measured now: `python -m reliability.report`.

Runs the LLM-fault conversations, the crash check, the 50-conversation load on `langgraph dev`,
the 10k-case fuzz, the injection set, the PII check and the scale-out checks (a few minutes).
"""

from __future__ import annotations

import asyncio
import logging
import tempfile
import time
from pathlib import Path

from reliability import agent_server, crash, faults, fuzz, injections, pii, scaleout


def main() -> None:
    logging.disable(logging.WARNING)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="advisor-reliability-") as tmp:
        work = Path(tmp)
        faults.print_figures(faults.run_faults(work / "faults"))
        crash.print_figures(crash.run_crash(work / "crash"))
        server, url = agent_server.start_agent_server(work / "agent-server")
        try:
            first = asyncio.run(agent_server.full_conversation(url))
            agent_server.print_figures(first, asyncio.run(agent_server.load(url, 50)))
        finally:
            server.stop()
        fuzz_started = time.perf_counter()
        extraction, scoring = fuzz.fuzz_extraction(5000), fuzz.fuzz_scoring(5000)
        fuzz.print_figures(extraction, scoring, time.perf_counter() - fuzz_started, fuzz.fuzz_session(500))
        injections.print_figures(injections.run_injections(work / "injections"))
        pii.print_figures(pii.run_pii(work / "pii"))
        reason = scaleout.postgres_reason()
        postgres = reason or scaleout.run_postgres(work / "postgres")
        scaleout.print_figures(postgres, scaleout.run_chroma(work / "chroma"))
    print(f"(all figures measured in {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
