"""A Chainlit web client without a browser: the page's socket.io protocol, for protocol-level tests
(an edit event the page no longer offers, a huge message, reopening a thread after a kill)."""

from __future__ import annotations

import asyncio
import json
import time
import urllib.request
import uuid
from typing import Any

import socketio

WAIT_S = 60.0


def login_cookie(url: str) -> str:
    """The auth cookie of the local user (no password configured: header auth)."""
    request = urllib.request.Request(url + "/auth/header", data=b"", method="POST")
    with urllib.request.urlopen(request, timeout=30) as response:
        cookies = response.headers.get_all("set-cookie") or []
    return "; ".join(c.split(";")[0] for c in cookies)


class ChatClient:
    """One chat session: messages sent as the page sends them, events recorded as they come."""

    def __init__(self, url: str, thread_id: str | None = None) -> None:
        self.url, self.thread_id = url, thread_id
        self.events: list[tuple[str, Any]] = []
        self.sio = socketio.AsyncClient(reconnection=False)
        for name in ("new_message", "update_message", "delete_message", "toast", "task_end",
                     "first_interaction", "resume_thread", "element"):
            self.sio.on(name, self._recorder(name))

    def _recorder(self, name: str) -> Any:
        async def record(data: Any = None) -> None:
            self.events.append((name, data))
            if name == "first_interaction" and isinstance(data, dict) and data.get("thread_id"):
                self.thread_id = data["thread_id"]
        return record

    async def __aenter__(self) -> ChatClient:
        auth = {"clientType": "webapp", "sessionId": str(uuid.uuid4()), "threadId": self.thread_id,
                "userEnv": "{}", "chatProfile": "Orchestration Advisor"}
        await self.sio.connect(self.url, socketio_path="/ws/socket.io", transports=["websocket"],
                               headers={"Cookie": login_cookie(self.url)}, auth=auth, wait_timeout=30)
        await self.sio.emit("connection_successful")
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.sio.disconnect()

    async def send(self, text: str) -> str:
        """Send a user message as the page does; returns its step id."""
        step_id = str(uuid.uuid4())
        message = {"id": step_id, "threadId": self.thread_id or "", "name": "User", "type": "user_message",
                   "output": text, "createdAt": time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime())}
        await self.sio.emit("client_message", {"message": message, "fileReferences": []})
        return step_id

    async def edit(self, step_id: str, text: str) -> None:
        await self.sio.emit("edit_message", {"message": {"id": step_id, "output": text}})

    async def wait_for(self, name: str, test: Any = None, after: int = 0, timeout_s: float = WAIT_S) -> Any:
        """The first event `name` (from index `after`) whose data passes `test`."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            for event, data in self.events[after:]:
                if event == name and (test is None or test(data)):
                    return data
            await asyncio.sleep(0.05)
        raise AssertionError(f"no {name} event within {timeout_s} s: {json.dumps(self.events[-5:], default=str)[:2000]}")

    async def started_thread(self) -> str:
        """The thread id Chainlit gave this chat; its `first_interaction` event is sent by a
        background task, so under load it can come after the first reply."""
        await self.wait_for("first_interaction")
        assert self.thread_id, self.events[:3]
        return str(self.thread_id)

    def replies(self, after: int = 0) -> list[str]:
        """The assistant messages shown since event `after`."""
        return [str(d.get("output", "")) for e, d in self.events[after:]
                if e == "new_message" and d.get("type") == "assistant_message"]
