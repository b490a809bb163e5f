"""What goes with a recommendation: core/periphery split, hidden risks, migration plan."""

from __future__ import annotations

from typing import NamedTuple

from scoring import sources as src
from scoring.costs import DEFAULT_ASSUMPTIONS, CostAssumptions
from scoring.criteria import assumed_teams
from scoring.profile import CurrentArchitecture, OrgProfile
from scoring.results import CostComparison, Scorecard

CORE_COMPONENTS: tuple[str, ...] = (
    "security & PII controls on 100% of workflows",
    "audit & compliance on one dashboard",
    "shared core connectors (CRM, Slack, databases)",
    "cost governance with per-team budgets",
)
PERIPHERY_EXAMPLES: tuple[str, ...] = (
    "Sales: team-specific workflows",
    "Finance: custom models",
    "Marketing: A/B-testing agents",
    "R&D: experimental stacks",
)
MIGRATION_ROI_MULTIPLE = 3.7  # article: migration pays back 3.7x within 18 months
MIGRATION_ROI_MONTHS = 18


class Risk(NamedTuple):
    key: str
    figure: str  # the article's figure
    estimate: str  # what it means for this profile
    source: str


class Phase(NamedTuple):
    number: int
    by_month: int  # milestone, counted from the start of the migration
    goal: str
    cost_eur: float


class MigrationPlan(NamedTuple):
    target: str
    phases: tuple[Phase, ...]
    cost_eur: float
    expected_return_eur: float  # 3.7x the cost by month 18
    sources: tuple[str, ...]


def hidden_risks(p: OrgProfile, costs: CostComparison) -> tuple[Risk, ...]:
    """The article's five hidden risks of decentralization, sized for this profile."""
    teams = assumed_teams(p)
    d = costs.for_architecture("decentralized")
    c = costs.for_architecture("centralized")
    real_per_year = DEFAULT_ASSUMPTIONS.real_cost_eur_per_year_at_500 * p.employees / 500
    return (
        Risk("shadow_ai", "67% of workflows untracked",
             f"about two thirds of the workflows of {teams} AI team(s) would run unseen",
             src.RISKS_GOVERNANCE),
        Risk("hidden_costs", "hidden costs x8 vs centralized over 24 months",
             f"{d.hidden:,.0f} € vs {c.hidden:,.0f} € of hidden costs; real cost about "
             f"{real_per_year:,.0f} €/year once visible (from year 2)", src.RISKS_COSTS),
        Risk("control_bypass", "41% of teams bypass controls",
             f"about {round(0.41 * teams)} of {teams} team(s)", src.RISKS_GOVERNANCE),
        Risk("data_silos", "no cross-team interoperability (23% measured in scenario B)",
             f"interoperability {d.interoperability_pct:.0f}% vs {c.interoperability_pct:.0f}%",
             src.RISKS_GOVERNANCE),
        Risk("turnover", "+29% engineer turnover (tech debt)",
             "plan for about 3 extra departures per 10 AI engineers", src.RISKS_COSTS),
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
    steps = [
        (1, 3, "core security & governance: 5 mandatory modules on every workflow", 3),
        (2, 6, "80% of workflows on shared standards, 20% left free", 3),
    ]
    if card.architecture == "centralized":
        steps.append((3, 12, "complete AI operating system: one dashboard for 1000+ agents", 6))
    if current is CurrentArchitecture.HYBRID:
        steps = [s for s in steps if s[0] == 3]
    phases = tuple(Phase(n, by, goal, months * monthly) for n, by, goal, months in steps)
    cost = sum(ph.cost_eur for ph in phases)
    return MigrationPlan(
        card.architecture, phases, cost, cost * MIGRATION_ROI_MULTIPLE,
        (src.MIGRATION, src.METHOD_CONTRADICTIONS),
    )
