"""The view's SVG charts: cumulative cost per option and the eight criteria, in both languages."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET

import pytest

from advisor.view import RecommendationView
from advisor.view.charts import COLORS, nice_step
from tests.ui.helpers import fintech_advice

SVG = "{http://www.w3.org/2000/svg}"


def _charts(lang: str = "en") -> tuple[str, str]:
    return RecommendationView(fintech_advice(), lang).charts()


def _texts(svg: str) -> list[str]:
    return [html.unescape(t) for t in re.findall(r">([^<>]+)</(?:text|title)>", svg)]


def test_charts_are_well_formed_svg_that_scale_to_any_width() -> None:
    for svg in _charts():
        root = ET.fromstring(svg)
        assert root.tag == f"{SVG}svg" and root.get("viewBox", "").startswith("0 0 ")
        assert "http" not in svg.replace("http://www.w3.org/2000/svg", "")  # no web fonts, no links


def test_cost_chart_has_one_line_per_option_with_its_24_month_total_in_the_legend() -> None:
    advice = fintech_advice()
    cost, _ = _charts()
    root = ET.fromstring(cost)
    lines = root.findall(f"{SVG}polyline")
    assert [line.get("stroke") for line in lines] == [COLORS[c.architecture] for c in advice.costs.costs]
    assert [line.get("stroke-width") for line in lines] == ["4", "2", "2"]  # the recommended one thicker
    assert all(len(line.get("points", "").split()) == advice.costs.horizon_months for line in lines)
    texts = _texts(cost)
    assert texts[0] == "Cumulative cost over 24 months"
    assert any(t.startswith("centralized (recommended): ") for t in texts)


def test_charts_speak_french() -> None:
    cost, criteria = _charts("fr")
    assert "Coût cumulé sur 24 mois" in _texts(cost)
    assert any(t.startswith("centralisée (recommandée)") for t in _texts(cost))
    assert "maturité IA" in _texts(criteria) and "+1,0 × 20\u00a0%" in _texts(criteria)


def test_criteria_chart_shows_the_eight_signed_contributions() -> None:
    advice = fintech_advice()
    bars = {m.group(1): float(m.group(2))
            for m in re.finditer(r'data-key="([^"]+)" data-contribution="([^"]+)"', _charts()[1])}
    assert len(bars) == 8
    assert bars == pytest.approx({c.key: c.contribution for c in advice.scorecard.criteria}, abs=1e-4)
    assert sum(bars.values()) == pytest.approx(advice.scorecard.score, abs=1e-3)


def test_titles_fit_a_phone() -> None:
    for lang in ("en", "fr"):
        for svg in _charts(lang):
            assert len(_texts(svg)[0]) <= 36  # the title, ~390 px at 15 px


@pytest.mark.parametrize(("top", "step"), [(7.3e6, 2e6), (980.0, 250.0), (1.0, 0.25)])
def test_tick_steps_are_round(top: float, step: float) -> None:
    assert nice_step(top) == step
