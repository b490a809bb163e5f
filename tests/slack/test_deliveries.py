"""Retries answered once, bot posts and edits ignored, forged or stale requests rejected."""

from __future__ import annotations

import time
from typing import Any

from tests.slack.harness import SlackHarness, sign
from tests.slack.stub import BOT_ID, BOT_USER
from ui.slack.models import IncomingMessage

HELLO = {"type": "message", "channel": "D1", "channel_type": "im", "user": "U1",
         "text": "We are a 300-person fintech.", "ts": "5.1"}


async def test_retries_are_answered_once(bot: SlackHarness) -> None:
    handed_off: list[str] = []
    take = bot.advisor.take

    def counting_take(msg: IncomingMessage, client: Any, *, mentioned: bool) -> bool:
        handed_off.append(msg.ts)
        return take(msg, client, mentioned=mentioned)

    bot.advisor.take = counting_take  # type: ignore[method-assign]
    body = bot.event_body(HELLO, event_id="EvRETRY")
    assert (await bot.post(body))[0] == 200
    for attempt in ("1", "2"):
        headers = {"X-Slack-Retry-Num": attempt, "X-Slack-Retry-Reason": "http_timeout"}
        assert (await bot.post(body, headers=headers))[0] == 200
    await bot.advisor.drain()
    assert len(bot.replies()) == 1
    assert handed_off == ["5.1"]  # the retries stopped in the middleware, before any handler


async def test_a_retry_after_a_restart_is_still_answered_once(bot: SlackHarness) -> None:
    body = bot.event_body(HELLO, event_id="EvRESTART")
    await bot.post(body)
    await bot.restart()
    await bot.post(body, headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_error"})
    await bot.post(body)  # even without the retry header, the event id and message ts are known
    await bot.advisor.drain()
    assert len(bot.replies()) == 1


async def test_bot_messages_and_edits_are_ignored(bot: SlackHarness) -> None:
    await bot.dm("start", ts="6.1")
    await bot.advisor.drain()
    events: list[dict[str, Any]] = [
        {**HELLO, "ts": "6.2", "thread_ts": "6.1", "bot_id": "BOTHER", "subtype": "bot_message"},
        {**HELLO, "ts": "6.3", "thread_ts": "6.1", "user": BOT_USER, "bot_id": BOT_ID},  # ourselves
        {"type": "message", "subtype": "message_changed", "channel": "D1", "channel_type": "im", "ts": "6.4",
         "message": {"user": "U1", "text": "edited", "ts": "6.1"}, "previous_message": {"ts": "6.1"}},
        {"type": "message", "subtype": "message_deleted", "channel": "D1", "channel_type": "im", "ts": "6.5",
         "deleted_ts": "6.1"},
        {"type": "message", "channel": "C9", "channel_type": "channel", "user": "U1", "text": "hi", "ts": "6.6"},
    ]
    for event in events:
        assert (await bot.event(event))[0] == 200
    await bot.advisor.drain()
    assert len(bot.replies()) == 1


async def test_unsigned_wrongly_signed_and_stale_requests_get_401(bot: SlackHarness) -> None:
    body = bot.event_body(HELLO)
    now = int(time.time())
    assert (await bot.post(body, signed=False))[0] == 401
    assert (await bot.post(body, signature=sign(body, now, secret="not-the-secret")))[0] == 401
    assert (await bot.post(body, signature=sign(body + " ", now)))[0] == 401  # body tampered
    stale = now - 6 * 60
    assert (await bot.post(body, timestamp=stale, signature=sign(body, stale)))[0] == 401
    await bot.advisor.drain()
    assert bot.replies() == []
    assert (await bot.post(body))[0] == 200  # the same body, properly signed, goes through


async def test_a_failing_turn_gets_an_apology_in_the_thread(bot: SlackHarness) -> None:
    def broken_send(thread_id: str, text: str) -> Any:
        raise RuntimeError("checkpoint store unavailable")

    bot.advisor.session.send = broken_send  # type: ignore[method-assign]
    assert (await bot.dm("hello", ts="8.1"))[0] == 200
    await bot.advisor.drain()
    (reply,) = bot.replies()
    assert reply["thread_ts"] == "8.1" and reply["text"].startswith("Sorry")
