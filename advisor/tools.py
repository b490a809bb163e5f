"""Tools the agent calls: thin wrappers over scoring/ and knowledge/. No arithmetic lives here."""

from __future__ import annotations

from typing import Any

from langchain_core.tools import tool

from advisor.slots import to_profile
from scoring.advice import advise
from scoring.costs import estimate_costs as _estimate_costs
from scoring.render import eur
from scoring.sensitivity import describe_flip, sensitivity


@tool
def score_profile(profile: dict[str, Any]) -> dict[str, Any]:
    """Score a complete organisation profile: architecture, criteria, costs, risks, plan, sensitivity."""
    return advise(to_profile(profile)).to_dict()


@tool
def estimate_costs(profile: dict[str, Any]) -> dict[str, Any]:
    """24-month costs, value and quality levels of the three architectures for a profile."""
    costs = _estimate_costs(to_profile(profile))
    return {
        c.architecture: {"total_eur": c.total.mid, "low_eur": c.total.low, "high_eur": c.total.high,
                         "roi_eur": c.roi.mid, "viable": c.viable, "total": eur(c.total.mid)}
        for c in costs.costs
    }


@tool
def what_if(profile: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """Score a copy of the profile with some fields changed; the profile itself is untouched."""
    base = advise(to_profile(profile), with_sensitivity=False)
    changed = advise(to_profile({**profile, **changes}), with_sensitivity=False)
    return {"changes": changes, "before": base.architecture, "after": changed.architecture,
            "before_score": base.scorecard.score, "after_score": changed.scorecard.score,
            "after_advice": changed.to_dict()}


@tool
def sensitivity_analysis(profile: dict[str, Any], lang: str = "en") -> list[str]:
    """Single-field changes that would flip the recommendation, as sentences."""
    return [describe_flip(f, lang) for f in sensitivity(to_profile(profile))]


def search_framework_tool(retriever: Any) -> Any:
    """A `search_framework` tool bound to a retriever."""

    @tool
    def search_framework(query: str, lang: str | None = None, k: int = 4) -> list[dict[str, Any]]:
        """Search the framework passages (article restatement and project method) for a query."""
        return [passage_dict(p) for p in retriever.search(query, k=k, lang=lang)]

    return search_framework


def passage_dict(passage: Any) -> dict[str, Any]:
    """A plain view of a retrieved passage."""
    if isinstance(passage, dict):
        return passage
    if hasattr(passage, "model_dump"):
        return passage.model_dump()
    return dict(vars(passage))


SCORING_TOOLS = [score_profile, estimate_costs, what_if, sensitivity_analysis]
