"""Answers in the chat: framework questions through the one answerer (knowledge.answer), and
follow-ups about the current recommendation from its tool result."""

from __future__ import annotations

import re
from typing import Any

from advisor.citations import Marks
from advisor.context import Context
from advisor.decide import decide_from_question
from advisor.services import retriever_for
from advisor.state import Note, State
from advisor.templates import t
from advisor.tool_support import cited_update, marks_for, passage_dict

_MARKER = re.compile(r"\[(\d+)\]")


def search_framework_notes(state: State, ctx: Context, query: str) -> tuple[dict[str, Any], list[str]]:
    """The answerer's reply to `query` in the conversation's language, its markers as citations."""
    from knowledge.answer import answer_question
    from knowledge.index import IndexNotReady

    lang = state.language
    try:
        answer = answer_question(query, retriever_for(ctx), lang=lang, advice=state.recommendation,
                                 decide=lambda q, lg: decide_from_question(
                                     q, lg, known=state.profile, today=ctx.current_date))
    except IndexNotReady:
        return {"notes": [Note(kind="index", text=t("index_unavailable", lang))]}, []
    by_n = {n: p for n, p in enumerate(answer.citations, start=1)}
    marks = Marks(lambda pid: next((passage_dict(p) for p in answer.citations if p.id == pid), None))

    def token(match: re.Match[str]) -> str:
        passage = by_n.get(int(match.group(1)))
        return marks.mark(passage.id) if passage is not None else ""

    text = _MARKER.sub(token, answer.text)
    update = cited_update(marks, lang)
    result = {"kind": answer.kind, "decision": answer.decision}
    update["notes"] = [Note(kind="answer", text=text, result=result)]
    return update, [p.id for p in answer.citations]


def answer_followup_notes(state: State, ctx: Context, question: str) -> tuple[dict[str, Any], str]:
    """A follow-up about the recommendation, answered from it; else a framework answer."""
    from knowledge.followup import followup_kind, followup_text

    advice, lang = state.recommendation, state.language
    kind = followup_kind(question, lang) if advice else None
    if advice is None or kind is None:
        update, _ids = search_framework_notes(state, ctx, question)
        return update, "framework"
    marks = marks_for(state, ctx)
    text = followup_text(kind, advice, lang, marks.mark)
    update = cited_update(marks, lang)
    update["notes"] = [*update.get("notes", []), Note(kind="answer", text=text)]
    return update, kind
