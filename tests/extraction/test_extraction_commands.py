"""Commands (reset, profile, report, help), language choice and evidence notes."""

from __future__ import annotations

import pytest
from extraction_cases import TODAY

from advisor.extraction import extract


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("recommencer", "reset"),
        ("start over", "reset"),
        ("On recommence à zéro", "reset"),
        ("show my profile", "show_profile"),
        ("montre-moi mon profil", "show_profile"),
        ("generate the report", "report"),
        ("génère le rapport", "report"),
        ("help", "help"),
        ("We are 300 people", None),
    ],
)
def test_intents(text: str, intent: str | None) -> None:
    assert extract(text).intent == intent


@pytest.mark.parametrize(
    ("text", "lang"),
    [("We are 300 people", "en"), ("Nous sommes 300 personnes", "fr")],
)
def test_language(text: str, lang: str) -> None:
    assert extract(text).language == lang
    assert extract(text, lang="fr").language == "fr"


def test_evidence_and_notes() -> None:
    result = extract("we're just experimenting, 50k€ par mois", today=TODAY)
    assert result.spans["ai_maturity_months"].note
    assert result.spans["annual_ai_budget_eur"].text == "50k€ par mois"
    assert "×12" in (result.spans["annual_ai_budget_eur"].note or "")


def test_correction_with_bare_number_after_a_fact() -> None:
    result = extract("300 people. Sorry, 350.", expected="employees")
    assert result.is_correction
    assert result.values == {"employees": 350}


def test_now_updates_a_known_field_only() -> None:
    known = {"employees": 35}
    update = extract("we are 40 now", expected="governance", known=known)
    assert update.is_correction and update.values == {"employees": 40}
    first = extract("Just demos and POCs so far, for about two years now.", expected="ai_maturity_months",
                    known=known)  # "now" updates nothing known: the demos say 0 months in production
    assert not first.is_correction and first.values == {"ai_maturity_months": 0}


def test_places_added_later_and_dated_are_not_ai_maturity() -> None:
    result = extract("Rectification : on a aussi 4 magasins aux Pays-Bas depuis juin, je les avais oubliés.",
                     expected="governance", known={"countries": 3, "ai_maturity_months": 24})
    assert result.values["countries"] == 4 and "ai_maturity_months" not in result.values


def test_scratch_the_old_number() -> None:
    result = extract("scratch the 45 btw, it's 47 since the two apprentices signed on.",
                     expected="teams_using_ai", known={"employees": 45})
    assert result.is_correction and result.values == {"employees": 47}


def test_what_if_never_leaks_into_values_even_with_expected_field() -> None:
    result = extract("What if we were 800?", expected="employees")
    assert result.values == {}
    assert result.what_if == {"employees": 800}


def test_today_is_injectable() -> None:
    from datetime import date

    assert extract("since 2020", today=date(2021, 1, 1)).values == {"ai_maturity_months": 12}
