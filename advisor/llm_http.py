"""The LLM's HTTP client: a reply is read whole within `LLM_TIMEOUT_S` and up to `MAX_REPLY_BYTES`.

The SDK's own timeout is per read: a server that drips a byte now and then, or streams a 30 MB
body, is never cut by it. Here every reply body is counted as it arrives (compression is refused,
so the count is what gets parsed), and a timer hangs up the connection when the time is up; past
either bound the read stops with `ReplyRefused`, which the SDK does not retry, and the turn falls
back to the rules reading.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx2

MAX_REPLY_BYTES = 256 * 1024  # a tool-call reply is a few KB; anything near this is not one


class ReplyRefused(RuntimeError):
    """The LLM's reply was too large or too slow to read (not an HTTP error: never retried)."""


class BoundedStream(httpx2.SyncByteStream):
    """A response body that stops past `limit` bytes or at `deadline` (time.monotonic), when
    `timer` hangs up the connection (a read waiting for a slow server returns at once)."""

    def __init__(self, inner: Any, deadline: float, limit: int, timer: threading.Timer) -> None:
        self.inner, self.deadline, self.limit, self.timer = inner, deadline, limit, timer

    def __iter__(self) -> Iterator[bytes]:
        size = 0
        try:
            for chunk in self.inner:
                size += len(chunk)
                if size > self.limit:
                    raise ReplyRefused(f"LLM reply over {self.limit} bytes")
                if time.monotonic() > self.deadline:
                    raise ReplyRefused("LLM reply not read within the timeout")
                yield chunk
        except httpx2.HTTPError as exc:
            if time.monotonic() >= self.deadline:
                raise ReplyRefused("LLM reply not read within the timeout") from exc
            raise
        finally:
            self.timer.cancel()

    def close(self) -> None:
        self.timer.cancel()
        self.inner.close()


def _hang_up(connection: Any) -> None:
    """Shut the socket down: the read blocked on it returns, the connection is dropped."""
    sock = connection.get_extra_info("socket") if connection is not None else None
    try:
        if sock is not None:
            sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


def bounded_http_client(timeout_s: float, limit: int = MAX_REPLY_BYTES) -> httpx2.Client:
    """An HTTP client for the OpenAI SDK whose replies are bounded in time and size."""

    def start(request: httpx2.Request) -> None:
        request.headers["Accept-Encoding"] = "identity"  # what is counted is what gets parsed
        request.extensions["advisor_deadline"] = time.monotonic() + timeout_s

    def bound(response: httpx2.Response) -> None:
        length = response.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > limit:
            response.close()
            raise ReplyRefused(f"LLM reply of {int(length)} bytes is over {limit}")
        deadline = response.request.extensions.get("advisor_deadline", time.monotonic() + timeout_s)
        timer = threading.Timer(max(0.0, deadline - time.monotonic()), _hang_up,
                                (response.extensions.get("network_stream"),))
        timer.daemon = True
        timer.start()
        response.stream = BoundedStream(response.stream, deadline, limit, timer)

    return httpx2.Client(timeout=timeout_s, event_hooks={"request": [start], "response": [bound]},
                         follow_redirects=True)
