"""Documented stand-ins for required fields the user does not know (method/profile/assumptions)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

BUDGET_EUR_PER_EMPLOYEE = 3_000.0
MIN_ASSUMED_BUDGET_EUR = 50_000.0

BASES: dict[str, tuple[str, str]] = {
    "employees": (
        "250, the middle of the article's 100-500 scale-up band",
        "250, le milieu de la tranche 100-500 (scale-up) de l'article",
    ),
    "sector": ("'other' (medium regulation)", "« autre » (régulation moyenne)"),
    "countries": ("1 country", "1 pays"),
    "ai_maturity_months": (
        "12 months, the controlled-hybrid phase where the article puts 85% of companies",
        "12 mois, la phase hybride contrôlée où l'article place 85 % des entreprises",
    ),
    "annual_ai_budget_eur": (
        "3,000 € per employee per year (at least 50 k€)",
        "3 000 € par salarié et par an (au moins 50 k€)",
    ),
}


def assumed_value(field: str, known: Mapping[str, Any]) -> Any:
    """The value used for `field` when the user does not know it, given the other known fields."""
    if field == "employees":
        return 250
    if field == "sector":
        return "other"
    if field == "countries":
        return 1
    if field == "ai_maturity_months":
        return 12
    if field == "annual_ai_budget_eur":
        employees = known.get("employees") or 250
        return max(MIN_ASSUMED_BUDGET_EUR, BUDGET_EUR_PER_EMPLOYEE * float(employees))
    raise KeyError(f"no documented assumption for {field!r}")


def assumption_basis(field: str, lang: str = "en") -> str:
    en, fr = BASES[field]
    return fr if lang == "fr" else en
