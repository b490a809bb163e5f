"""The first screen: what the advisor does and the five facts it needs (one chat profile's
description, in the browser's language), and the starters, those in that language first."""

from __future__ import annotations

import chainlit as cl

import i18n
from knowledge.language import detect_language

STARTERS = (
    ("Fintech, 300 people, 3 countries", "We are a 300-person fintech operating in 3 countries."),
    ("SaaS scale-up, 8 months of AI",
     "We are a 120-person tech company in one country, doing AI for 8 months, budget 400 k€ a year."),
    ("Banque, 2 000 salariés, 5 pays", "Nous sommes une banque de 2 000 salariés présente dans 5 pays."),
    ("Start-up santé, IA depuis 4 mois",
     "Nous sommes une start-up de santé de 40 personnes, nous faisons de l'IA depuis 4 mois."),
)


@cl.set_chat_profiles
async def first_screen(user: cl.User | None = None, language: str | None = None) -> list[cl.ChatProfile]:
    """One profile, never offered as a choice: its description is the first screen."""
    return [cl.ChatProfile(name="Orchestration Advisor", markdown_description=i18n.t("ui.welcome", language),
                           icon="/public/favicon.svg", default=True)]


@cl.set_starters
async def starters(user: cl.User | None = None, language: str | None = None) -> list[cl.Starter]:
    """Every starter, those in the browser's language first."""
    ordered = sorted(STARTERS, key=lambda s: detect_language(s[1]) != i18n.lang_of(language))
    return [cl.Starter(label=label, message=message) for label, message in ordered]
