"""scoring.timeline: cumulative curves end on the cost model's totals; hidden costs come late."""

from __future__ import annotations

import pytest

from scoring.timeline import YEAR2_HIDDEN_WEIGHT, cost_timelines, hidden_weights
from tests.ui.helpers import fintech_advice


def test_hidden_costs_weigh_three_quarters_in_year_two() -> None:
    weights = hidden_weights(24)
    assert sum(weights) == pytest.approx(1.0)
    assert sum(weights[12:]) == pytest.approx(YEAR2_HIDDEN_WEIGHT / (1 + YEAR2_HIDDEN_WEIGHT))


def test_curves_end_on_the_model_totals_and_never_decrease() -> None:
    advice = fintech_advice()
    for line, cost in zip(cost_timelines(advice.costs), advice.costs.costs, strict=True):
        assert line.months == tuple(range(1, 25))
        assert line.mid[-1] == pytest.approx(cost.total.mid)
        assert line.low[-1] == pytest.approx(cost.total.low)
        assert line.high[-1] == pytest.approx(cost.total.high)
        for band in (line.low, line.mid, line.high):
            assert all(b >= a for a, b in zip(band, band[1:], strict=False))
        assert all(lo <= mid <= hi for lo, mid, hi in zip(line.low, line.mid, line.high, strict=True))


def test_decentralized_real_cost_shows_only_from_year_two() -> None:
    decentralized = cost_timelines(fintech_advice().costs)[2]
    assert decentralized.architecture == "decentralized"
    assert decentralized.high[:12] == decentralized.mid[:12]
    year2_high = decentralized.high[-1] - decentralized.high[11]
    year2_mid = decentralized.mid[-1] - decentralized.mid[11]
    assert year2_high > 2 * year2_mid


def test_decentralized_spends_faster_in_year_two_than_in_year_one() -> None:
    decentralized = cost_timelines(fintech_advice().costs)[2]
    assert decentralized.mid[-1] - decentralized.mid[11] > decentralized.mid[11]
