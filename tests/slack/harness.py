"""The bot under test: HTTP mode on a local port, signed requests, the Slack API stub, a restart."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import aiohttp
from aiohttp import web
from slack_sdk.web.async_client import AsyncWebClient

from advisor.context import Context
from advisor.session import AdvisorSession
from advisor.settings import Settings
from tests.slack.stub import TEAM, SlackApiStub
from ui.slack.app import build_app
from ui.slack.config import SlackCredentials
from ui.slack.service import SlackAdvisor
from ui.slack.store import SlackStore

SECRET = "test-signing-secret"
CREDENTIALS = SlackCredentials(bot_token="xoxb-test", app_token=None, signing_secret=SECRET)


def sign(body: str, timestamp: int, secret: str = SECRET) -> str:
    """Slack's v0 signature: HMAC-SHA256 over `v0:{timestamp}:{body}`."""
    digest = hmac.new(secret.encode(), f"v0:{timestamp}:{body}".encode(), hashlib.sha256).hexdigest()
    return f"v0={digest}"


def event_callback(event: dict[str, Any], event_id: str) -> dict[str, Any]:
    """The Events API envelope around one event."""
    return {"token": "legacy", "team_id": TEAM, "api_app_id": "A1", "type": "event_callback",
            "event_id": event_id, "event_time": int(time.time()), "event": {"team": TEAM, **event}}


class SlackHarness:
    def __init__(self, data_dir: Path, stub: SlackApiStub, retriever: Any) -> None:
        self.data_dir, self.stub, self.retriever = data_dir, stub, retriever
        self._ids = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self.url = ""

    async def start(self) -> SlackHarness:
        """(Re)build session, store and app from the data directory, as a process start would."""
        settings = Settings(data_dir=self.data_dir, advisor_mode="offline")
        session = AdvisorSession(settings, context=Context(mode="offline", retriever=self.retriever))
        self.advisor = SlackAdvisor(session, SlackStore(self.data_dir / "slack.sqlite"))
        self.client = AsyncWebClient(token="xoxb-test", base_url=self.stub.base_url)
        app = build_app(CREDENTIALS, self.advisor, http=True, client=self.client)
        self._runner = web.AppRunner(app.web_app(path="/slack/events"))
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self.url = f"http://127.0.0.1:{self._runner.addresses[0][1]}/slack/events"
        return self

    async def stop(self) -> None:
        await self.advisor.drain()
        if self._runner:
            await self._runner.cleanup()
        self.advisor.store.close()

    async def restart(self) -> None:
        await self.stop()
        await self.start()

    async def post(self, body: str, *, content_type: str = "application/json", timestamp: int | None = None,
                   signature: str | None = None, headers: dict[str, str] | None = None,
                   signed: bool = True) -> tuple[int, str]:
        ts = int(time.time()) if timestamp is None else timestamp
        sent = {"Content-Type": content_type, **(headers or {})}
        if signed:
            sent |= {"X-Slack-Request-Timestamp": str(ts), "X-Slack-Signature": signature or sign(body, ts)}
        async with aiohttp.ClientSession() as http, http.post(self.url, data=body.encode(), headers=sent) as r:
            return r.status, await r.text()

    def event_body(self, event: dict[str, Any], event_id: str | None = None) -> str:
        return json.dumps(event_callback(event, event_id or f"Ev{next(self._ids):04d}"))

    async def event(self, event: dict[str, Any], event_id: str | None = None, **kw: Any) -> tuple[int, str]:
        return await self.post(self.event_body(event, event_id), **kw)

    async def dm(self, text: str, ts: str, thread_ts: str | None = None, **kw: Any) -> tuple[int, str]:
        event = {"type": "message", "channel": "D1", "channel_type": "im", "user": "U1", "text": text, "ts": ts}
        return await self.event(event | ({"thread_ts": thread_ts} if thread_ts else {}), **kw)

    async def command(self, text: str, channel: str = "D1", user: str = "U1") -> dict[str, Any]:
        body = urlencode({"token": "legacy", "team_id": TEAM, "channel_id": channel, "user_id": user,
                          "command": "/advisor", "text": text, "response_url": "http://127.0.0.1:9/r",
                          "trigger_id": "1.2.3"})
        status, answer = await self.post(body, content_type="application/x-www-form-urlencoded")
        assert status == 200, answer
        await self.advisor.drain()
        return dict(json.loads(answer))

    def replies(self, channel: str | None = None) -> list[dict[str, Any]]:
        posts = self.stub.called("chat.postMessage")
        return [p for p in posts if channel is None or p["channel"] == channel]
