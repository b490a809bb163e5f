"""The real Chainlit app and the real Slack bot (HTTP mode) share one `chroma run` server.

`advisor index --add` indexes an uploaded document once, from its own DATA_DIR; `advisor ui` and
`advisor slack --http` then start on two other DATA_DIRs with the same CHROMA_HOST/PORT. A question
asked in headless Chromium and in a signed Slack event (replies go to a local Web API stub) is
answered by quoting that document, while the server's collection stays the one indexed (same id,
same count) and no process creates a local Chroma folder.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import pytest

from reliability.processes import BIN, ROOT, Server, advisor_env, free_port
from tests.slack.harness import SECRET, event_callback, sign
from tests.slack.stub import SlackApiStub, served_stub

pytest.importorskip("playwright.sync_api", reason="the playwright package drives the browser")
from playwright.sync_api import sync_playwright  # noqa: E402

from tests.ui.test_e2e_browser import FLAGS, PROBE, send  # noqa: E402

MARKER = "reviews every model release within two business days"
DOCUMENT = f"# Zebracorn platform charter\n\nThe zebracorn platform team {MARKER} and keeps the audit trail " \
           "for seven years.\n"
QUESTION = "What does our zebracorn platform charter say about the audit trail?"
STRIPPED = ("OPENAI_BASE_URL", "UI_PASSWORD", "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET")
TIMEOUT_S = 90


def chromium() -> str:
    setup = subprocess.run(["bash", str(ROOT / "ui" / "e2e_setup.sh")], capture_output=True, text=True,
                           timeout=900)
    if setup.returncode != 0:
        pytest.skip(f"no headless Chromium: ui/e2e_setup.sh failed: {setup.stderr.strip()[-300:]}")
    return setup.stdout.strip().splitlines()[-1]


def env(data_dir: Path, chroma_port: int, **extra: str) -> dict[str, str]:
    base = advisor_env(data_dir, CHROMA_HOST="127.0.0.1", CHROMA_PORT=str(chroma_port),
                       PYTHONUNBUFFERED="1", **extra)
    return {k: v for k, v in base.items() if k not in STRIPPED or k in extra}


def collections(port: int) -> dict[str, tuple[str, int, str]]:
    """name -> (id, count, content hash) on the Chroma server."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    client = chromadb.HttpClient(host="127.0.0.1", port=port, settings=ChromaSettings(anonymized_telemetry=False))
    found = [client.get_collection(c if isinstance(c, str) else c.name) for c in client.list_collections()]
    return {c.name: (str(c.id), c.count(), str((c.metadata or {}).get("content_hash"))) for c in found}


@contextmanager
def slack_bot(args: list[str], env: dict[str, str], port: int, log: Path) -> Iterator[None]:
    """`advisor slack --http`, up once its port accepts connections (it answers POST only)."""
    with log.open("w") as out:
        proc = subprocess.Popen(args, env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
    try:
        deadline = time.monotonic() + TIMEOUT_S
        while True:
            assert proc.poll() is None and time.monotonic() < deadline, log.read_text()[-2000:]
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.3)
        yield
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(5)


def ask_slack(stub: SlackApiStub, port: int) -> dict[str, Any]:
    event = {"type": "message", "channel": "D1", "channel_type": "im", "user": "U1", "text": QUESTION,
             "ts": "1700000000.000100"}
    body = json.dumps(event_callback(event, "EvShared1"))
    ts = int(time.time())
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/slack/events", data=body.encode(), method="POST",
        headers={"Content-Type": "application/json", "X-Slack-Request-Timestamp": str(ts),
                 "X-Slack-Signature": sign(body, ts)})
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.status == 200
    deadline = time.monotonic() + TIMEOUT_S
    while not stub.called("chat.postMessage") and time.monotonic() < deadline:
        time.sleep(0.2)
    posts = stub.called("chat.postMessage")
    assert posts, "the bot posted no reply"
    return posts[0]


def ask_chainlit(browser: str, url: str, profile: Path) -> str:
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(str(profile), executable_path=browser, headless=True,
                                                        args=FLAGS)
        try:
            context.add_init_script(PROBE)  # the timing probe survives the app's navigations
            page = context.new_page()
            page.set_default_timeout(TIMEOUT_S * 1000)
            page.goto(url)
            page.locator("#chat-input").wait_for()
            send(page, QUESTION)
            reply = page.locator("[data-step-type='assistant_message']", has_text=MARKER).first
            reply.wait_for()
            return str(reply.inner_text())
        finally:
            context.close()


@pytest.mark.slow
def test_chainlit_and_slack_answer_from_one_shared_chroma_server(tmp_path: Path) -> None:
    browser = chromium()
    started = time.monotonic()
    advisor, chroma = str(BIN / "advisor"), str(BIN / "chroma")
    chroma_port, ui_port, slack_port = free_port(), free_port(), free_port()
    upload = tmp_path / "upload" / "zebracorn-charter.md"
    upload.parent.mkdir()
    upload.write_text(DOCUMENT, encoding="utf-8")
    dirs = {name: tmp_path / name for name in ("indexer", "chainlit", "slack")}
    with ExitStack() as stack:
        server = Server([chroma, "run", "--path", str(tmp_path / "chroma-server"), "--host", "127.0.0.1",
                         "--port", str(chroma_port)], f"http://127.0.0.1:{chroma_port}/api/v2/heartbeat",
                        log=tmp_path / "chroma.log")
        stack.callback(server.stop)
        indexed = subprocess.run([advisor, "index", "--add", str(upload)], cwd=ROOT, capture_output=True,
                                 text=True, env=env(dirs["indexer"], chroma_port), timeout=TIMEOUT_S)
        assert indexed.returncode == 0, indexed.stderr[-2000:]
        before = collections(chroma_port)
        assert len(before) == 1 and "zebracorn-charter" in indexed.stdout

        stub = stack.enter_context(served_stub())
        ui = Server([advisor, "ui", "--port", str(ui_port)], f"http://127.0.0.1:{ui_port}/",
                    env=env(dirs["chainlit"], chroma_port), cwd=ROOT, log=tmp_path / "chainlit.log",
                    timeout_s=TIMEOUT_S)
        stack.callback(ui.stop)
        slack_env = env(dirs["slack"], chroma_port, PORT=str(slack_port), SLACK_BOT_TOKEN="xoxb-test",
                        SLACK_SIGNING_SECRET=SECRET, SLACK_API_URL=stub.base_url)
        stack.enter_context(slack_bot([advisor, "slack", "--http"], slack_env, slack_port, tmp_path / "slack.log"))

        slack_reply = ask_slack(stub, slack_port)
        chainlit_reply = ask_chainlit(browser, f"http://127.0.0.1:{ui_port}", tmp_path / "chromium-profile")
        after = collections(chroma_port)

    slack_text = slack_reply["text"] + json.dumps(slack_reply.get("blocks", []), ensure_ascii=False)
    assert MARKER in slack_text and "user/zebracorn-charter/1" in slack_text, slack_text[:1500]
    assert MARKER in chainlit_reply and "[1]" in chainlit_reply, chainlit_reply[:1500]
    assert after == before, "an app rebuilt the shared collection"
    assert [p for d in dirs.values() for p in d.rglob("chroma*")] == []
    print(f"shared Chroma: {before}, both apps quoted the upload in {time.monotonic() - started:.1f} s",
          file=sys.stderr)
