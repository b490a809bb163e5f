"""Agent test fixtures: offline sessions on a temporary data directory."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from advisor.context import Context
from advisor.session import AdvisorSession
from advisor.settings import Settings
from tests.agent.fakes import SourceRetriever


@pytest.fixture(scope="session")
def source_retriever() -> SourceRetriever:
    return SourceRetriever()


@pytest.fixture
def make_session(tmp_path: Path, source_retriever: SourceRetriever) -> Callable[..., AdvisorSession]:
    def make(**context: Any) -> AdvisorSession:
        settings = Settings(data_dir=tmp_path / "data", advisor_mode="offline")
        ctx = Context(settings=settings, mode=context.pop("mode", "offline"),
                      retriever=context.pop("retriever", source_retriever), **context)
        return AdvisorSession(settings, context=ctx)

    return make


@pytest.fixture
def session(make_session: Callable[..., AdvisorSession]) -> AdvisorSession:
    return make_session()
