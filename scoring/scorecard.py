"""The recommendation: weighted votes, the article's hard rules, and the Wild West guard."""

from __future__ import annotations

from functools import lru_cache

from scoring import sources as src
from scoring.criteria import (
    ASSUMED_GOVERNANCE,
    CRITERIA_SOURCES,
    STACK_SPRAWL,
    assumed_teams,
    evaluate_criteria,
)
from scoring.profile import Governance, OrgProfile, Regulation, Sector
from scoring.results import Architecture, Assumption, HardRule, Scorecard

SCORING_VERSION = "1.0.0"
CENTRALIZED_FROM = 0.30  # weighted score at or above this → centralized
DECENTRALIZED_UPTO = -0.30  # at or below this → decentralized
ENTERPRISE_EMPLOYEES = 5000
HYBRID_CORE_SHARE = 0.8  # the article's optimal ratio: 80% centralized core, 20% free edges
CORE_SHARES: dict[str, float] = {"centralized": 1.0, "hybrid": HYBRID_CORE_SHARE, "decentralized": 0.0}
WILD_WEST_MONTHS = 6
CENTRAL_FULL_FROM_MONTHS = 19


def architecture_for_score(score: float) -> Architecture:
    if score >= CENTRALIZED_FROM:
        return "centralized"
    if score <= DECENTRALIZED_UPTO:
        return "decentralized"
    return "hybrid"


RULE_SOURCES: dict[str, tuple[str, ...]] = {
    "rule.finance_health": (src.CRITERION_REGULATION, src.CHECKLIST_MATURITY_REGULATION),
    "rule.public": (src.CRITERION_REGULATION,),
    "rule.critical": (src.MATRIX,),
    "rule.enterprise": (src.SCENARIO_ENTERPRISE, src.MATRIX),
}


def _rule(key: str) -> HardRule:
    return HardRule(key, "centralized", RULE_SOURCES[key])


def hard_rules(p: OrgProfile) -> tuple[HardRule, ...]:
    """The article's rules that fix centralized whatever the score (all that fire)."""
    fired = []
    if p.sector is Sector.FINANCE or p.sector is Sector.HEALTH:
        fired.append(_rule("rule.finance_health"))
    if p.sector is Sector.PUBLIC:
        fired.append(_rule("rule.public"))
    if p.regulation is Regulation.CRITICAL:
        fired.append(_rule("rule.critical"))
    if p.employees >= ENTERPRISE_EMPLOYEES:
        fired.append(_rule("rule.enterprise"))
    return tuple(fired)


def maturity_pattern(months: int) -> str:
    if months < WILD_WEST_MONTHS:
        return "wild_west"
    if months < CENTRAL_FULL_FROM_MONTHS:
        return "controlled_hybrid"
    return "central_full"


def is_wild_west(p: OrgProfile) -> bool:
    """Under 6 months with stack sprawl or no governance: the article's Wild West pattern."""
    if p.ai_maturity_months >= WILD_WEST_MONTHS:
        return False
    sprawl = p.ai_stacks is not None and p.ai_stacks >= STACK_SPRAWL
    return sprawl or p.governance is Governance.NONE


def profile_assumptions(p: OrgProfile) -> tuple[Assumption, ...]:
    """Values the scorer filled in because the profile left them out."""
    out = []
    if p.teams_using_ai is None:
        out.append(Assumption("teams_using_ai", assumed_teams(p), "one AI-using team per 50 employees"))
    if p.governance is None:
        out.append(Assumption("governance", ASSUMED_GOVERNANCE.value,
                              "most companies (85% per the article) run a controlled hybrid"))
    return tuple(out)


@lru_cache(maxsize=256)
def _sources(
    rule_keys: tuple[str, ...], architecture: str, adjustments: tuple[str, ...], pattern: str
) -> tuple[str, ...]:
    """Passages a scorecard rests on: every criterion's, plus those of what fired."""
    cited = set(CRITERIA_SOURCES) | {src.METHOD_WEIGHTS, src.PATTERN_SOURCES[pattern]}
    cited.update(s for key in rule_keys for s in RULE_SOURCES[key])
    if architecture == "hybrid":
        cited.update((src.HYBRID, src.HYBRID_RATIO))
    if adjustments:
        cited.update((src.PATTERN_WILD_WEST, src.METHOD_CONTRADICTIONS))
    return tuple(sorted(cited))


def score(p: OrgProfile) -> Scorecard:
    """Score a profile: eight weighted votes, then hard rules and guards. Pure and deterministic."""
    criteria = evaluate_criteria(p)
    total = 0.0
    for c in criteria:
        total += c.vote * c.weight
    total = round(total, 6)
    by_score = architecture_for_score(total)
    rules = hard_rules(p)
    pattern = maturity_pattern(p.ai_maturity_months)
    adjustments: tuple[str, ...] = ()
    if rules:
        architecture: Architecture = "centralized"
    elif by_score == "decentralized" and is_wild_west(p):
        architecture, adjustments = "hybrid", ("guard.wild_west",)
    else:
        architecture = by_score
    return Scorecard(
        architecture=architecture,
        score=total,
        score_architecture=by_score,
        criteria=criteria,
        hard_rules=rules,
        adjustments=adjustments,
        assumptions=profile_assumptions(p),
        maturity_pattern=pattern,
        core_share=CORE_SHARES[architecture],
        sources=_sources(tuple(r.key for r in rules), architecture, adjustments, pattern),
    )
