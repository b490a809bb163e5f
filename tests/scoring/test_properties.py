"""Property tests: determinism, robustness, monotonicity, validation."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from scoring.advice import advise
from scoring.profile import Governance, OrgProfile, Regulation, Sector, profile_error_message
from scoring.scorecard import score

RANK = {"decentralized": 0, "hybrid": 1, "centralized": 2}
REGULATIONS = list(Regulation)


@st.composite
def profiles(draw: Any) -> OrgProfile:
    employees = draw(st.integers(1, 300_000))
    return OrgProfile(
        employees=employees,
        sector=draw(st.sampled_from(list(Sector))),
        regulation=draw(st.one_of(st.none(), st.sampled_from(REGULATIONS))),
        countries=draw(st.integers(1, min(employees, 200))),
        ai_maturity_months=draw(st.integers(0, 600)),
        annual_ai_budget_eur=draw(st.floats(0, 1e10, allow_nan=False)),
        ai_stacks=draw(st.one_of(st.none(), st.integers(1, 1000))),
        teams_using_ai=draw(st.one_of(st.none(), st.integers(1, min(employees, 100_000)))),
        governance=draw(st.one_of(st.none(), st.sampled_from(list(Governance)))),
    )


@settings(max_examples=300, deadline=None)
@given(profiles())
def test_never_crashes_and_is_deterministic(p: OrgProfile) -> None:
    first, second = advise(p), advise(p)
    assert first.to_dict() == second.to_dict()
    assert -1.0 <= first.scorecard.score <= 1.0
    assert first.architecture in RANK


@settings(max_examples=300, deadline=None)
@given(profiles(), st.sampled_from(REGULATIONS))
def test_raising_regulation_never_moves_towards_decentralized(p: OrgProfile, new: Regulation) -> None:
    if REGULATIONS.index(new) < REGULATIONS.index(p.regulation):
        return
    assert RANK[score(p.with_changes(regulation=new)).architecture] >= RANK[score(p).architecture]


@settings(max_examples=300, deadline=None)
@given(profiles(), st.integers(0, 100_000))
def test_raising_size_never_moves_towards_decentralized(p: OrgProfile, extra: int) -> None:
    bigger = p.with_changes(employees=min(p.employees + extra, 3_000_000))
    assert RANK[score(bigger).architecture] >= RANK[score(p).architecture]


@settings(max_examples=200, deadline=None)
@given(profiles())
def test_sensitivity_thresholds_are_exact(p: OrgProfile) -> None:
    base = score(p).architecture
    for flip in advise(p).flips:
        changed = score(p.with_changes(**{flip.field: flip.threshold})).architecture
        assert changed == flip.architecture != base
        if flip.direction == "up" and isinstance(flip.threshold, int):
            before = flip.threshold - 1
            if before >= getattr(p, flip.field):
                assert score(p.with_changes(**{flip.field: before})).architecture == base


BAD: list[tuple[dict[str, Any], str]] = [
    ({"employees": 0}, "employees"),
    ({"employees": -5}, "employees"),
    ({"countries": 0}, "countries"),
    ({"ai_maturity_months": -1}, "ai_maturity_months"),
    ({"annual_ai_budget_eur": -100}, "annual_ai_budget_eur"),
    ({"sector": "astrology"}, "sector"),
    ({"regulation": "extreme"}, "regulation"),
    ({"employees": "lots"}, "employees"),
    ({"teams_using_ai": 900}, "teams_using_ai"),
    ({"countries": 400}, "countries"),
    ({"colour": "blue"}, "colour"),
]


@pytest.mark.parametrize(("change", "field"), BAD)
def test_invalid_input_gives_a_readable_validation_error(change: dict[str, Any], field: str) -> None:
    data = {"employees": 300, "sector": "tech", "countries": 2, "ai_maturity_months": 12,
            "annual_ai_budget_eur": 1e6, **change}
    with pytest.raises(ValidationError) as info:
        OrgProfile.model_validate(data)
    message = profile_error_message(info.value)
    assert field in message
    assert "pydantic" not in message and "https://" not in message


def test_missing_required_field_is_named() -> None:
    with pytest.raises(ValidationError) as info:
        OrgProfile.model_validate({"employees": 10, "sector": "tech"})
    message = profile_error_message(info.value)
    for field in ("countries", "ai_maturity_months", "annual_ai_budget_eur"):
        assert f"{field}: is required" in message


def test_regulation_is_derived_from_sector_unless_stated() -> None:
    base = {"employees": 300, "countries": 1, "ai_maturity_months": 12, "annual_ai_budget_eur": 1e6}
    assert OrgProfile(**base, sector="tech").regulation is Regulation.LIGHT
    assert OrgProfile(**base, sector="public").regulation is Regulation.CRITICAL
    assert OrgProfile(**base, sector="tech", regulation="strong").regulation is Regulation.STRONG
