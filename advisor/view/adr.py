"""The recommendation as an architecture decision record, in the MADR format
(context, drivers, options, outcome, consequences, pros and cons, more information)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from advisor.templates import label, show_value
from advisor.view.cite import Numbering, tag
from advisor.view.parts import flip_lines, opposing, ordered_costs, supporting, top_reasons, viability_note
from scoring.profile import REQUIRED_FIELDS

if TYPE_CHECKING:
    from advisor.view.model import RecommendationView


def _fact(field: str, value: object, view: RecommendationView) -> str:
    """A profile fact for the context: counts say what they count, durations and budgets are named."""
    shown = show_value(field, value, view.lang)
    if field in ("ai_maturity_months", "annual_ai_budget_eur"):
        return view.w("details.labelled", label=label(field, view.lang), text=shown)
    return shown


def _lower_first(sentence: str) -> str:
    """"Strong regulation: …" → "strong regulation: …" after "because" (acronyms kept: "AI …")."""
    if len(sentence) > 1 and sentence[1].islower():
        return sentence[0].lower() + sentence[1:]
    return sentence


def adr_markdown(view: RecommendationView) -> str:
    w, advice, numbering = view.w, view.advice, Numbering()
    cite = numbering.mark
    card, months = advice.scorecard, advice.costs.horizon_months
    stamp = view.stamp()
    profile = advice.profile.model_dump(mode="json")
    facts = ", ".join(_fact(f, profile.get(f), view) for f in REQUIRED_FIELDS)
    lines = [f"# {w('adr.title', arch=w.arch(card.architecture))}", "",
             f"- {w('adr.status')}", f"- {w('adr.date', date=w.date(view.today))}",
             "- " + w("report.stamp", hash=stamp["profile_hash"], scoring=stamp["scoring_version"],
                      index=stamp["index_version"], date=stamp["date"]), "",
             f"## {w('adr.context')}", "", w("adr.context_text", profile=facts), "",
             f"## {w('adr.drivers')}", ""]
    for c in sorted(card.criteria, key=lambda c: -c.weight):
        driver = w("details.labelled", label=f"{w(f'criterion.{c.key}')} ({w.pct(c.weight)})",
                   text=w.reason(c.reason))
        lines.append(f"- {driver}{tag(cite, *c.sources[:1])}")
    lines += ["", f"## {w('adr.options')}", ""]
    lines += [f"- {w.arch(c.architecture)}" for c in ordered_costs(advice)]
    lines += ["", f"## {w('adr.outcome')}", "",
              w("adr.chosen", arch=w.arch(card.architecture), score=w.signed(card.score)), ""]
    lines += [f"- {w.reason(key)}{tag(cite, *pids)}" for key, pids in top_reasons(advice)]
    against = opposing(card)
    lines += ["", f"### {w('adr.consequences')}", ""]
    lines += [f"- {w('adr.good', text=_lower_first(w.reason(c.reason)))}"
              for c in supporting(card)[:2] if c not in against]
    lines += [f"- {w('adr.bad', text=_lower_first(w.reason(c.reason)))}" for c in against[:2]]
    lines += ["", f"## {w('adr.pros_cons')}", ""]
    for option in ordered_costs(advice):
        total = option.total
        lines += [f"### {w.arch(option.architecture)}", "",
                  "- " + w("adr.cost_line", arch=w.arch(option.architecture), mid=w.money(total.mid),
                           months=months, low=w.money(total.low), high=w.money(total.high),
                           value=w.money(option.roi.mid))]
        if not option.viable:
            lines.append(f"- {w('adr.bad', text=viability_note(option, advice, w))}")
        lines.append("")
    lines += [f"## {w('adr.more')}", "", f"**{w('details.flips')}**", ""]
    lines += [f"- {line}" for line in flip_lines(advice, w) or [w("details.no_flip")]]
    lines += ["", *view.sources_lines(numbering)]
    return "\n".join(lines).rstrip() + "\n"
