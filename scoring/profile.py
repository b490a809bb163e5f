"""The typed organisation profile that every recommendation is computed from."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class Sector(StrEnum):
    FINANCE = "finance"
    INSURANCE = "insurance"
    HEALTH = "health"
    PUBLIC = "public"
    TECH = "tech"
    RETAIL = "retail"
    INDUSTRY = "industry"
    ENERGY = "energy"
    TELECOM = "telecom"
    EDUCATION = "education"
    OTHER = "other"


class Regulation(StrEnum):
    LIGHT = "light"
    MEDIUM = "medium"
    STRONG = "strong"
    CRITICAL = "critical"


class Governance(StrEnum):
    NONE = "none"
    PARTIAL = "partial"
    CENTRAL = "central"


class CurrentArchitecture(StrEnum):
    NONE = "none"
    DECENTRALIZED = "decentralized"
    HYBRID = "hybrid"
    CENTRALIZED = "centralized"


# Regulatory pressure assumed for a sector when the user does not state it (docs/profile.md).
SECTOR_REGULATION: dict[Sector, Regulation] = {
    Sector.FINANCE: Regulation.STRONG,
    Sector.INSURANCE: Regulation.STRONG,
    Sector.HEALTH: Regulation.STRONG,
    Sector.PUBLIC: Regulation.CRITICAL,
    Sector.ENERGY: Regulation.STRONG,
    Sector.TECH: Regulation.LIGHT,
    Sector.TELECOM: Regulation.MEDIUM,
    Sector.RETAIL: Regulation.MEDIUM,
    Sector.INDUSTRY: Regulation.MEDIUM,
    Sector.EDUCATION: Regulation.MEDIUM,
    Sector.OTHER: Regulation.MEDIUM,
}

# Fields needed before a recommendation (docs/profile.md explains the choice).
REQUIRED_FIELDS: tuple[str, ...] = (
    "employees",
    "sector",
    "countries",
    "ai_maturity_months",
    "annual_ai_budget_eur",
)
OPTIONAL_FIELDS: tuple[str, ...] = (
    "regulation",
    "ai_stacks",
    "teams_using_ai",
    "governance",
    "current_architecture",
)
ALL_FIELDS: tuple[str, ...] = REQUIRED_FIELDS + OPTIONAL_FIELDS

MAX_EMPLOYEES = 3_000_000
MAX_MATURITY_MONTHS = 600
MAX_COUNTRIES = 200
MAX_BUDGET_EUR = 100_000_000_000.0


class OrgProfile(BaseModel):
    """An organisation as the scorecard sees it. Immutable; build a new one to change a field."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_enum_values=False)

    employees: int = Field(ge=1, le=MAX_EMPLOYEES, description="Headcount of the organisation.")
    ai_maturity_months: int = Field(
        ge=0, le=MAX_MATURITY_MONTHS, description="Months of AI use beyond first experiments."
    )
    sector: Sector
    regulation: Regulation = Field(
        default=None,  # type: ignore[assignment]
        description="Regulatory pressure; derived from the sector when not stated.",
    )
    countries: int = Field(ge=1, le=MAX_COUNTRIES, description="Countries the company operates in.")
    annual_ai_budget_eur: float = Field(
        ge=0, le=MAX_BUDGET_EUR, description="Yearly AI budget in euros."
    )
    ai_stacks: int | None = Field(default=None, ge=1, le=1000)
    teams_using_ai: int | None = Field(default=None, ge=1, le=100_000)
    governance: Governance | None = None
    current_architecture: CurrentArchitecture | None = None

    @field_validator("sector", mode="before")
    @classmethod
    def _sector_text(cls, value: Any) -> Any:
        return value.strip().lower() if isinstance(value, str) else value

    @field_validator("regulation", "governance", "current_architecture", mode="before")
    @classmethod
    def _enum_text(cls, value: Any) -> Any:
        return value.strip().lower() if isinstance(value, str) else value

    @model_validator(mode="before")
    @classmethod
    def _derive_regulation(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("regulation") is None and "sector" in data:
            try:
                sector = Sector(str(data["sector"]).strip().lower())
            except ValueError:
                return data  # the sector validator reports the error
            data = {**data, "regulation": SECTOR_REGULATION[sector]}
        return data

    @model_validator(mode="after")
    def _coherent(self) -> OrgProfile:
        if self.teams_using_ai is not None and self.teams_using_ai > self.employees:
            raise ValueError(
                f"teams_using_ai ({self.teams_using_ai}) cannot exceed employees ({self.employees})"
            )
        if self.countries > self.employees:
            raise ValueError(
                f"countries ({self.countries}) cannot exceed employees ({self.employees})"
            )
        return self

    def with_changes(self, **changes: Any) -> OrgProfile:
        """A validated copy with some fields changed (regulation re-derived if the sector moves)."""
        data = self.model_dump()
        if "sector" in changes and "regulation" not in changes:
            data["regulation"] = None
        data.update(changes)
        return OrgProfile.model_validate(data)


def profile_error_message(exc: Exception) -> str:
    """Turn a pydantic ValidationError into one short sentence per problem."""
    errors = getattr(exc, "errors", None)
    if not callable(errors):
        return str(exc)
    parts = []
    for err in errors():
        field = ".".join(str(p) for p in err.get("loc", ())) or "profile"
        parts.append(f"{field}: {_plain(err)}")
    return "; ".join(parts)


def _plain(err: dict[str, Any]) -> str:
    ctx = err.get("ctx") or {}
    kind = err.get("type", "")
    if kind == "greater_than_equal":
        return f"must be at least {ctx.get('ge')} (got {err.get('input')!r})"
    if kind == "less_than_equal":
        return f"must be at most {ctx.get('le')} (got {err.get('input')!r})"
    if kind == "enum":
        return f"{err.get('input')!r} is not one of {ctx.get('expected')}"
    if kind == "missing":
        return "is required"
    if kind == "extra_forbidden":
        return "is not a profile field"
    if kind in ("int_parsing", "float_parsing", "int_from_float"):
        return f"must be a number (got {err.get('input')!r})"
    msg = str(err.get("msg", "invalid value"))
    return msg.removeprefix("Value error, ")
