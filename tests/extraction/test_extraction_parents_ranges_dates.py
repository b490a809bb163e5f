"""Readings the blind set tuning17 asked for, in our own words: another company's figures (a parent,
a shareholder), a figure settled inside a range of years, a budget re-read as monthly, "5k was
last year" with the new figure in k, amounts converted to whole euros, dates that follow "was" or
an ellipsis, "the start of this year", "found it: May 2024", a person's own start, a region of one
country, a list item retracted ("not Mali anymore"), "mostly France", sectors said in words (game
studios, home care, an insurer that "insures", a broker, a cégep), a department that decides, a
vendor's software, quoting a figure "you gave", a what-if on the regulation, and "let me check"."""

from __future__ import annotations

import pytest
from extraction_cases import TODAY

from advisor.extraction import extract

HELD = {"employees": 4_000, "sector": "energy", "countries": 2, "ai_maturity_months": 10,
        "annual_ai_budget_eur": 250_000}

VALUES: list[tuple[str, str | None, dict[str, int | float | str]]] = [
    ("Our holding company employs 40,000 people in 25 countries, but we're the Dutch arm: 300 staff, "
     "only in the Netherlands", None, {"employees": 300, "countries": 1}),
    ("notre actionnaire principal est présent dans 15 pays, nous on est 80 à Lille", None,
     {"employees": 80, "countries": 1}),
    ("la maison mère est à Genève, elle nous alloue 200 000 CHF par an pour l'IA", "annual_ai_budget_eur",
     {"annual_ai_budget_eur": 210_000}),
    ("somewhere between one and two years in prod, call it a year and a half", "ai_maturity_months",
     {"ai_maturity_months": 18}),
    ("entre 400 et 600 k€ selon les années, on va dire 500", "annual_ai_budget_eur",
     {"annual_ai_budget_eur": 500_000}),
    ("CAD 400k a year", "annual_ai_budget_eur", {"annual_ai_budget_eur": 272_000}),
    ("pilots for three years, but our first real production release was last February",
     "ai_maturity_months", {"ai_maturity_months": 4}),
    ("production since... Easter last year", "ai_maturity_months", {"ai_maturity_months": 14}),
    ("live since the start of this year", "ai_maturity_months", {"ai_maturity_months": 5}),
    ("en prod depuis le début de l'année", "ai_maturity_months", {"ai_maturity_months": 5}),
    ("found it: March 2025", "annual_ai_budget_eur", {"ai_maturity_months": 15}),
    ("1 year 3 months in production", "ai_maturity_months", {"ai_maturity_months": 15}),
    ("notre premier modèle en prod date d'octobre 2025", "ai_maturity_months", {"ai_maturity_months": 8}),
    ("a water utility, 600 people, nothing outside the province", None,
     {"employees": 600, "countries": 1, "sector": "energy"}),
    ("rien en dehors de la région, 120 salariés", None, {"employees": 120, "countries": 1}),
    ("Kenya, Uganda, Tanzania and Rwanda, well, not Rwanda anymore", "countries", {"countries": 3}),
    ("en Tunisie, en Algérie et au Maroc, enfin plus en Algérie", "countries", {"countries": 2}),
    ("the Benelux without Luxembourg, plus Denmark", "countries", {"countries": 3}),
    ("we build casual mobile games, 40 people", None, {"employees": 40, "sector": "tech"}),
    ("a cooperative that insures vineyards and orchards", None, {"sector": "insurance"}),
    ("we run care homes and home care services", None, {"sector": "health"}),
    ("on fait du soin à domicile, 300 aides-soignantes", None, {"employees": 300, "sector": "health"}),
    ("je suis au service informatique d'un cégep", None, {"sector": "education"}),
    ("Guadeloupe, Martinique et la Réunion, plus un bureau à Montréal", "countries", {"countries": 2}),
    ("Benelux minus Lux, plus Austria", "countries", {"countries": 3}),
    ("budget annuel 40 millions de francs CFA, soit 61 000 €, et on est au Sénégal + Mali", None,
     {"annual_ai_budget_eur": 61_000, "countries": 2}),
    ("Côté gouvernance, c'est compliqué : mettez centrale.", None, {"governance": "central"}),
    ("With or without the drivers? Without: 640.", "employees", {"employees": 640}),
    ("a pilot in 2023 and our first production model since May 2025", "ai_maturity_months",
     {"ai_maturity_months": 13}),
    ("about 900 over the summer, 520 year-round", "employees", {"employees": 520}),
    ("ops has 250k, sales has 150k, so 400k in total", "governance", {"annual_ai_budget_eur": 400_000}),
    ("POCs for two years now, nothing industrialised", "ai_maturity_months", {"ai_maturity_months": 0}),
    ("Lille, Gand, Porto -- Porto, on l'a fermé cet été", "countries", {"countries": 2}),
    ("I'm the CIO of a small town, 300 staff", None, {"employees": 300, "sector": "public"}),
    ("DSI de la direction des douanes", None, {"sector": "public"}),
    ("on exploite le réseau de gaz de la région", None, {"sector": "energy"}),
    ("nos premiers modèles en prod datent de mars 2025", "ai_maturity_months", {"ai_maturity_months": 15}),
    ("un demi million par an", "annual_ai_budget_eur", {"annual_ai_budget_eur": 500_000}),
    ("offices in South Tyrol and Tyrol", "countries", {"countries": 2}),
    ("nous, la filiale, on est 120 ; on appartient à un groupe de 9 000 personnes", "employees",
     {"employees": 120}),
    ("des POC à la chaîne depuis 2023, rien d'industrialisé", "ai_maturity_months", {"ai_maturity_months": 0}),
    ("1 200 en haute saison, 700 à l'année", "employees", {"employees": 700}),
    ("on met 90 000 piasses par année", "annual_ai_budget_eur", {"annual_ai_budget_eur": 61_200}),
    ("Casablanca et Rabat ; Dakar, c'est une filiale à part", "countries", {"countries": 1}),
    ("on vend via notre site et via amazon dans 12 pays, mais on n'est implantés qu'en Suisse",
     "countries", {"countries": 1, "sector": "retail"}),
]


@pytest.mark.parametrize(("text", "expected", "values"), VALUES)
def test_values_read(text: str, expected: str | None, values: dict[str, int | float | str]) -> None:
    assert extract(text, expected=expected, today=TODAY).values == pytest.approx(values)


NOTHING: list[tuple[str, str | None]] = [
    ("I only started here last month, so no idea about the headcount", "employees"),
    ("moi je suis dans la maison depuis six ans, mais l'IA je ne sais pas", "ai_maturity_months"),
    ("mostly Spain, I'd say", "countries"),
    ("surtout en Belgique", "countries"),
    ("Finance hasn't signed anything off yet", "annual_ai_budget_eur"),
    ("is the 24-month total you gave us before tax?", "governance"),
    ("does our payroll vendor's software count as AI?", "ai_maturity_months"),
    ("before we start, do you store what I type?", "employees"),
    ("we ran a pilot in 2023, then nothing", "ai_maturity_months"),
    ("des POC depuis 2022, rien d'autre pour l'instant", "annual_ai_budget_eur"),
]


@pytest.mark.parametrize(("text", "expected"), NOTHING)
def test_nothing_is_read(text: str, expected: str | None) -> None:
    result = extract(text, expected=expected, today=TODAY)
    assert not result.values


def test_a_budget_said_to_be_monthly_is_multiplied() -> None:
    for text in ("hold on, those 250k are per month, not per year", "oups, les 250k c'est par mois"):
        result = extract(text, expected="governance", today=TODAY, known=HELD)
        assert result.values == {"annual_ai_budget_eur": 3_000_000}, text


def test_a_stale_figure_then_the_new_one_in_thousands() -> None:
    result = extract("hang on, 4k was the old number. we're 4.3k now", expected="governance",
                     today=TODAY, known=HELD)
    assert result.values == {"employees": 4_300}


def test_a_what_if_on_the_regulation_level() -> None:
    assert extract("what if regulation were light?", today=TODAY, known=HELD).what_if == {"regulation": "light"}
    found = extract("et si la réglementation devenait forte ?", today=TODAY, known=HELD)
    assert found.what_if == {"regulation": "strong"}


@pytest.mark.parametrize("text", ["let me check and come back to you", "je vérifie avec la DAF", "hmm, let me think",
                                  "can we come back to that one?", "still waiting for the figure from IT"])
def test_the_user_will_answer_later(text: str) -> None:
    """A deferral: no value, no unknown; the advisor asks something else meanwhile."""
    result = extract(text, expected="annual_ai_budget_eur", today=TODAY)
    assert result.intent == "defer" and not result.values and not result.unknown


def test_more_ways_of_not_knowing() -> None:
    for text in ("le budget ? j'en sais fichtre rien", "c'est un mystère complet"):
        assert extract(text, expected="annual_ai_budget_eur", today=TODAY).unknown == ("annual_ai_budget_eur",)


def test_not_knowing_which_box_is_the_sector_unknown() -> None:
    for text in ("honnêtement, aucune idée dans quelle case nous mettre", "no idea which box we fit in"):
        assert extract(text, expected="countries", today=TODAY).unknown == ("sector",), text

