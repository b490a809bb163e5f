"""Block Kit views stay within Slack's limits whatever the advisor says; the recommendation card
comes from the view (summary, Details button), the details on demand."""

from __future__ import annotations

import copy
from typing import Any

from advisor.session import Turn
from advisor.view import RecommendationView
from tests.slack.test_conversation import assert_within_block_kit_limits, block_texts
from ui.slack.blocks import fallback_text, reply_blocks, sources
from ui.slack.mrkdwn import to_mrkdwn

CITATION = {"n": 1, "id": "article/criteria/regulation", "publisher": "O137 (blog)", "section": "Criteria"}


def turn(reply: str, recommendation: dict[str, Any] | None = None, citations: list[dict[str, Any]] | None = None,
         scored: bool = False, language: str = "en", asked: str | None = None) -> Turn:
    calls = [{"tool": "score_profile"}] if scored else []
    return Turn(reply=reply, language=language, profile={}, provenance={}, asked=asked,
                recommendation=recommendation, citations=citations or [], retrieved_ids=[], tool_calls=calls,
                understanding={}, llm_calls=0, llm_tokens=0)


def test_markdown_becomes_mrkdwn() -> None:
    text = "### Costs: **low**\nSee **this** and [the article](https://example.org/a) [1]"
    assert to_mrkdwn(text) == "*Costs: low*\nSee *this* and the article (https://example.org/a) [1]"


def test_a_long_answer_is_split_and_cited() -> None:
    reply = "\n".join(f"- point {i}: " + "x" * 200 for i in range(900)) + "\n\n**Sources**\n- [1] ..."
    citations = [{**CITATION, "n": n} for n in range(1, 40)]
    blocks = reply_blocks(turn(reply, citations=citations))
    assert_within_block_kit_limits(blocks)
    texts = block_texts(blocks)
    assert "/advisor report" in texts and "[39] `article/criteria/regulation`" in texts  # sources kept
    assert len(fallback_text(turn(reply * 20))) <= 39_000


def test_an_old_recommendation_is_not_re_rendered_as_a_card(recommendation: dict[str, Any]) -> None:
    blocks = reply_blocks(turn("Regulation matters because… [1]", recommendation, [CITATION]))
    assert all(b["type"] != "header" for b in blocks)
    assert "[1] `article/criteria/regulation` — O137 (blog), Criteria" in block_texts(blocks)


def test_a_new_recommendation_is_a_summary_card_with_a_details_button(recommendation: dict[str, Any]) -> None:
    question = "To refine the advice: how many teams use AI today?"
    reply = f"Noted: 3 countries.\n\n### Recommendation: **centralized** [1]\n\n…\n\n{question}"
    blocks = reply_blocks(turn(reply, recommendation, [CITATION], scored=True, asked="teams_using_ai"))
    assert_within_block_kit_limits(blocks)
    types = [b["type"] for b in blocks]
    assert blocks[types.index("header")]["text"]["text"] == "Recommendation: centralized"
    text = block_texts(blocks)
    assert text.index("Noted: 3 countries.") < text.index("*Why*") < text.index(question)
    assert "Finance and health: the framework centralizes 100%" in text and "[1]" in text  # the reply's numbers
    button = next(b for b in blocks if b["type"] == "actions")["elements"][0]
    assert button["action_id"] == "advisor_details" and button["text"]["text"] == "Details"
    assert "What would change the advice" not in text  # that is in the details


def test_the_details_have_every_section_within_limits(recommendation: dict[str, Any]) -> None:
    blocks = RecommendationView.from_record(recommendation, "fr").slack_details_blocks()
    assert_within_block_kit_limits(blocks)
    text = block_texts(blocks)
    assert blocks[0]["text"]["text"] == "Détails"
    for heading in ("*Pourquoi, critère par critère*", "*Coûts sur 24 mois (bas–haut) et valeur [",
                    "*Ce qui changerait la recommandation [", "*Sources*"):
        assert heading in text
    assert "**" not in text and "1,02 M€" in text


def test_oversized_recommendation_fields_are_clipped(recommendation: dict[str, Any]) -> None:
    huge = copy.deepcopy(recommendation)
    huge["change"] = {"previous_architecture": "hybrid", "previous_plan": False,
                      "fields": {f"field{i}": ["x" * 400, "y" * 400] for i in range(30)},
                      "costs": {"centralized": {"before": 1, "after": 2, "delta": 1}}}
    citations = [{**CITATION, "n": n} for n in range(1, 120)]
    blocks = reply_blocks(turn("### Recommandation", huge, citations, scored=True, language="fr"))
    assert_within_block_kit_limits(blocks)
    assert blocks[0]["text"]["text"].startswith("Recommandation : centralisée (auparavant : hybride)")
    assert all(len(b.get("text", {}).get("text", "")) <= 3000 for b in blocks)
    assert sources(citations)
