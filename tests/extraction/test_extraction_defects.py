"""Regressions found by the eval suite: decimal words, "et demi", two-fact corrections, gaps."""

from __future__ import annotations

import pytest

from advisor.extraction import extract

BUDGET = "annual_ai_budget_eur"
CASES: list[tuple[str, str | None, dict[str, float | str]]] = [
    # 1. decimals said in words
    ("The budget is one point two million euros.", None, {BUDGET: 1_200_000}),
    ("two point five million euros", None, {BUDGET: 2_500_000}),
    ("un virgule cinq million d'euros", None, {BUDGET: 1_500_000}),
    # 2. "et demi" / "and a half"
    ("Un million et demi d'euros par an.", None, {BUDGET: 1_500_000}),
    ("Un million et demi d'euros par an.", "annual_ai_budget_eur", {BUDGET: 1_500_000}),
    ("deux millions et demi d'euros", None, {BUDGET: 2_500_000}),
    ("one and a half million euros", None, {BUDGET: 1_500_000}),
    ("a million and a half euros", None, {BUDGET: 1_500_000}),
    # 4. money words without a currency in a budget context
    ("with 2.5 million a year", None, {BUDGET: 2_500_000}),
    ("with 2.5 million a year", "employees", {BUDGET: 2_500_000}),
    ("2,5 millions par an", None, {BUDGET: 2_500_000}),
    ("2,5 millions par an", "employees", {BUDGET: 2_500_000}),
    # 4. headcount gaps
    ("350 consultants", None, {"employees": 350}),
    ("350 engineers", None, {"employees": 350}),
    ("400 agents", None, {"employees": 400}),
    ("1200 collaborateurs", None, {"employees": 1200}),
    ("We are 2000 people, including 350 consultants.", None, {"employees": 2000}),
    ("Nous sommes 2000 personnes dont 350 consultants.", None, {"employees": 2000}),
    ("a few hundred people", None, {"employees": 300}),
    ("quelques centaines de personnes", None, {"employees": 300}),
    # 4. sector gaps
    ("un e-commerçant", None, {"sector": "retail"}),
    ("we do e-commerce", None, {"sector": "retail"}),
    ("a grid operator", None, {"sector": "energy"}),
    ("un gestionnaire de réseau", None, {"sector": "energy"}),
    ("a utility", None, {"sector": "energy"}),
]
CORRECTIONS = [
    "Pardon, je me suis trompé : nous sommes 900, pas 300, et le budget est de 6 M€.",
    "Sorry, we are 900, not 300, and the budget is 6 M€.",
    "Sorry, we are 900 instead of 300, and the budget is 6 M€.",
    "Sorry, we are 900 rather than 300, and the budget is 6 M€.",
]


@pytest.mark.parametrize(("text", "expected", "values"), CASES, ids=[c[0][:40] for c in CASES])
def test_defect_values(text: str, expected: str | None, values: dict[str, float | str]) -> None:
    result = extract(text, expected=expected)
    assert result.values == values
    for field in values:
        evidence = result.spans[field]
        assert evidence.text == text[evidence.start:evidence.end]


@pytest.mark.parametrize("expected", [None, "employees", "governance", "regulation",
                                      "annual_ai_budget_eur", "current_architecture"])
@pytest.mark.parametrize("text", CORRECTIONS)
def test_correction_with_two_facts(text: str, expected: str | None) -> None:
    result = extract(text, expected=expected)
    assert result.is_correction
    assert result.values == {"employees": 900, BUDGET: 6_000_000}


@pytest.mark.parametrize("text", ["a few hundred people", "quelques centaines de personnes"])
def test_few_hundred_is_a_noted_estimate(text: str) -> None:
    evidence = extract(text).spans["employees"]
    assert evidence.note and "300" in evidence.note


def test_not_more_than_is_not_a_rejected_value() -> None:
    assert extract("pas plus de 300 personnes").values == {"employees": 300}


def test_a_held_figure_quoted_back_with_question_marks_is_not_stated_again() -> None:
    known = {"employees": 52, "annual_ai_budget_eur": 156_000}
    assert extract("156 000 € ?? On n'a jamais eu ça.", known=known).values == {}
    assert extract("156 000 € ?? non, 40 000 € par an", known=known).values == {"annual_ai_budget_eur": 40_000}


def test_every_place_table_key_is_a_two_letter_code() -> None:
    """YAML reads an unquoted `no:` (Norway) as False: Oslo then counted as a country of its own."""
    from pathlib import Path

    import yaml

    places = yaml.safe_load((Path(__file__).parents[2] / "advisor/lexicon/places.yaml").read_text(encoding="utf-8"))
    for kind in ("aliases", "regions", "cities", "demonyms", "world_cities"):
        assert all(isinstance(k, str) and len(k) == 2 for k in places[kind]), kind
    for members in places["groups"].values():
        assert all(isinstance(code, str) and len(code) == 2 for code in members)
