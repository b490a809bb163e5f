"""Shared test set-up: no network, no API key, nothing written into the working tree, and the
slow tier (processes, browsers, index builds) marked so `make test-fast` can leave it out."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
for _name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "DATABASE_URL", "CHROMA_HOST"):
    os.environ.pop(_name, None)
os.environ["ADVISOR_MODE"] = "offline"
# Runs that do not say where data goes get a directory outside the checkout.
os.environ.setdefault("DATA_DIR", tempfile.mkdtemp(prefix="advisor-tests-"))
os.environ.setdefault("EVAL_DATA_DIR", str(Path.home() / ".cache" / "orchestration-advisor" / "test-index"))
os.environ.setdefault("EVAL_REPORT_DIR", tempfile.mkdtemp(prefix="advisor-reports-"))

try:
    from hypothesis import settings as _hypothesis

    # no .hypothesis/ folder in the checkout; no per-example deadline (a busy CI machine is slow)
    _hypothesis.register_profile("no-db", database=None, deadline=None)
    _hypothesis.load_profile("no-db")
except ImportError:  # pragma: no cover
    pass

SLOW = ("tests/reliability/", "tests/oracle/", "tests/ui/test_e2e", "tests/evals/test_suites.py",
        "tests/knowledge/test_retrieval.py", "tests/slack/test_socket_mode.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Everything under the slow paths is `slow` (make test runs it, make test-fast does not)."""
    for item in items:
        path = str(item.path).replace(os.sep, "/")
        if any(part in path for part in SLOW):
            item.add_marker(pytest.mark.slow)
