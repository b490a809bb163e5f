"""A local stand-in for the Slack Web API: records every call, answers like Slack would."""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from aiohttp import web

BOT_USER, BOT_ID, TEAM = "UBOT", "BBOT", "T1"


class SlackApiStub:
    """aiohttp server on 127.0.0.1 (free port); point `AsyncWebClient(base_url=stub.base_url)` at it."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.received_at: list[float] = []  # time.perf_counter() of each call, parallel to `calls`
        self.uploads: dict[str, bytes] = {}
        self._ts = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self.root = ""
        self.socket: web.WebSocketResponse | None = None  # the bot's Socket Mode connection
        self.socket_acks: list[dict[str, Any]] = []

    @property
    def base_url(self) -> str:
        return f"{self.root}/api/"

    def called(self, method: str) -> list[dict[str, Any]]:
        return [params for name, params in self.calls if name == method]

    async def start(self) -> SlackApiStub:
        app = web.Application()
        app.add_routes([web.post("/api/{method}", self._api), web.post("/upload/{file_id}", self._upload),
                        web.get("/socket", self._socket)])
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.root = f"http://127.0.0.1:{port}"
        return self

    async def stop(self) -> None:
        if self._runner:
            await self._runner.cleanup()

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if request.content_type == "application/json":
            params: dict[str, Any] = await request.json()
        else:
            params = dict(await request.post())
        params |= dict(request.query)  # some methods send their arguments as query parameters
        for key in ("blocks", "files"):
            if isinstance(params.get(key), str):
                params[key] = json.loads(params[key])
        self.calls.append((method, params))
        self.received_at.append(time.perf_counter())
        return web.json_response({"ok": True, **self._answer(method, params)})

    def _answer(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        if method == "auth.test":
            return {"user_id": BOT_USER, "bot_id": BOT_ID, "team_id": TEAM, "user": "advisor", "team": "Test"}
        if method == "apps.connections.open":
            return {"url": self.root.replace("http://", "ws://") + "/socket"}
        if method == "chat.postMessage":
            return {"channel": params.get("channel"), "ts": f"1700000100.{next(self._ts):06d}",
                    "message": {"text": params.get("text", "")}}
        if method == "files.getUploadURLExternal":
            file_id = f"F{next(self._ts):04d}"
            return {"upload_url": f"{self.root}/upload/{file_id}", "file_id": file_id}
        if method == "files.completeUploadExternal":
            return {"files": [{"id": f["id"], "title": f.get("title", "")} for f in params["files"]]}
        return {}

    async def _upload(self, request: web.Request) -> web.Response:
        file_id = request.match_info["file_id"]
        if request.content_type.startswith("multipart/"):
            form = await request.post()
            part = next(iter(form.values()))
            data = part.file.read() if hasattr(part, "file") else str(part).encode()
        else:
            data = await request.read()
        self.uploads[file_id] = data
        self.calls.append(("upload", {"file_id": file_id, "size": len(data)}))
        self.received_at.append(time.perf_counter())
        return web.Response(text=f"OK - {len(data)}")

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        """Socket Mode: say hello, then collect the envelope acknowledgements the bot sends back."""
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self.socket = ws
        await ws.send_json({"type": "hello", "num_connections": 1})
        async for message in ws:
            self.socket_acks.append(json.loads(message.data))
        return ws

    async def push(self, envelope_id: str, kind: str, payload: dict[str, Any], retry_attempt: int = 0) -> None:
        assert self.socket is not None, "the bot is not connected"
        await self.socket.send_json({"envelope_id": envelope_id, "type": kind, "payload": payload,
                                     "accepts_response_payload": kind != "events_api",
                                     "retry_attempt": retry_attempt, "retry_reason": "timeout" if retry_attempt else ""})


@contextmanager
def served_stub() -> Iterator[SlackApiStub]:
    """The stub, served from its own event loop on a thread (for tests that are not async)."""
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    stub = asyncio.run_coroutine_threadsafe(SlackApiStub().start(), loop).result(10)
    try:
        yield stub
    finally:
        asyncio.run_coroutine_threadsafe(stub.stop(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()
