"""Tools the agent calls: thin wrappers over scoring/ and knowledge/. No arithmetic lives here."""

from __future__ import annotations

from typing import Any

from langchain_core.tools import tool

from advisor.slots import to_profile
from scoring.advice import advise


@tool
def score_profile(profile: dict[str, Any]) -> dict[str, Any]:
    """Score a complete profile: architecture, criteria, 24-month costs, risks, plan and sensitivity."""
    return advise(to_profile(profile)).to_dict()


@tool
def what_if(profile: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """Score a copy of the profile with some fields changed; the profile itself is untouched."""
    base = advise(to_profile(profile), with_sensitivity=False)
    changed = advise(to_profile({**profile, **changes}), with_sensitivity=False)
    return {"changes": changes, "before": base.architecture, "after": changed.architecture,
            "before_score": base.scorecard.score, "after_score": changed.scorecard.score,
            "after_advice": changed.to_dict()}


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

