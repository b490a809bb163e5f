"""The 24-month cost model, calibrated on the article's scenarios A (50 staff) and B (500 staff)."""

from __future__ import annotations

import math
from functools import lru_cache
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from scoring import sources as src
from scoring.criteria import assumed_teams
from scoring.profile import OrgProfile
from scoring.results import ArchitectureCost, CostComparison, Money
from scoring.scorecard import ENTERPRISE_EMPLOYEES, HYBRID_CORE_SHARE


class CostAssumptions(BaseModel):
    """Every number the cost model uses. All can be overridden (docs/cost-model.md)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    horizon_months: int = Field(24, ge=1, le=120)
    engineer_cost_eur_per_year: float = Field(100_000, gt=0)
    central_base_fte: float = Field(1.1, ge=0, description="Platform team floor.")
    central_fte_per_team: float = Field(0.1, ge=0)
    decentral_fte_per_team: float = Field(0.9, ge=0, description="Each team builds its own.")
    platform_base_eur_per_year: float = Field(200_000, ge=0)
    platform_eur_per_employee_year: float = Field(200, ge=0)
    stack_eur_per_team_year: float = Field(50_000, ge=0, description="Duplicated tools and infra.")
    central_compliance_eur_per_year: float = Field(60_000, ge=0, description="One audit a year.")
    team_compliance_eur_per_year: float = Field(26_000, ge=0, description="One audit per team.")
    central_hidden_eur_per_team_year: float = Field(3_000, ge=0)
    hidden_cost_multiplier: float = Field(8.0, ge=1, description="Article: hidden costs x8.")
    real_cost_eur_per_year_at_500: float = Field(4_200_000, ge=0, description="Article, from Y2.")
    hybrid_core_share: float = Field(HYBRID_CORE_SHARE, ge=0, le=1)
    roi_central_at_50: float = Field(1_200_000, gt=0)
    roi_central_at_500: float = Field(4_700_000, gt=0)
    roi_decentral_at_50: float = Field(1_800_000, gt=0)
    roi_decentral_at_500: float = Field(2_100_000, gt=0)
    ttm_days_central: float = Field(2.0, gt=0)
    ttm_days_decentral: float = Field(1.0, gt=0)
    security_pct_central: float = Field(95, ge=0, le=100)
    security_pct_decentral: float = Field(73, ge=0, le=100)
    compliance_pct_central: float = Field(100, ge=0, le=100)
    compliance_pct_decentral: float = Field(64, ge=0, le=100)
    interop_pct_central: float = Field(100, ge=0, le=100)
    interop_pct_decentral: float = Field(23, ge=0, le=100)
    spread_central: float = Field(0.10, ge=0, lt=1, description="Low/high band, ±share.")
    spread_hybrid: float = Field(0.15, ge=0, lt=1)
    spread_decentral_low: float = Field(0.10, ge=0, lt=1)
    spread_roi: float = Field(0.20, ge=0, lt=1)


DEFAULT_ASSUMPTIONS = CostAssumptions()


class _Parts(NamedTuple):
    engineering: float
    platform: float
    duplication: float
    compliance: float
    hidden: float

_ONLY_CENTRAL = "only centralized scales at 5,000+ employees (article scenario C)"
_NOT_PAYING = "costs more over the horizon than the value it delivers"
_LOG10 = math.log(10.0)


@lru_cache(maxsize=64)
def _exponent(at_50: float, at_500: float) -> float:
    return math.log(at_500 / at_50) / _LOG10


def _roi(n: int, at_50: float, at_500: float, years: float) -> float:
    """Value over the horizon: a power law through the article's 50- and 500-staff points."""
    return at_50 * (n / 50) ** _exponent(at_50, at_500) * years / 2.0


def _band(mid: float, spread: float) -> Money:
    return Money(mid * (1 - spread), mid, mid * (1 + spread))


def estimate_costs(p: OrgProfile, a: CostAssumptions = DEFAULT_ASSUMPTIONS) -> CostComparison:
    """Costs, value and quality levels of the three architectures over the horizon."""
    years = a.horizon_months / 12
    teams = assumed_teams(p)
    eng_year = a.engineer_cost_eur_per_year
    hidden_c = a.central_hidden_eur_per_team_year * teams * years
    c_parts = _Parts(
        (a.central_base_fte + a.central_fte_per_team * teams) * eng_year * years,
        (a.platform_base_eur_per_year + a.platform_eur_per_employee_year * p.employees) * years,
        0.0,
        a.central_compliance_eur_per_year * years,
        hidden_c,
    )
    d_parts = _Parts(
        a.decentral_fte_per_team * teams * eng_year * years,
        0.0,
        a.stack_eur_per_team_year * teams * years,
        a.team_compliance_eur_per_year * teams * years,
        hidden_c * a.hidden_cost_multiplier,
    )
    core = a.hybrid_core_share
    h_parts = _Parts(*(core * c + (1 - core) * d for c, d in zip(c_parts, d_parts, strict=True)))
    c_total, d_total, h_total = sum(c_parts), sum(d_parts), sum(h_parts)
    # Decentralized high case: year 1 as modelled, then the article's "real cost" run-rate.
    real_after_y1 = a.real_cost_eur_per_year_at_500 * p.employees / 500 * max(0.0, years - 1)
    d_high = max(d_total * (1 + a.spread_decentral_low), d_total * min(1.0, 1 / years) + real_after_y1)
    roi_c = _roi(p.employees, a.roi_central_at_50, a.roi_central_at_500, years)
    roi_d = _roi(p.employees, a.roi_decentral_at_50, a.roi_decentral_at_500, years)
    roi_h = core * roi_c + (1 - core) * roi_d
    enterprise = p.employees >= ENTERPRISE_EMPLOYEES
    d_viable = not enterprise and roi_d > d_total
    d_note = _ONLY_CENTRAL if enterprise else "" if d_viable else _NOT_PAYING
    costs = (
        ArchitectureCost(
            "centralized", *c_parts, _band(c_total, a.spread_central), _band(roi_c, a.spread_roi),
            a.ttm_days_central, a.security_pct_central, a.compliance_pct_central,
            a.interop_pct_central, roi_c > c_total or enterprise,
            "" if roi_c > c_total or enterprise else _NOT_PAYING,
        ),
        ArchitectureCost(
            "hybrid", *h_parts, _band(h_total, a.spread_hybrid), _band(roi_h, a.spread_roi),
            core * a.ttm_days_central + (1 - core) * a.ttm_days_decentral,
            a.security_pct_central, a.compliance_pct_central,
            core * a.interop_pct_central + (1 - core) * a.interop_pct_decentral,
            not enterprise and roi_h > h_total,
            _ONLY_CENTRAL if enterprise else "" if roi_h > h_total else _NOT_PAYING,
        ),
        ArchitectureCost(
            "decentralized", *d_parts,
            Money(d_total * (1 - a.spread_decentral_low), d_total, d_high),
            _band(roi_d, a.spread_roi), a.ttm_days_decentral, a.security_pct_decentral,
            a.compliance_pct_decentral, a.interop_pct_decentral, d_viable, d_note,
        ),
    )
    return CostComparison(
        a.horizon_months, teams, costs,
        tuple(a.model_dump().items()) if a is not DEFAULT_ASSUMPTIONS else _DEFAULT_ITEMS,
        (src.SCENARIO_STARTUP, src.SCENARIO_SCALEUP, src.SCENARIO_ENTERPRISE, src.RISKS_COSTS,
         src.METHOD_COSTS),
    )


_DEFAULT_ITEMS = tuple(DEFAULT_ASSUMPTIONS.model_dump().items())
