"""The report's two charts drawn straight into the PDF (vectors, no image renderer needed):
the cumulative cost of each option over the horizon, and each criterion's vote × weight."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from advisor.view.charts import nice_step
from scoring.timeline import cost_timelines

if TYPE_CHECKING:
    from advisor.view.model import RecommendationView
    from advisor.view.pdf import ReportPDF

COLORS = {"centralized": (31, 111, 235), "hybrid": (130, 80, 223), "decentralized": (209, 36, 47)}
GREY = (136, 136, 136)
CHART_HEIGHT = 62.0


def _room(pdf: ReportPDF, height: float) -> None:
    if pdf.get_y() + height > pdf.h - pdf.b_margin:
        pdf.add_page()


def _title(pdf: ReportPDF, text: str) -> None:
    pdf.set_font(pdf.family_name, "B", 11)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(0, 6, pdf.clean(text), new_x="LMARGIN", new_y="NEXT")


def cost_chart(pdf: ReportPDF, view: RecommendationView) -> None:
    """Mid line per option (the recommended one thicker), low–high band shaded, legend below."""
    w, advice = view.w, view.advice
    months = advice.costs.horizon_months
    _room(pdf, CHART_HEIGHT + 22)
    _title(pdf, w("chart.cost_title", months=months))
    lines = cost_timelines(advice.costs)
    top_value = max(max(line.high) for line in lines) or 1.0
    step = nice_step(top_value)
    top = step * math.ceil(top_value / step)
    left, y0 = pdf.l_margin + 20, pdf.get_y() + 2
    width, height = pdf.epw - 22, CHART_HEIGHT - 14

    def at(month: float, value: float) -> tuple[float, float]:
        return left + width * (month - 1) / max(1, months - 1), y0 + height * (1 - value / top)

    pdf.set_font(pdf.family_name, "", 7)
    pdf.set_draw_color(*GREY)
    pdf.set_line_width(0.1)
    tick = 0.0
    while tick <= top + 1e-9:  # horizontal grid and money labels
        x, y = at(1, tick)
        pdf.line(left, y, left + width, y)
        pdf.text(pdf.l_margin, y + 1, pdf.clean(w.money(tick)))
        tick += step
    for month in range(1, months + 1):
        if month == 1 or month % 3 == 0:
            x, y = at(month, 0)
            pdf.text(x - 1.5, y + 4, str(month))
    pdf.text(left + width / 2 - 5, y0 + height + 7.5, pdf.clean(w("chart.month")))
    for line in lines:
        color = COLORS[line.architecture]
        band = [at(m, v) for m, v in zip(line.months, line.high, strict=True)]
        band += [at(m, v) for m, v in reversed(list(zip(line.months, line.low, strict=True)))]
        with pdf.local_context(fill_opacity=0.12):
            pdf.set_fill_color(*color)
            pdf.polygon(band, style="F")
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.9 if line.architecture == advice.architecture else 0.4)
        pdf.polyline([at(m, v) for m, v in zip(line.months, line.mid, strict=True)])
    pdf.set_y(y0 + height + 13)
    _legend(pdf, view)


def _legend(pdf: ReportPDF, view: RecommendationView) -> None:
    w = view.w
    pdf.set_font(pdf.family_name, "", 8)
    x, y = pdf.l_margin, pdf.get_y()
    for name in COLORS:
        text = w.arch(name) + (f" ({w('chart.recommended')})" if name == view.advice.architecture else "")
        pdf.set_fill_color(*COLORS[name])
        pdf.rect(x, y - 2.2, 3, 3, style="F")
        pdf.set_text_color(0, 0, 0)
        pdf.text(x + 4, y, pdf.clean(text))
        x += pdf.get_string_width(pdf.clean(text)) + 10
    pdf.set_text_color(*GREY)
    pdf.text(x, y, pdf.clean(w("chart.cost_band")))
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y + 5)


def criteria_chart(pdf: ReportPDF, view: RecommendationView) -> None:
    """One bar per criterion, its signed contribution; centralized to the right."""
    w = view.w
    criteria = sorted(view.advice.scorecard.criteria, key=lambda c: -c.contribution)
    _room(pdf, 9 + 6 * len(criteria) + 8)
    _title(pdf, w("chart.criteria_title"))
    pdf.set_font(pdf.family_name, "", 8)
    names = [pdf.clean(w(f"criterion.{c.key}")) for c in criteria]
    label_width = max(pdf.get_string_width(n) for n in names) + 3
    left = pdf.l_margin + label_width
    half = (pdf.epw - label_width - 24) / 2
    zero = left + 12 + half
    scale = half / max(0.01, max(abs(c.contribution) for c in criteria))
    y = pdf.get_y() + 2
    for name, c in zip(names, criteria, strict=True):
        pdf.set_text_color(0, 0, 0)
        pdf.text(pdf.l_margin, y + 3, name)
        length = c.contribution * scale
        pdf.set_fill_color(*(COLORS["centralized"] if c.contribution >= 0 else COLORS["decentralized"]))
        if abs(length) > 0.05:
            pdf.rect(min(zero, zero + length), y, abs(length), 4, style="F")
        value = pdf.clean(f"{w.signed(c.vote, 1)} × {w.pct(c.weight)}")
        text_x = zero + length + 1 if c.contribution >= 0 else zero + length - pdf.get_string_width(value) - 1
        pdf.set_text_color(*GREY)
        pdf.text(text_x, y + 3, value)
        y += 6
    pdf.set_draw_color(*GREY)
    pdf.set_line_width(0.2)
    pdf.line(zero, pdf.get_y() + 1, zero, y)
    axis = pdf.clean(w("chart.axis"))
    pdf.text(zero - pdf.get_string_width(axis) / 2, y + 4, axis)
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y + 8)


def draw_charts(pdf: ReportPDF, view: RecommendationView) -> None:
    pdf.ln(2)
    cost_chart(pdf, view)
    pdf.ln(3)
    criteria_chart(pdf, view)
    pdf.set_fill_color(255, 255, 255)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
