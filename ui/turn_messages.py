"""The Chainlit messages a turn is shown with: the reply and its tool steps, a new recommendation's
summary, details step and charts (or, on a later profile change, the redrawn charts on the reply
that says what changed), then the cited passages and the files."""

from __future__ import annotations

from typing import Any

import chainlit as cl
from chainlit.utils import utc_now

from ui import panel, pdf_worker, presenter


def recommendation_text(rec: presenter.RecommendationElements) -> str:
    return rec.report_intro


async def _send_details(rec: presenter.RecommendationElements) -> None:
    """Every criterion, cost, risk and step of the plan in a collapsed step: one click away."""
    async with cl.Step(name=rec.details_title, type="tool", show_input=False, default_open=False) as step:
        step.output = rec.details_markdown


def _charts(rec: presenter.RecommendationElements) -> list[Any]:
    return [cl.Image(name=name, content=svg.encode(), mime="image/svg+xml", display="inline", size="large")
            for name, svg in (("cost_chart.svg", rec.cost_svg), ("criteria_chart.svg", rec.criteria_svg))]


async def show_recommendation(rec: presenter.RecommendationElements) -> cl.Message:
    """The summary with its details step and charts; `attach_downloads` adds the files after."""
    await _send_details(rec)
    message = cl.Message(content=recommendation_text(rec), elements=_charts(rec))
    await message.send()
    cl.user_session.set("recommendation_key", rec.key)
    return message


async def attach_update(rec: presenter.RecommendationElements, reply: cl.Message) -> cl.Message:
    """A later profile change: the reply already says what changed (old -> new), so the redrawn
    charts, and after them the new files, are attached to it instead of a second summary."""
    for chart in _charts(rec):
        await chart.send(for_id=reply.id)
    await _send_details(rec)
    cl.user_session.set("recommendation_key", rec.key)
    return reply


async def attach_downloads(rec: presenter.RecommendationElements, message: cl.Message) -> None:
    """The report, decision record and PDF, attached to the recommendation message once its
    charts and the panel are shown (the PDF is drawn by `ui.pdf_worker`)."""
    for name, text in ((rec.markdown_name, rec.report_markdown), (rec.adr_name, rec.adr_markdown)):
        await cl.File(name=name, content=text.encode(), mime="text/markdown", display="inline").send(
            for_id=message.id)
    pdf = await pdf_worker.report_pdf(rec.view)
    await cl.File(name=rec.pdf_name, content=pdf, mime="application/pdf", display="inline").send(
        for_id=message.id)


async def show_turn(view: presenter.TurnView, with_citations: bool = True) -> cl.Message:
    for call in view.tool_calls:  # each sent once, whole: half the page updates of a step opened then closed
        step = cl.Step(name=call.name, type="tool", language="json", show_input="json")
        step.input, step.output = call.content, call.detail
        step.start = step.end = utc_now()
        await step.send()
    reply = reply_message(view, with_citations)
    await reply.send()  # whole, so it is stored at once (a stream is stored at its end)
    return reply


def _citations(view: presenter.TurnView) -> list[Any]:
    return [cl.Text(name=c.name, content=c.content, display="side") for c in view.citations]


async def attach_citations(view: presenter.TurnView, reply: cl.Message) -> None:
    """The cited passages, attached to a reply sent without them: each one the browser fetches
    and redraws the reply for, which held a new recommendation's charts back by most of a second."""
    for element in _citations(view):
        await element.send(for_id=reply.id)


def reply_message(view: presenter.TurnView, with_citations: bool = True) -> cl.Message:
    actions = [cl.Action(name="choice", payload={"text": c}, label=c) for c in view.choices]
    return cl.Message(content=view.reply, actions=[*actions, panel.button(view)],
                      elements=_citations(view) if with_citations else [])
