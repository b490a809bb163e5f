"""The cost model reproduces the article's scenarios A and B within ±5%."""

from __future__ import annotations

import pytest

from scoring.costs import CostAssumptions, estimate_costs
from tests.scoring.helpers import make


def close(actual: float, expected: float, tolerance: float = 0.05) -> bool:
    return abs(actual - expected) <= tolerance * abs(expected)


SCENARIO_A = make(employees=50, sector="tech", ai_maturity_months=3, annual_ai_budget_eur=500_000)
SCENARIO_B = make(employees=500, sector="other", countries=2, ai_maturity_months=20,
                  annual_ai_budget_eur=2_000_000)


def test_scenario_a_startup() -> None:
    costs = estimate_costs(SCENARIO_A)
    c, d = costs.for_architecture("centralized"), costs.for_architecture("decentralized")
    assert close(c.engineering, 240_000) and close(d.engineering, 180_000)
    assert close(c.roi.mid, 1_200_000) and close(d.roi.mid, 1_800_000)
    assert (c.time_to_market_days, d.time_to_market_days) == (2, 1)
    assert (c.security_pct, d.security_pct) == (95, 73)
    assert d.total.mid < c.total.mid  # decentralized wins on cost at 50 staff


def test_scenario_b_scaleup() -> None:
    costs = estimate_costs(SCENARIO_B)
    c, d = costs.for_architecture("centralized"), costs.for_architecture("decentralized")
    assert close(c.total.mid, 1_200_000) and close(d.total.mid, 3_800_000)
    assert close(c.roi.mid, 4_700_000) and close(d.roi.mid, 2_100_000)
    assert (c.interoperability_pct, d.interoperability_pct) == (100, 23)
    assert (c.compliance_pct, d.compliance_pct) == (100, 64)
    assert close(d.hidden, 8 * c.hidden, 1e-9)  # the article's x8 on hidden costs


def test_scenario_c_decentralized_not_viable() -> None:
    costs = estimate_costs(make(employees=5000, ai_maturity_months=30))
    d = costs.for_architecture("decentralized")
    assert not d.viable and "5,000" in d.viability_note
    assert costs.for_architecture("centralized").viable


def test_hybrid_is_the_80_20_mix_and_ranges_are_ordered() -> None:
    costs = estimate_costs(SCENARIO_B)
    c, h, d = (costs.for_architecture(a) for a in ("centralized", "hybrid", "decentralized"))
    assert close(h.total.mid, 0.8 * c.total.mid + 0.2 * d.total.mid, 1e-9)
    for cost in costs.costs:
        assert cost.total.low <= cost.total.mid <= cost.total.high
        assert cost.roi.low <= cost.roi.mid <= cost.roi.high


def test_decentralized_high_uses_the_real_cost_figure() -> None:
    d = estimate_costs(SCENARIO_B).for_architecture("decentralized")
    assert close(d.total.high, 3_800_000 / 2 + 4_200_000, 1e-9)


@pytest.mark.parametrize("factor", [0.5, 2.0])
def test_engineer_cost_is_overridable(factor: float) -> None:
    base = estimate_costs(SCENARIO_A)
    changed = estimate_costs(SCENARIO_A, CostAssumptions(engineer_cost_eur_per_year=100_000 * factor))
    for a in ("centralized", "decentralized"):
        assert close(changed.for_architecture(a).engineering,
                     base.for_architecture(a).engineering * factor, 1e-9)
    assert dict(changed.assumptions)["engineer_cost_eur_per_year"] == 100_000 * factor


def test_horizon_scales_costs() -> None:
    year = estimate_costs(SCENARIO_B, CostAssumptions(horizon_months=12))
    two = estimate_costs(SCENARIO_B)
    assert close(year.for_architecture("centralized").total.mid * 2,
                 two.for_architecture("centralized").total.mid, 1e-9)


def test_invalid_assumption_is_refused() -> None:
    with pytest.raises(ValueError, match="engineer_cost_eur_per_year"):
        CostAssumptions(engineer_cost_eur_per_year=-1)
