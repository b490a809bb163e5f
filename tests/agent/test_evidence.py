"""A fact's parts are recomputed by code from the quote (advisor/evidence.py)."""

from __future__ import annotations

from datetime import date

import pytest

from advisor.evidence import check_parts

TODAY = date(2026, 11, 30)
BUDGET = "annual_ai_budget_eur"


def fact(field: str, value: float, **parts: object) -> dict[str, object]:
    return {"field": field, "value": value, **parts}


@pytest.mark.parametrize(("parts", "quote", "value", "verdict"), [
    ({"amount": 3.2e6, "currency": "chf", "per": "year"}, "CHF 3.2 million", 3_360_000, "accept"),
    ({"amount": 20_000, "currency": "eur", "per": "month"}, "20k a month", 240_000, "accept"),
    ({"amount": 650_000, "currency": "eur", "per": "quarter"}, "650k euros per quarter", 2_600_000, "accept"),
    ({"amount": 3.2e6, "currency": "eur", "per": "year"}, "CHF 3.2 million", 3_200_000, "reject"),  # francs said
    ({"amount": 4e6, "currency": "chf", "per": "year"}, "CHF 3.2 million", 4_200_000, "reject"),  # not said
    ({"amount": 20_000, "currency": "eur", "per": "month"}, "20k a year", 240_000, "reject"),  # no month
    ({"amount": 20_000, "currency": "eur", "per": "year"}, "20k a year", 240_000, "reject"),  # sum wrong
])
def test_budget_parts(parts: dict[str, object], quote: str, value: float, verdict: str) -> None:
    assert check_parts(fact(BUDGET, value, **parts), quote, TODAY) == verdict


@pytest.mark.parametrize(("since", "quote", "value", "verdict"), [
    ("2024-09", "since September 2024", 26, "accept"),
    ("2024-09", "2024. sept", 26, "accept"),
    ("2025-03", "depuis mars 2025", 20, "accept"),
    ("2025-03", "live 03/2025", 20, "accept"),
    ("2025-03", "since 2025", 20, "infer"),  # the month is the model's own reading: said back
    ("2025-03", "since March 2025", 18, "reject"),  # the months do not follow from the date
    ("2023-03", "since March 2025", 44, "reject"),  # that year is not in the quote
])
def test_start_date_parts(since: str, quote: str, value: float, verdict: str) -> None:
    assert check_parts(fact("ai_maturity_months", value, since=since), quote, TODAY) == verdict


@pytest.mark.parametrize(("places", "quote", "value", "verdict"), [
    (["Zurich", "Munich", "Cologne", "London"], "Zurich, Munich, Cologne and London", 3, "accept"),
    (["Lyon", "Valence (Spain)"], "Lyon et Valence (l'espagnole)", 2, "infer"),  # homonym: said back
    (["Lyon", "Madrid"], "Lyon and Lisbon", 2, "reject"),  # Madrid is not in the quote
    (["Lyon", "Paris"], "Lyon and Paris", 2, "reject"),  # one country, not two
])
def test_places_parts(places: list[str], quote: str, value: float, verdict: str) -> None:
    assert check_parts(fact("countries", value, places=places), quote, TODAY) == verdict


def test_a_fact_without_parts_is_left_to_the_reader() -> None:
    assert check_parts(fact("employees", 300), "300 staff", TODAY) is None


@pytest.mark.parametrize(("addends", "quote", "value", "verdict"), [
    ([1800, 250], "1,800 in the plants and roughly 250 in the offices", 2050, "accept"),
    ([4, 1], "quatre pays en Europe plus le Maroc, un de plus", 5, "accept"),
    ([1800, 250], "1,800 in the plants and roughly 250 in the offices", 2100, "reject"),  # the sum is code's
    ([1800, 300], "1,800 in the plants and roughly 250 in the offices", 2100, "reject"),  # 300 is not said
    ([2050], "2,050 people", 2050, "reject"),  # one number is not a sum
])
def test_addends_parts(addends: list[float], quote: str, value: float, verdict: str) -> None:
    assert check_parts(fact("employees", value, addends=addends), quote, TODAY) == verdict
