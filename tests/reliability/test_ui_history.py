"""Issue 16 item 16: the chat history (chainlit.sqlite) and the advisor's checkpoint agree.

Driven over the page's own socket.io protocol (tests/ui/socket_client.py) against the real app:
an edit event is refused and changes nothing; a refused oversized message is stored nowhere;
a reply checkpointed but not yet stored when the app is killed is shown and stored on reopening.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from advisor.settings import Settings
from tests.ui.conftest import app_env, free_port, spawn_app
from tests.ui.socket_client import ChatClient

FIRST = "We are a 300-person fintech operating in 3 countries."
SECOND = "We've been doing AI for a year, with a budget of 3 M€ per year."
pytestmark = [pytest.mark.slow]


@contextmanager
def app_on(data_dir: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """The Chainlit app on `data_dir` (kept between launches), offline, on a free loopback port."""
    port = free_port()
    process = spawn_app(port, app_env(data_dir, EMBEDDING="hash"), data_dir.parent / "app.log", "ab")
    try:
        yield f"http://127.0.0.1:{port}", process
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(15)


def stored(data_dir: Path, sql: str, *args: object) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(f"file:{data_dir / 'chainlit.sqlite'}?mode=ro", uri=True, timeout=10)) as db:
        return list(db.execute(sql, args))


def checkpointed_humans(data_dir: Path, thread_id: str) -> list[str]:
    from advisor.session import AdvisorSession

    values = AdvisorSession(Settings(data_dir=data_dir, advisor_mode="offline", embedding="hash")).values(thread_id)
    return [str(m.content) for m in values.get("messages", []) if m.type == "human"]


def is_reply(data: dict[str, object]) -> bool:
    return data.get("type") == "assistant_message"


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    data_dir = tmp_path_factory.mktemp("ui-history") / "data"
    with app_on(data_dir) as (url, _process):
        yield url, data_dir


def test_an_edited_message_is_refused_and_changes_nothing(app: tuple[str, Path]) -> None:
    url, data_dir = app

    async def talk() -> str:
        async with ChatClient(url) as chat:
            step_id = await chat.send(FIRST)
            await chat.wait_for("new_message", is_reply)
            await chat.wait_for("task_end", after=len(chat.events) - 1)
            seen = len(chat.events)
            await chat.edit(step_id, "We are a 9,000-person retailer in 40 countries.")
            toast = await chat.wait_for("toast", after=seen)
            await asyncio.sleep(2.0)  # what an accepted edit would have done by now
            assert chat.replies(seen) == [], chat.replies(seen)
            assert "edit" in str(toast["message"]).lower()
            return await chat.started_thread()

    thread_id = asyncio.run(talk())
    assert checkpointed_humans(data_dir, thread_id) == [FIRST]
    outputs = [r[0] for r in stored(data_dir, 'SELECT output FROM steps WHERE "threadId" = ? AND type = ?',
                                   thread_id, "user_message")]
    assert outputs == [FIRST]


def test_a_refused_oversized_message_is_not_stored(app: tuple[str, Path]) -> None:
    url, data_dir = app
    huge = "We are 300 people. " * 6000  # 114 KB, over MAX_MESSAGE_CHARS
    before = (data_dir / "chainlit.sqlite").stat().st_size

    async def talk() -> tuple[str, str]:
        async with ChatClient(url) as chat:
            await chat.send(FIRST)
            await chat.wait_for("new_message", is_reply)
            seen = len(chat.events)
            await chat.send(huge)
            refusal = await chat.wait_for("new_message", is_reply, after=seen)
            await chat.wait_for("task_end", after=seen)
            return await chat.started_thread(), str(refusal["output"])

    thread_id, refusal = asyncio.run(talk())
    time.sleep(1.0)  # Chainlit stores steps in background tasks
    assert "limit" in refusal and str(len(huge)) in refusal
    outputs = [str(r[0]) for r in stored(data_dir, 'SELECT output FROM steps WHERE "threadId" = ?', thread_id)]
    assert not [o for o in outputs if huge[:200] in o or "limit" in o], [o[:80] for o in outputs]
    assert checkpointed_humans(data_dir, thread_id) == [FIRST]
    grown = (data_dir / "chainlit.sqlite").stat().st_size - before
    print(f"history grew by {grown / 1024:.0f} KB for a {len(huge) / 1024:.0f} KB refused message")
    assert grown < 64 * 1024


def write_lock(db_path: Path) -> sqlite3.Connection:
    """Take SQLite's write lock (readers go on, other writers wait); closing the connection frees it."""
    db = sqlite3.connect(db_path, timeout=30, isolation_level=None)
    db.execute("BEGIN IMMEDIATE")
    return db


def checkpoint_rows(data_dir: Path, thread_id: str) -> int:
    with closing(sqlite3.connect(f"file:{data_dir / 'checkpoints.sqlite'}?mode=ro", uri=True, timeout=10)) as db:
        return int(db.execute("SELECT count(*) FROM checkpoints WHERE thread_id = ?", (thread_id,)).fetchone()[0])


def test_a_reply_lost_by_a_kill_after_its_checkpoint_is_shown_on_reopening(tmp_path: Path) -> None:
    """The second turn is checkpointed while the history database is locked, so its reply cannot be
    stored, and the app is killed then; reopening the thread must show and store that reply."""
    data_dir = tmp_path / "data"
    with app_on(data_dir) as (url, process):
        async def killed_after_the_checkpoint() -> str:
            async with ChatClient(url) as chat:
                await chat.send(FIRST)
                await chat.wait_for("new_message", is_reply)
                await chat.wait_for("task_end", after=len(chat.events) - 1)
                thread_id = await chat.started_thread()
                rows = checkpoint_rows(data_dir, thread_id)
                checkpoints = write_lock(data_dir / "checkpoints.sqlite")  # the turn's checkpoint waits
                await chat.send(SECOND)
                while not stored(data_dir, "SELECT 1 FROM steps WHERE output = ?", SECOND):
                    await asyncio.sleep(0.05)
                history = write_lock(data_dir / "chainlit.sqlite")  # now the reply cannot be stored
                checkpoints.close()  # the turn is checkpointed
                while checkpoint_rows(data_dir, thread_id) == rows:
                    await asyncio.sleep(0.02)
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(10)
                history.close()
                return thread_id

        thread_id = asyncio.run(killed_after_the_checkpoint())
    lost = checkpointed_last_reply(data_dir, thread_id)
    assert not answered(data_dir, SECOND), "the reply was stored before the kill: nothing to test"

    with app_on(data_dir) as (url, _process):
        async def reopen() -> list[str]:
            async with ChatClient(url, thread_id) as chat:
                await chat.wait_for("new_message", lambda d: is_reply(d) and str(d.get("output", "")).startswith(
                    lost[:40]))
                return chat.replies()

        shown = asyncio.run(reopen())
        time.sleep(1.0)  # stored by a background task
        assert answered(data_dir, SECOND), "the reply shown again was not stored"
    print(f"lost reply shown and stored again on reopening: {shown[0][:60]!r}")


def checkpointed_last_reply(data_dir: Path, thread_id: str) -> str:
    from advisor.session import AdvisorSession

    values = AdvisorSession(Settings(data_dir=data_dir, advisor_mode="offline", embedding="hash")).values(thread_id)
    assert [str(m.content) for m in values["messages"] if m.type == "human"] == [FIRST, SECOND]
    return str(values["messages"][-1].content)


def answered(data_dir: Path, question: str) -> bool:
    """Whether the stored history has an assistant message after the user message `question`."""
    rows = stored(data_dir, 'SELECT type, output FROM steps ORDER BY "createdAt"')
    asked = [n for n, (kind, output) in enumerate(rows) if kind == "user_message" and output == question]
    return bool(asked) and any(kind == "assistant_message" for kind, _ in rows[asked[-1] + 1:])
