"""ui.presenter: what the chat shows for a turn, built without Chainlit."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from tests.ui.helpers import CITATION, FINTECH, FINTECH_PROVENANCE, fintech_advice
from ui.presenter import advice_for, recommendation_key, reply_chunks, turn_view

DAY = dt.date(2026, 11, 24)


def _state(with_recommendation: bool = True) -> dict[str, object]:
    recommendation = fintech_advice().to_dict() if with_recommendation else None
    return {"language": "en", "profile": FINTECH, "provenance": FINTECH_PROVENANCE,
            "recommendation": recommendation, "citations": [CITATION],
            "tool_calls": [{"tool": "score_profile", "args": {"profile": FINTECH},
                            "result": {"architecture": "centralized", "score": 0.4}}]}


def test_turn_view_has_citations_tools_panel_and_recommendation() -> None:
    view = turn_view(_state(), "Reply [2]", today=DAY)
    assert view.reply == "Reply [2]"
    assert view.citations[0].name == "[2]" and "The second criterion is regulation." in view.citations[0].content
    assert view.tool_calls[0].name == "score_profile" and '"centralized"' in view.tool_calls[0].detail
    assert view.panel_title == "Profile" and "5/5 required fields known" in view.panel_markdown
    rec = view.recommendation
    assert rec is not None
    assert rec.markdown_name == "orchestration-report-centralized-2026-11-24.md"
    assert rec.report_pdf.startswith(b"%PDF") and "Date: 2026-11-24" in rec.report_markdown
    assert rec.sensitivity_markdown.startswith("**What would change the advice**")
    assert len(rec.criteria_figure.data[0].y) == 8


def test_no_recommendation_yet_or_not_asked_for() -> None:
    assert turn_view(_state(with_recommendation=False)).recommendation is None
    assert turn_view(_state(), with_recommendation=False).recommendation is None


def test_scorer_defaults_reach_the_panel() -> None:
    assert "≈ default: 6" in turn_view(_state(), today=DAY).panel_markdown  # teams_using_ai


def test_advice_is_rebuilt_from_the_scored_profile() -> None:
    recommendation = fintech_advice().to_dict()
    advice = advice_for(recommendation)
    assert advice.architecture == recommendation["architecture"]
    assert advice.scorecard.score == recommendation["score"]


def test_recommendation_key_changes_with_the_profile_only() -> None:
    one, same = fintech_advice().to_dict(), fintech_advice().to_dict()
    assert recommendation_key(one) == recommendation_key(same) != ""
    assert recommendation_key(None) == ""
    other = {**one, "profile": {**one["profile"], "employees": 301}}
    assert recommendation_key(other) != recommendation_key(one)


@given(st.text(alphabet=st.sampled_from("ab  \n€[]"), max_size=60))
def test_streamed_chunks_rebuild_the_reply(reply: str) -> None:
    assert "".join(reply_chunks(reply)) == reply
