"""What goes with a recommendation: core/periphery split, hidden risks, migration plan."""

from __future__ import annotations

from typing import NamedTuple

from scoring import sources as src
from scoring.costs import DEFAULT_ASSUMPTIONS, CostAssumptions
from scoring.criteria import assumed_teams
from scoring.profile import CurrentArchitecture, OrgProfile
from scoring.results import CostComparison, Scorecard

# Keys only: the words are in the message catalogue (i18n "core.*", "periphery.*", "phase.*", "risk.*").
CORE_COMPONENTS: tuple[str, ...] = ("security_pii", "audit", "connectors", "cost_governance")
PERIPHERY_EXAMPLES: tuple[str, ...] = ("sales", "finance", "marketing", "rnd")
# (number, milestone month, months of work, goal key, the goal's figures)
PHASES: tuple[tuple[int, int, int, str, dict[str, float]], ...] = (
    (1, 3, 3, "core_security", {"modules": 5}),
    (2, 6, 3, "shared_standards", {"core_pct": 80, "free_pct": 20}),
    (3, 12, 6, "ai_os", {"agents": 1000}),
)
MIGRATION_ROI_MULTIPLE = 3.7  # article: migration pays back 3.7x within 18 months
MIGRATION_ROI_MONTHS = 18
# The article's figures on decentralization (article/risks/*)
UNTRACKED_PCT = 67
HIDDEN_COST_MULTIPLE = 8
BYPASS_PCT = 41
SCENARIO_B_INTEROP_PCT = 23
TURNOVER_PCT = 29
REAL_COST_EMPLOYEES = 500


class Risk(NamedTuple):
    key: str  # i18n "risk.<key>.figure" (the article's figure) and ".estimate" (for this profile)
    source: str
    figures: dict[str, float]  # every number the two sentences quote


class Phase(NamedTuple):
    number: int
    by_month: int  # milestone, counted from the start of the migration
    goal: str  # i18n key "phase.<goal>"
    cost_eur: float
    figures: dict[str, float]  # the numbers the goal quotes


class MigrationPlan(NamedTuple):
    target: str
    phases: tuple[Phase, ...]
    cost_eur: float
    expected_return_eur: float  # 3.7x the cost by month 18
    sources: tuple[str, ...]
    return_multiple: float = MIGRATION_ROI_MULTIPLE
    return_months: int = MIGRATION_ROI_MONTHS


def hidden_risks(p: OrgProfile, costs: CostComparison) -> tuple[Risk, ...]:
    """The article's five hidden risks of decentralization, sized for this profile."""
    teams = assumed_teams(p)
    d = costs.for_architecture("decentralized")
    c = costs.for_architecture("centralized")
    real = DEFAULT_ASSUMPTIONS.real_cost_eur_per_year_at_500
    return (
        Risk("shadow_ai", src.RISKS_GOVERNANCE, {"pct": UNTRACKED_PCT, "teams": teams}),
        Risk("hidden_costs", src.RISKS_COSTS, {
            "multiple": HIDDEN_COST_MULTIPLE, "months": costs.horizon_months,
            "decentralized_eur": d.hidden, "centralized_eur": c.hidden, "article_eur": real,
            "employees": REAL_COST_EMPLOYEES, "scaled_eur": real * p.employees / REAL_COST_EMPLOYEES}),
        Risk("control_bypass", src.RISKS_GOVERNANCE,
             {"pct": BYPASS_PCT, "bypassing": round(BYPASS_PCT / 100 * teams), "teams": teams}),
        Risk("data_silos", src.RISKS_GOVERNANCE, {
            "pct": SCENARIO_B_INTEROP_PCT, "decentralized_pct": d.interoperability_pct,
            "centralized_pct": c.interoperability_pct}),
        Risk("turnover", src.RISKS_COSTS, {"pct": TURNOVER_PCT}),
    )


def migration_plan(
    p: OrgProfile, card: Scorecard, a: CostAssumptions = DEFAULT_ASSUMPTIONS
) -> MigrationPlan | None:
    """The 3-phase plan (milestones at months 3, 6, 12) when moving off a decentralized set-up."""
    current = p.current_architecture
    if card.architecture == "decentralized" or current not in (
        CurrentArchitecture.DECENTRALIZED, CurrentArchitecture.HYBRID
    ):
        return None
    if current is CurrentArchitecture.HYBRID and card.architecture == "hybrid":
        return None
    teams = assumed_teams(p)
    fte = 1.0 + 0.2 * teams  # migration squad: a core team plus a share per team migrated
    monthly = fte * a.engineer_cost_eur_per_year / 12
    steps = [PHASES[0], PHASES[1]]
    if card.architecture == "centralized":
        steps.append(PHASES[2])
    if current is CurrentArchitecture.HYBRID:
        steps = [s for s in steps if s[0] == 3]
    phases = tuple(Phase(n, by, goal, months * monthly, dict(figures))
                   for n, by, months, goal, figures in steps)
    cost = sum(ph.cost_eur for ph in phases)
    return MigrationPlan(
        card.architecture, phases, cost, cost * MIGRATION_ROI_MULTIPLE,
        (src.MIGRATION, src.METHOD_CONTRADICTIONS),
    )
