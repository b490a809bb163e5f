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
CORE_COMPONENTS_FR: tuple[str, ...] = (
    "contrôles sécurité et données personnelles sur 100 % des workflows",
    "audit et conformité sur un tableau de bord unique",
    "connecteurs partagés (CRM, Slack, bases de données)",
    "gouvernance des coûts avec budgets par équipe",
)
# (number, milestone month, months of work, goal, goal in French)
PHASES: tuple[tuple[int, int, int, str, str], ...] = (
    (1, 3, 3, "core security & governance: 5 mandatory modules on every workflow",
     "cœur sécurité et gouvernance : 5 modules obligatoires sur tous les workflows"),
    (2, 6, 3, "80% of workflows on shared standards, 20% left free",
     "80 % des workflows sur les standards communs, 20 % laissés libres"),
    (3, 12, 6, "complete AI operating system: one dashboard for 1000+ agents",
     "OS IA complet : un tableau de bord unique pour plus de 1000 agents"),
)
MIGRATION_ROI_MULTIPLE = 3.7  # article: migration pays back 3.7x within 18 months
MIGRATION_ROI_MONTHS = 18


class Risk(NamedTuple):
    key: str
    figure: str  # the article's figure
    estimate: str  # what it means for this profile
    source: str
    figure_fr: str
    estimate_fr: str


class Phase(NamedTuple):
    number: int
    by_month: int  # milestone, counted from the start of the migration
    goal: str
    cost_eur: float
    goal_fr: str


class MigrationPlan(NamedTuple):
    target: str
    phases: tuple[Phase, ...]
    cost_eur: float
    expected_return_eur: float  # 3.7x the cost by month 18
    sources: tuple[str, ...]


def hidden_risks(p: OrgProfile, costs: CostComparison) -> tuple[Risk, ...]:
    """The article's five hidden risks of decentralization, sized for this profile (EN and FR)."""
    teams = assumed_teams(p)
    d = costs.for_architecture("decentralized")
    c = costs.for_architecture("centralized")
    real = DEFAULT_ASSUMPTIONS.real_cost_eur_per_year_at_500 * p.employees / 500
    bypass = round(0.41 * teams)
    return (
        Risk("shadow_ai", "67% of workflows untracked (the article's claim)",
             f"applied to your {teams} AI team(s): about two thirds of their workflows would run unseen",
             src.RISKS_GOVERNANCE, "67 % des workflows non suivis (chiffre de l'article)",
             f"appliqué à vos {teams} équipe(s) IA : environ deux tiers de leurs workflows "
             "échapperaient au suivi"),
        Risk("hidden_costs", "hidden costs x8 vs centralized over 24 months (the article's claim)",
             f"our cost model: {d.hidden:,.0f} € vs {c.hidden:,.0f} € of hidden costs; the article puts "
             f"the real cost at 4.2 M€ a year for 500 employees from year 2 — scaled linearly to "
             f"your size, a rough {real:,.0f} € a year", src.RISKS_COSTS,
             "coûts cachés x8 face au centralisé sur 24 mois (chiffre de l'article)",
             f"notre modèle de coûts : {_fr(d.hidden)} € contre {_fr(c.hidden)} € de coûts cachés ; "
             f"l'article chiffre le coût réel à 4,2 M€ par an pour 500 salariés dès l'année 2 — "
             f"ramené linéairement à votre taille, environ {_fr(real)} € par an (ordre de grandeur)"),
        Risk("control_bypass", "41% of teams bypass controls (the article's claim)",
             f"applied to your teams: about {bypass} of {teams}", src.RISKS_GOVERNANCE,
             "41 % des équipes contournent les contrôles (chiffre de l'article)",
             f"appliqué à vos équipes : environ {bypass} sur {teams}"),
        Risk("data_silos", "no cross-team interoperability (23% measured in scenario B)",
             f"interoperability {d.interoperability_pct:.0f}% vs {c.interoperability_pct:.0f}%",
             src.RISKS_GOVERNANCE, "pas d'interopérabilité entre équipes (23 % mesurés au scénario B)",
             f"interopérabilité {d.interoperability_pct:.0f} % contre {c.interoperability_pct:.0f} %"),
        Risk("turnover", "+29% engineer turnover from tech debt (the article's claim)",
             "the article gives no base rate, so we do not size it for your teams", src.RISKS_COSTS,
             "+29 % de turnover des ingénieurs dû à la dette technique (chiffre de l'article)",
             "l'article ne donne pas de taux de départ de référence : nous ne le chiffrons pas "
             "pour vos équipes"),
    )


def _fr(value: float) -> str:
    return f"{value:,.0f}".replace(",", " ")


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
    phases = tuple(Phase(n, by, goal, months * monthly, goal_fr) for n, by, months, goal, goal_fr in steps)
    cost = sum(ph.cost_eur for ph in phases)
    return MigrationPlan(
        card.architecture, phases, cost, cost * MIGRATION_ROI_MULTIPLE,
        (src.MIGRATION, src.METHOD_CONTRADICTIONS),
    )
