"""Slack fixtures: the API stub and the bot in HTTP mode on a temporary data directory."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.agent.fakes import SourceRetriever
from tests.slack.harness import SlackHarness
from tests.slack.stub import SlackApiStub


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
