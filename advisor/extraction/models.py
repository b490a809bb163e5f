"""The result of reading one user message: values, unknowns, hypotheticals, flags, evidence."""

from __future__ import annotations

import math
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from scoring.profile import MAX_BUDGET_EUR, MAX_COUNTRIES, MAX_EMPLOYEES, MAX_MATURITY_MONTHS

Language = Literal["en", "fr"]
Intent = Literal["reset", "show_profile", "report", "help", "defer"]
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
    inferred: bool = False  # stated back to the user ("I read *car maker* as industry")


class Extraction(BaseModel):
    """Everything the deterministic reader found in one message.

    Hypotheticals come in three shapes, all kept out of `values`:
    - `what_if`: absolute values ("what if we were 800 people" -> {"employees": 800}).
    - `what_if_factors`: relative multipliers, field -> factor ("what if we doubled the
      budget" -> {"annual_ai_budget_eur": 2.0}; "halved" 0.5; "grew by 50%" 1.5).
    - `what_if_deltas`: additive changes, field -> signed amount ("what if we added 200
      people" / "et si on embauchait 200 personnes" -> {"employees": 200.0}; "laid off" < 0).
    A field stated absolutely in a hypothesis is not repeated as a factor or delta.
    """

    model_config = ConfigDict(frozen=True)

    language: Language
    # Facts stated as true now: field -> int/float, or the enum value as a lowercase string.
    values: dict[str, FieldValue] = Field(default_factory=dict)
    spans: dict[str, Evidence] = Field(default_factory=dict)  # provenance of each value
    unknown: tuple[str, ...] = ()  # fields the user says they don't know
    invalid: dict[str, str] = Field(default_factory=dict)  # field -> why the value was refused
    what_if: dict[str, FieldValue] = Field(default_factory=dict)  # hypothetical values only
    what_if_spans: dict[str, Evidence] = Field(default_factory=dict)
    what_if_factors: dict[str, float] = Field(default_factory=dict)  # field -> multiplier
    what_if_deltas: dict[str, float] = Field(default_factory=dict)  # field -> signed change
    hypothesis: str | None = None  # the hypothetical clause(s), PII redacted
    is_correction: bool = False  # "actually", "en fait", "sorry, I meant"...
    question: str | None = None  # the question sentence(s), PII redacted
    is_question: bool = False
    injection: bool = False  # an attempt to override the advisor's rules
    intent: Intent | None = None  # a command: reset, show_profile, report, help; defer: "let me check"
    pii: tuple[str, ...] = ()  # kinds of personal data found (email, phone, iban, name)


def normalise_value(field: str, raw: float) -> tuple[FieldValue | None, str | None]:
    """Round and range-check a numeric field: (value, None) when valid, (None, reason) if not."""
    low, high = NUMERIC_BOUNDS[field]
    if not math.isfinite(raw):
        return None, f"{field} is not a usable number"
    if raw > high:
        return None, f"{field} must be at most {_shown(high)} (got {_shown(raw)})"
    value: int | float = int(raw + 0.5) if raw >= 0 else -int(-raw + 0.5)
    if field not in INT_FIELDS:
        value = float(value)  # a budget in whole euros: "CAD 750k" is 510 000 €, not 510 000.00000000006
    if raw < low or value < low:
        shown = _shown(raw)
        return None, f"{field} must be at least {_shown(low)} (got {shown})"
    return value, None


def _shown(number: float) -> str:
    if float(number).is_integer() and abs(number) < 1e15:
        return str(int(number))
    return f"{number:g}"
