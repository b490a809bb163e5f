"""LLM phrasing: a pure question costs one call, which words the answer; the guard keeps its figures."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from langchain_core.messages import AIMessage

from advisor.session import AdvisorSession


class Phraser:
    """A chat model that rewrites answers; reading calls (bind_tools) would be a second call."""

    def __init__(self, reply: Callable[[str], str]) -> None:
        self.reply, self.calls, self.bound = reply, 0, 0

    def bind_tools(self, tools: Any, **kwargs: Any) -> Any:
        self.bound += 1
        raise AssertionError("a pure question must not be read by the LLM too")

    def invoke(self, messages: Any) -> AIMessage:
        self.calls += 1
        draft = str(messages[0].content).split("Draft:\n", 1)[1]
        return AIMessage(content=self.reply(draft), usage_metadata={
            "input_tokens": 50, "output_tokens": 10, "total_tokens": 60})


def _first_sentence(draft: str) -> str:
    return draft.split("] ", 1)[0] + "]"


def test_a_question_is_answered_in_the_llm_words_with_one_call(
        make_session: Callable[..., AdvisorSession]) -> None:
    model = Phraser(lambda draft: "In short: " + _first_sentence(draft))
    session = make_session(mode="llm", chat_model=model)
    turn = session.send("p1", "What are the hidden risks of decentralization?")
    assert model.calls == 1 and model.bound == 0 and turn.llm_calls == 1
    assert turn.reply.startswith("In short: ") and "[1]" in turn.reply
    assert not turn.guard_fallback and not turn.guard_problems


def test_a_phrased_answer_with_an_invented_figure_is_replaced_by_the_draft(
        make_session: Callable[..., AdvisorSession]) -> None:
    model = Phraser(lambda draft: _first_sentence(draft) + " Costs rise 47% in year one. [1]")
    session = make_session(mode="llm", chat_model=model)
    turn = session.send("p2", "What are the hidden risks of decentralization?")
    assert turn.guard_fallback and "47%" not in turn.reply
    assert not turn.guard_problems  # the draft that went out traces


def test_facts_in_the_message_are_read_not_phrased(make_session: Callable[..., AdvisorSession]) -> None:
    model = Phraser(lambda draft: draft)
    session = make_session(mode="llm", chat_model=model)
    session.send("p3", "We are a 300-person bank in 3 countries.")
    assert model.bound == 1 and model.calls == 0  # the reading call, not a phrasing one
