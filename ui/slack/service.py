"""Where Slack meets the advisor: dedup, thread mapping, background turns, replies and reports."""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import Coroutine
from typing import Any

from slack_sdk.web.async_client import AsyncWebClient

from advisor.session import AdvisorSession
from i18n import LANGS, t
from ui.slack.blocks import fallback_text, reply_blocks
from ui.slack.command_blocks import ephemeral, help_response, message, profile_response
from ui.slack.models import IncomingMessage, SlashCommand
from ui.slack.store import SlackStore

log = logging.getLogger(__name__)


def words(key: str, lang: str | None, **values: Any) -> str:
    """The message `key` in the thread's language; in English then French when it is unknown
    (a thread whose first turn failed has no language yet)."""
    if lang is None:
        return "\n".join(t(key, one, **values) for one in LANGS)
    return t(key, lang, **values)


def thread_ts_of(slack_key: str) -> str:
    return slack_key.rsplit(":", 1)[1]


def channel_of(slack_key: str) -> str:
    return slack_key.split(":")[1]


def thread_view(values: dict[str, Any]) -> Any:
    """The view of a thread's recommendation (None before the first one)."""
    from advisor.view import RecommendationView

    record = values.get("recommendation")
    if not record:
        return None
    return RecommendationView.from_record(record, values.get("language", "en"),
                                          provenance=dict(values.get("provenance") or {}))


def report_files(values: dict[str, Any]) -> list[dict[str, Any]]:
    """The report and the decision record of a thread's recommendation, as Slack file uploads."""
    view = thread_view(values)
    lang = view.lang
    return [{"content": view.report_markdown(), "filename": view.filename("report", "md"),
             "title": t("slack.report_title", lang)},
            {"content": view.adr_markdown(), "filename": view.filename("adr", "md"),
             "title": t("slack.adr_title", lang)}]


class SlackAdvisor:
    """Takes validated Slack input and runs advisor turns off the event loop, one thread at a time."""

    def __init__(self, session: AdvisorSession, store: SlackStore) -> None:
        self.session, self.store = session, store
        self._tasks: set[asyncio.Task[None]] = set()
        self._thread_locks: weakref.WeakValueDictionary[str, asyncio.Lock] = weakref.WeakValueDictionary()

    def take(self, msg: IncomingMessage, client: AsyncWebClient, *, mentioned: bool) -> bool:
        """Start a turn in the background if the message is for us and new; True if started."""
        in_our_thread = bool(msg.thread_ts) and self.store.knows_thread(msg.thread)
        for_us = mentioned or msg.is_direct or in_our_thread
        if not (msg.from_a_person and for_us):
            return False
        owner = self.store.thread_owner(msg.thread) if in_our_thread else None
        if owner is not None and owner != msg.user:  # someone else's advisor thread: hands off
            if self.store.claim(msg.delivery_keys, ""):
                self.store.answered(msg.delivery_keys)
                self._spawn(self._not_yours(msg, owner, client))
            return False
        if not self.store.claim(msg.delivery_keys, msg.model_dump_json()):
            return False
        self._start(msg, client)
        return True

    def resume(self, client: AsyncWebClient) -> int:
        """Answer the messages a previous process took but died before answering (kill -9)."""
        orphans = [IncomingMessage.model_validate_json(payload) for payload in self.store.orphans()]
        for msg in orphans:
            log.info("answering %s, taken by a process that stopped before replying", msg.event_id)
            self._start(msg, client)
        return len(orphans)

    def _start(self, msg: IncomingMessage, client: AsyncWebClient) -> None:
        thread_id = self.store.advisor_thread(msg.thread)  # registers the thread for follow-ups
        self.store.thread_owner(msg.thread, msg.user)
        self.store.remember_latest(msg.user_key, msg.thread)
        self._spawn(self._answer(msg, thread_id, client))

    async def command(self, cmd: SlashCommand, client: AsyncWebClient) -> dict[str, Any]:
        """The immediate (ephemeral) response to `/advisor`; a report is uploaded in the background."""
        key = self.store.latest(cmd.user_key)
        values = await asyncio.to_thread(self.session.values, self.store.advisor_thread(key)) if key else {}
        lang = values.get("language", "en")
        if cmd.action == "help":
            return help_response(lang)
        if key is None:
            return ephemeral(message("no_thread", lang))
        if cmd.action == "reset":
            if self.store.thread_owner(key) not in (None, cmd.user_id):
                return ephemeral(t("slack.not_yours", lang))  # in the thread's language, as replies
            self.store.reset(key)
            return ephemeral(message("reset", lang))
        if cmd.action == "profile":
            return profile_response(dict(values.get("profile", {})), dict(values.get("provenance", {})), lang)
        if values.get("recommendation") is None:
            return ephemeral(message("no_report", lang))
        self._spawn(self._upload_report(key, values, client))
        return ephemeral(message("report", lang))

    async def details(self, msg: IncomingMessage, client: AsyncWebClient) -> None:
        """The "Details" button: the thread's recommendation in full, posted in the thread."""
        if not self.store.knows_thread(msg.thread):
            return
        try:
            values = await asyncio.to_thread(self.session.values, self.store.advisor_thread(msg.thread))
            view = thread_view(values)
            if view is None:
                return
            blocks = await asyncio.to_thread(view.slack_details_blocks)
            await client.chat_postMessage(channel=msg.channel, thread_ts=msg.reply_ts,
                                          text=blocks[0]["text"]["text"], blocks=blocks)
        except Exception:
            log.exception("details failed for %s", msg.thread)

    async def drain(self) -> None:
        """Wait for every background turn and upload (tests, shutdown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _answer(self, msg: IncomingMessage, thread_id: str, client: AsyncWebClient) -> None:
        async with self._thread_locks.setdefault(msg.thread, asyncio.Lock()):  # keep the thread's order
            try:
                turn = await asyncio.to_thread(self.session.send, thread_id, msg.question or "hello")
                reply: dict[str, Any] = {"text": fallback_text(turn), "blocks": reply_blocks(turn)}
            except Exception:
                log.exception("advisor turn failed for %s", thread_id)
                reply = {"text": words("slack.sorry", await self._language(thread_id))}
            await client.chat_postMessage(channel=msg.channel, thread_ts=msg.reply_ts, **reply)
            self.store.answered(msg.delivery_keys)  # only now: a crash before this is answered later

    async def _language(self, thread_id: str) -> str | None:
        """The language the thread's replies are in (its state's), None when unknown or unreadable."""
        try:
            values = await asyncio.to_thread(self.session.values, thread_id)
        except Exception:
            log.exception("could not read the language of %s", thread_id)
            return None
        language = values.get("language")
        return str(language) if language else None

    async def _not_yours(self, msg: IncomingMessage, owner: str, client: AsyncWebClient) -> None:
        try:
            lang = await self._language(self.store.advisor_thread(msg.thread))  # the thread's replies'
            await client.chat_postEphemeral(channel=msg.channel, user=str(msg.user), thread_ts=msg.reply_ts,
                                            text=words("slack.not_theirs", lang, owner=owner))
        except Exception:
            log.exception("could not tell %s the thread is not theirs", msg.user)

    async def _upload_report(self, key: str, values: dict[str, Any], client: AsyncWebClient) -> None:
        try:
            files = await asyncio.to_thread(report_files, values)
            await client.files_upload_v2(channel=channel_of(key), thread_ts=thread_ts_of(key),
                                         file_uploads=files)
        except Exception:
            log.exception("report upload failed for %s", key)
