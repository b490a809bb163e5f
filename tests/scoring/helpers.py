"""Profile builders for scoring tests."""

from __future__ import annotations

from typing import Any

from scoring.profile import OrgProfile

NEUTRAL: dict[str, Any] = {
    "employees": 300,
    "sector": "other",
    "countries": 1,
    "ai_maturity_months": 12,
    "annual_ai_budget_eur": 1_000_000,
}


def make(**changes: Any) -> OrgProfile:
    """A neutral mid-size profile with some fields changed."""
    return OrgProfile.model_validate({**NEUTRAL, **changes})


def vote(profile: OrgProfile, key: str) -> float:
    from scoring.criteria import evaluate_criteria

    return next(c.vote for c in evaluate_criteria(profile) if c.key == key)


def leaning(profile: OrgProfile, key: str) -> str:
    from scoring.criteria import evaluate_criteria

    return next(c.leaning for c in evaluate_criteria(profile) if c.key == key)
