"""The chat history (Chainlit's stored steps) kept in agreement with the advisor's checkpoint.

A turn is checkpointed whole before its reply is shown; if the app stops between the two, the
stored history has the user's message but not the reply. `lost_reply` finds that case when the
thread is reopened, so the reply is shown and stored again. Messages the checkpoint never holds
(a refused message, its refusal) are sent without being stored (`send_unstored`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

UPLOAD_NOTE = "upload"  # metadata key of the messages about an attached document


def lost_reply(steps: Sequence[Mapping[str, Any]], values: Mapping[str, Any]) -> str | None:
    """The checkpoint's last reply when the history stored the message it answers but no reply
    after it; None when nothing is missing (or when the checkpoint lacks that message: a turn
    cut short leaves no reply to show, and the user sends the message again)."""
    messages = list(values.get("messages") or ())
    if not messages or messages[-1].type != "ai":
        return None
    human = next((m for m in reversed(messages) if m.type == "human"), None)
    asked = [n for n, step in enumerate(steps) if step.get("type") == "user_message"]
    if human is None or not asked or str(steps[asked[-1]].get("output")) != str(human.content):
        return None
    answers = [s for s in steps[asked[-1] + 1:] if s.get("type") == "assistant_message" and not _is_note(s)]
    return None if answers else str(messages[-1].content)


def _is_note(step: Mapping[str, Any]) -> bool:
    metadata = step.get("metadata") or {}
    if isinstance(metadata, str):
        try:
            metadata = json.loads(metadata)
        except ValueError:
            metadata = {}
    return isinstance(metadata, dict) and bool(metadata.get(UPLOAD_NOTE))


def last_reply_id(steps: Sequence[Mapping[str, Any]]) -> str | None:
    """The id of the last stored reply of the advisor (not a note about a document)."""
    for step in reversed(steps):
        if step.get("type") == "assistant_message" and not _is_note(step):
            return str(step["id"])
    return None


async def send_unstored(message: Any) -> Any:
    """Show a Chainlit message without writing it to the data layer (Chainlit's own flag)."""
    message.persisted = True
    return await message.send()
