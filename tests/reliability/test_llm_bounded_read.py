"""Issue 16 item 6: one slow or oversized LLM reply costs at most LLM_TIMEOUT_S, never more.

A loopback OpenAI-compatible stub answers the tool-calling request with a 100 KB reply, a 30 MB
reply (with and without Content-Length), or a reply dripped slowly. The app's own client
(`advisor.services.chat_model_for`, no test model) must read each within the timeout and the
256 KB cap, and the turn must still be answered by the rules reading.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from advisor.context import Context
from advisor.session import AdvisorSession
from reliability.harness import scratch_settings

TIMEOUT_S = 2.0
MESSAGE = "We are a 300-person fintech operating in 3 countries."


def reply_body(size: int) -> bytes:
    """A well-formed completion whose one tool call carries `size` bytes of non-JSON arguments."""
    call = {"id": "c1", "type": "function", "function": {"name": "record_facts", "arguments": "x" * size}}
    return json.dumps({"id": "x", "object": "chat.completion", "created": 1, "model": "stub",
                       "choices": [{"index": 0, "finish_reason": "tool_calls",
                                    "message": {"role": "assistant", "content": None, "tool_calls": [call]}}],
                       "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}).encode()


class Stub(BaseHTTPRequestHandler):
    """`server.plan` = (body size, send Content-Length, seconds between 16 KB pieces)."""

    def log_message(self, *args: Any) -> None:
        return

    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        self.rfile.read(int(self.headers["Content-Length"]))
        size, with_length, pause = self.server.plan  # type: ignore[attr-defined]
        body = reply_body(size)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        if with_length:
            self.send_header("Content-Length", str(len(body)))
        else:
            self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        try:
            for start in range(0, len(body), 16384):
                piece = body[start:start + 16384]
                self.wfile.write(piece if with_length else b"%x\r\n%s\r\n" % (len(piece), piece))
                self.server.sent += len(piece)  # type: ignore[attr-defined]
                time.sleep(pause)
            if not with_length:
                self.wfile.write(b"0\r\n\r\n")
        except OSError:  # the client hung up: what it refused was not read
            return


@pytest.fixture()
def stub() -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Stub)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def timed_turn(stub: ThreadingHTTPServer, tmp_path: Path, plan: tuple[int, bool, float]) -> tuple[float, Any]:
    stub.plan, stub.sent = plan, 0  # type: ignore[attr-defined]
    settings = scratch_settings(tmp_path, advisor_mode="llm", llm_timeout_s=TIMEOUT_S, llm_max_retries=1,
                                openai_base_url=f"http://127.0.0.1:{stub.server_port}/v1",
                                openai_api_key="not-needed")
    session = AdvisorSession(settings, context=Context(settings=settings, mode="llm"))
    started = time.perf_counter()
    turn = session.send("t", MESSAGE)
    return time.perf_counter() - started, turn


@pytest.mark.parametrize(("name", "plan"), [
    ("100 KB", (100_000, True, 0.0)),
    ("30 MB with Content-Length", (30_000_000, True, 0.0)),
    ("30 MB chunked", (30_000_000, False, 0.0)),
    ("100 KB dripped over 10 s", (100_000, True, 1.5)),
])
def test_a_slow_or_oversized_reply_is_bounded_and_the_turn_answered(
        stub: ThreadingHTTPServer, tmp_path: Path, name: str, plan: tuple[int, bool, float]) -> None:
    elapsed, turn = timed_turn(stub, tmp_path, plan)
    sent = stub.sent  # type: ignore[attr-defined]
    print(f"{name}: turn in {elapsed:.2f} s (LLM_TIMEOUT_S={TIMEOUT_S}), {sent / 1e3:.0f} KB sent by the stub")
    assert turn.profile.get("employees") == 300 and turn.profile.get("countries") == 3, turn.profile
    assert turn.understanding.get("llm_error"), turn.understanding  # refused, then the rules reading
    assert elapsed < TIMEOUT_S + 1.0, elapsed
    assert sent <= 2 * 1024 * 1024, sent  # the 30 MB bodies are cut near the 256 KB cap
