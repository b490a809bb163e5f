"""Golden tests taken from the article's own tables, rules and statements."""

from __future__ import annotations

import pytest

from scoring.scorecard import score
from tests.scoring.helpers import leaning, make, vote

# --- Maturity matrix: every row ------------------------------------------------------------


@pytest.mark.parametrize("employees", [10, 49, 80, 99])
@pytest.mark.parametrize("months", [0, 3, 5])
def test_matrix_row_small_poc_light_is_decentralized(employees: int, months: int) -> None:
    p = make(employees=employees, ai_maturity_months=months, sector="tech", regulation="light",
             annual_ai_budget_eur=300_000)
    assert score(p).architecture == "decentralized"


@pytest.mark.parametrize("employees", [100, 250, 500])
@pytest.mark.parametrize("months", [6, 12, 18])
def test_matrix_row_scaleup_medium_is_hybrid(employees: int, months: int) -> None:
    p = make(employees=employees, ai_maturity_months=months, regulation="medium")
    assert score(p).architecture == "hybrid"


@pytest.mark.parametrize("employees", [501, 1200, 4999])
@pytest.mark.parametrize("months", [19, 36])
def test_matrix_row_mature_strong_is_centralized(employees: int, months: int) -> None:
    p = make(employees=employees, ai_maturity_months=months, regulation="strong")
    assert score(p).architecture == "centralized"


@pytest.mark.parametrize("employees", [5000, 20000, 250000])
def test_matrix_row_enterprise_critical_is_centralized(employees: int) -> None:
    p = make(employees=employees, ai_maturity_months=48, regulation="critical")
    card = score(p)
    assert card.architecture == "centralized"
    assert {r.key for r in card.hard_rules} >= {"rule.critical", "rule.enterprise"}


# --- Checklist: every line ----------------------------------------------------------------


def test_checklist_maturity_under_6_months_is_decentralized_or_hybrid() -> None:
    for months in range(0, 6):
        p = make(ai_maturity_months=months)
        assert leaning(p, "maturity") == "decentralized"
        assert score(p).architecture in ("decentralized", "hybrid")


def test_checklist_maturity_over_18_months_is_centralized() -> None:
    assert leaning(make(ai_maturity_months=19), "maturity") == "centralized"
    assert leaning(make(ai_maturity_months=18), "maturity") == "hybrid"


@pytest.mark.parametrize("sector", ["finance", "health"])
def test_checklist_finance_health_is_centralized_100(sector: str) -> None:
    p = make(sector=sector, employees=20, ai_maturity_months=1, annual_ai_budget_eur=50_000,
             regulation="light")
    card = score(p)
    assert card.architecture == "centralized"
    assert card.core_share == 1.0
    assert "rule.finance_health" in {r.key for r in card.hard_rules}


def test_checklist_size_under_100_is_hybrid() -> None:
    for employees in (50, 75, 99):
        assert leaning(make(employees=employees), "size") == "hybrid"
        assert score(make(employees=employees)).architecture == "hybrid"


def test_checklist_size_over_500_is_centralized() -> None:
    assert leaning(make(employees=501), "size") == "centralized"
    assert leaning(make(employees=500), "size") == "hybrid"


def test_checklist_budget_under_2m_is_hybrid() -> None:
    for budget in (200_000, 1_000_000, 1_999_999):
        assert leaning(make(annual_ai_budget_eur=budget), "budget") == "hybrid"


def test_checklist_budget_over_5m_is_centralized() -> None:
    assert leaning(make(annual_ai_budget_eur=5_000_001), "budget") == "centralized"
    assert vote(make(annual_ai_budget_eur=3_000_000), "budget") == 0.5


# --- The three criteria the article spells out ----------------------------------------------


def test_criterion_maturity_phases() -> None:
    assert leaning(make(ai_maturity_months=2), "maturity") == "decentralized"  # POC
    assert leaning(make(ai_maturity_months=12), "maturity") == "hybrid"  # scale
    assert leaning(make(ai_maturity_months=30), "maturity") == "centralized"  # mature


def test_criterion_regulation_statements() -> None:
    assert score(make(sector="finance")).architecture == "centralized"
    assert score(make(sector="health")).architecture == "centralized"
    assert leaning(make(sector="tech"), "regulation") == "decentralized"  # "decentralized OK"
    public = score(make(sector="public", employees=20, ai_maturity_months=1))
    assert public.architecture == "centralized"
    assert "rule.public" in {r.key for r in public.hard_rules}


def test_criterion_size_statements() -> None:
    assert leaning(make(employees=49), "size") == "decentralized"
    assert leaning(make(employees=501), "size") == "centralized"
    assert leaning(make(countries=4), "size") == "centralized"
    assert vote(make(countries=2), "size") > vote(make(countries=1), "size")


# --- Scenario C and the Wild West -----------------------------------------------------------


def test_scenario_c_enterprise_only_centralized() -> None:
    p = make(employees=5000, sector="tech", ai_maturity_months=2, annual_ai_budget_eur=100_000)
    assert score(p).architecture == "centralized"


def test_wild_west_moves_decentralized_to_hybrid() -> None:
    base = dict(employees=40, sector="tech", ai_maturity_months=3, annual_ai_budget_eur=300_000)
    assert score(make(**base)).architecture == "decentralized"
    wild = score(make(**base, ai_stacks=12))
    assert wild.architecture == "hybrid"
    assert wild.score_architecture == "decentralized"
    assert wild.adjustments == ("guard.wild_west",)
    assert score(make(**base, governance="none")).architecture == "hybrid"


def test_maturity_patterns() -> None:
    assert score(make(ai_maturity_months=5)).maturity_pattern == "wild_west"
    assert score(make(ai_maturity_months=6)).maturity_pattern == "controlled_hybrid"
    assert score(make(ai_maturity_months=18)).maturity_pattern == "controlled_hybrid"
    assert score(make(ai_maturity_months=19)).maturity_pattern == "central_full"


def test_hybrid_split_is_80_20() -> None:
    assert score(make()).core_share == 0.8
