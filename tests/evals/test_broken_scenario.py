"""A deliberately wrong scenario must fail, with reasons a person can act on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals.cli import eval_command, exit_code, run_suite
from tests.evals.conftest import eval_data_dir

BROKEN = """
id: broken-on-purpose
language: en
description: Wrong on purpose - a bank is centralized, and it has 300 people, not 999.
turns:
  - user: "We're a bank with 300 people in 3 countries, AI for 2 years, budget 3 M€ a year."
    expect_profile: {employees: 999}
expect:
  profile: {sector: finance}
  architecture: decentralized
  max_turns: 1
  must_cite: true
"""


@pytest.fixture
def broken_dir(tmp_path: Path) -> Path:
    (tmp_path / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    return tmp_path


def test_broken_scenario_fails_with_reasons(broken_dir: Path) -> None:
    document = run_suite(broken_dir, "offline", data_dir=eval_data_dir(), thresholds={})
    (record,) = document["scenarios"]
    assert record["passed"] is False
    assert "architecture: expected 'decentralized', got 'centralized'" in record["failures"]
    assert any("employees: expected 999, got 300" in f for f in record["failures"])
    assert exit_code(document) == 1
    assert document["metrics"]["architecture_accuracy"] == 0.0


def test_cli_json_and_exit_code(broken_dir: Path, capsys: pytest.CaptureFixture[str],
                                monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr("evals.report.REPORT_DIR", tmp_path / "reports")
    code = eval_command(broken_dir, "offline", record=False, as_json=True)
    document = json.loads(capsys.readouterr().out)
    assert code == 1
    assert document["scenarios"][0]["passed"] is False
    assert Path(document["report"]).exists()


def test_record_needs_llm_mode(broken_dir: Path) -> None:
    assert eval_command(broken_dir, "offline", record=True, as_json=False) == 2
