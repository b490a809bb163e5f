"""The chat reply of a recommendation: a short summary, or what changed since the last one."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from advisor.templates import label, value_text
from advisor.view.cite import Cite, tag
from advisor.view.parts import budget_sentence, decisive_assumptions, first_step, ordered_costs, top_reasons
from advisor.view.words import Words
from scoring import sources as src
from scoring.advice import Advice


def summary_markdown(advice: Advice, w: Words, cite: Cite,
                     provenance: Mapping[str, Any] | None = None) -> str:
    """At most ~150 words: the architecture, what weighs most, the costs against the budget, the
    first step, and an assumption that decides the result, if any."""
    arch = advice.architecture
    lines = [f"### {w('summary.title', arch=w.arch(arch))}{tag(cite, src.METHOD_WEIGHTS)}", "",
             w("summary.why")]
    lines += [f"- {w.reason(key)}{tag(cite, *pids)}" for key, pids in top_reasons(advice)]
    costs = [w("summary.cost_item" if c.viable else "summary.cost_not_viable",
               arch=w.arch(c.architecture), amount=w.money(c.total.mid)) for c in ordered_costs(advice)]
    sentence = w("summary.costs", months=advice.costs.horizon_months, costs=", ".join(costs))
    budget = budget_sentence(advice, w, ((provenance or {}).get("annual_ai_budget_eur") or {}).get(
        "status") == "assumed")
    lines += ["", f"{sentence} {budget}".strip() + tag(cite, src.METHOD_COSTS)]
    step, pids = first_step(advice, w)
    lines += ["", step + tag(cite, *pids)]
    decisive = decisive_assumptions(advice, provenance or {}, w)
    lines += ["", *[d + tag(cite, src.METHOD_ASSUMPTIONS) for d in decisive]]
    return "\n".join(lines).rstrip()


def delta_markdown(advice: Advice, change: Mapping[str, Any], w: Words, cite: Cite) -> str:
    """What a profile change did: old → new architecture, the facts changed, the cost deltas."""
    arch, old = advice.architecture, str(change.get("previous_architecture"))
    title = (w("delta.same", arch=w.arch(arch)) if old == arch
             else w("delta.changed", arch=w.arch(arch), old=w.arch(old)))
    lines = [f"### {title}{tag(cite, src.METHOD_WEIGHTS)}"]
    facts = [_field_change(field, pair, w) for field, pair in (change.get("fields") or {}).items()]
    if facts:
        lines += ["", w("delta.what", changes="; ".join(facts))]
    items = []
    for name, cost in (change.get("costs") or {}).items():
        before, after = float(cost["before"]), float(cost["after"])
        if w.money(before) == w.money(after):
            items.append(w("delta.cost_same", arch=w.arch(name), amount=w.money(after)))
        else:
            items.append(w("delta.cost_item", arch=w.arch(name), old=w.money(before), new=w.money(after),
                           diff=w.diff(after - before)))
    lines += ["", w("delta.costs", months=advice.costs.horizon_months, costs=", ".join(items))
              + tag(cite, src.METHOD_COSTS)]
    if old != arch:
        key, pids = top_reasons(advice, 1)[0]
        lines += ["", w("delta.reason", reason=w.reason(key)) + tag(cite, *pids)]
    if old != arch or bool(change.get("previous_plan")) != (advice.migration is not None):
        step, pids = first_step(advice, w)  # the first thing to do changed too
        lines += ["", step + tag(cite, *pids)]
    return "\n".join(lines)


def _field_change(field: str, pair: Any, w: Words) -> str:
    before, after = pair
    new = value_text(field, after, w.lang) if after is not None else "—"
    if before is None:
        return w("delta.field_new", label=label(field, w.lang), new=new)
    return w("delta.field", label=label(field, w.lang), old=value_text(field, before, w.lang), new=new)


def change_record(previous: Mapping[str, Any] | None, previous_profile: Mapping[str, Any] | None,
                  record: Mapping[str, Any], profile: Mapping[str, Any]) -> dict[str, Any] | None:
    """What changed since the previous recommendation of the thread (None: nothing to compare).

    Kept with the new recommendation: the delta reply quotes these figures.
    """
    if not previous or previous_profile is None:
        return None
    names = dict.fromkeys([*previous_profile, *profile])
    fields = {f: [previous_profile.get(f), profile.get(f)] for f in names
              if previous_profile.get(f) != profile.get(f)}
    if not fields:
        return None
    before = previous["costs"]["by_architecture"]
    after = record["costs"]["by_architecture"]
    costs = {a: {"before": before[a]["total"]["mid"], "after": c["total"]["mid"],
                 "delta": c["total"]["mid"] - before[a]["total"]["mid"]}
             for a, c in after.items() if a in before}
    return {"previous_architecture": previous["architecture"], "fields": fields, "costs": costs,
            "previous_plan": previous.get("migration") is not None}
