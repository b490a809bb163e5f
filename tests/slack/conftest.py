"""Slack fixtures: the API stub and the bot in HTTP mode on a temporary data directory."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from tests.agent.fakes import SourceRetriever
from tests.slack.harness import SlackHarness
from tests.slack.stub import SlackApiStub


@pytest.fixture(autouse=True)
def no_real_slack_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never see real tokens, so nothing here can reach Slack."""
    for name in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def source_retriever() -> SourceRetriever:
    return SourceRetriever()


@pytest.fixture
async def stub() -> AsyncIterator[SlackApiStub]:
    server = await SlackApiStub().start()
    yield server
    await server.stop()


@pytest.fixture
async def bot(tmp_path: Path, stub: SlackApiStub, source_retriever: SourceRetriever) -> AsyncIterator[SlackHarness]:
    harness = await SlackHarness(tmp_path / "data", stub, source_retriever).start()
    yield harness
    await harness.stop()


@pytest.fixture(scope="session")
def recommendation() -> dict[str, Any]:
    """Advice.to_dict() for the 300-person fintech (centralized)."""
    from scoring.advice import advise
    from scoring.profile import OrgProfile

    profile = {"employees": 300, "sector": "finance", "countries": 3, "ai_maturity_months": 12,
               "annual_ai_budget_eur": 3_000_000}
    return advise(OrgProfile.model_validate(profile)).to_dict()
