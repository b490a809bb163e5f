"""Issue 16 items 5 and 18 on a real `advisor slack --http` process: loopback bind by default,
malformed unsigned bodies get 4xx without a traceback, `/health`, SIGTERM answers what was taken."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

from reliability.processes import BIN, ROOT, advisor_env, free_port
from tests.slack.harness import event_callback, sign
from tests.slack.stub import SlackApiStub, served_stub

TIMEOUT_S = 60
QUESTION = "We are a 300-person fintech in 3 countries, doing AI for 8 months, budget 400 k€ a year."


def start_bot(data_dir: Path, stub: SlackApiStub, port: int, log: Path) -> subprocess.Popen[bytes]:
    env = advisor_env(data_dir, PORT=str(port), SLACK_BOT_TOKEN="xoxb-test",
                      SLACK_SIGNING_SECRET="test-signing-secret", SLACK_API_URL=stub.base_url)
    env.pop("SLACK_HOST", None)
    with log.open("ab") as out:
        proc = subprocess.Popen([str(BIN / "advisor"), "slack", "--http"], env=env, cwd=ROOT,
                                stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.monotonic() + TIMEOUT_S
    while True:
        assert proc.poll() is None and time.monotonic() < deadline, log.read_text()[-2000:]
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return proc
        except OSError:
            time.sleep(0.2)


def post(port: int, body: bytes, headers: dict[str, str]) -> tuple[int, str]:
    request = urllib.request.Request(f"http://127.0.0.1:{port}/slack/events", data=body, method="POST",
                                     headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def signed_event(text: str, event_id: str, ts: str) -> tuple[bytes, dict[str, str]]:
    event = {"type": "message", "channel": "D1", "channel_type": "im", "user": "U1", "text": text, "ts": ts}
    body = json.dumps(event_callback(event, event_id))
    now = int(time.time())
    return body.encode(), {"Content-Type": "application/json", "X-Slack-Request-Timestamp": str(now),
                           "X-Slack-Signature": sign(body, now)}


def stop(proc: subprocess.Popen[bytes], signum: int = signal.SIGTERM) -> None:
    os.killpg(proc.pid, signum)
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(5)


def test_slack_http_mode_is_hardened_and_drains_on_sigterm(tmp_path: Path) -> None:
    port, log = free_port(), tmp_path / "slack.log"
    with served_stub() as stub:
        proc = start_bot(tmp_path / "data", stub, port, log)
        try:
            listening = [line for line in log.read_text().splitlines() if "listening" in line]
            assert listening and f"127.0.0.1:{port}" in listening[-1]  # loopback unless SLACK_HOST says otherwise
            for body in (b"{not json", b"[1, 2]", b"\xff\xfe", b'"text"'):
                status, _ = post(port, body, {"Content-Type": "application/json"})
                assert status in (400, 401), body
            body, headers = signed_event("hi", "EvBad", "1.1")
            status, _ = post(port, b"{not json", {**headers, "X-Slack-Signature": sign("{not json", int(
                headers["X-Slack-Request-Timestamp"]))})
            assert status == 400  # signed but malformed: 400, not a 500
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=10) as response:
                assert json.loads(response.read())["ok"] is True
            body, headers = signed_event(QUESTION, "EvTerm1", "1700000000.000100")
            started = time.monotonic()
            assert post(port, body, headers)[0] == 200
            os.killpg(proc.pid, signal.SIGTERM)  # right after the ack, before the answer
            proc.wait(TIMEOUT_S)
            posts = stub.called("chat.postMessage")
            print(f"SIGTERM right after the ack: {len(posts)} answer posted, exit in "
                  f"{time.monotonic() - started:.1f} s")
            assert len(posts) == 1 and posts[0]["channel"] == "D1"
        finally:
            if proc.poll() is None:
                stop(proc, signal.SIGKILL)
    assert "Traceback" not in log.read_text()


def test_an_event_acked_then_killed_9_is_answered_once_after_restart(tmp_path: Path) -> None:
    port, log, data = free_port(), tmp_path / "slack.log", tmp_path / "data"
    with served_stub() as stub:
        proc = start_bot(data, stub, port, log)
        body, headers = signed_event(QUESTION, "EvKill1", "1700000000.000200")
        try:
            assert post(port, body, headers)[0] == 200
            os.killpg(proc.pid, signal.SIGKILL)  # no clean-up at all
            proc.wait(10)
            answered_before = len(stub.called("chat.postMessage"))
            started = time.monotonic()
            proc = start_bot(data, stub, port, log)
            retry = {**headers, "X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
            assert post(port, body, retry)[0] == 200  # Slack's retry, too: still one answer
            deadline = time.monotonic() + TIMEOUT_S
            while not stub.called("chat.postMessage") and time.monotonic() < deadline:
                time.sleep(0.2)
            print(f"kill -9 after the ack: answered {time.monotonic() - started:.1f} s after the restart "
                  f"(answered before the kill: {answered_before})")
            stop(proc)
            assert len(stub.called("chat.postMessage")) == 1
        finally:
            if proc.poll() is None:
                stop(proc, signal.SIGKILL)
