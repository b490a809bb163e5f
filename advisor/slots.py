"""The interview form: slot validation, missing slots and which question to ask next."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from scoring.assumptions import assumed_value
from scoring.profile import ALL_FIELDS, REQUIRED_FIELDS, OrgProfile, profile_error_message

# The order the interview asks in: predictable for the user, and the one a "no idea" is read against.
ASK_ORDER: tuple[str, ...] = (
    "employees", "sector", "countries", "ai_maturity_months", "annual_ai_budget_eur",
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
    """The first missing required field in ASK_ORDER (None when all are known)."""
    missing = missing_slots(known)
    return missing[0] if missing else None


def to_profile(known: Mapping[str, Any]) -> OrgProfile:
    """The full profile once every required field is known (stated or assumed)."""
    data = {k: v for k, v in known.items() if v is not None and k in ALL_FIELDS}
    return OrgProfile.model_validate(data)
