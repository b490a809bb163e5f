"""Bare budget answers (unit heuristic) and relative what-ifs (factors and deltas)."""

from __future__ import annotations

import pytest
from extraction_cases import TODAY

from advisor.extraction import extract

BUDGET = "annual_ai_budget_eur"


@pytest.mark.parametrize(
    ("text", "value", "note"),
    [
        ("3", 3_000_000.0, "bare number read as millions of euros"),
        ("about 2.5", 2_500_000.0, "bare number read as millions of euros"),
        ("trois", 3_000_000.0, "bare number read as millions of euros"),
        ("250", 250_000.0, "bare number read as thousands of euros"),
        ("environ 800", 800_000.0, "bare number read as thousands of euros"),
        ("150000", 150_000.0, "bare number read as euros"),
        ("1 500 000", 1_500_000.0, "bare number read as euros"),
        ("sorry, 4", 4_000_000.0, "bare number read as millions of euros"),
    ],
)
def test_bare_budget_answer_uses_unit_heuristic(text: str, value: float, note: str) -> None:
    result = extract(text, expected=BUDGET, today=TODAY)
    assert result.values == {BUDGET: value}
    assert result.spans[BUDGET].note == note


@pytest.mark.parametrize(
    ("text", "value"),
    [("3M€", 3_000_000.0), ("300k", 300_000.0), ("3 euros", 3.0), ("two million", 2_000_000.0)],
)
def test_budget_answer_with_a_unit_is_taken_as_said(text: str, value: float) -> None:
    assert extract(text, expected=BUDGET, today=TODAY).values == {BUDGET: value}


def test_bare_number_heuristic_is_only_for_the_budget_question() -> None:
    assert extract("3", expected="countries").values == {"countries": 3}
    assert extract("250", expected="employees").values == {"employees": 250}
    assert extract("We have 3 data scientists").values == {}


@pytest.mark.parametrize(
    ("text", "factors"),
    [
        ("what if we doubled the budget?", {BUDGET: 2.0}),
        ("what if our headcount tripled", {"employees": 3.0}),
        ("and if we halved the number of countries", {"countries": 0.5}),
        ("et si on doublait le budget ?", {BUDGET: 2.0}),
        ("et si l'effectif triplait", {"employees": 3.0}),
        ("what if we cut the budget in half?", {BUDGET: 0.5}),
        ("et si on divisait le budget par deux", {BUDGET: 0.5}),
        ("what if we multiplied the number of teams by 4", {"teams_using_ai": 4.0}),
        ("what if the budget grew by 50%?", {BUDGET: 1.5}),
        ("et si on réduisait le budget de 20 %", {BUDGET: 0.8}),
        ("what if we had twice as many teams", {"teams_using_ai": 2.0}),
        ("et si on avait deux fois plus de pays ?", {"countries": 2.0}),
        ("et si on doublait l'effectif et le budget", {"employees": 2.0, BUDGET: 2.0}),
        ("what if the workforce rose 15%?", {"employees": 1.15}),
        ("and if the budget ended up 30% smaller?", {BUDGET: 0.7}),
        ("what if the spend went x3?", {BUDGET: 3.0}),
        ("what if we tripled the team?", {"employees": 3.0}),
        ("et si on grandissait de 40 % ?", {"employees": 1.4}),
        ("et si le budget était 10 % plus bas ?", {BUDGET: 0.9}),
    ],
)
def test_relative_what_if_factors(text: str, factors: dict[str, float]) -> None:
    result = extract(text, today=TODAY)
    assert result.what_if_factors == factors
    assert result.values == {} and result.what_if == {} and result.what_if_deltas == {}
    assert result.hypothesis


@pytest.mark.parametrize(
    ("text", "deltas"),
    [
        ("what if we added 200 people", {"employees": 200.0}),
        ("et si on embauchait 200 personnes", {"employees": 200.0}),
        ("what if we hired another fifty employees?", {"employees": 50.0}),
        ("what if we laid off 100 people", {"employees": -100.0}),
        ("et si on ouvrait 2 pays de plus", {"countries": 2.0}),
        ("what if we added 3 more countries", {"countries": 3.0}),
        ("what if we shut Dublin and moved the team to Warsaw?", {"countries": -1.0}),
        ("what if we had 200 more people", {"employees": 200.0}),
        ("what if we hired 200?", {"employees": 200.0}),
        ("What if we increased the budget by 1M€?", {BUDGET: 1_000_000.0}),
        ("Suppose we shut Singapore and Cologne. Would the answer move?", {"countries": -2.0}),
    ],
)
def test_relative_what_if_deltas(text: str, deltas: dict[str, float]) -> None:
    result = extract(text, today=TODAY)
    assert result.what_if_deltas == deltas
    assert result.values == {} and result.what_if == {} and result.what_if_factors == {}


def test_a_sentence_in_the_conditional_goes_on_with_the_what_if() -> None:
    result = extract("What if we sold the Hungarian stores? That would take us down to about seven "
                     "thousand people.", today=TODAY)
    assert result.values == {} and result.what_if["employees"] == 7000
    french = extract("Et si on vendait la filiale belge ? Ça nous ramènerait à 400 personnes.", today=TODAY)
    assert french.values == {} and french.what_if == {"employees": 400}


def test_places_kept_only_are_an_absolute_what_if() -> None:
    result = extract("what if we shut Madrid and Dublin and kept only Lisbon?", today=TODAY)
    assert result.what_if == {"countries": 1} and result.what_if_deltas == {}


def test_relative_what_if_beside_facts_and_absolute_what_if() -> None:
    result = extract("We are 300 people. What if we doubled the budget?", today=TODAY)
    assert result.values == {"employees": 300}
    assert result.what_if_factors == {BUDGET: 2.0}
    absolute = extract("what if we were 800 people?", today=TODAY)
    assert absolute.what_if == {"employees": 800}
    assert absolute.what_if_factors == {} and absolute.what_if_deltas == {}


def test_factor_and_delta_in_one_hypothesis() -> None:
    result = extract("what if we doubled the budget and added 2 countries", today=TODAY)
    assert result.what_if_factors == {BUDGET: 2.0}
    assert result.what_if_deltas == {"countries": 2.0}


def test_absolute_target_wins_over_factor_for_the_same_field() -> None:
    result = extract("what if we doubled the budget to 6M€?", today=TODAY)
    assert result.what_if == {BUDGET: 6_000_000.0} and result.what_if_factors == {}


def test_growth_outside_a_what_if_is_not_a_factor() -> None:
    result = extract("Our budget doubled last year and we hired 200 people", today=TODAY)
    assert result.what_if_factors == {} and result.what_if_deltas == {}


def test_places_sold_or_opened_in_a_what_if_change_the_count() -> None:
    from datetime import date

    from advisor.extraction import extract

    today = date(2026, 11, 30)
    assert extract("what if we sold the Polish subsidiary?", today=today).what_if_deltas == {"countries": -1.0}
    opened = extract("would it change if we opened offices in Spain and Italy?", today=today)
    assert opened.what_if_deltas == {"countries": 2.0} and opened.what_if == {}
    assert extract("et si on fermait la filiale belge ?", today=today).what_if_deltas == {"countries": -1.0}


def test_a_value_said_to_be_new_replaces_the_known_one() -> None:
    from datetime import date

    from advisor.extraction import extract

    found = extract("headcount is 75 now, we hired", today=date(2026, 11, 30), known={"employees": 60})
    assert found.values == {"employees": 75} and found.is_correction


def test_a_later_horizon_is_more_ai_experience() -> None:
    from datetime import date

    from advisor.extraction import extract

    found = extract("and in 18 months, would it flip to centralized?", today=date(2026, 11, 30))
    assert found.what_if_deltas == {"ai_maturity_months": 18.0} and found.values == {}


@pytest.mark.parametrize(("text", "factors", "deltas"), [
    ("and if we 2x'd that budget?", {BUDGET: 2.0}, {}),
    ("What if we had two more years of AI under our belt and twice the headcount?",
     {"employees": 2.0}, {"ai_maturity_months": 24.0}),
    ("et si on avait 2 ans de plus d'IA ?", {}, {"ai_maturity_months": 24.0}),
])
def test_more_ways_to_say_a_relative_change(text: str, factors: dict[str, float], deltas: dict[str, float]) -> None:
    result = extract(text, today=TODAY)
    assert dict(result.what_if_factors) == factors and dict(result.what_if_deltas) == deltas


def test_what_a_hypothesis_replaces_is_not_part_of_it() -> None:
    result = extract("What if we were a private foundation instead of a public body?", today=TODAY)
    assert dict(result.what_if) == {"sector": "other"}


def test_a_place_closed_is_not_added_but_a_count_left_is_subtracted() -> None:
    known = {"countries": 4}
    closed = "la filiale espagnole a été fermée en septembre, donc plus que trois pays."
    assert extract(closed, known=known, today=TODAY).values == {"countries": 3}
    left = "on était dans 5 pays d'Afrique de l'Ouest en plus du Maroc, mais on en a quitté 2"
    assert extract(left, known=known, today=TODAY).values == {"countries": 4}


@pytest.mark.parametrize(("text", "deltas"), [
    ("and a year from now, same team size?", {"ai_maturity_months": 12.0}),
    ("what about 2 years from now?", {"ai_maturity_months": 24.0}),
    ("et dans un an ?", {"ai_maturity_months": 12.0}),
    ("what if we opened a bottling site in Kentucky?", {"countries": 1.0}),
])
def test_later_and_opened_somewhere(text: str, deltas: dict[str, float]) -> None:
    known = {"employees": 31, "countries": 1, "ai_maturity_months": 3}
    assert dict(extract(text, known=known, today=TODAY).what_if_deltas) == deltas


def test_if_it_did_double_changes_the_field_last_stated() -> None:
    result = extract("If it did double, would the recommendation change?", today=TODAY)
    assert dict(result.what_if_factors) == {"_referent": 2.0}


def test_a_correction_naming_its_field_corrects_that_field() -> None:
    known = {"employees": 1200, "countries": 3}
    text = "Correction on headcount: HR says 2,600 when you include the crew on board. Use 2,600."
    result = extract(text, known=known, today=TODAY)
    assert result.values == {"employees": 2600} and result.is_correction
