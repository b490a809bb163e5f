"""What the chat UI shows for a turn (or a resumed thread), built without Chainlit.

The words come from `advisor.view.RecommendationView`; the Chainlit handlers only turn these
plain views into `cl.Message`, `cl.Step` and elements.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from advisor.view import RecommendationView
from advisor.view.cite import source_line
from advisor.view.words import Words
from i18n import t
from ui.escape import defuse, inert
from ui.profile_panel import panel_title, profile_markdown


@dataclass(frozen=True)
class NamedText:
    """A titled text: a cited passage, or a tool call's input and output."""

    name: str
    content: str
    detail: str = ""


@dataclass(frozen=True)
class RecommendationElements:
    """What comes with a new recommendation: the details (collapsed), charts and downloads."""

    key: str
    details_title: str
    details_markdown: str
    cost_svg: str  # the view's charts, as SVG images
    criteria_svg: str
    report_intro: str
    report_markdown: str
    markdown_name: str
    pdf_name: str
    adr_markdown: str
    adr_name: str
    view: Any = field(repr=False, default=None)  # the RecommendationView: the PDF is drawn from it


@dataclass(frozen=True)
class TurnView:
    reply: str
    lang: str
    citations: tuple[NamedText, ...]
    tool_calls: tuple[NamedText, ...]
    panel_title: str
    panel_markdown: str
    recommendation: RecommendationElements | None
    choices: tuple[str, ...] = ()  # options offered as buttons with the question


def citation_text(citation: Mapping[str, Any], lang: str = "en") -> NamedText:
    """A citation as a side element named "[n]", so "[n]" in the reply opens the passage."""
    body = (f"**{source_line(citation, Words(lang), inert)}**\n\n{inert(str(citation.get('text', '')))}\n\n"
            f"_{inert(str(citation.get('publisher', '')))} · {citation.get('date', '')} · "
            f"{citation.get('lang', '')}_")
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


def recommendation_view(state: Mapping[str, Any], today: dt.date | None = None) -> RecommendationView | None:
    """The view of the state's recommendation, with the passages its reply cited."""
    recommendation = state.get("recommendation")
    if not recommendation:
        return None
    passages = {str(c.get("id")): c for c in state.get("citations") or () if c.get("id")}
    return RecommendationView.from_record(recommendation, state.get("language") or "en", passages=passages,
                                          provenance=state.get("provenance") or {}, today=today)


def recommendation_elements(state: Mapping[str, Any],
                            today: dt.date | None = None) -> RecommendationElements | None:
    """Details, charts, report and decision record of the state's recommendation, if there is one."""
    view = recommendation_view(state, today)
    if view is None:
        return None
    cost, criteria = view.charts()
    return RecommendationElements(
        recommendation_key(state.get("recommendation")), t("ui.details", view.lang), view.details_markdown(),
        cost, criteria, t("ui.report_intro", view.lang, version=view.advice.version),
        view.report_markdown(), view.filename("report", "md"),
        view.filename("report", "pdf"), view.adr_markdown(), view.filename("adr", "md"), view)


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
        tuple(citation_text(c, lang) for c in state.get("citations") or ()),
        tuple(tool_text(c) for c in _tool_calls(state)),
        panel_title(lang), panel_markdown(state),
        recommendation_elements(state, today) if with_recommendation else None,
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
