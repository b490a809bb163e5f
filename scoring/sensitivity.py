"""Which single-field changes would flip the recommendation, and at which threshold."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from scoring.criteria import (
    BUDGET_BANDS,
    COUNTRY_BONUS,
    EMPLOYEE_BANDS,
    EMPLOYEES_PER_TEAM,
    MATURITY_BANDS,
    STACK_SPRAWL,
    TEAM_BANDS,
)
from scoring.profile import MAX_EMPLOYEES, Governance, OrgProfile, Regulation, Sector
from scoring.results import Flip
from scoring.scorecard import ENTERPRISE_EMPLOYEES, score


def _team_employee_thresholds() -> tuple[int, ...]:
    # assumed teams = int(n / 50 + 0.5): reaching t teams needs n >= (t - 0.5) * 50
    return tuple(int((t - 0.5) * EMPLOYEES_PER_TEAM) for t in TEAM_BANDS[0])


def numeric_thresholds(p: OrgProfile) -> dict[str, tuple[float, ...]]:
    """Every value where some vote or rule changes, per numeric field."""
    employees = set(EMPLOYEE_BANDS[0]) | {ENTERPRISE_EMPLOYEES}
    if p.teams_using_ai is None:
        employees |= set(_team_employee_thresholds())
    out: dict[str, tuple[float, ...]] = {
        "employees": tuple(sorted(employees)),
        "ai_maturity_months": MATURITY_BANDS[0],
        "countries": COUNTRY_BONUS[0],
        "annual_ai_budget_eur": BUDGET_BANDS[0],
        "teams_using_ai": TEAM_BANDS[0],
        "ai_stacks": (STACK_SPRAWL,),
    }
    return out


def _architecture(p: OrgProfile, field: str, value: Any) -> str | None:
    try:
        return score(p.with_changes(**{field: value})).architecture
    except ValueError:  # the change would make an invalid profile (e.g. countries > employees)
        return None


def _numeric_flips(p: OrgProfile, base: str, field: str, cuts: Iterable[float]) -> list[Flip]:
    current = getattr(p, field)
    if current is None:
        return []
    as_int = field != "annual_ai_budget_eur"
    flips: list[Flip] = []
    for cut in sorted(c for c in cuts if c > current):
        value = int(cut) if as_int else float(cut)
        arch = _architecture(p, field, value)
        if arch and arch != base:
            flips.append(Flip(field, current, value, arch, "up"))  # type: ignore[arg-type]
            break
    for cut in sorted((c for c in cuts if c <= current), reverse=True):
        value = int(cut) - 1 if as_int else float(cut) - 1
        if value < (1 if as_int else 0):
            continue
        arch = _architecture(p, field, value)
        if arch and arch != base:
            flips.append(Flip(field, current, value, arch, "down"))  # type: ignore[arg-type]
            break
    return flips


def _categorical_flips(p: OrgProfile, base: str, field: str, options: Iterable[Any]) -> list[Flip]:
    current = getattr(p, field)
    flips = []
    for option in options:
        if option == current:
            continue
        arch = _architecture(p, field, option)
        if arch and arch != base:
            flips.append(Flip(field, getattr(current, "value", current), option.value, arch, "set"))  # type: ignore[arg-type]
    return flips


def sensitivity(p: OrgProfile) -> tuple[Flip, ...]:
    """The nearest flip up and down for each number, and each category value that flips."""
    base = score(p).architecture
    flips: list[Flip] = []
    for field, cuts in numeric_thresholds(p).items():
        if field == "employees":
            cuts = tuple(c for c in cuts if c <= MAX_EMPLOYEES)
        flips.extend(_numeric_flips(p, base, field, cuts))
    flips.extend(_categorical_flips(p, base, "regulation", Regulation))
    flips.extend(_categorical_flips(p, base, "sector", Sector))
    flips.extend(_categorical_flips(p, base, "governance", Governance))
    return tuple(flips)

