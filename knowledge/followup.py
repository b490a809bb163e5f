"""Follow-ups about the current recommendation, answered from the scoring result itself."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from scoring.render import eur
from scoring.texts import architecture_name

Mark = Callable[..., str]
_KINDS: dict[str, tuple[str, ...]] = {
    "first_steps": (r"\bfirst\b", r"\bstart\b", r"next steps?", r"\bbegin", r"commencer", r"premi[eè]re?s?",
                    r"par o[uù]", r"prochaines? [ée]tapes?", r"\bd[ée]marr"),
    "costs": (r"\bcost", r"\bco[uû]ts?\b", r"\bprice", r"\bprix\b", r"expensive", r"cher\b", r"\bbudget"),
    "summary": (r"summar", r"\bboard\b", r"r[ée]sum", r"\bcomex\b", r"\bcodir\b", r"synth[eè]se",
                r"\btl;?dr"),
    "reminder": (r"remind", r"what did you recommend", r"rappel", r"qu'avez-vous recommand",
                 r"what was (?:the|your) (?:recommendation|advice)"),
}


def followup_kind(question: str, lang: str) -> str | None:
    """Which follow-up the question asks for, or None for a framework question."""
    lowered = question.lower()
    for kind, patterns in _KINDS.items():
        if any(re.search(p, lowered) for p in patterns):
            return kind
    return None


def followup_text(kind: str, advice: dict[str, Any], lang: str, mark: Mark) -> str:
    """The answer, built only from the recommendation's own figures, with citation marks."""
    fr = lang == "fr"
    arch = architecture_name(advice["architecture"], lang)
    costs = advice["costs"]["by_architecture"]
    chosen = costs[advice["architecture"]]["total"]["mid"]
    if kind == "first_steps":
        plan = advice.get("migration")
        if plan:
            first = plan["phases"][0]
            goal = first["goal_fr" if fr else "goal"]
            return (f"Première étape ({arch}) : {goal}, d'ici le mois {first['by_month']} "
                    f"({eur(first['cost_eur'])}). {mark('article/migration/plan')}" if fr else
                    f"First step ({arch}): {goal}, by month {first['by_month']} "
                    f"({eur(first['cost_eur'])}). {mark('article/migration/plan')}")
        core = "; ".join(advice["split"]["core"][:3])
        return (f"Pour une architecture {arch}, commencez par le socle commun : {core}. "
                f"{mark('article/hybrid/architecture')}" if fr else
                f"For a {arch} set-up, start with the shared core: {core}. "
                f"{mark('article/hybrid/architecture')}")
    lines = ", ".join(f"{architecture_name(a, lang)} {eur(c['total']['mid'])}" for a, c in costs.items())
    if kind == "costs":
        return (f"Coûts sur 24 mois (milieu de fourchette) : {lines}. {mark('method/costs/model')}" if fr
                else f"24-month costs (mid estimate): {lines}. {mark('method/costs/model')}")
    if fr:
        return (f"Recommandation : **{arch}** (score {advice['score']:+.2f}), "
                f"{eur(chosen)} sur 24 mois. Coûts comparés : {lines}. {mark('method/scoring/weights')}")
    return (f"Recommendation: **{arch}** (score {advice['score']:+.2f}), {eur(chosen)} over "
            f"24 months. Costs compared: {lines}. {mark('method/scoring/weights')}")
