"""The recommendation reply, built only from tool results, with numbered citations."""

from __future__ import annotations

from typing import Any

from advisor.citations import Marks
from scoring.render import eur
from scoring.texts import architecture_name, reason_text

_H = {
    "rec": ("Recommendation", "Recommandation"),
    "score": ("weighted score", "score pondéré"),
    "rules": ("Decisive rules", "Règles décisives"),
    "why": ("Why, criterion by criterion", "Pourquoi, critère par critère"),
    "costs": ("Costs over {h} months (low–high) and value", "Coûts sur {h} mois (bas–haut) et valeur"),
    "value": ("value", "valeur"),
    "days": ("days/workflow", "jours/workflow"),
    "security": ("security", "sécurité"),
    "split": ("Core / periphery split", "Répartition cœur / périphérie"),
    "risks": ("Hidden risks if teams stay on their own stacks",
              "Risques cachés si les équipes gardent leurs propres stacks"),
    "plan": ("Migration plan", "Plan de migration"),
    "month": ("by month {m}", "au mois {m}"),
    "return": ("expected return: {r} within 18 months (3.7×)", "retour attendu : {r} sous 18 mois (3,7×)"),
    "flips": ("What would change the advice", "Ce qui changerait la recommandation"),
    "assumed": ("Assumptions (flagged)", "Hypothèses (signalées)"),
    "sources": ("Sources", "Sources"),
    "not_viable": ("not viable", "non viable"),
}


def compose_recommendation(advice: dict[str, Any], lang: str, cite: Marks) -> str:
    """The full recommendation message from an Advice.to_dict() result."""
    fr = lang == "fr"

    def h(key: str, **kw: Any) -> str:
        return _H[key][fr].format(**kw)

    arch = advice["architecture"]
    lines = [f"### {h('rec')}: **{architecture_name(arch, lang)}** "
             f"({h('score')} {advice['score']:+.2f}) {cite.mark('method/scoring/weights')}"]
    if advice["hard_rules"] or advice["adjustments"]:
        lines.append(f"\n**{h('rules')}**")
        lines += [f"- {reason_text(r['key'], lang)} {cite.mark(*r['sources'][:1])}"
                  for r in advice["hard_rules"]]
        lines += [f"- {reason_text(k, lang)} {cite.mark('article/patterns/wild-west')}"
                  for k in advice["adjustments"]]
    lines.append(f"\n**{h('why')}**")
    for c in sorted(advice["criteria"], key=lambda c: -abs(c["contribution"])):
        lines.append(f"- {c['key']} ({c['vote']:+.1f} × {c['weight']:.0%}): "
                     f"{reason_text(c['reason'], lang)} {cite.mark(c['sources'][0])}")
    costs = advice["costs"]
    lines.append(f"\n**{h('costs', h=costs['horizon_months'])}** {cite.mark('method/costs/model')}")
    for name, c in costs["by_architecture"].items():
        total = c["total"]
        flag = f" — {h('not_viable')}" if not c["viable"] else ""
        if not c["viable"] and not fr:
            flag += f": {c['viability_note']}"
        lines.append(f"- {architecture_name(name, lang)}: {eur(total['mid'])} ({eur(total['low'])}–"
                     f"{eur(total['high'])}), {h('value')} {eur(c['roi']['mid'])}, "
                     f"{c['time_to_market_days']:.1f} {h('days')}, "
                     f"{h('security')} {c['security_pct']:.0f}%{flag}")
    split = advice["split"]
    if 0 < split["core_share"] < 1:
        lines.append(f"\n**{h('split')}: {split['core_share']:.0%} / {split['periphery_share']:.0%}** "
                     f"{cite.mark('article/hybrid/ratio', 'article/hybrid/architecture')}")
        from scoring.plan import CORE_COMPONENTS_FR

        lines.append("- " + "; ".join(CORE_COMPONENTS_FR if fr else split["core"]))
    if arch != "centralized" or (advice["profile"].get("current_architecture") == "decentralized"):
        lines.append(f"\n**{h('risks')}**")
        lines += [f"- {r['figure_fr' if fr else 'figure']}: {r['estimate_fr' if fr else 'estimate']} "
                  f"{cite.mark(r['source'])}" for r in advice["risks"]]
    plan = advice.get("migration")
    if plan:
        lines.append(f"\n**{h('plan')} → {architecture_name(plan['target'], lang)}** "
                     f"{cite.mark('article/migration/plan')}")
        lines += [f"{p['number']}. {h('month', m=p['by_month'])}: {p['goal_fr' if fr else 'goal']} "
                  f"({eur(p['cost_eur'])})"
                  for p in plan["phases"]]
        lines.append(f"- {h('return', r=eur(plan['expected_return_eur']))}")
    flips = advice["sensitivity"][:5]
    if flips:
        lines.append(f"\n**{h('flips')}** {cite.mark('method/scoring/sensitivity')}")
        lines += [f"- {_flip_text(f, lang)}" for f in flips]
    return "\n".join(lines)


def _flip_text(flip: dict[str, Any], lang: str) -> str:
    from scoring.results import Flip
    from scoring.sensitivity import describe_flip

    fields = {k: flip[k] for k in Flip._fields}
    return describe_flip(Flip(**fields), lang)
