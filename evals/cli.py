"""`advisor eval`: run every scenario, print a table or JSON, write the Markdown report."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

MODES = ("offline", "llm")


def make_harness(mode: str, record: bool = False, data_dir: Path | None = None,
                 live: bool = False) -> Any:
    """Settings, the shared retriever (index built once under the data dir) and the LLM if needed."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    from advisor.settings import Settings
    from evals.runner import Harness
    from knowledge.retriever import make_retriever

    base = Settings()
    settings = Settings(data_dir=data_dir or base.data_dir, advisor_mode=mode, database_url=None,
                        chroma_host=None, openai_api_key=base.openai_api_key if live else None,
                        openai_base_url=base.openai_base_url if live else None,
                        llm_model=base.llm_model, llm_max_retries=0 if live else base.llm_max_retries,
                        # the cassettes were recorded before answers were phrased: replay them as they are
                        llm_phrasing=live and base.llm_phrasing)
    # The index the evals share never switches to OpenAI embeddings because a live key is set.
    retriever = make_retriever(settings.model_copy(update={"openai_api_key": None}).knowledge(),
                               progress=False)
    chat_model = None
    if mode == "llm" and not live:
        from evals.cassettes import make_chat_model

        chat_model = make_chat_model()
    return Harness(settings=settings, retriever=retriever, mode=mode, chat_model=chat_model, record=record,
                   live=live)


def run_suite(scenarios_dir: Path, mode: str, record: bool = False, data_dir: Path | None = None,
              thresholds: dict[str, Any] | None = None, live: bool = False) -> dict[str, Any]:
    """Every scenario through the graph; returns {"scenarios": [...], "metrics": {...}, ...}."""
    from evals.metrics import suite_metrics, threshold_breaches
    from evals.runner import run_scenario
    from evals.scenario import load_scenarios

    scenarios = load_scenarios(scenarios_dir)
    harness = make_harness(mode, record, data_dir, live=live)
    results = []
    for scenario in scenarios:
        if record:
            print(f"recording {scenario.id} ...", file=sys.stderr, flush=True)
        results.append(run_scenario(harness, scenario))
    metrics = suite_metrics(results)
    breaches = threshold_breaches(metrics, mode, thresholds)
    return {"mode": mode, "scenarios": results, "metrics": metrics, "threshold_breaches": breaches}


def exit_code(document: dict[str, Any]) -> int:
    """1 when a counted scenario fails or a threshold is breached, else 0."""
    failed = any(not r["passed"] for r in document["scenarios"] if r["counted"])
    return 1 if failed or document["threshold_breaches"] else 0


def eval_command(scenarios: Path, mode: str, record: bool, as_json: bool, live: bool = False) -> int:
    """Entry point of `advisor eval`; returns the process exit code."""
    from evals.report import markdown, summary_lines, table, write_report
    from evals.scenario import ScenarioError

    if mode not in MODES:
        print(f"--mode must be one of {MODES}", file=sys.stderr)
        return 2
    if (record or live) and mode != "llm":
        print("--record and --live only apply to --mode llm", file=sys.stderr)
        return 2
    if record and live:
        print("--live never reads or writes cassettes: use one of --record, --live", file=sys.stderr)
        return 2
    try:
        document = run_suite(scenarios, mode, record, live=live)
    except ScenarioError as exc:
        print(f"invalid scenario: {exc}", file=sys.stderr)
        return 2
    report = write_report(markdown(document["scenarios"], document["metrics"], mode,
                                   document["threshold_breaches"]), mode)
    document["report"] = str(report)
    if as_json:
        print(json.dumps(document, ensure_ascii=False, indent=2, default=str))
    else:
        print(table(document["scenarios"]))
        print()
        print("\n".join(summary_lines(document["metrics"], mode)))
        for breach in document["threshold_breaches"]:
            print(f"THRESHOLD BREACH: {breach}")
        print(f"report: {report}")
    return exit_code(document)
