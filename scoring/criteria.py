"""The eight scorecard criteria: bands, weights and vote functions (+1 centralized, -1 not)."""

from __future__ import annotations

from bisect import bisect_right
from typing import Literal

from scoring import sources as src
from scoring.profile import Governance, OrgProfile, Regulation, Sector
from scoring.results import CriterionResult

# A band table is (thresholds, votes, reasons): value < thresholds[i] falls in band i.
Bands = tuple[tuple[float, ...], tuple[float, ...], tuple[str, ...]]

MATURITY_BANDS: Bands = (
    (6, 19),
    (-1.0, 0.0, 1.0),
    ("maturity.poc", "maturity.scale", "maturity.mature"),
)
EMPLOYEE_BANDS: Bands = (
    (50, 100, 501),
    (-1.0, -0.5, 0.0, 1.0),
    ("size.small", "size.lean_small", "size.mid", "size.large"),
)
COUNTRY_BONUS: tuple[tuple[float, ...], tuple[float, ...]] = ((2, 4), (0.0, 0.5, 1.0))
BUDGET_BANDS: Bands = (
    (200_000, 2_000_000, 5_000_001),
    (-0.5, 0.0, 0.5, 1.0),
    ("budget.tiny", "budget.hybrid", "budget.lean_central", "budget.central"),
)
TEAM_BANDS: Bands = (
    (3, 6, 16),
    (-0.5, 0.0, 0.5, 1.0),
    ("interop.few_teams", "interop.some_teams", "interop.many_teams", "interop.sprawl"),
)
STACK_SPRAWL = 10  # from this many distinct stacks, interoperability is at risk
EMPLOYEES_PER_TEAM = 50  # assumption: one AI-using team per 50 employees when not stated

REGULATION_VOTES: dict[Regulation, float] = {
    Regulation.LIGHT: -1.0,
    Regulation.MEDIUM: 0.0,
    Regulation.STRONG: 1.0,
    Regulation.CRITICAL: 1.0,
}
GOVERNANCE_VOTES: dict[Governance, float] = {
    Governance.NONE: 1.0,
    Governance.PARTIAL: 0.5,
    Governance.CENTRAL: 0.0,
}
ASSUMED_GOVERNANCE = Governance.PARTIAL  # the article puts 85% of companies in controlled hybrid
FAST_SECTORS = frozenset({Sector.TECH, Sector.RETAIL})

WEIGHTS: dict[str, float] = {
    "maturity": 0.20,
    "regulation": 0.20,
    "size": 0.20,
    "budget": 0.10,
    "interoperability": 0.10,
    "security": 0.10,
    "agility": 0.05,
    "resilience": 0.05,
}
ARTICLE_CRITERIA = frozenset({"maturity", "regulation", "size"})


def band(value: float, bands: Bands) -> tuple[float, str]:
    """The (vote, reason) of the band `value` falls in."""
    thresholds, votes, reasons = bands
    i = bisect_right(thresholds, value)
    return votes[i], reasons[i]


def assumed_teams(profile: OrgProfile) -> int:
    """Teams using AI: as stated, else one per 50 employees (at least one)."""
    if profile.teams_using_ai is not None:
        return profile.teams_using_ai
    return max(1, int(profile.employees / EMPLOYEES_PER_TEAM + 0.5))


# The passages each criterion rests on, whatever its vote.
CRITERION_SOURCES: dict[str, tuple[str, ...]] = {
    "maturity": (src.CRITERION_MATURITY, src.CHECKLIST_MATURITY_REGULATION),
    "regulation": (src.CRITERION_REGULATION, src.MATRIX),
    "size": (src.CRITERION_SIZE, src.CHECKLIST_SIZE_BUDGET),
    "budget": (src.CHECKLIST_SIZE_BUDGET, src.METHOD_BUDGET),
    "interoperability": (src.SCHOOL_CENTRALIZED, src.SCENARIO_SCALEUP, src.METHOD_INTEROPERABILITY),
    "security": (src.RISKS_GOVERNANCE, src.SCENARIO_STARTUP, src.METHOD_SECURITY),
    "agility": (src.SCHOOL_DECENTRALIZED, src.SCENARIO_STARTUP, src.METHOD_AGILITY),
    "resilience": (src.SCHOOL_CENTRALIZED_LIMITS, src.SCHOOL_DECENTRALIZED, src.METHOD_RESILIENCE),
}
CRITERIA_SOURCES: frozenset[str] = frozenset(s for ids in CRITERION_SOURCES.values() for s in ids)


def _result(key: str, vote: float, reason: str, inputs: tuple[tuple[str, object], ...]) -> CriterionResult:
    origin: Literal["article", "project"] = "article" if key in ARTICLE_CRITERIA else "project"
    return CriterionResult(
        key, vote, WEIGHTS[key], reason, origin, CRITERION_SOURCES[key], inputs
    )


def evaluate_criteria(p: OrgProfile) -> tuple[CriterionResult, ...]:
    """All eight votes for a profile, in scorecard order."""
    m_vote, m_reason = band(p.ai_maturity_months, MATURITY_BANDS)
    s_vote, s_reason = band(p.employees, EMPLOYEE_BANDS)
    c_bonus = COUNTRY_BONUS[1][bisect_right(COUNTRY_BONUS[0], p.countries)]
    if c_bonus and s_vote < 1.0:
        s_vote, s_reason = min(1.0, s_vote + c_bonus), "size.multi_country"
    b_vote, b_reason = band(p.annual_ai_budget_eur, BUDGET_BANDS)
    teams = assumed_teams(p)
    i_vote, i_reason = band(teams, TEAM_BANDS)
    if p.ai_stacks is not None and p.ai_stacks >= STACK_SPRAWL:
        i_vote, i_reason = min(1.0, i_vote + 0.5), "interop.sprawl"
    governance = p.governance or ASSUMED_GOVERNANCE
    if p.sector is Sector.PUBLIC:
        a_vote, a_reason = 0.0, "agility.public"
    elif p.sector in FAST_SECTORS or p.ai_maturity_months < 6:
        a_vote, a_reason = -1.0, "agility.fast"
    else:
        a_vote, a_reason = -0.5, "agility.normal"
    return (
        _result("maturity", m_vote, m_reason, (("ai_maturity_months", p.ai_maturity_months),)),
        _result("regulation", REGULATION_VOTES[p.regulation], f"regulation.{p.regulation.value}",
                (("regulation", p.regulation.value),)),
        _result("size", s_vote, s_reason, (("employees", p.employees), ("countries", p.countries))),
        _result("budget", b_vote, b_reason, (("annual_ai_budget_eur", p.annual_ai_budget_eur),)),
        _result("interoperability", i_vote, i_reason,
                (("teams_using_ai", teams), ("ai_stacks", p.ai_stacks))),
        _result("security", GOVERNANCE_VOTES[governance], f"security.{governance.value}",
                (("governance", governance.value),)),
        _result("agility", a_vote, a_reason,
                (("sector", p.sector.value), ("ai_maturity_months", p.ai_maturity_months))),
        _result("resilience", -0.5, "resilience.default", ()),
    )
