"""LLM faults: every scripted conversation in LLM mode against the fault-injecting server.

Plans per fault: `first` (the first LLM request of each turn fails, retries get answers) and
`storm` (every request of the turn fails, so the turn falls back to the offline reading).
Prints, per fault and plan, the share of conversations reaching the right recommendation and
the turns lost. `python -m reliability.faults`.
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path
from typing import Any

from reliability.fault_server import FAULTS, FaultServer
from reliability.harness import Outcome, load_conversations, make_session, run_conversation

PLANS = {"first": 1, "storm": 6}
CLIENT_TIMEOUT_S = 0.5


def chat_model(base_url: str, timeout_s: float = CLIENT_TIMEOUT_S, max_retries: int = 1) -> Any:
    """ChatOpenAI configured as `advisor.services.default_chat_model` does, on `base_url`."""
    from langchain_openai import ChatOpenAI

    from advisor.llm_http import bounded_http_client

    return ChatOpenAI(model="gpt-4o-mini", api_key="not-needed", base_url=base_url,
                      timeout=timeout_s, max_retries=max_retries, max_tokens=512, temperature=0,
                      http_client=bounded_http_client(timeout_s))


def run_faults(workdir: Path, faults: tuple[str, ...] = FAULTS[1:],
               plans: tuple[str, ...] = ("first", "storm"),
               conversations: int | None = None) -> dict[str, Any]:
    """Run the conversations under each fault plan; returns figures and the recorded requests path."""
    record = workdir / "llm_requests.jsonl"
    server = FaultServer(record, delay_s=CLIENT_TIMEOUT_S * 3).start()
    session = make_session(workdir, mode="llm", chat_model=chat_model(server.base_url))
    rows: list[dict[str, Any]] = []
    outcomes: list[Outcome] = []
    try:
        for fault in faults:
            for plan in plans:
                started = time.perf_counter()
                batch = []
                for conv in load_conversations()[:conversations]:
                    def script(_n: int, fault: str = fault, plan: str = plan) -> None:
                        server.set_script([fault] * PLANS[plan])

                    batch.append(run_conversation(session, f"{fault}-{plan}-{conv.name}", conv, script))
                outcomes += batch
                rows.append({"fault": fault, "plan": plan, "conversations": len(batch),
                             "correct": sum(o.correct for o in batch),
                             "turns_lost": sum(o.turns_lost for o in batch),
                             "llm_turns": sum(o.llm_turns for o in batch),
                             "seconds": round(time.perf_counter() - started, 1)})
    finally:
        server.stop()
    total = len(outcomes)
    return {"rows": rows, "conversations": total, "correct_share": sum(o.correct for o in outcomes) / total,
            "turns_lost": sum(o.turns_lost for o in outcomes), "requests": len(server.served),
            "retry_after_honoured": retry_after_gaps(record), "record": str(record),
            "errors": sorted({e for o in outcomes for e in o.errors})}


def retry_after_gaps(record: Path) -> float | None:
    """Smallest delay between a 429 answer and the client's retry of the same request, in seconds."""
    lines = [json.loads(line) for line in record.read_text(encoding="utf-8").splitlines()]
    gaps = [b["at"] - a["at"] for a, b in zip(lines, lines[1:], strict=False)
            if a["fault"] == "429" and a["body"] == b["body"]]
    return round(min(gaps), 2) if gaps else None


def print_figures(figures: dict[str, Any]) -> None:
    print("LLM faults (fault-injecting OpenAI-compatible server on loopback)")
    for row in figures["rows"]:
        print(f"  {row['fault']:>13} {row['plan']:<5}  correct {row['correct']}/{row['conversations']}"
              f"  turns lost {row['turns_lost']}  LLM answer used {row['llm_turns']} turns"
              f"  ({row['seconds']} s)")
    print(f"  total: {figures['correct_share']:.0%} of {figures['conversations']} conversations reach the "
          f"correct recommendation; turns lost: {figures['turns_lost']}; "
          f"LLM requests: {figures['requests']}; "
          f"smallest wait after a 429 (Retry-After 1 s): {figures['retry_after_honoured']} s")


if __name__ == "__main__":
    import logging

    logging.disable(logging.WARNING)
    with tempfile.TemporaryDirectory() as tmp:
        print_figures(run_faults(Path(tmp)))
