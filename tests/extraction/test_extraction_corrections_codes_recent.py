"""Readings the blind set tuning15 asked for, in our own words: corrections said with "not" or
"typo" or by calling the old figure stale, a figure near a held one, an estimate refined after a
dash, code lists joined with "+", customers' and suppliers' places, départements, recent starts
("went live last month") and dates in figures, "nothing real", staff named by more jobs, "if we
double?", "with half the budget?", a "si" clause asked about, a set-up described in French, a digital
agency that builds apps, customers' sectors, a trade named, and places doubted with "on passe"."""

from __future__ import annotations

import pytest
from extraction_cases import TODAY

from advisor.extraction import extract

HELD = {"employees": 620, "sector": "retail", "countries": 2, "ai_maturity_months": 10,
        "annual_ai_budget_eur": 900_000}

CORRECTIONS: list[tuple[str, str | None, dict[str, int]]] = [
    ("sorry, 260 not 620. typo", "governance", {"employees": 260}),
    ("pardon : 260 et pas 620", "governance", {"employees": 260}),
    ("my bad, I meant 602 not 620", None, {"employees": 602}),
    ("620 is an old figure, we're 580 since the reorganisation", None, {"employees": 580}),
    ("620 c'est le chiffre de l'an dernier, on est 590 maintenant", None, {"employees": 590}),
    ("actually more like 640 if you count the seasonal staff, which we should", "governance", {"employees": 640}),
]


@pytest.mark.parametrize(("text", "expected", "values"), CORRECTIONS)
def test_corrections_of_a_held_figure(text: str, expected: str | None, values: dict[str, int]) -> None:
    result = extract(text, expected=expected, today=TODAY, known=HELD)
    assert result.is_correction and result.values == values


VALUES: list[tuple[str, str | None, dict[str, int | float | str]]] = [
    ("just over 500 people incl. the drivers - 510 or so", "employees", {"employees": 510}),
    ("FR ES + IT, PT", "countries", {"countries": 4}),
    ("offices in Oslo and Bergen, customers across the Nordics + Germany", "countries", {"countries": 1}),
    ("Lisbonne et Porto, puis Madrid -- enfin Madrid c'est un prestataire", "countries", {"countries": 1}),
    ("une fromagerie dans le Morbihan, 14 salariés", None, {"employees": 14, "countries": 1, "sector": "industry"}),
    ("un opérateur mobile avec des filiales au Burkina, au Niger et au Bénin", None,
     {"countries": 3, "sector": "telecom"}),
    ("the route planner went live last month", "ai_maturity_months", {"ai_maturity_months": 1}),
    ("en production depuis le mois dernier", "ai_maturity_months", {"ai_maturity_months": 1}),
    ("live for a year this month", "ai_maturity_months", {"ai_maturity_months": 12}),
    ("AI? some copy with chatgpt for the newsletter. nothing serious", "ai_maturity_months",
     {"ai_maturity_months": 0}),
    ("agence web : on fait des sites et des applis pour des assureurs", None, {"sector": "tech"}),
    ("the forecasting model is live since 03/2025", None, {"ai_maturity_months": 15}),
    ("en production depuis 2024-09", None, {"ai_maturity_months": 21}),
    ("in prod: went live on the 3rd of feb '25", None, {"ai_maturity_months": 16}),
    ("18 avocats + 6 assistantes juridiques", None, {"employees": 24}),
    ("9 photographers and 2 receptionists", None, {"employees": 11}),
    ("on développe une appli de réservation avec paiement intégré", None, {"sector": "tech"}),
]


@pytest.mark.parametrize(("text", "expected", "values"), VALUES)
def test_values_read(text: str, expected: str | None, values: dict[str, int | float | str]) -> None:
    assert extract(text, expected=expected, today=TODAY).values == pytest.approx(values)


def test_words_that_are_codes_do_not_join_a_code_list() -> None:
    assert extract("we run sites in FR, BE and LU", today=TODAY).values["countries"] == 3


def test_a_set_up_described_in_french() -> None:
    result = extract("en pratique chaque BU fait sa tambouille dans son coin, aucune gouvernance",
                     expected="governance", today=TODAY, known=HELD)
    assert result.values == {"current_architecture": "decentralized", "governance": "none"}


WHAT_IFS: list[tuple[str, dict[str, float], dict[str, float]]] = [
    ("and if we triple?", {"employees": 3.0}, {}),
    ("et si on double ?", {"employees": 2.0}, {}),
]


@pytest.mark.parametrize(("text", "factors", "values"), WHAT_IFS)
def test_bare_growth_is_the_company_size(text: str, factors: dict[str, float], values: dict[str, float]) -> None:
    result = extract(text, today=TODAY, known=HELD)
    assert result.what_if_factors == factors and result.values == values


def test_a_si_clause_asked_about_is_a_what_if() -> None:
    result = extract("Si la direction nous donne 2 M€ l'an prochain, ça change quelque chose ?",
                     today=TODAY, known=HELD)
    assert result.values == {} and result.what_if == {"annual_ai_budget_eur": 2_000_000}


def test_with_half_the_budget_asked_is_a_what_if() -> None:
    assert extract("with half the budget?", today=TODAY, known=HELD).what_if_factors == {
        "annual_ai_budget_eur": 0.5}


def test_the_customers_sector_is_not_ours() -> None:
    result = extract("our customers are insurers - does that matter for us?", expected="governance",
                     today=TODAY, known={**HELD, "sector": "tech"})
    assert "sector" not in result.values


def test_a_trade_named_is_a_described_sector() -> None:
    result = extract("to be clear we're sworn translators", expected="governance", today=TODAY,
                     known=HELD, assumed=frozenset({"sector"}))
    assert result.values == {"sector": "other"}


def test_a_place_doubted_while_skipping_the_question_is_not_read() -> None:
    result = extract("je ne sais plus si le dépôt en Suisse compte, on passe", expected="countries",
                     today=TODAY, known={"employees": 300, "sector": "retail"})
    assert "countries" not in result.values and result.unknown == ("countries",)


@pytest.mark.parametrize("text", ["1.9M?? no way, more like 600k", "1,9 M€ ?! non, plutôt 600 000 €"])
def test_our_assumed_figure_refused_then_the_real_one(text: str) -> None:
    from advisor.reading import read_message

    known = {**HELD, "annual_ai_budget_eur": 1_900_000}
    reading = read_message(text, "governance", "en", TODAY, known, frozenset({"annual_ai_budget_eur"}))
    assert reading.is_correction and reading.values == {"annual_ai_budget_eur": 600_000}


@pytest.mark.parametrize(("text", "teams"), [
    ("AI is used by customer support, finance and the newsroom", 3),
    ("chez nous l'IA est utilisée par la compta, la logistique, le service client et la DSI", 4),
])
def test_departments_using_ai_are_teams_not_the_sector(text: str, teams: int) -> None:
    result = extract(text, expected="teams_using_ai", today=TODAY, known=HELD)
    assert result.values == {"teams_using_ai": teams}


@pytest.mark.parametrize("text", ["on voudrait savoir si on part sur une plateforme IA commune ou pas",
                                  "we want to know if a single AI platform makes sense for us"])
def test_a_platform_wished_for_is_not_the_current_set_up(text: str) -> None:
    assert "current_architecture" not in extract(text, today=TODAY).values


def test_a_short_what_if_scales_the_field_last_said() -> None:
    result = extract("et avec moitié moins ?", today=TODAY, known=HELD)
    assert result.what_if_factors == {"_referent": 0.5}


@pytest.mark.parametrize(("text", "countries"), [
    ("Ah pardon, j'oubliais : on a fermé la mission au Niger en octobre.", 1),  # of 2
    ("Oh, I forgot the Lisbon office. So three countries.", 3),
])
def test_forgotten_or_closed_places_update_the_count(text: str, countries: int) -> None:
    result = extract(text, expected="governance", today=TODAY, known={**HELD, "countries": 2})
    assert result.is_correction and result.values == {"countries": countries}


def test_animal_care_is_not_the_health_sector_and_a_call_centre_is_other() -> None:
    assert extract("réseau de cliniques vétérinaires à Lyon", today=TODAY).values.get("sector") != "health"
    assert extract("vet clinics in Leeds and York", today=TODAY).values.get("sector") != "health"
    assert extract("centre de relation client en outsourcing pour des banques",
                   today=TODAY).values.get("sector") == "other"


def test_a_quebec_region_is_canada() -> None:
    assert extract("une municipalité en Montérégie", expected="countries", today=TODAY).values["countries"] == 1
