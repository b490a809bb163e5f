"""The recommendation's two charts as SVG: cumulative cost per option, and the eight criteria.

Drawn here, with no chart library, so the chat shows them as plain images the moment the message
arrives (a 3.7 MB chart module used to take about 1.9 s to load and draw in the browser). The text
is real SVG text, in the view's language; the picture scales to any width (phones included).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from scoring.timeline import cost_timelines

if TYPE_CHECKING:
    from advisor.view.model import RecommendationView

COLORS = {"centralized": "#1f6feb", "hybrid": "#8250df", "decentralized": "#d1242f"}
CENTRAL_COLOR, DECENTRAL_COLOR = COLORS["centralized"], COLORS["decentralized"]
WIDTH, HEIGHT = 520, 380
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"


def _svg(title: str, body: list[str]) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" '
            f'height="{HEIGHT}" font-family="{escape(FONT)}" font-size="12" role="img">'
            f'<title>{escape(title)}</title><rect width="100%" height="100%" fill="#fff"/>'
            f'<text x="8" y="22" font-size="15" font-weight="600">{escape(title)}</text>'
            + "".join(body) + "</svg>")


def _text(x: float, y: float, words: str, anchor: str = "start", **extra: str) -> str:
    more = "".join(f' {k.replace("_", "-")}="{v}"' for k, v in extra.items())
    return f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}"{more}>{escape(words)}</text>'


def nice_step(top: float, ticks: int = 4) -> float:
    """A round tick step (1, 2, 2.5 or 5 × 10^n) giving about `ticks` ticks up to `top`."""
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)


def cost_chart(view: RecommendationView) -> str:
    """Mid line per option (the recommended one thicker), low–high band shaded, legend below."""
    w, advice = view.w, view.advice
    months = advice.costs.horizon_months
    lines = cost_timelines(advice.costs)
    step = nice_step(max(max(line.high) for line in lines) or 1.0)
    top = step * math.ceil(max(max(line.high) for line in lines) / step) or step
    left, right, y0, y1 = 64, WIDTH - 12, 40, HEIGHT - 110

    def at(month: float, value: float) -> tuple[float, float]:
        return left + (right - left) * (month - 1) / max(1, months - 1), y1 - (y1 - y0) * value / top

    body = []
    tick = 0.0
    while tick <= top + 1e-9:
        _, y = at(1, tick)
        body.append(f'<line x1="{left}" y1="{y:.1f}" x2="{right}" y2="{y:.1f}" stroke="#e5e5e5"/>')
        body.append(_text(left - 6, y + 4, w.money(tick), "end", fill="#555"))
        tick += step
    for month in range(3, months + 1, 3):
        x, _ = at(month, 0)
        body.append(_text(x, y1 + 16, str(month), "middle", fill="#555"))
    body.append(_text((left + right) / 2, y1 + 34, w("chart.month"), "middle"))
    for n, line in enumerate(lines):
        color, chosen = COLORS[line.architecture], line.architecture == advice.architecture
        band = [at(m, v) for m, v in zip(line.months, line.high, strict=True)]
        band += [at(m, v) for m, v in reversed(list(zip(line.months, line.low, strict=True)))]
        body.append(f'<polygon points="{_points(band)}" fill="{color}" fill-opacity="0.12"/>')
        mid = [at(m, v) for m, v in zip(line.months, line.mid, strict=True)]
        body.append(f'<polyline points="{_points(mid)}" fill="none" stroke="{color}" '
                    f'stroke-width="{4 if chosen else 2}"/>')
        name = w.arch(line.architecture) + (f" ({w('chart.recommended')})" if chosen else "")
        ly = y1 + 56 + 18 * n
        body.append(f'<line x1="{left}" y1="{ly - 4}" x2="{left + 22}" y2="{ly - 4}" stroke="{color}" '
                    f'stroke-width="{4 if chosen else 2}"/>')
        body.append(_text(left + 30, ly, f"{name}: {w.money(line.mid[-1])}"))
    return _svg(w("chart.cost_title", months=months), body)


def criteria_chart(view: RecommendationView) -> str:
    """One horizontal bar per criterion: its signed contribution (vote × weight) to the score."""
    w = view.w
    criteria = sorted(view.advice.scorecard.criteria, key=lambda c: c.contribution)
    label_right, zero, half = 170, 170 + (WIDTH - 182) / 2, (WIDTH - 182) / 2
    scale, row, y0 = half / 0.22, 34, 44
    body = [f'<line x1="{zero:.1f}" y1="{y0 - 4}" x2="{zero:.1f}" y2="{y0 + row * len(criteria)}" '
            f'stroke="#888"/>']
    for n, c in enumerate(criteria):
        y = y0 + row * n
        length = c.contribution * scale
        x = zero if length >= 0 else zero + length
        color = CENTRAL_COLOR if c.contribution >= 0 else DECENTRAL_COLOR
        body.append(f'<rect x="{x:.1f}" y="{y + 4}" width="{max(abs(length), 1):.1f}" height="{row - 10}" '
                    f'fill="{color}" data-key="{c.key}" data-contribution="{c.contribution:.4f}"/>')
        body.append(_text(label_right - 6, y + row / 2 + 2, w(f"criterion.{c.key}"), "end"))
        value = f"{w.signed(c.vote, 1)} × {w.pct(c.weight)}"
        if length >= 0:
            body.append(_text(zero - 4, y + row / 2 + 2, value, "end", fill="#555"))
        else:
            body.append(_text(zero + 4, y + row / 2 + 2, value, "start", fill="#555"))
    body.append(_text(zero, y0 + row * len(criteria) + 22, w("chart.axis"), "middle"))
    return _svg(w("chart.criteria_title"), body)


def _points(points: list[tuple[float, float]]) -> str:
    return " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
