"""Typed views of what Slack sends: a message (DM, mention, thread reply) and a slash command."""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel

from ui.slack.store import slack_key

_MENTION = re.compile(r"<@[A-Z0-9]+>")
_REPLY_SUBTYPES = {None, "thread_broadcast", "file_share"}
CommandAction = Literal["help", "profile", "reset", "report"]


class IncomingMessage(BaseModel):
    """One user message from an `app_mention` or `message` event."""

    event_id: str
    team: str
    channel: str
    channel_type: str | None = None
    user: str | None = None
    text: str = ""
    ts: str
    thread_ts: str | None = None
    subtype: str | None = None
    bot_id: str | None = None

    @classmethod
    def from_event(cls, body: dict[str, Any], event: dict[str, Any]) -> IncomingMessage:
        team = str(body.get("team_id") or event.get("team", ""))
        return cls(event_id=str(body.get("event_id", "")), team=team,
                   **{k: event.get(k) for k in ("channel", "channel_type", "user", "ts", "thread_ts",
                                                 "subtype", "bot_id")},
                   text=str(event.get("text") or ""))

    @classmethod
    def from_choice(cls, body: dict[str, Any], value: str) -> IncomingMessage:
        """An option button pressed under a question: the same as typing the option."""
        message = body.get("message") or {}
        container = body.get("container") or {}
        channel = body.get("channel") or {}
        return cls(event_id=f"choice:{body.get('trigger_id', '')}",
                   team=str((body.get("team") or {}).get("id", "")), channel=str(channel.get("id", "")),
                   channel_type="im" if str(channel.get("id", "")).startswith("D") else "channel",
                   user=(body.get("user") or {}).get("id"), text=value,
                   ts=str(container.get("message_ts") or message.get("ts") or ""),
                   thread_ts=message.get("thread_ts") or container.get("thread_ts"))

    @property
    def from_a_person(self) -> bool:
        """False for bot posts, edits, deletions and other system subtypes."""
        return self.bot_id is None and self.user is not None and self.subtype in _REPLY_SUBTYPES

    @property
    def is_direct(self) -> bool:
        return self.channel_type == "im"

    @property
    def thread(self) -> str:
        """The Slack thread this message belongs to (a top-level message opens its own)."""
        return slack_key(self.team, self.channel, self.thread_ts or self.ts)

    @property
    def reply_ts(self) -> str:
        return self.thread_ts or self.ts

    @property
    def delivery_keys(self) -> tuple[str, ...]:
        """Retries share the event id; a mention also arrives as a `message` event with the same ts."""
        return (f"event:{self.event_id}", f"message:{self.channel}:{self.ts}")

    @property
    def question(self) -> str:
        """The text without bot mentions."""
        return _MENTION.sub("", self.text).strip()

    @property
    def user_key(self) -> str:
        return f"{self.team}:{self.channel}:{self.user}"


class SlashCommand(BaseModel):
    """`/advisor [help|profile|reset|report]`, about the user's latest thread in the channel."""

    team_id: str
    channel_id: str
    user_id: str
    text: str = ""

    @property
    def action(self) -> CommandAction:
        word = (self.text.strip().split() or ["help"])[0].lower()
        aliases: dict[str, CommandAction] = {"profil": "profile", "rapport": "report", "aide": "help",
                                             "start-over": "reset", "restart": "reset"}
        action = aliases.get(word, word)
        return action if action in ("profile", "reset", "report") else "help"  # type: ignore[return-value]

    @property
    def user_key(self) -> str:
        return f"{self.team_id}:{self.channel_id}:{self.user_id}"
