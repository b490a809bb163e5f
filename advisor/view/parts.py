"""Pieces every face of a recommendation shares: the reasons that weigh most, the costs, the
first step, what would change the advice and the assumptions, in the view's words."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from advisor.templates import label, value_text
from advisor.view.words import Words
from scoring import sources as src
from scoring.advice import Advice
from scoring.plan import CORE_COMPONENTS
from scoring.results import ArchitectureCost, CriterionResult, Scorecard
from scoring.scorecard import ENTERPRISE_EMPLOYEES

SENSITIVITY = "method/scoring/sensitivity"


def supporting(card: Scorecard) -> list[CriterionResult]:
    """The criteria, those that push most towards the recommendation first."""
    if card.architecture == "hybrid":
        return sorted(card.criteria, key=lambda c: (c.leaning != "hybrid", -c.weight, -abs(c.contribution)))
    sign = 1 if card.architecture == "centralized" else -1
    return sorted(card.criteria, key=lambda c: -sign * c.contribution)


def opposing(card: Scorecard) -> list[CriterionResult]:
    """The criteria that push away from the recommendation, strongest first."""
    if card.architecture == "hybrid":
        elsewhere = (c for c in card.criteria if c.leaning != "hybrid")
        return sorted(elsewhere, key=lambda c: -abs(c.contribution))
    sign = 1 if card.architecture == "centralized" else -1
    against = (c for c in card.criteria if sign * c.contribution < 0)
    return sorted(against, key=lambda c: sign * c.contribution)


def top_reasons(advice: Advice, n: int = 3) -> list[tuple[str, tuple[str, ...]]]:
    """(reason key, passages) of the rules that fixed the result, then the criteria that weigh most."""
    card = advice.scorecard
    found = [(r.key, r.sources[:1]) for r in card.hard_rules]
    found += [(key, (src.PATTERN_WILD_WEST,)) for key in card.adjustments]
    found += [(c.reason, c.sources[:1]) for c in supporting(card)]
    unique: dict[str, tuple[str, ...]] = {}
    for key, pids in found:
        unique.setdefault(key, pids)
    return list(unique.items())[:n]


def viability_note(cost: ArchitectureCost, advice: Advice, w: Words) -> str:
    """Why an option is not viable, in words."""
    enterprise = advice.profile.employees >= ENTERPRISE_EMPLOYEES
    return w("viability.only_central" if enterprise else "viability.not_paying")


def ordered_costs(advice: Advice) -> list[ArchitectureCost]:
    """The recommended option first, then the others in the cost model's order."""
    costs = list(advice.costs.costs)
    return sorted(costs, key=lambda c: c.architecture != advice.architecture)


def budget_sentence(advice: Advice, w: Words, assumed: bool = False) -> str:
    """How the recommended option compares with the budget over the horizon ("" if none); an
    assumed budget is called so."""
    fit = advice.budget_fit()
    over = fit["over_pct"].get(advice.architecture)
    if over is None:
        return ""
    months, budget = advice.costs.horizon_months, w.money(fit["over_horizon_eur"])
    suffix = "_assumed" if assumed else ""
    if over <= 0:
        return w(f"summary.budget_fits{suffix}", budget=budget, months=months)
    return w(f"summary.budget_over{suffix}", pct=w.pct(over / 100), budget=budget, months=months)


def first_step(advice: Advice, w: Words) -> tuple[str, tuple[str, ...]]:
    """The first thing to do, and the passages it rests on."""
    plan = advice.migration
    if plan is not None:
        first = plan.phases[0]
        goal = w(f"phase.{first.goal}", **phase_figures(first.figures, w))
        return (w("summary.first_plan", goal=goal, month=first.by_month, cost=w.money(first.cost_eur)),
                (src.MIGRATION,))
    if advice.architecture == "decentralized":
        return w("summary.first_decentralized"), (src.SCHOOL_DECENTRALIZED,)
    return w("summary.first_core", item=w(f"core.{CORE_COMPONENTS[0]}")), (src.HYBRID,)


def phase_figures(figures: Mapping[str, float], w: Words) -> dict[str, str]:
    """A phase goal's figures in words: shares as percentages, counts as numbers."""
    return {k: w.pct(v / 100) if k.endswith("_pct") else w.num(v) for k, v in figures.items()}


def risk_figures(figures: Mapping[str, float], w: Words) -> dict[str, str]:
    """A risk's figures in words: "…_eur" as money, "pct"/"…_pct" as percentages."""
    out = {}
    for key, value in figures.items():
        name = key.removesuffix("_eur").removesuffix("_pct") if key != "pct" else key
        if key.endswith("_eur"):
            out[name] = w.money(value)
        elif key == "pct" or key.endswith("_pct"):
            out[name] = w.pct(value / 100)
        else:
            out[name] = w.num(value)
    return out


def _amount(field: str, value: Any, w: Words) -> str:
    return w.money(float(value)) if field == "annual_ai_budget_eur" else w.num(float(value))


def _value_words(field: str, value: Any, w: Words) -> str:
    return w(f"sector.{value}") if field == "sector" else w(f"value.{value}")


def flip_lines(advice: Advice, w: Words) -> list[str]:
    """What would change the advice, in words: one line per threshold, values of a field grouped."""
    lines: list[str] = []
    groups: dict[tuple[str, str], list[str]] = {}
    for flip in advice.flips:
        if flip.direction == "set":
            groups.setdefault((flip.field, flip.architecture), []).append(
                _value_words(flip.field, flip.threshold, w))
            continue
        amount = w(f"flip.amount.{flip.field}", n=_amount(flip.field, flip.threshold, w))
        lines.append(w(f"flip.{flip.direction}", amount=amount, arch=w.arch(flip.architecture)))
    lines += [w(f"flip.set.{field}", values=w.join(values), arch=w.arch(arch))
              for (field, arch), values in groups.items()]
    return lines


def decisive_assumptions(advice: Advice, provenance: Mapping[str, Any], w: Words) -> list[str]:
    """Assumed values that decide the result: a single change of one of them flips the advice."""
    assumed = {f for f, r in provenance.items() if (r or {}).get("status") == "assumed"}
    assumed |= {a.field for a in advice.scorecard.assumptions}
    lines, lang, profile = [], w.lang, advice.profile.model_dump(mode="json")
    for flip in advice.flips:
        known = f"assumption.{flip.field}" in _known(w)
        if flip.field not in assumed or flip.direction == "set" or not known:
            continue
        amount = w(f"flip.amount.{flip.field}", n=_amount(flip.field, flip.threshold, w))
        what = f"{label(flip.field, lang)} {value_text(flip.field, profile.get(flip.field), lang)}"
        lines.append(w("summary.decisive", what=what, basis=w(f"assumption.{flip.field}"),
                       flip=w(f"flip.{flip.direction}", amount=amount, arch=w.arch(flip.architecture))))
    return lines[:1]


def assumptions(advice: Advice, provenance: Mapping[str, Any], w: Words) -> list[tuple[str, str, str]]:
    """(field in words, value, basis) of every value the advice rests on that nobody stated."""
    lang, profile = w.lang, advice.profile.model_dump(mode="json")
    out = [(label(f, lang), value_text(f, profile.get(f), lang), w(f"assumption.{f}"))
           for f, record in provenance.items() if (record or {}).get("status") == "assumed"
           and f"assumption.{f}" in _known(w)]
    if (provenance.get("regulation") or {}).get("status") not in ("stated", "assumed"):
        out.append((label("regulation", lang), value_text("regulation", profile["regulation"], lang),
                    w("assumption.regulation")))
    out += [(label(a.field, lang), value_text(a.field, a.value, lang), w(f"assumption.{a.field}"))
            for a in advice.scorecard.assumptions]
    return out


def _known(w: Words) -> set[str]:
    import i18n

    return set(i18n.catalogue(w.lang))
