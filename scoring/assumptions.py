"""Documented stand-ins for required fields the user does not know (method/profile/assumptions)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import i18n

BUDGET_EUR_PER_EMPLOYEE = 3_000.0
MIN_ASSUMED_BUDGET_EUR = 50_000.0


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
    """Why that value (the catalogue's "assumption.<field>")."""
    return i18n.t(f"assumption.{field}", lang)
