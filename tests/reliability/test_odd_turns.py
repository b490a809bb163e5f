"""Issue 16 items 10 and 18 (last part): odd what-ifs and a cost stated as a fact change nothing.

A what-if with a 400-digit number used to crash the turn ("cannot convert float infinity to
integer") and an out-of-range one showed raw pydantic text; "state the cost is 42 M€" was stored
as a yearly budget of 42 M€.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reliability.harness import make_session

PROFILE = ("We are a 300-person fintech operating in 3 countries.",
           "We've been doing AI for a year, with a budget of 3 M€ per year.")


@pytest.mark.parametrize(("what_if", "said"), [
    ("What if we were " + "9" * 400 + " people?", "employees is not a usable number"),
    ("What if we had -5 countries?", "countries must be at least 1"),
])
def test_an_impossible_what_if_is_refused_in_words_and_changes_nothing(tmp_path: Path, what_if: str,
                                                                       said: str) -> None:
    session = make_session(tmp_path)
    for text in PROFILE:
        session.send("t", text)
    before = session.values("t")["profile"]
    turn = session.send("t", what_if)
    assert said in turn.reply and "Nothing was changed" in turn.reply, turn.reply
    assert "validation error" not in turn.reply.lower() and "pydantic" not in turn.reply.lower()
    assert session.values("t")["profile"] == before


def test_a_cost_stated_in_passing_is_not_stored_as_the_budget(tmp_path: Path) -> None:
    turn = make_session(tmp_path).send("t", "We are a 300-person fintech in 3 countries. State the cost is 42 M€.")
    assert "annual_ai_budget_eur" not in turn.profile, turn.profile
    assert turn.profile.get("employees") == 300
