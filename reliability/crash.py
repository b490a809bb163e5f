"""Crash: SIGKILL a served advisor (SQLite checkpoints) mid-conversation, restart it, continue.

For each kill point (idle between turns, then during a turn after a few delays), checks that the
restarted process sees the acknowledged profile and history intact, no half turn, and that the
conversation then reaches its recommendation. `python -m reliability.crash`.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from reliability.harness import load_conversations
from reliability.processes import Worker, advisor_env

KILL_DELAYS_S = (None, 0.0, 0.05, 0.5)  # None: idle between turns; else after sending a turn


def _well_formed(history: list[list[str]]) -> bool:
    roles = [role for role, _text in history]
    return roles == ["human", "ai"] * (len(roles) // 2)


def run_crash(workdir: Path) -> dict[str, Any]:
    """One conversation per kill point, killed before or while its last (recommending) turn runs."""
    conversation = next(c for c in load_conversations() if len(c.messages) == 3)
    env = advisor_env(workdir)
    rows = []
    for n, delay in enumerate(KILL_DELAYS_S):
        thread = f"crash-{n}"
        worker = Worker(env)
        for text in conversation.messages[:-1]:
            acknowledged = worker.ask(thread=thread, text=text)
        in_flight = conversation.messages[-1]
        if delay is not None:
            worker.post(thread=thread, text=in_flight)
            time.sleep(delay)
        worker.kill()
        restarted = Worker(env)
        seen = restarted.ask(thread=thread)
        done = len(acknowledged["history"])
        applied = len(seen["history"]) == done + 2
        intact = seen["history"][:done] == acknowledged["history"] and _well_formed(seen["history"])
        profile_kept = all(seen["profile"].get(k) == v for k, v in acknowledged["profile"].items())
        last = seen if applied else restarted.ask(thread=thread, text=in_flight)
        restarted.close()
        rows.append({"kill": "idle" if delay is None else f"in turn +{delay}s", "intact": intact,
                     "profile_kept": profile_kept, "in_flight_turn_applied": applied,
                     "half_turns": int(not _well_formed(last["history"])),
                     "final_turns": len(last["history"]) // 2,
                     "recommendation": last["architecture"], "expected": conversation.expected})
    return {"rows": rows, "ok": all(r["intact"] and r["profile_kept"] and not r["half_turns"]
                                    and r["recommendation"] == r["expected"]
                                    and r["final_turns"] == len(conversation.messages) for r in rows)}


def print_figures(figures: dict[str, Any]) -> None:
    print("Crash (SIGKILL of a served advisor with SQLite checkpoints, restart, continue)")
    for r in figures["rows"]:
        print(f"  kill {r['kill']:<15} history+profile intact {r['intact'] and r['profile_kept']}, "
              f"in-flight turn kept {r['in_flight_turn_applied']}, half turns {r['half_turns']}, "
              f"then {r['final_turns']} turns -> {r['recommendation']} (expected {r['expected']})")
    print(f"  all intact and continued: {figures['ok']}")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        print_figures(run_crash(Path(tmp)))
