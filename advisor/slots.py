"""The interview form: slot validation, missing slots and which question to ask next."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from scoring.assumptions import assumed_value
from scoring.profile import ALL_FIELDS, REQUIRED_FIELDS, OrgProfile, profile_error_message

# Candidate answers used to measure how much each missing field could move the recommendation.
PROBES: dict[str, tuple[Any, ...]] = {
    "employees": (20, 80, 300, 800, 6000),
    "sector": ("tech", "retail", "industry", "finance", "public"),
    "countries": (1, 2, 5),
    "ai_maturity_months": (2, 12, 30),
    "annual_ai_budget_eur": (100_000, 1_000_000, 3_000_000, 8_000_000),
}
ASK_ORDER: tuple[str, ...] = (
    "sector", "employees", "ai_maturity_months", "countries", "annual_ai_budget_eur",
)


def validate_slot(field: str, value: Any, known: Mapping[str, Any]) -> tuple[Any, str | None]:
    """Check one value against the profile's rules in the context of the known ones.

    Returns (normalised value, None) or (None, a message a person understands).
    """
    if field not in ALL_FIELDS:
        return None, f"{field} is not part of the profile"
    probe = {**_complete(known), field: value}
    if field == "sector" and "regulation" not in known:
        probe.pop("regulation", None)
    try:
        profile = OrgProfile.model_validate(probe)
    except ValidationError as exc:
        return None, profile_error_message(exc)
    normalised = getattr(profile, field)
    return getattr(normalised, "value", normalised), None


def missing_slots(known: Mapping[str, Any]) -> list[str]:
    """Required fields still unknown, in asking order."""
    return [f for f in ASK_ORDER if known.get(f) is None]


def _complete(known: Mapping[str, Any]) -> dict[str, Any]:
    """Known values plus the documented assumption for each missing required field."""
    data = {k: v for k, v in known.items() if v is not None}
    for field in REQUIRED_FIELDS:
        if field not in data:
            data[field] = assumed_value(field, data)
    return data


def next_slot(known: Mapping[str, Any]) -> str | None:
    """The missing field whose answer could change the recommendation most (ties: ASK_ORDER)."""
    from scoring.scorecard import score

    missing = missing_slots(known)
    if not missing:
        return None
    best, best_spread = missing[0], -1
    for field in missing:
        outcomes = set()
        for probe in PROBES[field]:
            data = _complete({**known, field: probe})
            try:
                outcomes.add(score(OrgProfile.model_validate(data)).architecture)
            except ValidationError:
                continue
        if len(outcomes) > best_spread:
            best, best_spread = field, len(outcomes)
    return best


def to_profile(known: Mapping[str, Any]) -> OrgProfile:
    """The full profile once every required field is known (stated or assumed)."""
    data = {k: v for k, v in known.items() if v is not None and k in ALL_FIELDS}
    return OrgProfile.model_validate(data)
