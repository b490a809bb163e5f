"""Offline extractive answers and the `advisor index` / `advisor ask` commands."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from knowledge.answer import answer_question, split_sentences
from knowledge.routing import routed_ids


def test_answer_is_in_the_question_language_with_valid_numbered_citations(retriever: Any) -> None:
    answer = answer_question("Combien de temps dure la migration vers le centralisé ?", retriever)
    assert answer.lang == "fr" and answer.citations
    assert answer.citations[0].id == "article/migration/plan"
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)}
    assert markers == set(range(1, len(answer.citations) + 1))
    for passage in answer.citations:
        assert retriever.get_passage(passage.key) == passage
        assert passage.text.count(".") and passage.lang == "fr"
    rendered = answer.render()
    assert "[1] article/migration/plan (fr)" in rendered


def test_answer_sentences_come_from_the_cited_passages(retriever: Any) -> None:
    answer = answer_question("What should finance and healthcare companies choose?", retriever)
    assert answer.lang == "en"
    for part in re.split(r" \[\d+\] ?", answer.text):
        if part:
            assert any(part in " ".join(p.text.split()) for p in answer.citations)


def test_split_sentences_keeps_decimals() -> None:
    assert split_sentences("ROI is 3.7 times. Next one.") == ["ROI is 3.7 times.", "Next one."]


def test_cli_index_add_then_ask(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from knowledge.cli import ask_command, index_command
    from knowledge.config import KnowledgeSettings

    settings = KnowledgeSettings(data_dir=tmp_path / "data", embedding="hash")
    doc = tmp_path / "runbook.txt"
    doc.write_text("The zorblax gateway is owned by the platform guild.")
    assert index_command([doc], settings) == 0
    assert "user/runbook" in capsys.readouterr().out
    assert ask_command("Who owns the zorblax gateway?", settings) == 0
    out = capsys.readouterr().out
    assert "platform guild. [1]" in out and "[1] user/runbook/1 (en)" in out
    assert index_command([tmp_path / "missing.md"], settings) == 2
    assert ask_command("  ", settings) == 2


@pytest.mark.parametrize(("question", "kind", "passages"), [
    ("le décentralisé c'est vraiment 10 fois plus cher ?", "comparison", {"method/contradictions/multipliers"}),
    ("which tools are named in the article?", "list", {"article/schools/decentralized"}),
    ("hybride vs full centralisé, la différence ?", "comparison",
     {"article/patterns/full-central", "article/hybrid/architecture", "article/hybrid/ratio"}),
    ("why not go fully centralized now? downside, and what split does hybrid use?", "definition",
     {"article/schools/centralized-limits", "article/hybrid/ratio"}),
    # subjects said in the asker's words
    ("Step one of moving to centralized, what gets stood up first?", "other", {"article/migration/plan"}),
    ("right split between mandated platform and freedom? we were thinking 70/30", "other",
     {"article/hybrid/ratio"}),
    ("le chiffre de 4,2M€/an qui circule, il sort d'ou ?", "other", {"article/risks/costs"}),
    ("the less-talked-about risks of letting teams go rogue?", "list", {"article/risks/governance"}),
    ("dans le cas startup 50 pers, niveau secu ca donne combien ?", "numbers", {"article/comparison/startup"}),
])
def test_precise_subjects_route_to_their_passages(question: str, kind: str, passages: set[str]) -> None:
    assert passages <= set(routed_ids(question, kind))


@pytest.mark.parametrize(("question", "scoped"), [
    ("what does a team-by-team setup really cost a year for an org of ~500?", True),  # by meaning
    ("si un agent fait fuiter des donnees, on risque combien max en amende RGPD ?", False),  # legal advice
    ("on a combien de temps pour notifier la CNIL ?", False),
])
def test_scope_by_meaning_and_legal_advice_refused(question: str, scoped: bool) -> None:
    from knowledge.routing import in_scope

    assert in_scope(question) is scoped
