"""Block Kit views of an advisor Turn: the recommendation card (from the view) and ordinary replies."""

from __future__ import annotations

from typing import Any

from advisor.session import Turn
from advisor.templates import question, refine_question
from ui.slack.mrkdwn import (
    MAX_MESSAGE_TEXT,
    clip,
    context,
    divider,
    escape,
    sections,
    to_mrkdwn,
    within_limits,
)


def is_new_recommendation(turn: Turn) -> bool:
    """True when this turn computed a recommendation (not merely carried an old one)."""
    return turn.recommendation is not None and any(c.get("tool") == "score_profile" for c in turn.tool_calls)


def fallback_text(turn: Turn) -> str:
    """The plain-text version: notifications, screen readers, clients without blocks."""
    return clip(to_mrkdwn(turn.reply), MAX_MESSAGE_TEXT)


def reply_blocks(turn: Turn) -> list[dict[str, Any]]:
    """The card for a new recommendation (summary or what changed, with a Details button),
    otherwise the reply text; then the question asked, its options and the sources."""
    body = turn.reply.split("**Sources**", 1)[0] if turn.citations else turn.reply
    if is_new_recommendation(turn) and turn.recommendation is not None:
        from advisor.view import RecommendationView

        view = RecommendationView.from_record(turn.recommendation, turn.language)
        card = view.slack_blocks({c["id"]: c["n"] for c in turn.citations})
        lead, asked = body.split("###", 1)[0].strip(), _asked(turn)
        blocks = sections(to_mrkdwn(lead)) + card + sections(to_mrkdwn(asked))
        return within_limits(blocks + choice_blocks(turn.choices), sources(turn.citations))
    return within_limits(sections(to_mrkdwn(body)) + choice_blocks(turn.choices), sources(turn.citations))


def _asked(turn: Turn) -> str:
    """The question that follows the recommendation in the reply, if any."""
    for ask in (question, refine_question):
        try:
            text = ask(turn.asked or "", turn.language)
        except KeyError:
            continue
        if text in turn.reply:
            return text
    return ""


def choice_blocks(choices: list[str]) -> list[dict[str, Any]]:
    """Option buttons under a question asked twice (Slack allows 25 per block)."""
    if not choices:
        return []
    buttons = [{"type": "button", "action_id": f"advisor_choice_{n}", "value": c[:2000],
                "text": {"type": "plain_text", "text": c[:75]}} for n, c in enumerate(choices[:25])]
    return [{"type": "actions", "elements": buttons}]


def sources(citations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [divider(), *citation_blocks(citations)] if citations else []


def citation_blocks(citations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Numbered sources as small print: [n] id — publisher, section."""
    lines = []
    for c in citations:
        where = escape(", ".join(str(c[k]) for k in ("publisher", "section") if c.get(k)))
        cid = escape(str(c["id"]).replace("`", ""))
        lines.append(f"[{c['n']}] `{cid}` — {where}" if where else f"[{c['n']}] `{cid}`")
    return context(lines)
