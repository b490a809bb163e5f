"""Issue 16 item 13: in a channel, only the person who started an advisor thread can change or
reset it; item 5: a message taken by a process that died unanswered is answered by the next."""

from __future__ import annotations

from tests.slack.harness import SlackHarness
from tests.slack.stub import TEAM, SlackApiStub
from ui.slack.models import IncomingMessage
from ui.slack.store import SlackStore

START = "We are a 300-person fintech operating in 3 countries."


async def test_another_person_cannot_change_or_reset_the_thread(bot: SlackHarness, stub: SlackApiStub) -> None:
    await bot.event({"type": "app_mention", "channel": "C1", "user": "U2", "text": f"<@UBOT> {START}",
                     "ts": "5.1"})
    await bot.advisor.drain()
    thread_id = bot.advisor.store.advisor_thread(f"{TEAM}:C1:5.1")
    before = bot.advisor.session.values(thread_id)["profile"]
    await bot.event({"type": "message", "channel": "C1", "channel_type": "channel", "user": "U9",
                     "text": "Actually we are a 20-person public agency in 1 country.", "ts": "5.2",
                     "thread_ts": "5.1"})
    await bot.event({"type": "app_mention", "channel": "C1", "user": "U9", "ts": "5.3", "thread_ts": "5.1",
                     "text": "<@UBOT> we have 5000 employees"})
    await bot.advisor.drain()
    assert bot.advisor.session.values(thread_id)["profile"] == before
    assert [r["thread_ts"] for r in bot.replies("C1")] == ["5.1"]  # no reply to U9 in the thread
    told = stub.called("chat.postEphemeral")
    assert told and all(t["user"] == "U9" and "<@U2>" in t["text"] for t in told)
    await bot.command("reset", channel="C1", user="U9")  # U9 has no thread of their own here
    assert bot.advisor.store.advisor_thread(f"{TEAM}:C1:5.1") == thread_id
    await bot.command("reset", channel="C1", user="U2")  # the owner can
    assert bot.advisor.store.advisor_thread(f"{TEAM}:C1:5.1") != thread_id


async def test_a_message_taken_by_a_dead_process_is_answered_at_the_next_start(bot: SlackHarness) -> None:
    msg = IncomingMessage(event_id="EvLost", team=TEAM, channel="D1", channel_type="im", user="U1",
                          text=START, ts="6.1")
    store = SlackStore(bot.data_dir / "slack.sqlite")
    store._db.execute("INSERT INTO deliveries VALUES (?, 0)", (msg.delivery_keys[0],))
    store._db.execute("INSERT INTO pending VALUES (?, ?, 0, ?)",  # claimed by a pid that is gone
                      (msg.delivery_keys[0], "nohost-anywhere:1", msg.model_dump_json()))
    store.close()
    assert not bot.advisor.store.was_delivered(msg.delivery_keys[0])  # Slack's retry would be taken
    assert bot.advisor.resume(bot.client) == 1
    await bot.advisor.drain()
    assert [r["thread_ts"] for r in bot.replies("D1")] == ["6.1"]
    assert bot.advisor.resume(bot.client) == 0 and bot.advisor.store.was_delivered(msg.delivery_keys[0])


def test_the_refusals_are_in_the_thread_language_or_both_when_it_is_unknown() -> None:
    from ui.slack.service import words

    assert words("slack.not_theirs", "fr", owner="U2").startswith("Ce fil a été lancé par <@U2>")
    assert "something went wrong" in words("slack.sorry", "en") and "\n" not in words("slack.sorry", "en")
    both = words("slack.sorry", None).splitlines()
    assert both[0].startswith("Sorry") and both[1].startswith("Désolé")
