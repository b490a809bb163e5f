"""Markdown rendering of an Advice, in English or French."""

from __future__ import annotations

from scoring.advice import Advice
from scoring.plan import CORE_COMPONENTS, PERIPHERY_EXAMPLES
from scoring.sensitivity import describe_flip
from scoring.texts import architecture_name, reason_text

_L = {
    "title": ("Recommendation", "Recommandation"),
    "score": ("weighted score", "score pondéré"),
    "criteria": ("Criteria", "Critères"),
    "criterion": ("Criterion", "Critère"),
    "vote": ("Vote", "Vote"),
    "weight": ("Weight", "Poids"),
    "why": ("Why", "Pourquoi"),
    "rules": ("Rules that fixed the result", "Règles qui ont fixé le résultat"),
    "costs": ("Costs over {h} months", "Coûts sur {h} mois"),
    "arch": ("Architecture", "Architecture"),
    "total": ("Total (low–high)", "Total (bas–haut)"),
    "roi": ("Value (ROI)", "Valeur (ROI)"),
    "ttm": ("Days / workflow", "Jours / workflow"),
    "sec": ("Security", "Sécurité"),
    "comp": ("Compliance", "Conformité"),
    "interop": ("Interop.", "Interop."),
    "split": ("Core / periphery", "Cœur / périphérie"),
    "risks": ("Hidden risks of decentralization", "Risques cachés de la décentralisation"),
    "migration": ("Migration plan", "Plan de migration"),
    "sensitivity": ("What would change the advice", "Ce qui changerait la recommandation"),
    "none": ("No single-field change flips it.", "Aucun changement d'un seul champ ne la modifie."),
    "assumed": ("Assumed", "Supposé"),
    "month": ("by month {m}", "au mois {m}"),
    "return": ("expected return {r} within 18 months (3.7×)", "retour attendu {r} sous 18 mois (3,7×)"),
    "pattern": ("Maturity pattern", "Pattern de maturité"),
}
_PATTERNS = {
    "wild_west": ("Wild West (< 6 months)", "Far West (< 6 mois)"),
    "controlled_hybrid": ("Controlled hybrid (6–18 months)", "Hybride contrôlé (6–18 mois)"),
    "central_full": ("Central full (> 18 months)", "Central complet (> 18 mois)"),
}


def eur(value: float) -> str:
    """Euros in k€ or M€, e.g. 1.2 M€, 240 k€."""
    if abs(value) >= 1_000_000:
        return f"{value / 1_000_000:.2f} M€"
    return f"{value / 1_000:.0f} k€"


def render_markdown(advice: Advice, lang: str = "en") -> str:
    fr = lang == "fr"

    def t(key: str, **kw: object) -> str:
        return _L[key][fr].format(**kw)

    card, costs = advice.scorecard, advice.costs
    lines = [
        f"## {t('title')}: **{architecture_name(card.architecture, lang)}**",
        f"{t('score')}: {card.score:+.2f} · {t('pattern')}: {_PATTERNS[card.maturity_pattern][fr]}"
        f" · {t('split')}: {card.core_share:.0%} / {1 - card.core_share:.0%}",
        "",
    ]
    if card.hard_rules or card.adjustments:
        lines.append(f"**{t('rules')}**")
        lines += [f"- {reason_text(r.key, lang)}" for r in card.hard_rules]
        lines += [f"- {reason_text(k, lang)}" for k in card.adjustments]
        lines.append("")
    lines += [f"### {t('criteria')}", f"| {t('criterion')} | {t('vote')} | {t('weight')} | {t('why')} |",
              "|---|---:|---:|---|"]
    lines += [f"| {c.key} | {c.vote:+.1f} | {c.weight:.0%} | {reason_text(c.reason, lang)} |"
              for c in card.criteria]
    if card.assumptions:
        lines.append("")
        lines += [f"- _{t('assumed')}_: {a.field} = {a.value} ({a.basis})" for a in card.assumptions]
    lines += ["", f"### {t('costs', h=costs.horizon_months)}",
              f"| {t('arch')} | {t('total')} | {t('roi')} | {t('ttm')} | {t('sec')} | {t('comp')} "
              f"| {t('interop')} |", "|---|---|---|---:|---:|---:|---:|"]
    for c in costs.costs:
        mark = " ✗" if not c.viable else ""
        lines.append(
            f"| {architecture_name(c.architecture, lang)}{mark} | {eur(c.total.mid)} "
            f"({eur(c.total.low)}–{eur(c.total.high)}) | {eur(c.roi.mid)} | "
            f"{c.time_to_market_days:.1f} | {c.security_pct:.0f}% | {c.compliance_pct:.0f}% | "
            f"{c.interoperability_pct:.0f}% |"
        )
    lines += [f"- ✗ {architecture_name(c.architecture, lang)}: {c.viability_note}"
              for c in costs.costs if not c.viable]
    if 0 < card.core_share < 1:
        lines += ["", f"### {t('split')} {card.core_share:.0%} / {1 - card.core_share:.0%}"]
        lines += [f"- core: {item}" for item in CORE_COMPONENTS]
        lines += [f"- periphery: {item}" for item in PERIPHERY_EXAMPLES]
    lines += ["", f"### {t('risks')}"]
    lines += [f"- **{r.figure}** — {r.estimate}" for r in advice.risks]
    if advice.migration:
        plan = advice.migration
        lines += ["", f"### {t('migration')} → {architecture_name(plan.target, lang)}"]
        lines += [f"{ph.number}. {t('month', m=ph.by_month)}: {ph.goal} ({eur(ph.cost_eur)})"
                  for ph in plan.phases]
        lines.append(f"- {t('return', r=eur(plan.expected_return_eur))}")
    lines += ["", f"### {t('sensitivity')}"]
    lines += [f"- {describe_flip(f, lang)}" for f in advice.flips] or [f"- {t('none')}"]
    return "\n".join(lines) + "\n"
