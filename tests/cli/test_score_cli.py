"""`advisor score` end to end (report Markdown, JSON, PDF, decision record; English and French),
and the light start-up of `advisor --help`."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader
from typer.testing import CliRunner

from advisor.cli import app

ROOT = Path(__file__).resolve().parents[2]
FINTECH = str(ROOT / "examples/fintech.yaml")
runner = CliRunner()


def test_score_yaml_markdown_report() -> None:
    result = runner.invoke(app, ["score", FINTECH])
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.startswith("# Orchestration Advisor — report")
    assert out.index("## Executive summary") < out.index("## Profile used") < out.index("## Criteria")
    assert "### Recommendation: **centralized**" in out
    assert "| regulation | +1.0 | 20% |" in out
    assert "## Migration plan → centralized" in out and "## What would change the advice" in out
    assert "teams_using_ai" not in out and "annual_ai_budget_eur" not in out  # no internal names
    assert "| teams using AI | 6 | default |" in out  # the scorer's assumption, listed as such


def test_score_french_markdown_uses_french_words_and_numbers() -> None:
    result = runner.invoke(app, ["score", FINTECH, "--lang", "fr"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "## Synthèse pour la direction" in out and "### Recommandation : **centralisée**" in out
    assert "1,02 M€" in out and "1.02 M€" not in out
    assert "## Plan de migration → centralisée" in out


def test_score_json_has_top_level_architecture_and_the_words(tmp_path: Path) -> None:
    profile = tmp_path / "p.json"
    profile.write_text(json.dumps({"employees": 40, "sector": "tech", "countries": 1,
                                   "ai_maturity_months": 3, "annual_ai_budget_eur": 300000}))
    result = runner.invoke(app, ["score", str(profile), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["architecture"] == "decentralized"
    assert len(data["criteria"]) == 8
    assert set(data["costs"]["by_architecture"]) == {"centralized", "hybrid", "decentralized"}
    assert data["sensitivity"] and data["text"]["sensitivity"]
    assert data["stamp"]["scoring_version"] and len(data["stamp"]["profile_hash"]) == 12


def test_score_pdf_and_adr_into_files(tmp_path: Path) -> None:
    pdf_path, adr_path = tmp_path / "r.pdf", tmp_path / "adr.md"
    result = runner.invoke(app, ["score", FINTECH, "--format", "pdf", "--lang", "fr", "-o", str(pdf_path)])
    assert result.exit_code == 0, result.output
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf_path.read_bytes())).pages)
    assert "Synthèse pour la direction" in text and "Coût cumulé sur 24 mois" in text
    result = runner.invoke(app, ["score", FINTECH, "--format", "adr", "-o", str(adr_path)])
    assert result.exit_code == 0, result.output
    adr = adr_path.read_text()
    assert adr.startswith("# ADR: centralized AI orchestration")
    for heading in ("## Context and problem statement", "## Decision drivers", "## Considered options",
                    "## Decision outcome", "### Consequences", "## Pros and cons of the options"):
        assert heading in adr


def test_pdf_needs_an_output_file_and_bad_options_are_clear_errors() -> None:
    assert runner.invoke(app, ["score", FINTECH, "--format", "pdf"]).exit_code == 2
    result = runner.invoke(app, ["score", FINTECH, "--format", "docx"])
    assert result.exit_code == 2 and "--format must be one of md, json, pdf, adr" in result.output
    assert runner.invoke(app, ["score", FINTECH, "--lang", "de"]).exit_code == 2


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
    table = runner.invoke(app, ["score", "--csv", str(ROOT / "examples/portfolio.csv"), "--lang", "fr"])
    assert "| Unité | Architecture | Score | centralisée | hybride | décentralisée |" in table.output


def test_help_does_not_import_langchain_or_chroma() -> None:
    code = ("import sys; from advisor.cli import app\n"
            "try:\n    app(['--help'])\nexcept SystemExit:\n    pass\n"
            "heavy = [m for m in sys.modules if m.split('.')[0] in "
            "('langchain', 'langchain_core', 'langgraph', 'chromadb', 'numpy', 'chainlit')]\n"
            "print('HEAVY', heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "HEAVY []" in out.stdout
