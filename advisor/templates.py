"""The offline engine's interview wording and profile values in words, from the message catalogue."""

from __future__ import annotations

from typing import Any

import i18n

QUESTIONS = frozenset({"sector", "employees", "ai_maturity_months", "countries", "annual_ai_budget_eur"})
REFINE_QUESTIONS = frozenset({"current_architecture", "governance", "teams_using_ai", "ai_stacks"})
# Options offered once a required field has been asked twice without an answer (the user can still type).
CHOICES = QUESTIONS
COUNTS = ("employees", "countries", "ai_stacks", "teams_using_ai")
SECTORS = frozenset({"finance", "insurance", "health", "public", "tech", "retail", "industry", "energy",
                     "telecom", "education", "other"})
VALUES = frozenset({"none", "partial", "central", "light", "medium", "strong", "critical", "decentralized",
                    "hybrid", "centralized"})


def t(key: str, lang: str, **values: Any) -> str:
    """A chat sentence ("chat.<key>" in the catalogue)."""
    return i18n.t(f"chat.{key}", lang, **values)


def choices(field: str, lang: str) -> list[str]:
    """The options offered for `field`, with "I don't know" and "skip" last."""
    options = i18n.items(f"choices.{field}", lang) if field in CHOICES else []
    return [*options, i18n.t("choices.dont_know", lang), i18n.t("choices.skip", lang)]


def question(field: str, lang: str) -> str:
    return i18n.t(f"question.{field}", lang)


def refine_question(field: str, lang: str) -> str:
    return i18n.t(f"refine.{field}", lang)


def label(field: str, lang: str) -> str:
    """A profile field's name for people ("yearly AI budget"); unknown fields as they are."""
    return i18n.t(f"field.{field}", lang) if f"field.{field}" in i18n.catalogue(lang) else field


def value_text(field: str, value: Any, lang: str) -> str:
    """A value alone, as a person reads it: "300", "1.5 M€ a year", "18 months", "health"."""
    if value is None:
        return "?"
    if field == "annual_ai_budget_eur":
        return i18n.t("unit.per_year", lang, amount=i18n.money(float(value), lang))
    if field == "ai_maturity_months":
        key = "unit.month_one" if value == 1 else "unit.months"
        return i18n.t(key, lang, n=i18n.number(float(value), lang, 1))
    if field in COUNTS:
        return i18n.number(int(value), lang)
    if field == "sector" and str(value) in SECTORS:
        return i18n.t(f"sector.{value}", lang)
    if str(value) in VALUES:
        return i18n.t(f"value.{value}", lang)
    return str(value)


def show_value(field: str, value: Any, lang: str) -> str:
    """A value with what it counts: "300 employees", "1.5 M€ a year", "sector finance"."""
    if value is None:
        return "?"
    shown = value_text(field, value, lang)
    if field in ("annual_ai_budget_eur", "ai_maturity_months"):
        return shown
    if field in COUNTS:
        noun = i18n.t(f"field_one.{field}" if int(value) == 1 else f"field.{field}", lang)
        return f"{shown} {noun}"
    return f"{label(field, lang)} {shown}"
