"""The result of reading one user message: values, unknowns, hypotheticals, flags, evidence."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from scoring.profile import MAX_BUDGET_EUR, MAX_COUNTRIES, MAX_EMPLOYEES, MAX_MATURITY_MONTHS

Language = Literal["en", "fr"]
Intent = Literal["reset", "show_profile", "report", "help"]
FieldValue = int | float | str

# Inclusive bounds of each numeric profile field, mirroring scoring/profile.py.
NUMERIC_BOUNDS: dict[str, tuple[float, float]] = {
    "employees": (1, MAX_EMPLOYEES),
    "ai_maturity_months": (0, MAX_MATURITY_MONTHS),
    "countries": (1, MAX_COUNTRIES),
    "annual_ai_budget_eur": (0, MAX_BUDGET_EUR),
    "ai_stacks": (1, 1000),
    "teams_using_ai": (1, 100_000),
}
INT_FIELDS = frozenset(
    {"employees", "ai_maturity_months", "countries", "ai_stacks", "teams_using_ai"}
)


class Evidence(BaseModel):
    """Where a value came from: the matched text and its offsets in the message as given."""

    model_config = ConfigDict(frozen=True)

    text: str
    start: int
    end: int
    note: str | None = None


class Extraction(BaseModel):
    """Everything the deterministic reader found in one message."""

    model_config = ConfigDict(frozen=True)

    language: Language
    values: dict[str, FieldValue] = Field(default_factory=dict)
    spans: dict[str, Evidence] = Field(default_factory=dict)
    unknown: tuple[str, ...] = ()
    invalid: dict[str, str] = Field(default_factory=dict)
    what_if: dict[str, FieldValue] = Field(default_factory=dict)
    what_if_spans: dict[str, Evidence] = Field(default_factory=dict)
    hypothesis: str | None = None
    is_correction: bool = False
    question: str | None = None
    is_question: bool = False
    injection: bool = False
    intent: Intent | None = None
    pii: tuple[str, ...] = ()


def normalise_value(field: str, raw: float) -> tuple[FieldValue | None, str | None]:
    """Round and range-check a numeric field: (value, None) when valid, (None, reason) if not."""
    low, high = NUMERIC_BOUNDS[field]
    value: int | float = int(raw + 0.5) if raw >= 0 else -int(-raw + 0.5)
    if field not in INT_FIELDS:
        value = float(raw)
    if raw < low or value < low:
        shown = _shown(raw)
        return None, f"{field} must be at least {_shown(low)} (got {shown})"
    if raw > high:
        return None, f"{field} must be at most {_shown(high)} (got {_shown(raw)})"
    return value, None


def _shown(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else f"{number:g}"
