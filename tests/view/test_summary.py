"""Summary first: the reply opens with a short summary, the details are one click away, and a later
profile change says what changed rather than repeating everything."""

from __future__ import annotations

import re

import pytest

from advisor.slots import to_profile
from advisor.view import RecommendationView, change_record
from scoring.advice import advise
from tests.view.conftest import Conversation, words

PROFILES = {
    "startup": {"employees": 40, "sector": "tech", "countries": 1, "ai_maturity_months": 4,
                "annual_ai_budget_eur": 300_000},
    "scale-up": {"employees": 300, "sector": "retail", "countries": 1, "ai_maturity_months": 12,
                 "annual_ai_budget_eur": 1_000_000},
    "fintech": {"employees": 300, "sector": "finance", "countries": 3, "ai_maturity_months": 12,
                "annual_ai_budget_eur": 3_000_000},
    "bank-migrating": {"employees": 1500, "sector": "finance", "countries": 5, "ai_maturity_months": 24,
                       "annual_ai_budget_eur": 8_000_000, "current_architecture": "decentralized"},
    "wild-west": {"employees": 120, "sector": "tech", "countries": 1, "ai_maturity_months": 3,
                  "annual_ai_budget_eur": 400_000, "ai_stacks": 12, "governance": "none"},
    "public": {"employees": 9000, "sector": "public", "countries": 1, "ai_maturity_months": 30,
               "annual_ai_budget_eur": 200_000},
}
SUMMARY_WORDS = 160


def _view(name: str, lang: str) -> RecommendationView:
    return RecommendationView(advise(to_profile(PROFILES[name])), lang)


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("name", sorted(PROFILES))
def test_the_summary_is_short_and_in_the_right_order(name: str, lang: str) -> None:
    view = _view(name, lang)
    summary = view.summary_markdown()
    assert words(summary) <= SUMMARY_WORDS, summary
    first, why, costs, step = ({"en": "### Recommendation:", "fr": "### Recommandation :"}[lang],
                               {"en": "**Why**", "fr": "**Pourquoi**"}[lang],
                               {"en": "**Costs over 24 months**", "fr": "**Coûts sur 24 mois**"}[lang],
                               {"en": "**First step**", "fr": "**Première étape**"}[lang])
    assert summary.startswith(first)
    assert summary.index(why) < summary.index(costs) < summary.index(step)
    assert len(re.findall(r"^- ", summary, re.MULTILINE)) == 3  # the three reasons that weigh most
    for cost in view.advice.costs.costs:  # every option's 24-month cost, against the budget
        assert view.w.money(cost.total.mid) in summary


def test_the_summary_states_the_budget_and_a_migration_as_first_step() -> None:
    summary = _view("bank-migrating", "en").summary_markdown()
    assert "Your stated budget, 16 M€ over 24 months, covers the recommended option." in summary
    assert "**First step** (migration plan, phase 1)" in summary
    over = _view("public", "fr").summary_markdown()
    assert re.search(r"L'option recommandée dépasse de [\d\u202f]+\u00a0% votre budget déclaré", over)


def test_details_say_what_would_change_the_advice_once_in_words() -> None:
    view = _view("fintech", "en")
    details = view.details_markdown()
    assert details.count("What would change the advice") == 1
    assert "What would change the advice" not in view.summary_markdown()
    assert "if the sector were tech, retail, industry, telecom, education or other" in details
    assert "sector =" not in details and "199,999" not in details
    for name in ("AI maturity", "regulation", "size and spread", "budget", "interoperability", "security",
                 "agility", "resilience"):
        assert f"**{name}**" in details


def test_a_profile_change_gives_a_short_delta_naming_old_and_new() -> None:
    before, after = PROFILES["scale-up"], {**PROFILES["scale-up"], "employees": 6000}
    old = advise(to_profile(before)).to_dict()
    new = advise(to_profile(after))
    change = change_record(old, before, new.to_dict(), after)
    assert change is not None and change["previous_architecture"] == "hybrid"
    for lang, title in (("en", "### Recommendation: **centralized** (before: hybrid)"),
                        ("fr", "### Recommandation : **centralisée** (auparavant : hybride)")):
        delta = RecommendationView(new, lang, change=change).reply_markdown()
        assert delta.startswith(title) and words(delta) <= 100
        assert "300 → 6" in delta and delta.count("→") >= 4  # the fact, and each option's cost
    assert change_record(old, before, old, before) is None  # same profile: the summary again


def test_a_delta_turn_is_short_in_the_conversation(conversations: dict[str, Conversation]) -> None:
    for conversation in conversations.values():
        summary_turn, refined, delta = (conversation.turns[i] for i in (1, 2, 3))
        recommendation = summary_turn.reply.split("###", 1)[1].split("\n\n**Sources**")[0]
        assert words(recommendation) <= SUMMARY_WORDS + 30  # with the question that follows it
        for turn in (refined, delta):
            body = turn.reply.split("\n\n**Sources**")[0]
            assert words(body) <= 130, body  # not the whole block again
        assert "(before: hybrid)" in delta.reply or "(auparavant : hybride)" in delta.reply


@pytest.mark.parametrize(("lang", "said"), [("en", "rests on an assumption"), ("fr", "repose sur une hypothèse")])
def test_an_assumed_value_that_decides_the_result_is_flagged(lang: str, said: str) -> None:
    profile = {"employees": 480, "sector": "retail", "countries": 1, "ai_maturity_months": 24,
               "annual_ai_budget_eur": 1_440_000}
    assumed = {"annual_ai_budget_eur": {"status": "assumed", "turn": 1}}
    summary = RecommendationView(advise(to_profile(profile)), lang, provenance=assumed).summary_markdown()
    assert said in summary and ("assumed budget" in summary or "budget supposé" in summary)
    stated = RecommendationView(advise(to_profile(profile)), lang).summary_markdown()
    assert said not in stated  # a stated value is the user's, not flagged
