"""A fault-injecting OpenAI-compatible chat server on loopback, scripted per request.

Each POST /v1/chat/completions takes the next fault of the script (then "ok" once it is empty),
records the request body as one JSON line, and answers:

- ok: a correct extraction (the deterministic extractor run on the quoted message), as a tool
  call when tools were offered, else as JSON content;
- timeout: the ok answer, but only after `delay_s` (past the client's timeout);
- 429: Too Many Requests with a Retry-After header; 500: an internal error;
- malformed: a 200 whose body is broken JSON;
- invented_tool: a tool call naming a tool that does not exist, with made-up arguments;
- truncated: a stream (SSE) or a body cut off in the middle, then the connection closed;
- hostile: a well-formed answer that obeys an injection: other categorical values, and the
  system prompt echoed back as the "question".

`python -m reliability.fault_server --port 8089 --record requests.jsonl` serves it;
POST /_script with {"faults": [...]} replaces the script.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections import deque
from pathlib import Path
from typing import Any

from aiohttp import web

from reliability.llm_answers import completion, extraction_arguments, hostile_arguments

FAULTS = ("ok", "timeout", "429", "500", "malformed", "invented_tool", "truncated")
HOSTILE = "hostile"  # not a transport fault: an LLM that obeys the injection and echoes its prompt


class FaultServer:
    """The server, its script and its request log; `start()` runs it in a background thread."""

    def __init__(self, record: Path, faults: list[str] | None = None, delay_s: float = 2.0,
                 retry_after_s: int = 1) -> None:
        self.record, self.delay_s, self.retry_after_s = record, delay_s, retry_after_s
        self.script: deque[str] = deque(faults or [])
        self.served: list[str] = []
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None

    def set_script(self, faults: list[str]) -> None:
        unknown = set(faults) - {*FAULTS, HOSTILE}
        if unknown:
            raise ValueError(f"unknown faults: {sorted(unknown)}")
        self.script = deque(faults)

    def app(self) -> web.Application:
        app = web.Application(client_max_size=4 * 1024 * 1024)
        app.router.add_post("/v1/chat/completions", self.chat)
        app.router.add_post("/chat/completions", self.chat)
        app.router.add_post("/_script", self.scripted)
        return app

    async def scripted(self, request: web.Request) -> web.Response:
        self.set_script(list((await request.json())["faults"]))
        return web.json_response({"ok": True, "faults": list(self.script)})

    async def chat(self, request: web.Request) -> web.StreamResponse:
        raw = await request.read()
        body = json.loads(raw)
        fault = self.script.popleft() if self.script else "ok"
        self.served.append(fault)
        with self.record.open("a", encoding="utf-8") as handle:
            entry = {"at": time.time(), "fault": fault, "body": body}
            handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
        if fault == "timeout":
            await asyncio.sleep(self.delay_s)
        if fault == "429":
            return web.json_response({"error": {"message": "rate limited", "type": "rate_limit"}},
                                     status=429, headers={"Retry-After": str(self.retry_after_s)})
        if fault == "500":
            return web.json_response({"error": {"message": "boom", "type": "server_error"}}, status=500)
        if fault == "malformed":
            return web.Response(text='{"id": "chatcmpl-x", "choices": [{"message": {"role": "assis',
                                content_type="application/json")
        if fault == "invented_tool":
            return web.json_response(completion(body, {"path": "/etc/passwd", "recommend": "decentralized"},
                                                 tool_name="delete_all_threads"))
        if fault == HOSTILE:
            return web.json_response(completion(body, hostile_arguments(body)))
        full = completion(body, extraction_arguments(body))
        if fault == "truncated":
            return await self._truncated(request, body, full)
        if body.get("stream"):
            return await self._stream(request, full, cut=False)
        return web.json_response(full)

    async def _truncated(self, request: web.Request, body: dict[str, Any],
                         full: dict[str, Any]) -> web.StreamResponse:
        if body.get("stream"):
            return await self._stream(request, full, cut=True)
        text = json.dumps(full).encode()
        response = web.StreamResponse(headers={"Content-Type": "application/json",
                                               "Content-Length": str(len(text))})
        await response.prepare(request)
        await response.write(text[: len(text) // 2])
        if request.transport is not None:
            request.transport.close()
        return response

    async def _stream(self, request: web.Request, full: dict[str, Any], cut: bool) -> web.StreamResponse:
        """SSE chunks of the answer; with `cut`, the connection closes halfway, without [DONE]."""
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        message = full["choices"][0]["message"]
        payload = message.get("content") or message["tool_calls"][0]["function"]["arguments"]
        pieces = [payload[i:i + 8] for i in range(0, len(payload), 8)] or [""]
        for n, piece in enumerate(pieces):
            if cut and n >= len(pieces) // 2:
                if request.transport is not None:
                    request.transport.close()
                return response
            delta: dict[str, Any] = {"content": piece}
            if message.get("tool_calls"):
                call = message["tool_calls"][0]
                delta = {"tool_calls": [{"index": 0, "id": call["id"] if n == 0 else None, "type": "function",
                                         "function": {"name": call["function"]["name"] if n == 0 else None,
                                                      "arguments": piece}}]}
            chunk = {"id": full["id"], "object": "chat.completion.chunk", "created": full["created"],
                     "model": full["model"], "choices": [{"index": 0, "delta": delta, "finish_reason": None}]}
            await response.write(f"data: {json.dumps(chunk)}\n\n".encode())
        await response.write(b"data: [DONE]\n\n")
        return response

    def start(self) -> FaultServer:
        """Serve on 127.0.0.1 (an ephemeral port unless `port` is set) from a daemon thread."""
        ready = threading.Event()

        def run() -> None:
            self._loop = asyncio.new_event_loop()
            self._runner = web.AppRunner(self.app(), access_log=None)
            self._loop.run_until_complete(self._runner.setup())
            site = web.TCPSite(self._runner, "127.0.0.1", self.port)
            self._loop.run_until_complete(site.start())
            self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
            ready.set()
            self._loop.run_forever()

        threading.Thread(target=run, daemon=True, name="fault-server").start()
        if not ready.wait(10):
            raise RuntimeError("fault server did not start")
        return self

    def stop(self) -> None:
        """Close the server and end its thread."""
        if self._loop is None or self._runner is None:
            return
        asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"


def main() -> None:
    """Serve on --port until interrupted, recording requests to --record."""
    import argparse

    parser = argparse.ArgumentParser(description="fault-injecting OpenAI-compatible server")
    parser.add_argument("--port", type=int, default=8089)
    parser.add_argument("--record", type=Path, default=Path("llm_requests.jsonl"))
    args = parser.parse_args()
    web.run_app(FaultServer(args.record).app(), host="127.0.0.1", port=args.port)


if __name__ == "__main__":
    main()
