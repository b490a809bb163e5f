"""ui.presenter: what the chat shows for a turn, built without Chainlit, from the view."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from tests.ui.helpers import CITATION, FINTECH, FINTECH_PROVENANCE, fintech_advice
from ui.presenter import recommendation_key, recommendation_view, reply_chunks, turn_view

DAY = dt.date(2026, 11, 24)


def _state(with_recommendation: bool = True, language: str = "en") -> dict[str, object]:
    recommendation = fintech_advice().to_dict() if with_recommendation else None
    return {"language": language, "profile": FINTECH, "provenance": FINTECH_PROVENANCE,
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
    assert rec.adr_name == "orchestration-adr-centralized-2026-11-24.md" and rec.adr_markdown.startswith("# ADR")
    assert rec.view.report_pdf().startswith(b"%PDF") and "November 24, 2026" in rec.report_markdown
    assert rec.details_title.startswith("Details")
    assert rec.details_markdown.count("#### What would change the advice") == 1
    assert "What would change the advice" not in rec.report_intro  # said once, in the details
    assert rec.criteria_svg.count("data-key=") == 8 and rec.cost_svg.startswith("<svg")


def test_a_french_turn_gets_french_elements() -> None:
    rec = turn_view(_state(language="fr"), today=DAY).recommendation
    assert rec is not None
    assert rec.details_title.startswith("Détails") and "#### Pourquoi, critère par critère" in rec.details_markdown
    assert rec.pdf_name == "rapport-orchestration-centralized-2026-11-24.pdf"
    assert rec.report_intro.startswith("Rapport (Markdown et PDF)")


def test_no_recommendation_yet_or_not_asked_for() -> None:
    assert turn_view(_state(with_recommendation=False)).recommendation is None
    assert turn_view(_state(), with_recommendation=False).recommendation is None


def test_scorer_defaults_reach_the_panel() -> None:
    assert "≈ default: 6" in turn_view(_state(), today=DAY).panel_markdown  # teams_using_ai


def test_the_view_is_rebuilt_from_the_scored_profile() -> None:
    recommendation = fintech_advice().to_dict()
    view = recommendation_view({"recommendation": recommendation, "language": "en"})
    assert view is not None
    assert view.advice.architecture == recommendation["architecture"]
    assert view.advice.scorecard.score == recommendation["score"]


def test_recommendation_key_changes_with_the_profile_only() -> None:
    one, same = fintech_advice().to_dict(), fintech_advice().to_dict()
    assert recommendation_key(one) == recommendation_key(same) != ""
    assert recommendation_key(None) == ""
    other = {**one, "profile": {**one["profile"], "employees": 301}}
    assert recommendation_key(other) != recommendation_key(one)


@given(st.text(alphabet=st.sampled_from("ab  \n€[]"), max_size=60))
def test_streamed_chunks_rebuild_the_reply(reply: str) -> None:
    assert "".join(reply_chunks(reply)) == reply
