"""The view's Plotly charts: cumulative cost per option and the eight criteria, in both languages."""

from __future__ import annotations

import json

import pytest

from advisor.view import RecommendationView
from advisor.view.charts import COLORS
from tests.ui.helpers import fintech_advice


def _charts(lang: str = "en") -> tuple:  # type: ignore[type-arg]
    return RecommendationView(fintech_advice(), lang).charts()


def test_cost_chart_has_one_named_line_per_option_ending_on_the_totals() -> None:
    advice = fintech_advice()
    figure, _ = _charts()
    named = [t for t in figure.data if t.showlegend is not False]
    assert [t.name for t in named] == ["centralized (recommended)", "hybrid", "decentralized"]
    for trace, cost in zip(named, advice.costs.costs, strict=True):
        assert len(trace.x) == advice.costs.horizon_months
        assert trace.y[-1] == pytest.approx(cost.total.mid)
        assert trace.line.color == COLORS[cost.architecture]
    assert figure.layout.title.text == "Cumulative cost over 24 months"


def test_titles_fit_a_phone_and_the_legend_sits_below_the_axis() -> None:
    for lang in ("en", "fr"):
        for figure in _charts(lang):
            assert len(figure.layout.title.text) <= 36  # ~390 px at 14 px
            assert figure.layout.xaxis.automargin and figure.layout.yaxis.automargin
        legend = _charts(lang)[0].layout.legend
        assert legend.orientation == "h" and legend.yanchor == "top" and legend.y < -0.15


def test_charts_speak_french() -> None:
    cost, criteria = _charts("fr")
    assert cost.layout.title.text == "Coût cumulé sur 24 mois"
    assert any(t.name == "centralisée (recommandée)" for t in cost.data)
    assert "maturité IA" in criteria.data[0].y and "+1,0 × 20\u00a0%" in criteria.data[0].text
    assert cost.layout.separators == ",\u202f"


def test_criteria_chart_shows_the_eight_signed_contributions() -> None:
    advice = fintech_advice()
    bar = _charts()[1].data[0]
    assert len(bar.y) == 8
    by_key = dict(zip(bar.customdata, bar.x, strict=True))
    assert by_key == pytest.approx({c.key: c.contribution for c in advice.scorecard.criteria})
    assert sum(bar.x) == pytest.approx(advice.scorecard.score, abs=1e-6)


def test_figures_carry_no_web_fonts() -> None:
    for figure in _charts():
        layout = json.dumps(figure.to_plotly_json()["layout"].get("font", {}))
        assert "system-ui" in layout and "http" not in layout
