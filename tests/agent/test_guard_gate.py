"""The guard is a gate: a phrased reply that does not trace is replaced by the deterministic draft."""

from __future__ import annotations

from langchain_core.messages import HumanMessage

from advisor.reply import guard
from advisor.state import State

DRAFT = "Noted: 300 employees."


def _state(phrased: str) -> State:
    return State(messages=[HumanMessage(content="We are 300 people.", id="m1")], profile={"employees": 300},
                 draft=DRAFT, phrased=phrased)


def test_a_phrased_reply_with_an_invented_figure_falls_back_to_the_draft() -> None:
    out = guard(_state("Great, 300 people and a budget of 7 M€ — centralize!"))
    assert out["messages"][0].content == DRAFT
    assert out["guard_fallbacks"] == 1 and out["messages"][0].additional_kwargs["guard_fallback"]


def test_a_phrased_reply_that_traces_is_sent() -> None:
    out = guard(_state("Thanks — I have noted 300 employees."))
    assert out["messages"][0].content == "Thanks — I have noted 300 employees."
    assert out["guard_fallbacks"] == 0


def test_a_citation_number_nothing_was_retrieved_for_is_refused() -> None:
    out = guard(_state("300 employees, as the framework says [3]."))
    assert out["messages"][0].content == DRAFT
