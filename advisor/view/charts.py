"""Plotly figures of a recommendation: cumulative cost per option, and the eight criteria.

Titles are short enough for a phone screen; legends sit under the plot, below the axis title.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import plotly.graph_objects as go

from scoring.timeline import cost_timelines

if TYPE_CHECKING:
    from advisor.view.model import RecommendationView

COLORS = {"centralized": "#1f6feb", "hybrid": "#8250df", "decentralized": "#d1242f"}
CENTRAL_COLOR, DECENTRAL_COLOR = COLORS["centralized"], COLORS["decentralized"]


def _rgba(color: str, alpha: float) -> str:
    r, g, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def _layout(fig: go.Figure, title: str, legend: bool) -> go.Figure:
    """A plain layout with system fonts only (no web fonts: the UI works offline)."""
    fig.update_layout(
        title={"text": title, "font": {"size": 14}, "x": 0, "xanchor": "left", "automargin": True},
        template="plotly_white",
        font={"family": "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"},
        margin={"l": 10, "r": 10, "t": 50, "b": 10}, height=400, showlegend=legend,
        legend={"orientation": "h", "yanchor": "top", "y": -0.22, "x": 0, "xanchor": "left"},
    )
    fig.update_xaxes(automargin=True)
    fig.update_yaxes(automargin=True)
    return fig


def cost_chart(view: RecommendationView) -> go.Figure:
    """Cumulative cost per option over the horizon: mid line, low–high band shaded."""
    w, advice = view.w, view.advice
    fig = go.Figure()
    for line in cost_timelines(advice.costs):
        color = COLORS[line.architecture]
        name = w.arch(line.architecture)
        if line.architecture == advice.architecture:
            name += f" ({w('chart.recommended')})"
        months = list(line.months)
        fig.add_trace(go.Scatter(x=months, y=list(line.high), mode="lines", line={"width": 0},
                                 hoverinfo="skip", showlegend=False, legendgroup=line.architecture))
        fig.add_trace(go.Scatter(x=months, y=list(line.low), mode="lines", line={"width": 0},
                                 fill="tonexty", fillcolor=_rgba(color, 0.12),
                                 hoverinfo="skip", showlegend=False, legendgroup=line.architecture))
        fig.add_trace(go.Scatter(
            x=months, y=list(line.mid), mode="lines", name=name, legendgroup=line.architecture,
            line={"color": color, "width": 4 if line.architecture == advice.architecture else 2},
            customdata=[w.money(v) for v in line.mid],
            hovertemplate=f"{name}<br>{w('chart.month')} %{{x}}: %{{customdata}}<extra></extra>",
        ))
    fig.update_xaxes(title=w("chart.month"), dtick=3, range=[1, advice.costs.horizon_months])
    fig.update_yaxes(title=w("chart.eur"), tickformat="~s", ticksuffix=" €",
                     separatethousands=True)
    fig.update_layout(separators=",\u202f" if view.lang == "fr" else ".,")
    return _layout(fig, w("chart.cost_title", months=advice.costs.horizon_months), legend=True)


def criteria_chart(view: RecommendationView) -> go.Figure:
    """One horizontal bar per criterion: its signed contribution (vote × weight) to the score."""
    w = view.w
    criteria = sorted(view.advice.scorecard.criteria, key=lambda c: c.contribution)
    fig = go.Figure(go.Bar(
        x=[c.contribution for c in criteria], y=[w(f"criterion.{c.key}") for c in criteria],
        orientation="h", customdata=[c.key for c in criteria],
        marker_color=[CENTRAL_COLOR if c.contribution >= 0 else DECENTRAL_COLOR for c in criteria],
        text=[f"{w.signed(c.vote, 1)} × {w.pct(c.weight)}" for c in criteria], textposition="auto",
        hovertemplate="%{y}: %{x:+.3f}<extra></extra>",
    ))
    fig.add_vline(x=0, line_width=1, line_color="#888")
    fig.update_xaxes(title=w("chart.axis"), range=[-0.22, 0.22], zeroline=False)
    fig.update_layout(separators=",\u202f" if view.lang == "fr" else ".,")
    return _layout(fig, w("chart.criteria_title"), legend=False)
