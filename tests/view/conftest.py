"""Two offline conversations (French, English) that reach a recommendation and then change it,
and every output their recommendation has: reply, details, delta, report, PDF, Slack, ADR, charts."""

from __future__ import annotations

import html
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from advisor.chat import details_text
from advisor.context import Context
from advisor.session import AdvisorSession, Turn
from advisor.settings import Settings
from advisor.view import RecommendationView
from tests.agent.fakes import SourceRetriever

CONVERSATIONS = {
    "fr": ["Bonjour, nous sommes une enseigne de commerce de 300 salariés, dans un seul pays.",
           "On fait de l'IA depuis un an, avec un budget de 1 M€ par an.",
           "Chaque équipe a sa propre stack.",
           "En fait nous sommes 6 000 salariés."],
    "en": ["Hi, we are a retail chain with 300 employees, in one country.",
           "We have been doing AI for a year, with a budget of 1 M€ a year.",
           "Each team has its own stack.",
           "Actually we are 6,000 employees."],
}


def pdf_text(pdf: bytes) -> str:
    """The text of a PDF, as a reader would copy it."""
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def block_texts(blocks: list[dict[str, Any]]) -> str:
    parts = []
    for block in blocks:
        parts.append(str((block.get("text") or {}).get("text", "")))
        parts += [str(e.get("text", {}).get("text", "")) if isinstance(e.get("text"), dict) else str(e.get("text", ""))
                  for e in block.get("elements", [])]
    return "\n".join(parts)


@dataclass
class Conversation:
    lang: str
    turns: list[Turn]
    values: dict[str, Any]
    view: RecommendationView
    outputs: dict[str, str] = field(default_factory=dict)


def _converse(lang: str, data_dir: Path) -> Conversation:
    from ui.presenter import panel_markdown
    from ui.slack.blocks import reply_blocks
    from ui.slack.command_blocks import profile_response

    settings = Settings(data_dir=data_dir, advisor_mode="offline")
    session = AdvisorSession(settings, context=Context(settings=settings, mode="offline",
                                                       retriever=SourceRetriever()))
    turns = [session.send(lang, text) for text in CONVERSATIONS[lang]]
    values = session.values(lang)
    passages = {c["id"]: c for c in values.get("citations") or ()}
    view = RecommendationView.from_record(values["recommendation"], lang, passages=passages,
                                          provenance=values.get("provenance") or {})
    chart_words = [html.unescape(t) for svg in view.charts() for t in re.findall(r">([^<>]+)</(?:text|title)>", svg)]
    outputs = {
        "summary": turns[1].reply, "delta": turns[3].reply, "refined": turns[2].reply,
        "details": details_text(values), "report": view.report_markdown(),
        "pdf": pdf_text(view.report_pdf()), "adr": view.adr_markdown(),
        "slack": block_texts(reply_blocks(turns[1]) + reply_blocks(turns[3]) + view.slack_details_blocks()),
        "charts": "\n".join(chart_words), "panel": panel_markdown(values),
        "slack_profile": profile_response(values["profile"], values["provenance"], lang)["text"],
    }
    return Conversation(lang, turns, values, view, outputs)


@pytest.fixture(scope="package")
def conversations(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Conversation]:
    return {lang: _converse(lang, tmp_path_factory.mktemp(f"view-{lang}")) for lang in CONVERSATIONS}


def words(markdown: str) -> int:
    """Words a reader reads: citation marks and Markdown markers left out."""
    text = re.sub(r"⟦[^⟧]*⟧|\[\d+\]|[#*_|`]", " ", markdown)
    return len(re.findall(r"[^\W\d_][\w'’-]*|\d[\d.,\u202f\u00a0]*", text))
