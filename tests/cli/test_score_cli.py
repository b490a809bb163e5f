"""`advisor score` end to end, and the light start-up of `advisor --help`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from advisor.cli import app

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()


def test_score_yaml_markdown() -> None:
    result = runner.invoke(app, ["score", str(ROOT / "examples/fintech.yaml")])
    assert result.exit_code == 0, result.output
    assert "## Recommendation: **centralized**" in result.output
    assert "| regulation | +1.0 | 20% |" in result.output
    assert "Migration plan" in result.output
    assert "What would change the advice" in result.output


def test_score_json_has_top_level_architecture(tmp_path: Path) -> None:
    profile = tmp_path / "p.json"
    profile.write_text(json.dumps({"employees": 40, "sector": "tech", "countries": 1,
                                   "ai_maturity_months": 3, "annual_ai_budget_eur": 300000}))
    result = runner.invoke(app, ["score", str(profile), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["architecture"] == "decentralized"
    assert len(data["criteria"]) == 8
    assert set(data["costs"]["by_architecture"]) == {"centralized", "hybrid", "decentralized"}
    assert data["sensitivity"] and all("text" in f for f in data["sensitivity"])


def test_score_invalid_profile_is_a_clear_error(tmp_path: Path) -> None:
    profile = tmp_path / "bad.yaml"
    profile.write_text("employees: -4\nsector: tech\ncountries: 1\nai_maturity_months: 3\n"
                       "annual_ai_budget_eur: 1000\n")
    result = runner.invoke(app, ["score", str(profile)])
    assert result.exit_code == 2
    assert "employees: must be at least 1" in result.output


def test_score_needs_exactly_one_input() -> None:
    assert runner.invoke(app, ["score"]).exit_code == 2


def test_portfolio_csv_scores_valid_rows_and_reports_bad_ones() -> None:
    result = runner.invoke(app, ["score", "--csv", str(ROOT / "examples/portfolio.csv"),
                                 "--format", "json"])
    assert result.exit_code == 1  # one invalid row
    units = {u["unit"]: u for u in json.loads(result.output)["units"]}
    assert units["Retail France"]["architecture"] == "hybrid"
    assert units["Tech Lab"]["architecture"] == "decentralized"
    assert units["Bank Group"]["architecture"] == "centralized"
    assert "employees" in units["Broken unit"]["error"]


def test_help_does_not_import_langchain_or_chroma() -> None:
    code = ("import sys; from advisor.cli import app\n"
            "try:\n    app(['--help'])\nexcept SystemExit:\n    pass\n"
            "heavy = [m for m in sys.modules if m.split('.')[0] in "
            "('langchain', 'langchain_core', 'langgraph', 'chromadb', 'numpy', 'chainlit')]\n"
            "print('HEAVY', heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "HEAVY []" in out.stdout
