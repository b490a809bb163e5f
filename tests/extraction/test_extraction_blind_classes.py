"""Readings the blind sets tuning11-13 asked for: places left or closed against the known count,
what-ifs (scalings, plans, sales and acquisitions, openings), "don't know" forms, and a what-if that
points back at someone else's facts."""

from __future__ import annotations

import pytest
from extraction_cases import TODAY

from advisor.extraction import extract


@pytest.mark.parametrize(
    ("text", "deltas"),
    [
        ("si on cède l'usine mexicaine (1 300 pers.), ça change la reco ?", {"countries": -1.0, "employees": -1300.0}),
        ("what if we sold Puebla with its 900 staff?", {"countries": -1.0, "employees": -900.0}),
    ],
)
def test_a_place_left_takes_its_people_with_it(text: str, deltas: dict[str, float]) -> None:
    assert extract(text, today=TODAY).what_if_deltas == deltas


@pytest.mark.parametrize(
    ("text", "known", "countries"),
    [
        ("Oh and Gdansk closed over the summer, so scratch Poland", {"countries": 5}, 4),
        ("en fait Genève on l'a fermé en septembre", {"countries": 2}, 1),
    ],
)
def test_a_place_closed_is_taken_off_the_known_count(text: str, known: dict[str, int], countries: int) -> None:
    result = extract(text, today=TODAY, known=known)
    assert result.values == {"countries": countries}
    assert result.is_correction and result.spans["countries"].inferred  # said back


def test_forgetting_a_team_is_not_forgetting_a_country() -> None:
    result = extract("pardon, on est 140, j'avais oublié l'équipe de Bordeaux", today=TODAY,
                     known={"countries": 1, "employees": 120})
    assert result.values == {"employees": 140}


@pytest.mark.parametrize(
    ("text", "what_if"),
    [
        ("and worst case: we shrink to 4,500 ppl, germany only?", {"employees": 4500, "countries": 1}),
        ("On discute d'un rapprochement. Si ça se fait, on serait 1 600 personnes sur deux pays.",
         {"employees": 1600, "countries": 2}),
    ],
)
def test_more_openings_of_a_what_if(text: str, what_if: dict[str, int]) -> None:
    result = extract(text, today=TODAY)
    assert result.what_if == what_if and result.values == {}


def test_places_closed_named_before_the_verb() -> None:
    result = extract("what if Berlin and Kraków closed and those people moved to Dublin?", today=TODAY)
    assert result.what_if_deltas == {"countries": -2.0} and result.what_if == {}


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("budget? haven't set one, genuinely don't know", "annual_ai_budget_eur"),
        ("budget - we've never set one for AI, so I can't give you a number", "annual_ai_budget_eur"),
        ("headcount - honestly couldn't say right now, the HR system is a mess", "employees"),
        ("Flou total : personne n'a de chiffre consolidé.", "employees"),
        ("nsp, on vend des spots un peu partout, je sais pas comment compter", "countries"),
    ],
)
def test_more_ways_to_say_i_do_not_know(text: str, asked: str) -> None:
    result = extract(text, expected=asked, today=TODAY)
    assert result.unknown == (asked,) and result.values == {}


def test_no_at_the_start_of_a_correction_is_not_an_answer() -> None:
    result = extract("wait no, 250k is the whole data team - the AI part is more like 150k a month",
                     expected="governance", today=TODAY, known={"annual_ai_budget_eur": 3_000_000})
    assert result.values == {"annual_ai_budget_eur": 1_800_000}


def test_a_what_if_pointing_back_at_someone_elses_facts_takes_them() -> None:
    text = "La coopérative voisine a trois ans de prod IA derrière elle. Si on en était là nous aussi, ce serait quoi ?"
    result = extract(text, today=TODAY)
    assert result.what_if == {"ai_maturity_months": 36} and result.values == {}
    own = extract("We have had AI in production for 4 years. What if we were at that level?", today=TODAY)
    assert own.values == {"ai_maturity_months": 48} and own.what_if == {}  # our own facts stay ours


@pytest.mark.parametrize(
    ("text", "deltas"),
    [
        ("Hypothetically - if we sell off Romania and Hungary, about 3,100 people between them, same answer?",
         {"countries": -2.0, "employees": -3100.0}),
        ("suppose we buy that little outfit across the border in Vermont, roughly 30 people - anything change?",
         {"countries": 1.0, "employees": 30.0}),
        ("ET SI ON RACHÈTE UN CONCURRENT NORVÉGIEN DE 700 PERSONNES ?", {"countries": 1.0, "employees": 700.0}),
        ("et sans le Portugal ?", {"countries": -1.0}),
        ("one more: we plan to hire 300 engineers over the next year. does that move anything?",
         {"employees": 300.0}),
        ("if the new county contracts mean hiring another hundred people - does that change it?",
         {"employees": 100.0}),
        ("Et si on revendait la filiale de Casablanca, 60 personnes ?", {"countries": -1.0, "employees": -60.0}),
    ],
)
def test_plans_sales_and_acquisitions_in_a_what_if(text: str, deltas: dict[str, float]) -> None:
    result = extract(text, today=TODAY)
    assert result.what_if_deltas == deltas and result.values == {} and result.what_if == {}


@pytest.mark.parametrize(
    ("text", "factors", "what_if"),
    [
        ("Et avec 30 % d'effectif en plus, si le plan de croissance passe ?", {"employees": 1.3}, {}),
        ("et avec 50 % de monde en plus ?", {"employees": 1.5}, {}),
        ("Et si le budget était coupé en deux ?", {"annual_ai_budget_eur": 0.5}, {}),
        ("Et si les rachats d'agences nous faisaient passer à deux fois plus de monde ?", {"employees": 2.0}, {}),
        ("fast-forward two years: 42 months in prod and headcount doubled - what then?", {"employees": 2.0},
         {"ai_maturity_months": 42}),
        ("we're planning to grow 50% next year - same recommendation then?", {"employees": 1.5}, {}),
        ("And with twice the money?", {"annual_ai_budget_eur": 2.0}, {}),
        ("what would it say with three times that budget?", {"annual_ai_budget_eur": 3.0}, {}),
        ("Et si on triplait l'équipe ?", {"employees": 3.0}, {}),
        ("ok. what if the council tenders go against us and we end up with half the crew and shore staff?",
         {"employees": 0.5}, {}),  # "council" names no sector in a what-if
    ],
)
def test_more_ways_to_scale_in_a_what_if(text: str, factors: dict[str, float], what_if: dict[str, int]) -> None:
    result = extract(text, today=TODAY)
    assert result.what_if_factors == factors and result.what_if == what_if and result.values == {}


def test_a_what_if_changes_the_sector_only_when_it_says_so() -> None:
    assert extract("what if we were a bank?", today=TODAY).what_if == {"sector": "finance"}
    assert extract("et si on ouvrait 6 autres restos et qu'on passait à 80 ?", today=TODAY).what_if == {
        "employees": 80}
