"""Each rule the method passages state in words holds for the scorer on example profiles."""

from __future__ import annotations

import pytest

from scoring.advice import advise
from scoring.profile import OrgProfile

BASE = {"sector": "retail", "annual_ai_budget_eur": 1_500_000.0}
# (passage, profile, architecture the passage says)
RULES = [
    ("method/contradictions/scenario-b: 500 people, medium regulation, 6-18 months -> hybrid",
     {"employees": 500, "countries": 1, "ai_maturity_months": 12}, "hybrid"),
    ("method/contradictions/scenario-b: mature and several countries -> centralized",
     {"employees": 500, "countries": 3, "ai_maturity_months": 24}, "centralized"),
    ("method/contradictions/scenario-b: maturity alone keeps it hybrid",
     {"employees": 500, "countries": 1, "ai_maturity_months": 24}, "hybrid"),
    ("method/contradictions/scenario-b: several countries alone keep it hybrid",
     {"employees": 500, "countries": 5, "ai_maturity_months": 12}, "hybrid"),
    ("method/contradictions/scenario-b: strong regulation -> centralized",
     {"employees": 500, "countries": 1, "ai_maturity_months": 12, "sector": "finance"}, "centralized"),
    ("article/checklist: finance and health go 100% centralized",
     {"employees": 300, "countries": 1, "ai_maturity_months": 12, "sector": "health"}, "centralized"),
    ("article/matrix: under 100, POC, light regulation -> decentralized",
     {"employees": 40, "countries": 1, "ai_maturity_months": 2, "sector": "tech",
      "annual_ai_budget_eur": 100_000.0}, "decentralized"),
    ("article/criteria/team-size: 5,000+ -> centralized",
     {"employees": 6000, "countries": 1, "ai_maturity_months": 12}, "centralized"),
    ("article/criteria/regulation: public sector is centralized",
     {"employees": 150, "countries": 1, "ai_maturity_months": 6, "sector": "public"}, "centralized"),
]


@pytest.mark.parametrize(("rule", "profile", "architecture"), RULES, ids=[r[0] for r in RULES])
def test_the_scorer_follows_the_written_rule(rule: str, profile: dict[str, object], architecture: str) -> None:
    assert advise(OrgProfile.model_validate({**BASE, **profile})).architecture == architecture, rule


def test_budget_line_agrees_with_the_cost_table() -> None:
    advice = advise(OrgProfile.model_validate({**BASE, "employees": 30, "countries": 1,
                                              "ai_maturity_months": 3, "annual_ai_budget_eur": 50_000.0}))
    fit = advice.budget_fit()
    for cost in advice.costs.costs:
        over = fit["over_pct"][cost.architecture]
        assert (over <= 0) == (cost.total.mid <= fit["over_horizon_eur"])
