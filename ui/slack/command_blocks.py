"""Block Kit views for `/advisor`: help and the current profile (words from the catalogue)."""

from __future__ import annotations

from typing import Any

from advisor.templates import label, show_value
from i18n import t
from ui.slack.mrkdwn import context, header, section


def message(key: str, lang: str = "en") -> str:
    """A slash-command answer ("slack.<key>" in the catalogue)."""
    return t(f"slack.{key}", lang)


def ephemeral(text: str, blocks: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """A slash-command response only the caller sees."""
    return {"response_type": "ephemeral", "text": text, "blocks": blocks or [section(text)]}


def help_response(lang: str = "en") -> dict[str, Any]:
    return ephemeral(message("help", lang))


def profile_response(profile: dict[str, Any], provenance: dict[str, Any], lang: str = "en") -> dict[str, Any]:
    """Each known field with its value; assumptions flagged."""
    lines = []
    for field, value in profile.items():
        assumed = provenance.get(field, {}).get("status") == "assumed"
        flag = f" _({message('assumed', lang)})_" if assumed else ""
        name = f"*{label(field, lang)}*"
        shown = t("details.labelled", lang, label=name, text=show_value(field, value, lang))
        lines.append(f"• {shown}{flag}")
    text = "\n".join(lines) or message("empty", lang)
    blocks = [header(message("profile", lang)), section(text)]
    if lines:
        blocks += context(["`/advisor reset` · `/advisor report`"])
    flat = t("details.labelled", lang, label=message("profile", lang), text=text.replace("\n", " "))
    return ephemeral(flat, blocks)
