"""`langgraph dev` serves the graph; langgraph-sdk drives a conversation and 50 concurrent ones."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from reliability.agent_server import full_conversation, load, start_agent_server


@pytest.fixture(scope="module")
def agent_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    server, url = start_agent_server(Path(tmp_path_factory.mktemp("agent-server")))
    try:
        yield url
    finally:
        server.stop()


def test_the_sdk_drives_a_full_conversation(agent_server: str) -> None:
    result = asyncio.run(full_conversation(agent_server))
    assert result["architecture"] == result["expected"]
    assert result["messages"] == 2 * result["turns"]
    assert result["citations"] > 0 and result["profile"]["employees"] == 300


def test_fifty_concurrent_conversations_without_errors(agent_server: str) -> None:
    asyncio.run(full_conversation(agent_server))  # the knowledge index is built once, before the load
    figures = asyncio.run(load(agent_server, 50))
    assert figures["errors"] == 0, figures["error_samples"]
    assert figures["wrong"] == 0
    assert figures["turns"] >= 100
    assert figures["p95_s"] < 30
