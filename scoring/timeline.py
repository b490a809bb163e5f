"""Month-by-month cumulative cost of each architecture, spread from the cost model's totals.

The cost model gives totals over the horizon; this module only decides *when* they are spent,
and the cumulative curve always ends exactly on the model's low / mid / high totals.

- Engineering, platform, duplication and compliance are spent evenly, month after month.
- Hidden costs (shadow AI, incidents, rework) surface mainly in year 2, as the article says
  they stay invisible at first: a month after month 12 weighs `YEAR2_HIDDEN_WEIGHT` times a
  month of year 1 (over 24 months: 25% of hidden costs in year 1, 75% in year 2).
- The decentralized high case is the article's "real cost", invisible in year 1: it follows
  the mid curve for 12 months, then the rest of the high total is spread over the later months.
  Other bands (every low, centralized and hybrid highs) are the mid curve scaled.
"""

from __future__ import annotations

from typing import NamedTuple

from scoring.results import ArchitectureCost, CostComparison

YEAR2_HIDDEN_WEIGHT = 3.0
FIRST_YEAR = 12


class CostTimeline(NamedTuple):
    """Cumulative spend (EUR) at the end of months 1..horizon, for one architecture."""

    architecture: str
    months: tuple[int, ...]
    low: tuple[float, ...]
    mid: tuple[float, ...]
    high: tuple[float, ...]


def hidden_weights(horizon_months: int) -> tuple[float, ...]:
    """Share of the hidden costs spent in each month (sums to 1)."""
    raw = [1.0 if m <= FIRST_YEAR else YEAR2_HIDDEN_WEIGHT for m in range(1, horizon_months + 1)]
    total = sum(raw)
    return tuple(w / total for w in raw)


def _cumulate(monthly: list[float]) -> tuple[float, ...]:
    out, running = [], 0.0
    for value in monthly:
        running += value
        out.append(running)
    return tuple(out)


def _scaled(curve: tuple[float, ...], factor: float) -> tuple[float, ...]:
    return tuple(v * factor for v in curve)


def _ratio(total: float, mid_total: float) -> float:
    return total / mid_total if mid_total else 0.0


def _real_cost_high(mid: tuple[float, ...], high_total: float) -> tuple[float, ...]:
    """Mid curve through year 1, then the remaining high total evenly over the later months."""
    horizon = len(mid)
    if horizon <= FIRST_YEAR or high_total <= mid[-1]:
        return _scaled(mid, _ratio(high_total, mid[-1]))
    year1 = mid[FIRST_YEAR - 1]
    step = (high_total - year1) / (horizon - FIRST_YEAR)
    return mid[:FIRST_YEAR] + tuple(year1 + step * k for k in range(1, horizon - FIRST_YEAR + 1))


def timeline(cost: ArchitectureCost, horizon_months: int) -> CostTimeline:
    """The cumulative low/mid/high curves of one architecture."""
    even = (cost.engineering + cost.platform + cost.duplication + cost.compliance) / horizon_months
    weights = hidden_weights(horizon_months)
    visible_mid = _cumulate([even + cost.hidden * w for w in weights])
    # The parts may not add up to total.mid exactly (rounding): rescale so the curve ends on it.
    mid = _scaled(visible_mid, cost.total.mid / visible_mid[-1] if visible_mid[-1] else 0.0)
    low = _scaled(mid, _ratio(cost.total.low, cost.total.mid))
    if cost.architecture == "decentralized":
        high = _real_cost_high(mid, cost.total.high)
    else:
        high = _scaled(mid, _ratio(cost.total.high, cost.total.mid))
    return CostTimeline(cost.architecture, tuple(range(1, horizon_months + 1)), low, mid, high)


def cost_timelines(costs: CostComparison) -> tuple[CostTimeline, ...]:
    """One cumulative curve set per architecture, in the comparison's order."""
    return tuple(timeline(c, costs.horizon_months) for c in costs.costs)
