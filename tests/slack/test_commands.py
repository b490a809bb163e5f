"""`/advisor` help, profile, reset and report (a file uploaded through the files v2 flow)."""

from __future__ import annotations

from tests.slack.harness import SlackHarness
from tests.slack.test_conversation import FINTECH


async def converse(bot: SlackHarness, texts: list[str], root: str = "7.1") -> None:
    await bot.dm(texts[0], ts=root)
    for i, text in enumerate(texts[1:], start=2):
        await bot.dm(text, ts=f"{root}{i}", thread_ts=root)
    await bot.advisor.drain()


async def test_help_lists_the_subcommands(bot: SlackHarness) -> None:
    for text in ("", "help", "what?"):
        answer = await bot.command(text)
        assert answer["response_type"] == "ephemeral"
        assert "/advisor report" in answer["text"] and "/advisor reset" in answer["text"]


async def test_profile_before_and_after_a_conversation(bot: SlackHarness) -> None:
    assert "No conversation" in (await bot.command("profile"))["text"]
    await converse(bot, FINTECH[:1])
    answer = await bot.command("profile")
    assert answer["blocks"][0] == {"type": "header", "text": {"type": "plain_text", "text": "Profile",
                                                                "emoji": True}}
    assert "300 employees" in answer["text"] and "finance" in answer["text"]


async def test_report_is_uploaded_as_a_file_in_the_thread(bot: SlackHarness) -> None:
    await converse(bot, FINTECH[:1])
    assert "No recommendation yet" in (await bot.command("report"))["text"]
    await bot.dm(FINTECH[1], ts="7.12", thread_ts="7.1")
    await bot.advisor.drain()
    assert "Preparing the report" in (await bot.command("report"))["text"]
    names = [call["filename"] for call in bot.stub.called("files.getUploadURLExternal")]
    assert [n.rsplit("-", 3)[0] for n in names] == ["orchestration-report-centralized", "orchestration-adr-centralized"]
    (complete,) = bot.stub.called("files.completeUploadExternal")
    assert complete["channel_id"] == "D1" and complete["thread_ts"] == "7.1"
    report, adr = (content.decode() for content in bot.stub.uploads.values())
    assert report.startswith("# Orchestration Advisor — report") and "## Executive summary" in report
    assert "## Costs over 24 months" in report and "## What would change the advice" in report
    assert adr.startswith("# ADR: centralized AI orchestration")


async def test_reset_starts_the_thread_over_with_an_empty_profile(bot: SlackHarness) -> None:
    await converse(bot, FINTECH)
    assert "Starting over" in (await bot.command("reset"))["text"]
    assert "still empty" in (await bot.command("profile"))["text"]
    await bot.dm("We are 40 people in retail.", ts="7.19", thread_ts="7.1")
    await bot.advisor.drain()
    reply = bot.replies()[-1]
    assert reply["thread_ts"] == "7.1" and "Recommendation" not in reply["text"]
    profile = (await bot.command("profile"))["text"]
    assert "40 employees" in profile and "finance" not in profile


async def test_commands_are_per_user_and_channel(bot: SlackHarness) -> None:
    await converse(bot, FINTECH[:1])
    assert "No conversation" in (await bot.command("profile", user="U9"))["text"]
    assert "No conversation" in (await bot.command("reset", channel="C1"))["text"]
