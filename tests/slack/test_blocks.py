"""Block Kit views stay within Slack's limits whatever the advisor says."""

from __future__ import annotations

import copy
from typing import Any

from advisor.session import Turn
from tests.slack.test_conversation import assert_within_block_kit_limits, block_texts
from ui.slack.blocks import fallback_text, recommendation_blocks, reply_blocks, sources
from ui.slack.mrkdwn import to_mrkdwn

CITATION = {"n": 1, "id": "article/criteria/regulation", "publisher": "O137 (blog)", "section": "Criteria"}


def turn(reply: str, recommendation: dict[str, Any] | None = None, citations: list[dict[str, Any]] | None = None,
         scored: bool = False, language: str = "en") -> Turn:
    calls = [{"tool": "score_profile"}] if scored else []
    return Turn(reply=reply, language=language, profile={}, provenance={}, asked=None,
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


def test_oversized_recommendation_fields_are_clipped(recommendation: dict[str, Any]) -> None:
    huge = copy.deepcopy(recommendation)
    huge["architecture"] = "hybrid"
    huge["risks"] = [{"figure": "f" * 500, "estimate": "e" * 2000, "source": "x"} for _ in range(10)]
    citations = [{**CITATION, "n": n} for n in range(1, 120)]
    blocks = recommendation_blocks(huge, citations, "fr") + sources(citations)
    assert_within_block_kit_limits(reply_blocks(turn("### Recommandation", huge, scored=True, language="fr")))
    assert blocks[0]["text"]["text"].startswith("Recommandation")
    assert all(len(b.get("text", {}).get("text", "")) <= 3000 for b in blocks)
