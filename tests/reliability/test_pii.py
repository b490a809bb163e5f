"""PII never appears in recorded LLM requests; the audit log has hashes and versions, no PII."""

from __future__ import annotations

from pathlib import Path

from advisor.llm_policy import redact_for_llm
from reliability.pii import load_cases, run_pii


def test_no_secret_reaches_a_recorded_llm_request_nor_the_audit_log(tmp_path: Path) -> None:
    figures = run_pii(tmp_path)
    assert figures["requests"] >= figures["messages"]
    assert figures["leaks_in_requests"] == []
    assert figures["leaks_in_audit"] == []
    assert figures["audit_entries"] == figures["recommendations"] == figures["conversations"]
    assert figures["audit_complete"]
    assert figures["correct"] == figures["conversations"]


def test_names_without_a_cue_are_redacted_before_the_llm() -> None:
    for _conversation, secrets in load_cases():
        for message in _conversation.messages:
            redacted = redact_for_llm(message)
            assert not [s for s in secrets if s in redacted], redacted
    assert redact_for_llm("We are 300 people, 3 M€ budget.") == "We are 300 people, 3 M€ budget."
