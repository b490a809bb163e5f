"""Eval-suite fixtures: both suites run once per session on one shared index."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

SCENARIOS = Path(__file__).resolve().parents[2] / "evals" / "scenarios"


def eval_data_dir() -> Path:
    """The index is built once (content-hash checked) and shared across runs, outside the checkout."""
    return Path(os.environ["EVAL_DATA_DIR"])


@pytest.fixture(scope="session")
def offline_suite() -> dict[str, Any]:
    from evals.cli import run_suite

    return run_suite(SCENARIOS, "offline", data_dir=eval_data_dir())


@pytest.fixture(scope="session")
def llm_suite() -> dict[str, Any]:
    from evals.cli import run_suite

    return run_suite(SCENARIOS, "llm", data_dir=eval_data_dir())
