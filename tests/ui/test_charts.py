"""ui.charts: the cumulative cost chart and the criteria chart of an Advice."""

from __future__ import annotations

import json

import pytest

from tests.ui.helpers import fintech_advice
from ui.charts import COLORS, cost_chart, criteria_chart


def test_cost_chart_has_one_named_line_per_architecture_ending_on_the_totals() -> None:
    advice = fintech_advice()
    figure = cost_chart(advice)
    named = [t for t in figure.data if t.showlegend is not False]
    assert [t.name for t in named] == ["centralized (recommended)", "hybrid", "decentralized"]
    for trace, cost in zip(named, advice.costs.costs, strict=True):
        assert len(trace.x) == advice.costs.horizon_months
        assert trace.y[-1] == pytest.approx(cost.total.mid)
        assert trace.line.color == COLORS[cost.architecture]
    assert "24 months" in figure.layout.title.text


def test_cost_chart_speaks_french() -> None:
    figure = cost_chart(fintech_advice(), "fr")
    assert "Coût cumulé sur 24 mois" in figure.layout.title.text
    assert any(t.name == "centralisée (recommandée)" for t in figure.data)


def test_criteria_chart_shows_the_eight_signed_contributions() -> None:
    advice = fintech_advice()
    bar = criteria_chart(advice).data[0]
    assert len(bar.y) == 8
    by_key = dict(zip(bar.y, bar.x, strict=True))
    assert by_key == pytest.approx({c.key: c.contribution for c in advice.scorecard.criteria})
    assert sum(bar.x) == pytest.approx(advice.scorecard.score, abs=1e-6)


def test_figures_carry_no_web_fonts() -> None:
    for figure in (cost_chart(fintech_advice()), criteria_chart(fintech_advice())):
        layout = json.dumps(figure.to_plotly_json()["layout"].get("font", {}))
        assert "system-ui" in layout and "http" not in layout
