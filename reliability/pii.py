"""PII: personal data in messages never reaches a recorded LLM request; the audit log stays clean.

Runs the conversations of `pii_cases.yaml` in LLM mode against the fault-injecting server (which
records every request body), then looks for each secret in the recorded requests and in the
audit log. `python -m reliability.pii`.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import yaml

from reliability.fault_server import FaultServer
from reliability.faults import chat_model
from reliability.harness import HERE, Conversation, make_session, run_conversation, scratch_settings

AUDIT_KEYS = {"hash", "at", "thread", "profile_hash", "architecture", "score", "scoring_version",
              "app_version", "mode"}


def load_cases() -> list[tuple[Conversation, list[str]]]:
    rows = yaml.safe_load((HERE / "pii_cases.yaml").read_text(encoding="utf-8"))
    return [(Conversation(r["name"], list(r["messages"]), r["expected"]), list(r["secrets"])) for r in rows]


def run_pii(workdir: Path) -> dict[str, Any]:
    """Figures: requests recorded, secrets found in them and in the audit log, audit entries."""
    record = workdir / "llm_requests.jsonl"
    server = FaultServer(record).start()
    settings = scratch_settings(workdir, advisor_mode="llm")
    session = make_session(workdir, mode="llm", chat_model=chat_model(server.base_url, timeout_s=5),
                           settings=settings)
    cases = load_cases()
    try:
        outcomes = [run_conversation(session, f"pii-{conv.name}", conv) for conv, _ in cases]
    finally:
        server.stop()
    requests = record.read_text(encoding="utf-8")
    audit_text = settings.audit_path.read_text(encoding="utf-8") if settings.audit_path.exists() else ""
    audit = [json.loads(line) for line in audit_text.splitlines()]
    secrets = [s for _, case_secrets in cases for s in case_secrets]
    thread_ids = [f"pii-{conv.name}" for conv, _ in cases]
    return {
        "messages": sum(len(conv.messages) for conv, _ in cases),
        "secrets": len(secrets),
        "requests": len(requests.splitlines()),
        "leaks_in_requests": sorted({s for s in secrets if s in requests}),
        "leaks_in_audit": sorted({s for s in [*secrets, *thread_ids] if s in audit_text}),
        "audit_entries": len(audit),
        "recommendations": sum(o.architecture is not None for o in outcomes),
        "audit_complete": all(set(e) == AUDIT_KEYS and e["profile_hash"] and e["scoring_version"]
                              and e["app_version"] for e in audit),
        "correct": sum(o.correct for o in outcomes),
        "conversations": len(outcomes),
    }


def print_figures(figures: dict[str, Any]) -> None:
    print("PII (recorded LLM requests and audit log)")
    print(f"  {figures['messages']} messages with {figures['secrets']} secrets (names, e-mails, phones, "
          f"IBANs) -> {figures['requests']} LLM requests recorded; secrets found in requests: "
          f"{len(figures['leaks_in_requests'])} {figures['leaks_in_requests'] or ''}")
    print(f"  audit log: {figures['audit_entries']} entries for {figures['recommendations']} recommendations,"
          f" profile hash + versions in each: {figures['audit_complete']}; "
          f"secrets or thread ids in it: {len(figures['leaks_in_audit'])}")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        print_figures(run_pii(Path(tmp)))
