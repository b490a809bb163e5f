"""Slack Block Kit of a recommendation: the summary card with a "Details" button, and the details."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from advisor.view.cite import Numbering

if TYPE_CHECKING:
    from advisor.view.model import RecommendationView

DETAILS_ACTION = "advisor_details"
SECTION_LIMIT, HEADER_LIMIT = 3000, 150


def escape(text: str) -> str:
    """Slack's three control characters, so no text can ping, link or format by itself."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def mrkdwn(markdown: str) -> str:
    """Our own Markdown (headings, bold, bullets) as Slack mrkdwn, escaped."""
    lines = []
    for line in escape(markdown).splitlines():
        heading = re.match(r"^#{1,6}\s+(.*)$", line)
        if heading:
            line = f"*{heading.group(1).replace('**', '')}*"
        line = re.sub(r"^- ", "• ", line)
        lines.append(re.sub(r"\*\*(.+?)\*\*", r"*\1*", line))
    return "\n".join(lines)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def header(text: str) -> dict[str, Any]:
    plain = re.sub(r"\s*(\[\d+\])+", "", text.lstrip("#").replace("**", "")).strip()
    return {"type": "header", "text": {"type": "plain_text", "text": _clip(plain, HEADER_LIMIT),
                                       "emoji": True}}


def section(markdown: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": _clip(mrkdwn(markdown), SECTION_LIMIT)}}


def details_button(view: RecommendationView) -> dict[str, Any]:
    return {"type": "actions", "elements": [{
        "type": "button", "action_id": DETAILS_ACTION, "value": "details",
        "text": {"type": "plain_text", "text": view.w("slack.details")}}]}


def summary_blocks(view: RecommendationView,
                   numbering: Mapping[str, int] | None = None) -> list[dict[str, Any]]:
    """Header, the summary (or what changed) and the Details button; `numbering` gives the reply's
    citation numbers (passages it did not cite are not marked)."""
    text = view.reply_markdown(Numbering(numbering, only_fixed=True).mark)
    title, _, body = text.partition("\n")
    blocks = [header(title)]
    blocks += [section(part) for part in body.strip().split("\n\n") if part.strip()]
    return [*blocks, details_button(view)]


def details_blocks(view: RecommendationView) -> list[dict[str, Any]]:
    """The details, one section per heading, their sources last (within Block Kit's limits)."""
    text = view.details_markdown(clean=str)  # mrkdwn() escapes the whole text
    blocks = [header(view.w("details.title"))]
    for part in re.split(r"\n(?=#### )", text.strip()):
        if part.strip():
            blocks.append(section(part.strip()))
    return blocks[:50]
