"""What the chat UI shows for a turn (or a resumed thread), built without Chainlit.

The Chainlit handlers only turn these plain views into `cl.Message`, `cl.Step` and elements.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import plotly.graph_objects as go

from scoring.advice import Advice, advise
from scoring.profile import OrgProfile
from scoring.sensitivity import describe_flip
from ui.charts import cost_chart, criteria_chart
from ui.escape import defuse, inert
from ui.profile_panel import panel_title, profile_markdown
from ui.report import citation_line, report_filename, report_markdown, report_pdf

_T = {
    "sensitivity": ("What would change the advice", "Ce qui changerait la recommandation"),
    "none": ("No single-field change flips it.", "Aucun changement d'un seul champ ne la modifie."),
    "report": ("Report (Markdown and PDF), stamped with the profile, scoring version {v} and date:",
               "Rapport (Markdown et PDF), avec le profil, la version du scoring {v} et la date :"),
}


def _t(key: str, lang: str, **values: object) -> str:
    return _T[key][lang == "fr"].format(**values)


@dataclass(frozen=True)
class NamedText:
    """A titled text: a cited passage, or a tool call's input and output."""

    name: str
    content: str
    detail: str = ""


@dataclass(frozen=True)
class RecommendationView:
    key: str
    cost_figure: go.Figure
    criteria_figure: go.Figure
    sensitivity_markdown: str
    report_intro: str
    report_markdown: str
    report_pdf: bytes
    markdown_name: str
    pdf_name: str


@dataclass(frozen=True)
class TurnView:
    reply: str
    lang: str
    citations: tuple[NamedText, ...]
    tool_calls: tuple[NamedText, ...]
    panel_title: str
    panel_markdown: str
    recommendation: RecommendationView | None
    choices: tuple[str, ...] = ()  # options offered as buttons with the question


def citation_text(citation: Mapping[str, Any]) -> NamedText:
    """A citation as a side element named "[n]", so "[n]" in the reply opens the passage."""
    body = (f"**{citation_line(citation)}**\n\n{inert(str(citation.get('text', '')))}\n\n"
            f"_{citation.get('publisher', '')} · {citation.get('date', '')} · {citation.get('lang', '')}_")
    return NamedText(f"[{citation.get('n', '?')}]", body)


def tool_text(call: Mapping[str, Any]) -> NamedText:
    return NamedText(str(call.get("tool", "tool")),
                     json.dumps(call.get("args", {}), ensure_ascii=False, indent=1, default=str),
                     json.dumps(call.get("result", {}), ensure_ascii=False, indent=1, default=str))


def recommendation_key(recommendation: Mapping[str, Any] | None) -> str:
    """Identifies a recommendation: same profile and version give the same key."""
    if not recommendation:
        return ""
    return json.dumps([recommendation.get("profile"), recommendation.get("scoring_version")],
                      sort_keys=True, default=str)


def advice_for(recommendation: Mapping[str, Any]) -> Advice:
    """The Advice object behind a recommendation dict (rebuilt from the profile it scored)."""
    return advise(OrgProfile.model_validate(recommendation["profile"]))


def sensitivity_markdown(advice: Advice, lang: str) -> str:
    items = [f"- {describe_flip(f, lang)}" for f in advice.flips] or [f"- {_t('none', lang)}"]
    return "\n".join([f"**{_t('sensitivity', lang)}**", *items])


def recommendation_view(state: Mapping[str, Any], today: dt.date | None = None) -> RecommendationView | None:
    """Charts, sensitivity and report for the state's recommendation, if there is one."""
    recommendation = state.get("recommendation")
    if not recommendation:
        return None
    lang = state.get("language") or "en"
    advice = advice_for(recommendation)
    report = report_markdown(advice, state.get("profile") or {}, state.get("provenance") or {},
                             state.get("citations") or (), lang, today)
    return RecommendationView(
        recommendation_key(recommendation), cost_chart(advice, lang), criteria_chart(advice, lang),
        sensitivity_markdown(advice, lang), _t("report", lang, v=advice.version), report,
        report_pdf(report), report_filename(advice, "md", today), report_filename(advice, "pdf", today),
    )


def panel_markdown(state: Mapping[str, Any]) -> str:
    recommendation = state.get("recommendation") or {}
    defaults = {a["field"]: a["value"] for a in _assumptions(recommendation)}
    return profile_markdown(state.get("profile") or {}, state.get("provenance") or {},
                            state.get("language") or "en", defaults)


def _assumptions(recommendation: Mapping[str, Any]) -> Sequence[Mapping[str, Any]]:
    found = recommendation.get("assumptions") or ()
    return [a for a in found if isinstance(a, Mapping) and "field" in a]


def turn_view(state: Mapping[str, Any], reply: str = "", *, with_recommendation: bool = True,
              today: dt.date | None = None) -> TurnView:
    """The view of a turn: `state` is a `Turn` as a dict or a thread's state values."""
    lang = state.get("language") or "en"
    return TurnView(
        defuse(reply), lang,  # a reply may quote a document: no image loads, no link hides its target
        tuple(citation_text(c) for c in state.get("citations") or ()),
        tuple(tool_text(c) for c in _tool_calls(state)),
        panel_title(lang), panel_markdown(state),
        recommendation_view(state, today) if with_recommendation else None,
        tuple(str(c) for c in state.get("choices") or ()),
    )


def _tool_calls(state: Mapping[str, Any]) -> list[dict[str, Any]]:
    """A Turn's real tool calls, or those of a thread state's last turn (its `steps`)."""
    if "tool_calls" in state:
        return [dict(c) for c in state.get("tool_calls") or ()]
    from advisor.session import tool_trajectory

    return tool_trajectory(list(state.get("steps") or ()))


def reply_chunks(reply: str, words: int = 4) -> Iterator[str]:
    """The reply in small pieces for streaming; joined they give the reply back exactly."""
    pieces = reply.split(" ")
    for start in range(0, len(pieces), words):
        chunk = " ".join(pieces[start:start + words])
        yield chunk if start + words >= len(pieces) else chunk + " "
