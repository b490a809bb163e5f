"""The answerer's decision hook: score the profile a question describes ("we're a 300-person
health company, which one?"), with documented assumptions for what it does not say."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

import i18n
from advisor.templates import label, show_value
from scoring.profile import REQUIRED_FIELDS

CRITERION_FIELDS: dict[str, tuple[str, ...]] = {
    "maturity": ("ai_maturity_months",), "regulation": ("regulation",), "size": ("employees", "countries"),
    "budget": ("annual_ai_budget_eur",), "interoperability": ("teams_using_ai", "ai_stacks"),
    "security": ("governance",), "agility": ("ai_maturity_months", "employees"),
    "resilience": ("ai_stacks", "current_architecture"),
}
CORE_FIELDS = ("employees", "sector", "countries", "ai_maturity_months", "regulation")


def _reason(key: str, lang: str) -> str:
    return i18n.t(f"reason.{key}", lang)


def decide_from_question(question: str, lang: str, known: Mapping[str, Any] | None = None,
                         today: date | None = None) -> dict[str, Any] | None:
    """The architecture for the described profile, the rules that decide and what was assumed;
    None when the question describes no company (then it is a framework question)."""
    from advisor.extraction import extract
    from advisor.slots import to_profile, validate_slot
    from scoring.advice import advise
    from scoring.assumptions import assumed_value
    from scoring.scorecard import is_wild_west

    found = extract(question, lang=lang, today=today, describing=True)
    stated = {f: v for f, v in found.values.items() if validate_slot(f, v, found.values)[1] is None}
    in_question = any(f in stated for f in CORE_FIELDS)
    stated = {**{f: v for f, v in (known or {}).items() if v is not None}, **stated}
    if not any(f in stated for f in CORE_FIELDS):
        return None
    profile = dict(stated)
    assumed = []
    for field in REQUIRED_FIELDS:
        if profile.get(field) is None:
            profile[field] = assumed_value(field, profile)
            shown = show_value(field, profile[field], lang)
            assumed.append(shown if field != "ai_maturity_months" else
                           f"{label(field, lang)} {shown}")
    try:
        full = to_profile(profile)
        advice = advise(full, with_sensitivity=False).to_dict()
    except ValueError:
        return None
    reasons = [(_reason(r["key"], lang), r["sources"][0]) for r in advice["hard_rules"]]
    adjustments = list(advice["adjustments"])
    if advice["architecture"] == "hybrid" and not adjustments and is_wild_west(full):
        adjustments.append("guard.wild_west")  # the pattern's advice, even when the score agrees
    reasons += [(_reason(k, lang), "article/patterns/wild-west") for k in adjustments]
    said = set(stated) | ({"regulation"} if "sector" in stated else set())
    criteria = sorted((c for c in advice["criteria"] if set(CRITERION_FIELDS.get(c["key"], ())) & said),
                      key=lambda c: -abs(c["contribution"]))  # only rules the question's facts decide
    room = max(0, 4 - len(reasons))
    reasons += [(_reason(c["reason"], lang), c["sources"][0]) for c in criteria][:room]
    size = next((c for c in advice["criteria"] if c["key"] == "size"), None)
    countries = stated.get("countries")
    if (size is not None and isinstance(countries, int | float) and countries > 1
            and size["reason"] != "size.multi_country"):  # several countries weigh too
        reasons.append((_reason("size.multi_country", lang), size["sources"][0]))
    described = ", ".join(show_value(f, v, lang) for f, v in stated.items())
    return {"architecture": advice["architecture"], "reasons": reasons, "assumed": assumed,
            "described": described, "from_question": in_question}
