"""A local stand-in for the Slack Web API: records every call, answers like Slack would."""

from __future__ import annotations

import itertools
import json
from typing import Any

from aiohttp import web

BOT_USER, BOT_ID, TEAM = "UBOT", "BBOT", "T1"


class SlackApiStub:
    """aiohttp server on 127.0.0.1 (free port); point `AsyncWebClient(base_url=stub.base_url)` at it."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.uploads: dict[str, bytes] = {}
        self._ts = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self.root = ""

    @property
    def base_url(self) -> str:
        return f"{self.root}/api/"

    def called(self, method: str) -> list[dict[str, Any]]:
        return [params for name, params in self.calls if name == method]

    async def start(self) -> SlackApiStub:
        app = web.Application()
        app.add_routes([web.post("/api/{method}", self._api), web.post("/upload/{file_id}", self._upload)])
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
        for key in ("blocks", "files"):
            if isinstance(params.get(key), str):
                params[key] = json.loads(params[key])
        self.calls.append((method, params))
        return web.json_response({"ok": True, **self._answer(method, params)})

    def _answer(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        if method == "auth.test":
            return {"user_id": BOT_USER, "bot_id": BOT_ID, "team_id": TEAM, "user": "advisor", "team": "Test"}
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
        return web.Response(text=f"OK - {len(data)}")
