"""Sector vocabulary (advisor/lexicon/{en,fr}.yaml `sectors:`): one case per way of naming a sector.

Same shape as extraction_cases.CASES, `(message, expected_field_or_None, {field: value})`, but only
the fields listed are compared (other readers, such as governance on "charter", are left out);
a case without "sector" asserts that no sector is read.
"""

from __future__ import annotations

import pytest
from extraction_cases import TODAY

from advisor.extraction import extract

CASES: list[tuple[str, str | None, dict[str, int | float | str]]] = [
    # --- priority: the earlier sector wins over a neighbouring word
    ("courtier en assurances", None, {"sector": "insurance"}),
    ("Courtier en assurances de 300 personnes", None, {"employees": 300, "sector": "insurance"}),
    ("un courtier d'assurance", None, {"sector": "insurance"}),
    ("cabinet de courtage en assurances", None, {"sector": "insurance"}),
    ("we are a broker of insurance", None, {"sector": "insurance"}),
    ("a reinsurance broker", None, {"sector": "insurance"}),
    ("a Re company writing 2bn of gross written premiums", None, {"sector": "insurance"}),
    ("un réassureur", None, {"sector": "insurance"}),
    ("a non-profit charter school network", None, {"sector": "education"}),
    ("We're a non-profit that runs charter schools", None, {"sector": "education"}),
    ("a charity running three hospitals", None, {"sector": "health"}),
    ("une coopérative laitière", None, {"sector": "industry"}),
    ("une boulangerie industrielle", None, {"sector": "industry"}),
    ("raffinerie de sucre", None, {"sector": "industry"}),
    ("raffinerie de pétrole", None, {"sector": "energy"}),
    ("a sugar refinery", None, {"sector": "industry"}),
    ("farm machinery dealer", None, {"sector": "retail"}),
    ("une concession agricole", None, {"sector": "retail"}),
    ("opérateur de fret ferroviaire", None, {"sector": "other"}),
    ("transport ferroviaire de voyageurs", None, {"sector": "other"}),
    ("a national museum", None, {"sector": "public"}),
    ("musée national", None, {"sector": "public"}),
    ("un musée privé", None, {"sector": "other"}),
    ("agence régionale de santé", None, {"sector": "public"}),
    ("éditeur de livres", None, {"sector": "other"}),
    ("régie publicitaire", None, {"sector": "other"}),
    # --- other: agriculture, fishing, forestry, wine
    ("salmon farming company, 900 staff", None, {"employees": 900, "sector": "other"}),
    ("we run fish farms in Norway", None, {"countries": 1, "sector": "other"}),
    ("aquaculture group", None, {"sector": "other"}),
    ("We grow tea in Kenya", None, {"countries": 1, "sector": "other"}),
    ("we own tea estates", None, {"sector": "other"}),
    ("a winery", None, {"sector": "other"}),
    ("family-owned vineyard", None, {"sector": "other"}),
    ("horticulture business", None, {"sector": "other"}),
    ("pisciculture", None, {"sector": "other"}),
    ("Nous élevons des saumons", None, {"sector": "other"}),
    ("Nous sommes un domaine viticole", None, {"sector": "other"}),
    ("une exploitation agricole", None, {"sector": "other"}),
    # --- other: transport, hospitality, leisure, media
    ("we are a ferry operator", None, {"sector": "other"}),
    ("compagnie de ferries, 600 salariés", None, {"employees": 600, "sector": "other"}),
    ("rail freight operator", None, {"sector": "other"}),
    ("Groupe hôtelier, 2 100 salariés", None, {"employees": 2100, "sector": "other"}),
    ("We're a hotel and casino group", None, {"sector": "other"}),
    ("a casino operator", None, {"sector": "other"}),
    ("groupe de casinos", None, {"sector": "other"}),
    ("We operate casinos and gaming halls", None, {"sector": "other"}),
    ("sports federation", None, {"sector": "other"}),
    ("une fédération sportive", None, {"sector": "other"}),
    ("book publisher", None, {"sector": "other"}),
    ("une maison d'édition", None, {"sector": "other"}),
    # --- other: professional services, waste, non-profits
    ("patent attorneys, 80 people", None, {"employees": 80, "sector": "other"}),
    ("cabinet de conseil en propriété industrielle", None, {"sector": "other"}),
    ("an engineering consultancy", None, {"sector": "other"}),
    ("un bureau d'études", None, {"sector": "other"}),
    ("une firme de génie-conseil", None, {"sector": "other"}),
    ("cabinet d'expertise comptable", None, {"sector": "other"}),
    ("waste management company", None, {"sector": "other"}),
    ("Nous gérons la collecte et le tri des déchets", None, {"sector": "other"}),
    ("entreprise de travail temporaire", None, {"sector": "other"}),
    ("association à but non lucratif", None, {"sector": "other"}),
    # --- industry: food, drink and other manufacturing
    ("a craft distillery", None, {"sector": "industry"}),
    ("une distillerie", None, {"sector": "industry"}),
    ("une brasserie artisanale", None, {"sector": "industry"}),
    ("une brasserie qui fait de la bière", None, {"sector": "industry"}),
    ("dairy cooperative", None, {"sector": "industry"}),
    ("meat processing", None, {"sector": "industry"}),
    ("a coffee roaster", None, {"sector": "industry"}),
    ("a printing company", None, {"sector": "industry"}),
    ("une imprimerie", None, {"sector": "industry"}),
    ("textile mill", None, {"sector": "industry"}),
    ("furniture maker", None, {"sector": "industry"}),
    # --- retail
    ("garden centres across the UK", None, {"countries": 1, "sector": "retail"}),
    ("une jardinerie", None, {"sector": "retail"}),
    ("online bookshop", None, {"sector": "retail"}),
    ("une librairie en ligne", None, {"sector": "retail"}),
    ("car dealership group", None, {"sector": "retail"}),
    # --- finance
    ("a pension fund", None, {"sector": "finance"}),
    ("un fonds de pension", None, {"sector": "finance"}),
    ("une caisse de retraite", None, {"sector": "finance"}),
    ("une caisse de crédit mutuel", None, {"sector": "finance"}),
    ("credit unions", None, {"sector": "finance"}),
    # --- education, health, tech, telecom, energy, public
    ("un réseau d'écoles", None, {"sector": "education"}),
    ("e-learning company", None, {"sector": "education"}),
    ("a care home operator", None, {"sector": "health"}),
    ("une polyclinique", None, {"sector": "health"}),
    ("computer vision startup", None, {"sector": "tech"}),
    ("cv startup", None, {"sector": "tech"}),
    ("start-up de vision par ordinateur", None, {"sector": "tech"}),
    ("entreprise de services du numérique", None, {"sector": "tech"}),
    ("fibre broadband provider", None, {"sector": "telecom"}),
    ("offshore wind developer", None, {"sector": "energy"}),
    ("parc éolien", None, {"sector": "energy"}),
    ("gendarmerie", None, {"sector": "public"}),
    # --- no sector: ambiguous words in everyday sentences
    ("as a last resort we escalate to a human", None, {}),
    ("We use Palantir Foundry for our data platform", None, {}),
    ("We fine-tune a foundation model on our own data", None, {}),
    ("On utilise un modèle de fondation open source", None, {}),
    ("The article's publisher sells a platform", None, {}),
    ("Staff take e-learning modules on AI", None, {}),
    ("We run a machine learning platform", None, {}),
    ("On utilise une librairie Python pour le RAG", None, {}),
    ("Le DSI par intérim valide les choix", None, {}),
    ("Une armée d'agents IA tourne en production", None, {}),
    ("On a posé les fondations de la plateforme", None, {}),
    ("On a installé des bornes de recharge sur le parking", None, {}),
    ("Nos services informatiques gèrent les accès", None, {}),
    ("Our data warehousing is on Snowflake", None, {}),
    # --- everyday descriptions; customers named after "for" are not the company's sector
    ("a ten-person software boutique", None, {"sector": "tech"}),
    ("we run a video-streaming platform for indie films", None, {"sector": "tech"}),
    ("on édite une application de réservation", None, {"sector": "tech"}),
    ("we bake cakes for retail chains", None, {"sector": "industry"}),
    ("on revend du matériel de camping en ligne, on ne fabrique rien", None, {"sector": "retail"}),
    ("une société de déménagement", None, {"sector": "other"}),
    ("a temp agency with 30 branches", None, {"sector": "other"}),
    ("The interim CTO signs off the budget", None, {}),
]


@pytest.mark.parametrize(("text", "expected_field", "values"), CASES, ids=[c[0][:40] for c in CASES])
def test_sector_words(text: str, expected_field: str | None, values: dict[str, int | float | str]) -> None:
    result = extract(text, expected=expected_field, today=TODAY)
    for field, value in values.items():
        assert result.values.get(field) == value, (field, result.values)
        evidence = result.spans[field]
        assert evidence.text == text[evidence.start:evidence.end]
    if "sector" not in values:
        assert "sector" not in result.values, result.values
