"""Follow-ups about the current recommendation, answered from the scoring result itself."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from i18n import catalogue, money, number, percent, t

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


def eur(value: float, lang: str) -> str:
    return money(value, lang)


def architecture_name(architecture: str, lang: str) -> str:
    return t(f"arch.{architecture}", lang)


def _goal(phase: dict[str, Any], lang: str) -> str:
    """A migration phase's goal in words (the catalogue's "phase.<goal>" with its figures)."""
    figures = {k: percent(v / 100, lang) if k.endswith("_pct") else number(v, lang)
               for k, v in (phase.get("figures") or {}).items()}
    key = f"phase.{phase['goal']}"
    return t(key, lang, **figures) if key in catalogue(lang) else str(phase["goal"])  # older records: words


def _core(advice: dict[str, Any], lang: str, n: int) -> list[str]:
    keys = advice["split"]["core"][:n]
    return [t(f"core.{k}", lang) if f"core.{k}" in catalogue(lang) else str(k) for k in keys]


def followup_kind(question: str, lang: str) -> str | None:
    """Which follow-up the question asks for, or None for a framework question."""
    lowered = question.lower()
    for kind, patterns in _KINDS.items():
        if any(re.search(p, lowered) for p in patterns):
            return kind
    return None


def followup_text(kind: str, advice: dict[str, Any], lang: str, mark: Mark) -> str:
    """The answer, built only from the recommendation's own figures, with citation marks."""
    arch = architecture_name(advice["architecture"], lang)
    costs = advice["costs"]["by_architecture"]
    chosen = costs[advice["architecture"]]["total"]["mid"]
    if kind == "first_steps":
        plan = advice.get("migration")
        if plan:
            first = plan["phases"][0]
            return t("followup.first_step", lang, arch=arch, goal=_goal(first, lang), month=first["by_month"],
                     cost=eur(first["cost_eur"], lang), mark=mark("article/migration/plan"))
        return t("followup.start_core", lang, arch=arch, core="; ".join(_core(advice, lang, 3)),
                 mark=mark("article/hybrid/architecture"))
    lines = ", ".join(f"{architecture_name(a, lang)} {eur(c['total']['mid'], lang)}"
                      for a, c in costs.items())
    if kind == "costs":
        return _costs(advice, lang, mark)
    if kind == "summary":
        return _summary(advice, lang, mark)
    return t("followup.recommendation", lang, arch=arch, score=f"{advice['score']:+.2f}",
             cost=eur(chosen, lang), costs=lines, mark=mark("method/scoring/weights"))


def _reasons(advice: dict[str, Any], lang: str, n: int) -> list[str]:
    rules = [t(f"reason.{r['key']}", lang) for r in advice["hard_rules"]]
    top = sorted(advice["criteria"], key=lambda c: -abs(c["contribution"]))
    return (rules + [t(f"reason.{c['reason']}", lang) for c in top])[:n]


def _summary(advice: dict[str, Any], lang: str, mark: Mark) -> str:
    """Four lines for a board: the choice, why, what it costs against the budget, the first step."""
    arch = advice["architecture"]
    cost = advice["costs"]["by_architecture"][arch]["total"]["mid"]
    over = (advice["costs"].get("budget") or {}).get("over_pct", {}).get(arch)
    standing = (None if over is None else
                t("followup.within_budget", lang) if over <= 0 else t("followup.over_budget", lang, pct=over))
    budget = f" ({standing})" if standing else ""
    why = " ".join(_reasons(advice, lang, 3))
    plan = advice.get("migration")
    first = (_goal(plan["phases"][0], lang) if plan else
             "; ".join(_core(advice, lang, 2)) or t("followup.shared_core", lang))
    return t("followup.summary", lang, arch=architecture_name(arch, lang),
             mark=mark("method/scoring/weights"), why=why, cost=eur(cost, lang), budget=budget,
             cost_mark=mark("method/costs/model"), first=first)


def _costs(advice: dict[str, Any], lang: str, mark: Mark) -> str:
    """The cost table explained: each option, the gap to the recommended one, and why it wins."""
    arch = advice["architecture"]
    costs = advice["costs"]["by_architecture"]
    mine = costs[arch]["total"]["mid"]
    parts = []
    for name, c in costs.items():
        if name == arch:
            continue
        word = t("followup.more" if c["total"]["mid"] >= mine else "followup.less", lang)
        parts.append(f"{architecture_name(name, lang)} {eur(c['total']['mid'], lang)} ({word})")
    return t("followup.costs", lang, arch=architecture_name(arch, lang), cost=eur(mine, lang),
             others=", ".join(parts), mark=mark("method/costs/model"))
