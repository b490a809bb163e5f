"""A DM and a channel mention through signed HTTP requests, to a Block Kit recommendation."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

from tests.slack.harness import SlackHarness
from tests.slack.stub import TEAM

FINTECH = ["We are a 300-person fintech operating in 3 countries.",
           "We've been doing AI for a year, with a budget of 3 M€ per year."]


def block_texts(blocks: list[dict[str, Any]]) -> str:
    parts = []
    for block in blocks:
        parts += [block.get("text", {}).get("text", "")]
        parts += [f["text"] for f in block.get("fields", [])]
        parts += [e["text"]["text"] if isinstance(e["text"], dict) else e["text"] for e in block.get("elements", [])]
    return "\n".join(parts)


def assert_within_block_kit_limits(blocks: list[dict[str, Any]]) -> None:
    assert 0 < len(blocks) <= 50
    for block in blocks:
        limit = 150 if block["type"] == "header" else 3000
        assert len(block.get("text", {}).get("text", "")) <= limit
        assert len(block.get("fields", [])) <= 10
        assert len(block.get("elements", [])) <= 10


async def test_dm_conversation_reaches_a_block_kit_recommendation(bot: SlackHarness) -> None:
    status, _ = await bot.dm(FINTECH[0], ts="1700000000.000100")
    assert status == 200
    await bot.advisor.drain()
    first = bot.replies()
    assert len(first) == 1 and first[0]["thread_ts"] == "1700000000.000100" and first[0]["channel"] == "D1"
    assert first[0]["text"].count("?") == 1  # the next interview question

    await bot.dm(FINTECH[1], ts="1700000000.000200", thread_ts="1700000000.000100")
    await bot.advisor.drain()
    card = bot.replies()[-1]
    assert card["thread_ts"] == "1700000000.000100"
    blocks = card["blocks"]
    assert_within_block_kit_limits(blocks)
    assert blocks[[b["type"] for b in blocks].index("header")]["text"]["text"] == "Recommendation: centralized"
    text = block_texts(blocks)
    assert "*Why* — what weighs most:" in text and "*Costs over 24 months*" in text and "M€" in text
    assert "not viable" in text and "*First step*" in text
    assert "[1] `method/scoring/weights`" in text  # numbered citations
    assert [b for b in blocks if b["type"] == "actions"][0]["elements"][0]["action_id"] == "advisor_details"
    assert "*Recommendation: centralized [1]*" in card["text"]  # mrkdwn fallback
    assert "**" not in card["text"]


async def test_the_details_button_posts_the_details_in_the_thread(bot: SlackHarness) -> None:
    await bot.dm(FINTECH[0], ts="8.1")
    await bot.dm(FINTECH[1], ts="8.2", thread_ts="8.1")
    await bot.advisor.drain()
    card = bot.replies()[-1]
    payload = {"type": "block_actions", "team": {"id": TEAM}, "user": {"id": "U1"}, "channel": {"id": "D1"},
               "api_app_id": "A1", "token": "legacy", "trigger_id": "9.9.9",
               "container": {"type": "message", "message_ts": "8.3", "channel_id": "D1", "thread_ts": "8.1"},
               "message": {"ts": "8.3", "thread_ts": card["thread_ts"]},
               "actions": [{"action_id": "advisor_details", "block_id": "b", "type": "button",
                            "value": "details", "action_ts": "1"}]}
    status, _ = await bot.post(urlencode({"payload": json.dumps(payload)}),
                               content_type="application/x-www-form-urlencoded")
    assert status == 200
    details = bot.replies()[-1]
    assert details["thread_ts"] == "8.1" and details["blocks"][0]["text"]["text"] == "Details"
    text = block_texts(details["blocks"])
    assert "*Why, criterion by criterion*" in text and "*What would change the advice [" in text
    assert_within_block_kit_limits(details["blocks"])


async def test_french_thread_gets_a_french_card(bot: SlackHarness) -> None:
    await bot.dm("Bonjour, nous sommes une fintech de 300 personnes présente dans 3 pays.", ts="1.1")
    await bot.dm("On fait de l'IA depuis un an, budget 3 M€ par an.", ts="1.2", thread_ts="1.1")
    await bot.advisor.drain()
    blocks = bot.replies()[-1]["blocks"]
    assert blocks[[b["type"] for b in blocks].index("header")]["text"]["text"].startswith("Recommandation")
    assert "Coûts sur 24 mois" in block_texts(blocks) and "Détails" in block_texts(blocks)


async def test_mention_starts_a_thread_and_replies_there_continue_it(bot: SlackHarness) -> None:
    mention = {"type": "app_mention", "channel": "C1", "user": "U2", "text": f"<@UBOT> {FINTECH[0]}",
               "ts": "2.1"}
    await bot.event(mention)
    await bot.event({**mention, "type": "message", "channel_type": "channel"})  # same message, 2nd event
    await bot.event({"type": "message", "channel": "C1", "channel_type": "channel", "user": "U3",
                     "text": "unrelated chatter", "ts": "2.2"})
    await bot.event({"type": "message", "channel": "C1", "channel_type": "channel", "user": "U2",
                     "text": FINTECH[1], "ts": "2.3", "thread_ts": "2.1"})
    await bot.advisor.drain()
    replies = bot.replies("C1")
    assert [r["thread_ts"] for r in replies] == ["2.1", "2.1"]
    assert replies[-1]["blocks"][0]["type"] in ("section", "header")
    assert "Recommendation" in replies[-1]["text"]


async def test_thread_resumes_after_a_restart(bot: SlackHarness) -> None:
    await bot.dm(FINTECH[0], ts="3.1")
    await bot.restart()
    await bot.dm(FINTECH[1], ts="3.2", thread_ts="3.1")
    await bot.advisor.drain()
    assert "Recommendation: centralized" in block_texts(bot.replies()[-1]["blocks"])
