"""Socket Mode (the default) against the local stub: connect, receive an event, ack, reply in thread."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path

from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_sdk.web.async_client import AsyncWebClient

from advisor.context import Context
from advisor.session import AdvisorSession
from advisor.settings import Settings
from tests.agent.fakes import SourceRetriever
from tests.slack.harness import event_callback
from tests.slack.stub import SlackApiStub
from ui.slack.app import build_app
from ui.slack.config import SlackCredentials
from ui.slack.service import SlackAdvisor
from ui.slack.store import SlackStore


async def wait_for(condition: Callable[[], object], seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        await asyncio.sleep(0.01)


async def test_socket_mode_acks_the_envelope_and_replies_in_the_thread(
        tmp_path: Path, stub: SlackApiStub, source_retriever: SourceRetriever) -> None:
    settings = Settings(data_dir=tmp_path, advisor_mode="offline")
    session = AdvisorSession(settings, context=Context(mode="offline", retriever=source_retriever))
    advisor = SlackAdvisor(session, SlackStore(tmp_path / "slack.sqlite"))
    client = AsyncWebClient(token="xoxb-test", base_url=stub.base_url)
    app = build_app(SlackCredentials("xoxb-test", "xapp-test", None), advisor, http=False, client=client)
    handler = AsyncSocketModeHandler(app, "xapp-test")
    await handler.connect_async()
    try:
        await wait_for(lambda: stub.socket is not None)
        body = event_callback({"type": "message", "channel": "D1", "channel_type": "im", "user": "U1",
                               "text": "We are a 300-person fintech.", "ts": "12.1"}, "EvSOCKET")
        started = time.perf_counter()
        await stub.push("env-1", "events_api", body)
        await wait_for(lambda: stub.socket_acks)
        ack_ms = (time.perf_counter() - started) * 1000
        assert stub.socket_acks[0]["envelope_id"] == "env-1" and ack_ms < 3000
        await stub.push("env-2", "events_api", body, retry_attempt=1)  # a retry of the same event
        await wait_for(lambda: len(stub.socket_acks) == 2)
        await advisor.drain()
        (reply,) = stub.called("chat.postMessage")
        assert reply["thread_ts"] == "12.1" and reply["text"].count("?") == 1
        print(f"\nsocket-mode ack ms: {ack_ms:.1f}")
    finally:
        await handler.close_async()
        advisor.store.close()
