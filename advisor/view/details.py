"""The details behind a recommendation (one click away from the summary): every criterion, the
costs, the core/periphery split, the hidden risks, the migration plan, what would change the
advice and the assumptions. Sections are lists of Markdown lines; the report reuses them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from advisor.view.cite import Cite, tag
from advisor.view.parts import (
    SENSITIVITY,
    assumptions,
    flip_lines,
    ordered_costs,
    phase_figures,
    risk_figures,
    viability_note,
)
from advisor.view.words import Words
from scoring import sources as src
from scoring.advice import Advice
from scoring.plan import CORE_COMPONENTS, PERIPHERY_EXAMPLES
from scoring.scorecard import CENTRALIZED_FROM, DECENTRALIZED_UPTO

HEADING = "####"


def score_line(advice: Advice, w: Words) -> str:
    card = advice.scorecard
    return w("details.score", score=w.signed(card.score), central=w.signed(CENTRALIZED_FROM),
             decentral=w.signed(DECENTRALIZED_UPTO), pattern=w(f"pattern.{card.maturity_pattern}"))


def rules(advice: Advice, w: Words, cite: Cite) -> list[str]:
    card = advice.scorecard
    if not (card.hard_rules or card.adjustments):
        return []
    lines = [f"{HEADING} {w('details.rules')}"]
    lines += [f"- {w.reason(r.key)}{tag(cite, *r.sources[:1])}" for r in card.hard_rules]
    lines += [f"- {w.reason(k)}{tag(cite, src.PATTERN_WILD_WEST)}" for k in card.adjustments]
    return [*lines, ""]


def criteria(advice: Advice, w: Words, cite: Cite) -> list[str]:
    lines = [f"{HEADING} {w('details.criteria')}", score_line(advice, w), ""]
    for c in sorted(advice.scorecard.criteria, key=lambda c: -abs(c.contribution)):
        line = w("details.criterion", name=f"**{w(f'criterion.{c.key}')}**", vote=w.signed(c.vote, 1),
                 weight=w.pct(c.weight), reason=w.reason(c.reason))
        lines.append(f"- {line}{tag(cite, *c.sources[:1])}")
    return [*lines, ""]


def costs(advice: Advice, w: Words, cite: Cite) -> list[str]:
    heading = w("details.costs", months=advice.costs.horizon_months)
    lines = [f"{HEADING} {heading}{tag(cite, src.METHOD_COSTS)}"]
    for c in ordered_costs(advice):
        name = w.arch(c.architecture)
        line = w("details.cost", arch=f"**{name}**" if c.architecture == advice.architecture else name,
                 mid=w.money(c.total.mid), low=w.money(c.total.low), high=w.money(c.total.high),
                 value=w.money(c.roi.mid), days=w.dec(c.time_to_market_days),
                 security=w.pct(c.security_pct / 100))
        if not c.viable:
            line += " — " + w("details.not_viable", note=viability_note(c, advice, w))
        lines.append(f"- {line}")
    viable = [c for c in advice.costs.costs if c.viable]
    cheapest = min(viable, key=lambda c: c.total.mid).architecture if viable else advice.architecture
    if cheapest != advice.architecture:
        lines += ["", w("details.not_cheapest", arch=w.arch(cheapest))]
    return [*lines, ""]


def split(advice: Advice, w: Words, cite: Cite) -> list[str]:
    share = advice.scorecard.core_share
    if not 0 < share < 1:
        return []
    heading = w("details.split", core=w.pct(share), periphery=w.pct(1 - share))
    return [f"{HEADING} {heading}{tag(cite, src.HYBRID_RATIO, src.HYBRID)}",
            "- " + w("details.core", items="; ".join(w(f"core.{k}") for k in CORE_COMPONENTS)),
            "- " + w("details.periphery", items="; ".join(w(f"periphery.{k}") for k in PERIPHERY_EXAMPLES)),
            ""]


def risks(advice: Advice, w: Words, cite: Cite) -> list[str]:
    current = advice.profile.current_architecture
    if advice.architecture == "centralized" and getattr(current, "value", current) != "decentralized":
        return []
    lines = [f"{HEADING} {w('details.risks')}"]
    for r in advice.risks:
        words = risk_figures(r.figures, w)
        figure = w(f"risk.{r.key}.figure", **words)
        line = w("details.labelled", label=f"**{figure}**", text=w(f"risk.{r.key}.estimate", **words))
        lines.append(f"- {line}{tag(cite, r.source)}")
    return [*lines, ""]


def plan(advice: Advice, w: Words, cite: Cite) -> list[str]:
    migration = advice.migration
    if migration is None:
        return []
    lines = [f"{HEADING} {w('details.plan', arch=w.arch(migration.target))}{tag(cite, src.MIGRATION)}"]
    lines += [f"{ph.number}. " + w("details.phase", month=ph.by_month, cost=w.money(ph.cost_eur),
                                    goal=w(f"phase.{ph.goal}", **phase_figures(ph.figures, w)))
              for ph in migration.phases]
    lines += ["", w("details.plan_return", multiple=w.num(migration.return_multiple, 1),
                    months=migration.return_months, amount=w.money(migration.expected_return_eur)), ""]
    return lines


def flips(advice: Advice, w: Words, cite: Cite) -> list[str]:
    found = flip_lines(advice, w) or [w("details.no_flip")]
    return [f"{HEADING} {w('details.flips')}{tag(cite, SENSITIVITY)}", *[f"- {f}" for f in found], ""]


def assumed(advice: Advice, provenance: Mapping[str, Any], w: Words, cite: Cite) -> list[str]:
    found = assumptions(advice, provenance, w)
    if not found:
        return []
    lines = [f"{HEADING} {w('details.assumptions')}{tag(cite, src.METHOD_ASSUMPTIONS)}"]
    lines += ["- " + w("details.assumed", label=lab, value=value, basis=basis) for lab, value, basis in found]
    return [*lines, ""]


def details_markdown(advice: Advice, provenance: Mapping[str, Any], w: Words, cite: Cite) -> str:
    """Every section, in reading order (without a sources list: the caller adds it)."""
    lines = [*rules(advice, w, cite), *criteria(advice, w, cite), *costs(advice, w, cite),
             *split(advice, w, cite), *risks(advice, w, cite), *plan(advice, w, cite),
             *flips(advice, w, cite), *assumed(advice, provenance, w, cite)]
    return "\n".join(lines).strip() + "\n"
