"""Immutable result records. NamedTuples: cheap to build on the hot path, JSON-friendly."""

from __future__ import annotations

from typing import Literal, NamedTuple

Architecture = Literal["centralized", "hybrid", "decentralized"]
ARCHITECTURES: tuple[Architecture, ...] = ("centralized", "hybrid", "decentralized")


class CriterionResult(NamedTuple):
    """One scorecard line: a vote in [-1, 1] (+1 = centralized, -1 = decentralized)."""

    key: str
    vote: float
    weight: float
    reason: str  # the catalogue says it in words: i18n key "reason." + reason, e.g. "maturity.poc"
    origin: Literal["article", "project"]
    sources: tuple[str, ...]
    inputs: tuple[tuple[str, object], ...]  # the profile values this vote read

    @property
    def contribution(self) -> float:
        return self.vote * self.weight

    @property
    def leaning(self) -> Architecture:
        if self.vote >= 0.75:
            return "centralized"
        if self.vote <= -0.75:
            return "decentralized"
        return "hybrid"


class HardRule(NamedTuple):
    """A rule from the article that fixes the architecture whatever the score."""

    key: str  # in words: i18n key "reason." + key
    architecture: Architecture
    sources: tuple[str, ...]


class Assumption(NamedTuple):
    """A value the scorer used because the profile did not state it."""

    field: str
    value: object
    basis: str


class Scorecard(NamedTuple):
    architecture: Architecture
    score: float  # weighted sum of votes, in [-1, 1]
    score_architecture: Architecture  # what the score alone says, before hard rules
    criteria: tuple[CriterionResult, ...]
    hard_rules: tuple[HardRule, ...]
    adjustments: tuple[str, ...]  # reason keys of guards that moved the result
    assumptions: tuple[Assumption, ...]
    maturity_pattern: str  # "wild_west" | "controlled_hybrid" | "central_full"
    core_share: float  # share of workflows on the centralized core (0.8 for hybrid)
    sources: tuple[str, ...]


class Money(NamedTuple):
    low: float
    mid: float
    high: float


class ArchitectureCost(NamedTuple):
    """24-month (by default) economics of one architecture for one profile."""

    architecture: Architecture
    engineering: float
    platform: float
    duplication: float
    compliance: float
    hidden: float
    total: Money
    roi: Money  # gross value delivered over the horizon
    time_to_market_days: float  # days per new workflow
    security_pct: float
    compliance_pct: float
    interoperability_pct: float
    viable: bool
    viability_note: str

    @property
    def net_value(self) -> float:
        return self.roi.mid - self.total.mid


class CostComparison(NamedTuple):
    horizon_months: int
    teams: int
    costs: tuple[ArchitectureCost, ...]
    assumptions: tuple[tuple[str, object], ...]
    sources: tuple[str, ...]

    def for_architecture(self, architecture: str) -> ArchitectureCost:
        for cost in self.costs:
            if cost.architecture == architecture:
                return cost
        raise KeyError(architecture)


class Flip(NamedTuple):
    """A single-field change that changes the recommendation."""

    field: str
    current: object
    threshold: object
    architecture: Architecture
    direction: Literal["up", "down", "set"]
