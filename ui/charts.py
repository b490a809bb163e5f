"""Plotly figures of an Advice: cumulative cost per architecture, and the eight criteria."""

from __future__ import annotations

import plotly.graph_objects as go

from scoring.advice import Advice
from scoring.render import eur
from scoring.texts import architecture_name
from scoring.timeline import cost_timelines

COLORS = {"centralized": "#1f6feb", "hybrid": "#8250df", "decentralized": "#d1242f"}
CENTRAL_COLOR, DECENTRAL_COLOR = COLORS["centralized"], COLORS["decentralized"]
_T = {
    "cost_title": ("Cumulative cost over {h} months (band: low–high)",
                   "Coût cumulé sur {h} mois (bande : bas–haut)"),
    "month": ("Month", "Mois"),
    "eur": ("Cumulative cost (EUR)", "Coût cumulé (EUR)"),
    "recommended": ("recommended", "recommandée"),
    "criteria_title": ("The eight criteria: vote × weight (+ centralized, − decentralized)",
                       "Les huit critères : vote × poids (+ centralisé, − décentralisé)"),
    "contribution": ("Contribution to the score", "Contribution au score"),
}


def _t(key: str, lang: str, **values: object) -> str:
    return _T[key][lang == "fr"].format(**values)


def _hex_to_rgba(color: str, alpha: float) -> str:
    r, g, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def _layout(fig: go.Figure, title: str) -> go.Figure:
    """A plain layout with system fonts only (no web fonts: the UI works offline)."""
    fig.update_layout(
        title={"text": title, "font": {"size": 15}}, template="plotly_white",
        font={"family": "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"},
        margin={"l": 60, "r": 20, "t": 60, "b": 50}, height=380,
        legend={"orientation": "h", "yanchor": "bottom", "y": -0.32, "x": 0},
    )
    return fig


def cost_chart(advice: Advice, lang: str = "en") -> go.Figure:
    """24-month (the model's horizon) cumulative cost per architecture, mid line and low–high band."""
    fig = go.Figure()
    for line in cost_timelines(advice.costs):
        color = COLORS[line.architecture]
        name = architecture_name(line.architecture, lang)
        if line.architecture == advice.architecture:
            name += f" ({_t('recommended', lang)})"
        months = list(line.months)
        fig.add_trace(go.Scatter(x=months, y=list(line.high), mode="lines", line={"width": 0},
                                 hoverinfo="skip", showlegend=False, legendgroup=line.architecture))
        fig.add_trace(go.Scatter(x=months, y=list(line.low), mode="lines", line={"width": 0},
                                 fill="tonexty", fillcolor=_hex_to_rgba(color, 0.12),
                                 hoverinfo="skip", showlegend=False, legendgroup=line.architecture))
        fig.add_trace(go.Scatter(
            x=months, y=list(line.mid), mode="lines", name=name, legendgroup=line.architecture,
            line={"color": color, "width": 4 if line.architecture == advice.architecture else 2},
            customdata=[eur(v) for v in line.mid],
            hovertemplate=f"{name}<br>{_t('month', lang)} %{{x}}: %{{customdata}}<extra></extra>",
        ))
    fig.update_xaxes(title=_t("month", lang), dtick=3, range=[1, advice.costs.horizon_months])
    fig.update_yaxes(title=_t("eur", lang), tickformat="~s", ticksuffix=" €")
    return _layout(fig, _t("cost_title", lang, h=advice.costs.horizon_months))


def criteria_chart(advice: Advice, lang: str = "en") -> go.Figure:
    """One horizontal bar per criterion: its signed contribution (vote × weight) to the score."""
    criteria = sorted(advice.scorecard.criteria, key=lambda c: c.contribution)
    fig = go.Figure(go.Bar(
        x=[c.contribution for c in criteria], y=[c.key for c in criteria], orientation="h",
        marker_color=[CENTRAL_COLOR if c.contribution >= 0 else DECENTRAL_COLOR for c in criteria],
        text=[f"{c.vote:+.1f} × {c.weight:.0%}" for c in criteria], textposition="auto",
        hovertemplate="%{y}: %{x:+.3f}<extra></extra>",
    ))
    fig.add_vline(x=0, line_width=1, line_color="#888")
    fig.update_xaxes(title=_t("contribution", lang), range=[-0.22, 0.22], zeroline=False)
    return _layout(fig, _t("criteria_title", lang))
