"""Markdown → Slack mrkdwn, and the Block Kit size limits."""

from __future__ import annotations

import re
from typing import Any

Block = dict[str, Any]
MAX_BLOCKS = 50
MAX_TEXT = 3000  # section / context text
MAX_HEADER = 150
MAX_FIELD = 2000
MAX_FIELDS = 10
MAX_MESSAGE_TEXT = 39_000  # chat.postMessage truncates `text` at 40,000

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_HEADING = re.compile(r"^#{1,6}\s+(.+)$", re.MULTILINE)
_LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")


def escape(text: str) -> str:
    """Slack's three control characters escaped: no `<!channel>`, `<@U…>` or `<url|disguise>`
    can come from a document or a reply."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_mrkdwn(markdown: str) -> str:
    """Bold and headings in Slack's dialect, everything else escaped; a link shows its address
    ("text (url)") and an image its description; `[n]` citation marks stay as they are."""
    text = _IMAGE.sub(lambda m: f"[image: {m.group(1) or 'no description'}]", escape(markdown))
    text = _LINK.sub(lambda m: m.group(2) if m.group(1) == m.group(2) else f"{m.group(1)} ({m.group(2)})",
                     text)
    text = _BOLD.sub(lambda m: f"*{m.group(1)}*", text)
    return _HEADING.sub(lambda m: f"*{m.group(1).replace('*', '').strip()}*", text)


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": clip(text, MAX_TEXT)}}


def sections(text: str) -> list[dict[str, Any]]:
    """Long text as several sections, cut at line breaks."""
    chunks: list[str] = []
    for line in text.strip().splitlines():
        if chunks and len(chunks[-1]) + len(line) + 1 <= MAX_TEXT:
            chunks[-1] += "\n" + line
        else:
            chunks.append(line)
    return [section(chunk) for chunk in chunks if chunk.strip()]


def header(text: str) -> dict[str, Any]:
    return {"type": "header", "text": {"type": "plain_text", "text": clip(text, MAX_HEADER), "emoji": True}}


def fields(items: list[str]) -> dict[str, Any]:
    return {"type": "section", "fields": [{"type": "mrkdwn", "text": clip(item, MAX_FIELD)}
                                          for item in items[:MAX_FIELDS]]}


def context(lines: list[str]) -> list[dict[str, Any]]:
    """Small print, ten elements per context block."""
    elements = [{"type": "mrkdwn", "text": clip(line, MAX_TEXT)} for line in lines]
    return [{"type": "context", "elements": elements[i:i + 10]} for i in range(0, len(elements), 10)]


def divider() -> dict[str, Any]:
    return {"type": "divider"}


def within_limits(body: list[Block], tail: list[Block] | None = None) -> list[Block]:
    """At most 50 blocks: the tail (sources) is kept whole, the body is cut with a pointer to the report."""
    tail = (tail or [])[:10]
    if len(body) + len(tail) <= MAX_BLOCKS:
        return body + tail
    note = context(["… (the rest is in the message text and in `/advisor report`)"])
    return body[: MAX_BLOCKS - len(tail) - 1] + note + tail
