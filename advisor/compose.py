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
    "return": ("the article claims a return of 3.7× the migration spend within 18 months: {r} here",
               "l'article annonce un retour de 3,7× la dépense de migration sous 18 mois : {r} ici"),
    "flips": ("What would change the advice", "Ce qui changerait la recommandation"),
    "assumed": ("Assumptions (flagged)", "Hypothèses (signalées)"),
    "sources": ("Sources", "Sources"),
    "not_viable": ("not viable", "non viable"),
    "budget_fits": ("fits your stated budget ({b} over 24 months)",
                    "tient dans votre budget ({b} sur 24 mois)"),
    "budget_over": ("{p}% over your stated budget ({b} over 24 months)",
                    "{p} % au-dessus de votre budget ({b} sur 24 mois)"),
    "not_cheapest": ("Not the cheapest option ({c}): the criteria above weigh more than cost "
                     "for this profile.",
                     "Ce n'est pas l'option la moins chère ({c}) : pour ce profil, les critères ci-dessus "
                     "pèsent plus que le coût."),
}
CRITERIA = {
    "maturity": ("AI maturity", "maturité IA"), "regulation": ("regulation", "régulation"),
    "size": ("size and spread", "taille et implantation"), "budget": ("budget", "budget"),
    "interoperability": ("interoperability", "interopérabilité"), "security": ("security", "sécurité"),
    "agility": ("agility", "agilité"), "resilience": ("resilience", "résilience"),
}


def dec(value: float, lang: str, spec: str) -> str:
    """A decimal with the reader's separator ("+0,35" in French)."""
    text = format(value, spec)
    return text.replace(".", ",") if lang == "fr" else text


def money(value: float, lang: str) -> str:
    """Euros in k€ / M€ in the reader's locale: "1.20 M€", "1,2 M€"."""
    if lang != "fr":
        return eur(value)
    from babel.numbers import format_decimal

    if abs(value) >= 1_000_000:
        return f"{format_decimal(round(value / 1e6, 2), locale='fr_FR')} M€"
    return f"{format_decimal(round(value / 1e3), locale='fr_FR')} k€"


def compose_recommendation(advice: dict[str, Any], lang: str, cite: Marks) -> str:
    """The full recommendation message from an Advice.to_dict() result."""
    fr = lang == "fr"

    def h(key: str, **kw: Any) -> str:
        return _H[key][fr].format(**kw)

    arch = advice["architecture"]
    lines = [f"### {h('rec')}{' :' if fr else ':'} **{architecture_name(arch, lang)}** "
             f"({h('score')} {dec(advice['score'], lang, '+.2f')}) {cite.mark('method/scoring/weights')}"]
    if advice["hard_rules"] or advice["adjustments"]:
        lines.append(f"\n**{h('rules')}**")
        lines += [f"- {reason_text(r['key'], lang)} {cite.mark(*r['sources'][:1])}"
                  for r in advice["hard_rules"]]
        lines += [f"- {reason_text(k, lang)} {cite.mark('article/patterns/wild-west')}"
                  for k in advice["adjustments"]]
    lines.append(f"\n**{h('why')}**")
    for c in sorted(advice["criteria"], key=lambda c: -abs(c["contribution"])):
        name = CRITERIA.get(c["key"], (c["key"], c["key"]))[fr]
        weight = f"{c['weight']:.0%}".replace("%", " %") if fr else f"{c['weight']:.0%}"
        colon = " :" if fr else ":"
        lines.append(f"- {name} ({dec(c['vote'], lang, '+.1f')} × {weight}){colon} "
                     f"{reason_text(c['reason'], lang)} {cite.mark(c['sources'][0])}")
    costs = advice["costs"]
    lines.append(f"\n**{h('costs', h=costs['horizon_months'])}** {cite.mark('method/costs/model')}")
    fit_table = costs.get("budget") or {"over_horizon_eur": 0, "over_pct": {}}
    budget = float(fit_table["over_horizon_eur"])
    for name, c in costs["by_architecture"].items():
        total = c["total"]
        flag = f" — {h('not_viable')}" if not c["viable"] else ""
        if not c["viable"] and not fr:
            flag += f": {c['viability_note']}"
        fit = ""
        over = fit_table["over_pct"].get(name)
        if budget > 0 and over is not None:
            fit = "; " + (h("budget_fits", b=money(budget, lang)) if over <= 0
                          else h("budget_over", p=over, b=money(budget, lang)))
        lines.append(f"- {architecture_name(name, lang)}: {money(total['mid'], lang)} "
                     f"({money(total['low'], lang)}–{money(total['high'], lang)}), {h('value')} "
                     f"{money(c['roi']['mid'], lang)}, "
                     f"{dec(c['time_to_market_days'], lang, '.1f')} {h('days')}, "
                     f"{h('security')} {c['security_pct']:.0f}%{flag}{fit}")
    viable = {n: c["total"]["mid"] for n, c in costs["by_architecture"].items() if c["viable"]}
    cheapest = min(viable, key=lambda n: viable[n]) if viable else arch
    if cheapest != arch:
        lines.append(h("not_cheapest", c=architecture_name(cheapest, lang)))
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
                  f"({money(p['cost_eur'], lang)})"
                  for p in plan["phases"]]
        lines.append(f"- {h('return', r=money(plan['expected_return_eur'], lang))}")
    flips = advice["sensitivity"][:5]
    if flips:
        lines.append(f"\n**{h('flips')}** {cite.mark('method/scoring/sensitivity')}")
        lines += [f"- {_flip_text(f, lang)}" for f in flips]
    return "\n".join(lines)


def _flip_text(flip: dict[str, Any], lang: str) -> str:
    from advisor.templates import SECTOR_NAMES, VALUE_NAMES
    from scoring.results import Flip
    from scoring.sensitivity import describe_flip

    fields = {k: flip[k] for k in Flip._fields}
    names = {**VALUE_NAMES, **SECTOR_NAMES}
    if flip.get("direction") == "set" and str(flip.get("threshold")) in names:  # words, not raw values
        fields["threshold"] = names[str(flip["threshold"])][lang == "fr"]
    return describe_flip(Flip(**fields), lang)
