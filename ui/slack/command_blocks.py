"""Block Kit views for `/advisor`: help and the current profile."""

from __future__ import annotations

from typing import Any

from advisor.templates import label, show_value
from ui.slack.mrkdwn import context, header, section

HELP = {
    "en": ("*Orchestration Advisor* — centralized, hybrid or decentralized AI orchestration, costed over "
           "24 months.\nDM me, or mention me in a channel: I ask a few questions (sector, size, "
           "countries, AI maturity, budget) and answer in the thread.\n\n"
           "`/advisor help` — this message\n`/advisor profile` — the profile of your latest thread here\n"
           "`/advisor reset` — start that thread over with an empty profile\n"
           "`/advisor report` — the full report as a Markdown file"),
    "fr": ("*Orchestration Advisor* — orchestration IA centralisée, hybride ou décentralisée, chiffrée sur "
           "24 mois.\nÉcrivez-moi en message direct ou mentionnez-moi dans un canal : je pose quelques "
           "questions et je réponds dans le fil.\n\n"
           "`/advisor help` — ce message\n`/advisor profile` — le profil de votre dernier fil ici\n"
           "`/advisor reset` — recommencer ce fil avec un profil vide\n"
           "`/advisor report` — le rapport complet en fichier Markdown"),
}
MESSAGES = {
    "no_thread": ("No conversation with you in this channel yet: mention me or send me a DM first.",
                  "Pas encore de conversation avec vous ici : mentionnez-moi ou écrivez-moi en direct."),
    "reset": ("Starting over: your next message in that thread begins an empty profile.",
              "On recommence : votre prochain message dans ce fil part d'un profil vide."),
    "no_report": ("No recommendation yet in your latest thread: answer the questions first.",
                  "Pas encore de recommandation dans votre dernier fil : répondez d'abord aux questions."),
    "report": ("Preparing the report; it will appear in the thread.",
               "Préparation du rapport ; il apparaîtra dans le fil."),
    "profile": ("Profile", "Profil"),
    "empty": ("The profile is still empty.", "Le profil est encore vide."),
    "assumed": ("assumed", "supposé"),
}


def message(key: str, lang: str = "en") -> str:
    return MESSAGES[key][lang == "fr"]


def ephemeral(text: str, blocks: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """A slash-command response only the caller sees."""
    return {"response_type": "ephemeral", "text": text, "blocks": blocks or [section(text)]}


def help_response(lang: str = "en") -> dict[str, Any]:
    return ephemeral(HELP["fr" if lang == "fr" else "en"])


def profile_response(profile: dict[str, Any], provenance: dict[str, Any], lang: str = "en") -> dict[str, Any]:
    """Each known field with its value; assumptions flagged."""
    lines = []
    for field, value in profile.items():
        assumed = provenance.get(field, {}).get("status") == "assumed"
        flag = f" _({message('assumed', lang)})_" if assumed else ""
        lines.append(f"• *{label(field, lang)}*: {show_value(field, value, lang)}{flag}")
    text = "\n".join(lines) or message("empty", lang)
    blocks = [header(message("profile", lang)), section(text)]
    if lines:
        blocks += context(["`/advisor reset` · `/advisor report`"])
    return ephemeral(f"{message('profile', lang)}: " + text.replace("\n", " "), blocks)
