"""Issue 8 on the real app: SIGKILL `advisor ui` mid-turn and idle, restart on the same DATA_DIR.

Headless Chromium sends the first message; the second is sent while the test holds a write lock
on checkpoints.sqlite, so that turn is certainly still in flight (its one checkpoint write, with
durability="exit", waits on the lock) when the app's whole process group is SIGKILLed, once the
server has stored the user message. After a restart on the same DATA_DIR and port the thread,
reopened from the history sidebar, shows the first exchange and the first turn's profile; the
checkpoint holds exactly the first turn; re-sending the second message gives the recommendation.
A second SIGKILL, while idle, then loses nothing: the reopened thread shows 5/5 and the advice.
"""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import pytest

from advisor.session import AdvisorSession
from advisor.settings import Settings
from reliability.processes import BIN, ROOT, advisor_env, free_port

pytest.importorskip("playwright.sync_api", reason="the playwright package drives the browser")
from playwright.sync_api import Page, sync_playwright  # noqa: E402

from tests.reliability.test_chroma_shared_by_apps import chromium  # noqa: E402
from tests.ui.test_e2e_browser import FIRST, FLAGS, PROBE, SECOND, send  # noqa: E402

TIMEOUT_S = 60
STRIPPED = ("OPENAI_BASE_URL", "OPENAI_API_KEY", "UI_PASSWORD", "CHAINLIT_AUTH_SECRET", "CHROMA_HOST")


class App:
    """`advisor ui --port N` (it runs `chainlit run` as its child) in its own process group."""

    def __init__(self, data_dir: Path, port: int) -> None:
        self.url = f"http://127.0.0.1:{port}"
        self.log = data_dir.parent / "app.log"
        env = {k: v for k, v in advisor_env(data_dir, PYTHONUNBUFFERED="1").items() if k not in STRIPPED}
        with self.log.open("a") as out:
            self.proc = subprocess.Popen([str(BIN / "advisor"), "ui", "--port", str(port)], cwd=ROOT, env=env,
                                         stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + TIMEOUT_S
        while True:
            assert self.proc.poll() is None and time.monotonic() < deadline, self.log.read_text()[-3000:]
            try:
                with urllib.request.urlopen(self.url + "/", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.25)

    def kill(self) -> None:
        """SIGKILL to the whole group (advisor and chainlit): no handler, no clean-up runs."""
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(10)
        host, port = self.url.rsplit(":", 1)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:  # the chainlit child is gone once its port refuses
            try:
                socket.create_connection((host[7:], int(port)), timeout=1).close()
                time.sleep(0.1)
            except OSError:
                return
        raise AssertionError("the killed app still answers")

    def stop(self) -> None:
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
            self.proc.wait(15)
        except ProcessLookupError:
            return
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(5)


@contextmanager
def checkpoints_locked(data_dir: Path) -> Iterator[None]:
    """Hold SQLite's write lock on the checkpoints: readers go on, the turn's commit waits."""
    db = sqlite3.connect(data_dir / "checkpoints.sqlite", timeout=30, isolation_level=None)
    try:
        db.execute("BEGIN IMMEDIATE")
        yield
    finally:
        db.close()  # rolls back: nothing was written


def stored_user_messages(data_dir: Path) -> list[str]:
    with closing(sqlite3.connect(f"file:{data_dir / 'chainlit.sqlite'}?mode=ro", uri=True, timeout=10)) as db:
        rows = db.execute("SELECT output FROM steps WHERE type = 'user_message' ORDER BY createdAt")
        return [str(row[0]) for row in rows]


def reshown_copies(data_dir: Path, thread_id: str) -> int:
    """Stored copies of the message that re-shows the recommendation's charts and report."""
    with closing(sqlite3.connect(f"file:{data_dir / 'chainlit.sqlite'}?mode=ro", uri=True, timeout=10)) as db:
        row = db.execute('SELECT count(*) FROM steps WHERE "threadId" = ? AND output LIKE ?',
                         (thread_id, "%Report (Markdown and PDF)%")).fetchone()
    return int(row[0])


def wait_for(condition: Any, timeout_s: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return bool(condition())


def checkpoint(data_dir: Path, thread_id: str) -> dict[str, Any]:
    values = AdvisorSession(Settings(data_dir=data_dir, advisor_mode="offline", embedding="hash")).values(thread_id)
    humans = [str(m.content) for m in values.get("messages", []) if m.type == "human"]
    return {"humans": humans, "profile": dict(values.get("profile", {})), "last": values["messages"][-1].type}


def reopen(old: Page, app: App) -> tuple[Page, str]:
    """The tab of the killed app is closed; a fresh one opens the thread from the history sidebar."""
    page = old.context.new_page()
    old.close()
    page.set_default_timeout(TIMEOUT_S * 1000)
    page.goto(app.url)
    page.locator("#thread-history a[href^='/thread/']").first.click()
    page.wait_for_url("**/thread/*")
    page.get_by_text("Noted: 3 countries").wait_for()
    return page, page.url.rsplit("/", 1)[-1]


def assert_first_turn_kept(page: Page) -> None:
    panel = page.locator("#side-view-content")
    panel.get_by_text("3/5 required fields known").wait_for()
    text = panel.inner_text()
    for fact in ("300 employees", "3 countries", "stated, turn 1"):
        assert fact in text, text
    assert "finance" in text.lower(), text
    assert page.locator("[data-step-type='user_message']", has_text=FIRST).count() == 1


@pytest.mark.e2e
@pytest.mark.slow
def test_sigkilled_chainlit_app_restarts_with_profile_and_history(tmp_path: Path) -> None:
    browser = chromium()
    started = time.monotonic()
    data_dir, port = tmp_path / "data", free_port()
    app = App(data_dir, port)
    try:
        with sync_playwright() as pw:
            context = pw.chromium.launch_persistent_context(str(tmp_path / "chromium"), executable_path=browser,
                                                            headless=True, args=FLAGS,
                                                            viewport={"width": 1400, "height": 950})
            try:
                context.add_init_script(PROBE)  # the timing probe survives the app's navigations
                page = context.new_page()
                page.set_default_timeout(TIMEOUT_S * 1000)
                page.goto(app.url)
                page.locator("#chat-input").wait_for()
                send(page, FIRST)
                page.locator("#side-view-content").get_by_text("3/5 required fields known").wait_for()

                with checkpoints_locked(data_dir):  # kill 1: the second turn is in flight
                    page.locator("#chat-input").fill(SECOND)
                    page.locator("#chat-submit").click()
                    deadline = time.monotonic() + TIMEOUT_S
                    while SECOND not in stored_user_messages(data_dir):
                        assert time.monotonic() < deadline, "the server never received the second message"
                        time.sleep(0.05)
                    app.kill()
                app = App(data_dir, port)
                page, thread_id = reopen(page, app)
                assert_first_turn_kept(page)
                kept = checkpoint(data_dir, thread_id)
                assert kept["humans"] == [FIRST] and kept["last"] == "ai", kept
                assert kept["profile"].get("employees") == 300 and kept["profile"].get("countries") == 3, kept
                assert kept["profile"].get("sector") == "finance", kept

                send(page, SECOND)  # continue: the lost turn is sent again
                page.get_by_text("Recommendation: centralized").first.wait_for()
                page.locator("#side-view-content").get_by_text("5/5 required fields known").wait_for()

                app.kill()  # kill 2: idle, right after the recommendation
                app = App(data_dir, port)
                page, resumed_id = reopen(page, app)
                page.locator("#side-view-content").get_by_text("5/5 required fields known").wait_for()
                page.get_by_text("Recommendation: centralized").first.wait_for()
                assert resumed_id == thread_id
                done = checkpoint(data_dir, thread_id)
                assert done["humans"] == [FIRST, SECOND] and done["last"] == "ai", done
                assert done["profile"].get("employees") == 300, done
                page, _ = reopen(page, app)  # reopening again must not pile up re-shown copies
                page.get_by_text("Recommendation: centralized").first.wait_for()
                assert wait_for(lambda: reshown_copies(data_dir, thread_id) == 1), \
                    reshown_copies(data_dir, thread_id)
            finally:
                context.close()
    finally:
        app.stop()
    print(f"two SIGKILLs of the Chainlit app survived in {time.monotonic() - started:.1f} s", file=sys.stderr)
