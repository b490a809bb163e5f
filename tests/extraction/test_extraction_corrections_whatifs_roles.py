"""Readings the blind sets tuning22 and tuning23 asked for, in our own words: what-ifs said as
"once we have…", "on aurait quoi avec…", "still had", "didn't have", "deux fois plus", "10x", "cut
… in two", "cut that to 400k"; corrections of a go-live date in figures, of a place that was a
supplier, of a headcount beside a place; the person's role before a company description ("I run IT
for…", "je suis DSI d'un…"); planned places, customers' and suppliers' countries, destinations sold;
a peak headcount and the group the user says to count; a promise to come back (nothing assumed)."""

from __future__ import annotations

import pytest
from extraction_cases import TODAY

from advisor.extraction import extract

KNOWN = {"employees": 800, "sector": "industry", "countries": 3, "ai_maturity_months": 20,
         "annual_ai_budget_eur": 900_000}

WHAT_IFS: list[tuple[str, str, str, float]] = [
    ("and once we've got 18 months in production, does it change?", "what_if", "ai_maturity_months", 18),
    ("et une fois qu'on aura deux ans de prod ?", "what_if", "ai_maturity_months", 24),
    ("on aurait quoi avec 3 M€ de budget ?", "what_if", "annual_ai_budget_eur", 3_000_000),
    ("what if we were still only piloting?", "what_if", "ai_maturity_months", 0),
    ("et si on en était encore aux POC ?", "what_if", "ai_maturity_months", 0),
    ("what if we still had the Austrian plant?", "what_if_deltas", "countries", 1),
    ("what if we didnt have the Dutch office", "what_if_deltas", "countries", -1),
    ("et si on n'avait pas l'usine roumaine ?", "what_if_deltas", "countries", -1),
    ("et si on était trois fois plus ?", "what_if_factors", "employees", 3),
    ("what if the budget were 5x", "what_if_factors", "annual_ai_budget_eur", 5),
    ("et si le DAF coupait le budget en deux ?", "what_if_factors", "annual_ai_budget_eur", 0.5),
    ("what if we trimmed that to 300k?", "what_if", "annual_ai_budget_eur", 300_000),
    ("what if we raised a round and the AI budget went to 2M", "what_if", "annual_ai_budget_eur", 2_000_000),
    ("et avec 4x plus de budget ?", "what_if_factors", "annual_ai_budget_eur", 4),
    ("question à part : avec 4 M€ de budget, toutes choses égales par ailleurs ?", "what_if",
     "annual_ai_budget_eur", 4_000_000),
]


@pytest.mark.parametrize(("text", "kind", "field", "value"), WHAT_IFS)
def test_what_if_is_read_and_stores_nothing(text: str, kind: str, field: str, value: float) -> None:
    result = extract(text, expected="governance", today=TODAY, known=KNOWN)
    assert getattr(result, kind).get(field) == pytest.approx(value)
    assert field not in result.values


VALUES: list[tuple[str, str | None, dict[str, object] | None, dict[str, int | float | str | None]]] = [
    ("oops, 03/2024 not 2025", "governance", KNOWN, {"ai_maturity_months": 27}),
    ("live since 05/2023", "ai_maturity_months", None, {"ai_maturity_months": 37}),
    ("Juin 2024 pour la mise en prod du premier modèle", "ai_maturity_months", None,
     {"ai_maturity_months": 24}),
    ("en prod depuis le mois de mars", "ai_maturity_months", None, {"ai_maturity_months": 3}),
    ("it went into prod at the start of the summer - July", "ai_maturity_months", None,
     {"ai_maturity_months": 11}),
    ("since autumn 2023 - the pricing model went live in October", "ai_maturity_months", None,
     {"ai_maturity_months": 32}),
    ("mis en service pour Noël 2023, en décembre donc", "ai_maturity_months", None,
     {"ai_maturity_months": 30}),
    ("on se sert de ChatGPT depuis 2022, mais notre modèle maison est en prod depuis mars 2025",
     "ai_maturity_months", None, {"ai_maturity_months": 15}),
    ("sorry, not Graz, that's our casting supplier. Our third site is in Brno", "ai_maturity_months",
     KNOWN, {"countries": 3}),
    ("non, les 800 c'est sans l'agence de Lisbonne, donc plutôt 860 en tout", "ai_maturity_months",
     KNOWN, {"employees": 860}),
    ("we're 840 not 800, forgot the Porto hires", "governance", KNOWN, {"employees": 840}),
    ("that budget line has 300k of licences in it that aren't AI. So 600k really.", "governance", KNOWN,
     {"annual_ai_budget_eur": 600_000}),
    ("900k?? lol non, plutôt 250k", "governance", KNOWN, {"annual_ai_budget_eur": 250_000}),
    ("It's 700k; an extra 200k is promised for next year but for now it's 700.", "annual_ai_budget_eur",
     None, {"annual_ai_budget_eur": 700_000}),
    ("the 900k was last year's; this year it's 1.1M", "governance", KNOWN, {"annual_ai_budget_eur": 1_100_000}),
    ("les 900 k€ c'était l'an dernier, cette année c'est 1,2 M€", "governance", KNOWN,
     {"annual_ai_budget_eur": 1_200_000}),
    ("France et Belgique : on a un bureau à Gand depuis 2018", "countries", None,
     {"countries": 2, "ai_maturity_months": None}),
    ("I run IT for a chain of physiotherapy rehab centres", None, None, {"sector": "health"}),
    ("je suis DSI d'une caisse-maladie du Valais", None, None, {"sector": "insurance"}),
    ("Je travaille à la DSI d'un CPAS wallon.", None, None, {"sector": "public"}),
    ("we're a wealth manager in Geneva", None, None, {"sector": "finance", "countries": 1}),
    ("we are a small cyber security consultancy", None, None, {"sector": "tech"}),
    ("on fait de la formation continue en ligne pour les infirmiers", None, None, {"sector": "education"}),
    ("we're a studio building mobile apps for clients", None, None, {"sector": "tech"}),
    ("Belgium only for now, we're planning to open in the Netherlands next year", "countries", None,
     {"countries": 1}),
    ("Suisse seulement, on regarde l'Autriche pour 2028", "countries", None, {"countries": 1}),
    ("ateliers en France et en Slovaquie ; nos clients c'est surtout l'Italie", "countries", None,
     {"countries": 2}),
    ("plants in Spain and Portugal; we buy resins from Korea", "countries", None, {"countries": 2}),
    ("we sell walking holidays to Portugal and Morocco, everyone works in Bristol", "countries", None,
     {"countries": 1}),
    ("shops across the Republic and two in Northern Ireland", "countries", None, {"countries": 2}),
    ("hotels on the Costa Brava and by Lake Garda", "countries", None, {"countries": 2}),
    ("attends, DE c'est un revendeur. on a que FR et CH", "countries", KNOWN, {"countries": 2}),
    ("400 permanents et jusqu'à 1 200 en haute saison, mais comptez les permanents", "employees", None,
     {"employees": 400}),
    ("each site chose its own stacks, 4 of them in total", "ai_stacks", None, {"ai_stacks": 4}),
    ("chaque filiale a son propre stack, on en compte 6", "ai_stacks", None, {"ai_stacks": 6}),
    ("Huit cent vingt travailleurs.", "employees", None, {"employees": 820}),
    ("we're a remittances company with offices in Leeds and Accra", None, None,
     {"sector": "finance", "countries": 2}),
    ("DSI d'une association de microcrédit à Dakar", None, None, {"sector": "finance"}),
    ("yo. cleaning company - offices, hospitals, schools. 800 ppl", None, None,
     {"sector": "other", "employees": 800}),
    ("we run ski lifts in the Tyrol region", None, None, {"sector": "other"}),
    ("our AI ethics committee approves every model", "governance", None, {"governance": "central"}),
    ("about 2,000 in peak season, year-round staff is 600. Use the year-round figure.", "employees", None,
     {"employees": 600}),
    ("the Gdansk site was sold in June, forgot to say. so Germany only", "governance", KNOWN, {"countries": 1}),
    ("pardon, c'est la rentrée 2023, pas 2022", "governance", KNOWN, {"ai_maturity_months": 33}),
    ("sites à Tunis et Sfax ; nos clients sont surtout en France et en Italie", "countries", None,
     {"countries": 1}),
    ("campus à Namur et Liège, un partenariat avec une école à Lille mais c'est pas chez nous", "countries",
     None, {"countries": 1}),
    ("Porto c'est pas notre équipe, c'est un prestataire. Donc que FR et BE", "governance", KNOWN,
     {"countries": 2}),
    ("le groupe est en Suisse, pas nous : on est au Luxembourg uniquement", "countries", None, {"countries": 1}),
    ("Sinon rien à voir, tu as vu le match hier ?", "governance", None, {"governance": None}),

]


@pytest.mark.parametrize(("text", "expected", "known", "values"), VALUES)
def test_values_read(text: str, expected: str | None, known: dict[str, object] | None,
                     values: dict[str, int | float | str | None]) -> None:
    result = extract(text, expected=expected, today=TODAY, known=known)
    assert {f: result.values.get(f) for f in values} == values


def test_a_promise_to_come_back_assumes_nothing() -> None:
    result = extract("pas sous la main, je vérifie et je reviens vers vous", expected="annual_ai_budget_eur",
                     today=TODAY)
    assert result.intent == "defer" and result.unknown == ()


def test_no_idea_with_a_person_to_ask_is_an_unknown() -> None:
    result = extract("no idea honestly, I'd have to ask our CTO", expected="ai_maturity_months", today=TODAY)
    assert result.unknown == ("ai_maturity_months",)


def test_haven_t_the_foggiest_is_an_unknown() -> None:
    assert extract("haven't the faintest", expected="employees", today=TODAY).unknown == ("employees",)
