"""Everything the advisor says about one profile, in one immutable record."""

from __future__ import annotations

from typing import Any, NamedTuple

from scoring.costs import DEFAULT_ASSUMPTIONS, CostAssumptions, estimate_costs
from scoring.plan import (
    CORE_COMPONENTS,
    PERIPHERY_EXAMPLES,
    MigrationPlan,
    Risk,
    hidden_risks,
    migration_plan,
)
from scoring.profile import OrgProfile
from scoring.results import CostComparison, Flip, Scorecard
from scoring.scorecard import SCORING_VERSION, score
from scoring.sensitivity import sensitivity


class Advice(NamedTuple):
    profile: OrgProfile
    scorecard: Scorecard
    costs: CostComparison
    risks: tuple[Risk, ...]
    migration: MigrationPlan | None
    flips: tuple[Flip, ...]
    version: str = SCORING_VERSION

    @property
    def architecture(self) -> str:
        return self.scorecard.architecture

    @property
    def sources(self) -> tuple[str, ...]:
        cited = set(self.scorecard.sources) | set(self.costs.sources)
        cited.update(r.source for r in self.risks)
        if self.migration:
            cited.update(self.migration.sources)
        return tuple(sorted(cited))

    def budget_fit(self) -> dict[str, Any]:
        return _budget_fit(self.profile.annual_ai_budget_eur, self.costs)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready view; the top-level `architecture` key is the recommendation."""
        card = self.scorecard
        return _plain({
            "architecture": card.architecture,
            "score": card.score,
            "score_architecture": card.score_architecture,
            "scoring_version": self.version,
            "profile": self.profile.model_dump(mode="json"),
            "criteria": [
                {**c._asdict(), "inputs": dict(c.inputs), "leaning": c.leaning,
                 "contribution": round(c.contribution, 6)}
                for c in card.criteria
            ],
            "hard_rules": [r._asdict() for r in card.hard_rules],
            "adjustments": list(card.adjustments),
            "assumptions": [a._asdict() for a in card.assumptions],
            "maturity_pattern": card.maturity_pattern,
            "split": {
                "core_share": card.core_share,
                "periphery_share": round(1 - card.core_share, 6),
                "core": list(CORE_COMPONENTS) if card.core_share else [],
                "periphery_examples": list(PERIPHERY_EXAMPLES) if card.core_share < 1 else [],
            },
            "costs": {
                "horizon_months": self.costs.horizon_months,
                "teams": self.costs.teams,
                "by_architecture": {
                    c.architecture: {**c._asdict(), "total": c.total._asdict(),
                                     "roi": c.roi._asdict(), "net_value": c.net_value}
                    for c in self.costs.costs
                },
                "assumptions": dict(self.costs.assumptions),
                "budget": _budget_fit(self.profile.annual_ai_budget_eur, self.costs),
            },
            "risks": [r._asdict() for r in self.risks],
            "migration": _migration_dict(self.migration),
            "sensitivity": [f._asdict() for f in self.flips],
            "sources": list(self.sources),
        })


def _plain(node: Any) -> Any:
    """Tuples become lists and enums their values, so the dict survives a JSON round trip."""
    if isinstance(node, dict):
        return {k: _plain(v) for k, v in node.items()}
    if isinstance(node, list | tuple):
        return [_plain(v) for v in node]
    return getattr(node, "value", node) if not isinstance(node, int | float | str) else node


def _migration_dict(plan: MigrationPlan | None) -> dict[str, Any] | None:
    if plan is None:
        return None
    return {**plan._asdict(), "phases": [ph._asdict() for ph in plan.phases]}


def advise(
    profile: OrgProfile,
    assumptions: CostAssumptions = DEFAULT_ASSUMPTIONS,
    *,
    with_sensitivity: bool = True,
) -> Advice:
    """Score, cost, risks, migration plan and sensitivity for one profile."""
    card = score(profile)
    costs = estimate_costs(profile, assumptions)
    return Advice(
        profile,
        card,
        costs,
        hidden_risks(profile, costs),
        migration_plan(profile, card, assumptions),
        sensitivity(profile) if with_sensitivity else (),
    )


def _budget_fit(annual_budget: float, costs: Any) -> dict[str, Any]:
    """The stated budget over the cost horizon, and how far each architecture's mid cost is over it."""
    budget = annual_budget * costs.horizon_months / 12
    over = {c.architecture: (round(min(1e6, 100 * (c.total.mid - budget) / budget)) if budget >= 1 else None)
            for c in costs.costs}
    return {"over_horizon_eur": budget, "over_pct": over}
