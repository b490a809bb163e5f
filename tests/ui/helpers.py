"""Shared inputs for the UI unit tests: the fintech profile of the E2E conversation."""

from __future__ import annotations

from typing import Any

from advisor.slots import to_profile
from scoring.advice import Advice, advise

FINTECH: dict[str, Any] = {"countries": 3, "employees": 300, "sector": "finance",
                           "annual_ai_budget_eur": 3_000_000.0, "ai_maturity_months": 12}
FINTECH_PROVENANCE: dict[str, Any] = {
    "employees": {"status": "stated", "turn": 1, "evidence": "300-person"},
    "sector": {"status": "stated", "turn": 1, "evidence": "fintech"},
    "countries": {"status": "stated", "turn": 1, "evidence": "3 countries"},
    "ai_maturity_months": {"status": "stated", "turn": 2, "evidence": "a year"},
    "annual_ai_budget_eur": {"status": "assumed", "turn": 2, "evidence": ""},
}
CITATION: dict[str, Any] = {"n": 2, "id": "article/criteria/regulation", "title": "Orchestration IA 2026",
                            "section": "Eight-criterion decision framework", "source": "article",
                            "lang": "en", "publisher": "O137 (blog)", "date": "2026-02-17",
                            "text": "The second criterion is regulation."}


def fintech_advice() -> Advice:
    return advise(to_profile(FINTECH))
