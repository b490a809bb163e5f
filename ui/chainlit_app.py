"""Chainlit handlers: thin glue between the chat page and `AdvisorSession`.

Thread id = Chainlit thread id (the advisor state is checkpointed under it). What to show is
built by `ui.presenter`; this module only turns those views into Chainlit messages, steps and
elements. The profile panel is the element sidebar (a Markdown `cl.Text`), replaced every turn.
"""

from __future__ import annotations

import asyncio
import logging
import os
from dataclasses import asdict
from typing import Any

import chainlit as cl
from chainlit.types import ThreadDict

from advisor.health import health
from advisor.session import AdvisorSession
from advisor.settings import Settings
from ui import hardening, presenter
from ui.offline import patch_chainlit_html
from ui.persistence import make_data_layer
from ui.warmup import WarmServices

patch_chainlit_html()
os.umask(0o077)  # data files 0600, folders 0700
SETTINGS = Settings()
if _problem := hardening.empty_password_problem(SETTINGS.ui_password):
    raise SystemExit(f"advisor ui: {_problem}")
hardening.separate_files_dir()
hardening.restrict_origins(SETTINGS.ui_allowed_origins)
logging.getLogger("fontTools").setLevel(logging.WARNING)  # fpdf2 font subsetting chatter
logging.getLogger("chainlit").addFilter(  # files are rebuilt on resume, not stored (ui.persistence)
    lambda record: "No blob_storage_client" not in record.getMessage())
LOCAL_USER = "local"
RESUME_DELAY_S = 0.5
STARTERS = (
    ("Fintech, 300 people, 3 countries", "We are a 300-person fintech operating in 3 countries."),
    ("SaaS scale-up, 8 months of AI",
     "We are a 120-person tech company in one country, doing AI for 8 months, budget 400 k€ a year."),
    ("Banque, 2 000 salariés, 5 pays", "Nous sommes une banque de 2 000 salariés présente dans 5 pays."),
    ("Start-up santé, IA depuis 4 mois",
     "Nous sommes une start-up de santé de 40 personnes, nous faisons de l'IA depuis 4 mois."),
)


SERVICES = WarmServices(SETTINGS)  # session and knowledge index, built in the background from now
hardening.add_health_route(lambda: health(
    SETTINGS, SERVICES.session.result().checkpointer if SERVICES.session.done() else None))


async def advisor_session() -> AdvisorSession:
    return await asyncio.wrap_future(SERVICES.session)


@cl.data_layer
def chat_history() -> Any:
    return make_data_layer(SETTINGS.data_dir)


if SETTINGS.ui_password:
    hardening.guard_logins(SETTINGS.data_dir, SETTINGS.ui_user, SETTINGS.ui_password)

    @cl.password_auth_callback
    async def password_login(username: str, password: str) -> cl.User | None:
        ok = hardening.check_password(username, password, SETTINGS.ui_user, SETTINGS.ui_password or "")
        return cl.User(identifier=username) if ok else None
else:
    @cl.header_auth_callback
    async def local_login(headers: Any) -> cl.User | None:
        """No password configured: every local visitor is the one local user (history works)."""
        return cl.User(identifier=LOCAL_USER)


@cl.set_starters
async def starters(user: cl.User | None = None) -> list[cl.Starter]:
    return [cl.Starter(label=label, message=message) for label, message in STARTERS]


async def _show_panel(view: presenter.TurnView) -> None:
    panel = cl.Text(name=view.panel_title, content=view.panel_markdown, display="side")
    await cl.ElementSidebar.set_title(view.panel_title)
    await cl.ElementSidebar.set_elements([panel], key=str(hash(view.panel_markdown)))


def recommendation_text(rec: presenter.RecommendationView) -> str:
    return f"{rec.sensitivity_markdown}\n\n{rec.report_intro}"


async def _show_recommendation(rec: presenter.RecommendationView) -> None:
    elements: list[Any] = [
        cl.Plotly(name="cost_chart", figure=rec.cost_figure, display="inline", size="large"),
        cl.Plotly(name="criteria_chart", figure=rec.criteria_figure, display="inline", size="large"),
        cl.File(name=rec.markdown_name, content=rec.report_markdown.encode(), mime="text/markdown",
                display="inline"),
        cl.File(name=rec.pdf_name, content=rec.report_pdf, mime="application/pdf", display="inline"),
    ]
    await cl.Message(content=recommendation_text(rec), elements=elements).send()
    cl.user_session.set("recommendation_key", rec.key)


async def _show_turn(view: presenter.TurnView) -> None:
    for call in view.tool_calls:
        async with cl.Step(name=call.name, type="tool", language="json", show_input="json") as step:
            step.input, step.output = call.content, call.detail
    citations = [cl.Text(name=c.name, content=c.content, display="side") for c in view.citations]
    actions = [cl.Action(name="choice", payload={"text": c}, label=c) for c in view.choices]
    message = cl.Message(content="", elements=citations, actions=actions)
    for chunk in presenter.reply_chunks(view.reply):
        await message.stream_token(chunk)
        await asyncio.sleep(0.01)
    await message.send()
    await _show_panel(view)
    if view.recommendation:
        await _show_recommendation(view.recommendation)


@cl.action_callback("choice")
async def on_choice(action: cl.Action) -> None:
    """An option button: sent as if the user had typed it."""
    text = str(action.payload.get("text", ""))
    await cl.Message(content=text, author="User", type="user_message").send()
    await handle_text(text)


@cl.on_message
async def on_message(message: cl.Message) -> None:
    await handle_text(message.content)


async def handle_text(content: str) -> None:
    session = await advisor_session()
    send = cl.make_async(session.send)
    thread_id = hardening.web_thread_id(cl.context.session.thread_id)
    if thread_id is None:  # not a web conversation id (e.g. a Slack thread's): never opened here
        await cl.Message(content="This conversation id is not valid here; start a new chat.").send()
        return
    if SERVICES.knowledge_ready:
        turn = await send(thread_id, content)
    else:  # a turn that cites waits for the index, built once on a fresh DATA_DIR
        async with cl.Step(name="Preparing the knowledge base (first start only)", type="run"):
            turn = await send(thread_id, content)
    is_new = presenter.recommendation_key(turn.recommendation) != cl.user_session.get("recommendation_key")
    view = await cl.make_async(presenter.turn_view)(asdict(turn), turn.reply, with_recommendation=is_new)
    await _show_turn(view)


@cl.on_chat_resume
async def on_chat_resume(thread: ThreadDict) -> None:
    """History comes from the data layer; the panel, charts and report from the advisor state."""
    if hardening.web_thread_id(thread["id"]) is None:
        return
    session = await advisor_session()
    values = await cl.make_async(session.values)(thread["id"])
    if not values:
        return
    view = await cl.make_async(presenter.turn_view)(values)
    # Right after this hook Chainlit replaces the page's messages with the stored thread, so the
    # panel and the recommendation are sent just after that, not now.
    stale = _reshown_copies(thread, view)
    cl.user_session.set("resume_task", asyncio.create_task(_show_after_resume(view, stale)))


def _reshown_copies(thread: ThreadDict, view: presenter.TurnView) -> list[str]:
    """Stored copies of the recommendation message (their charts and files were not stored)."""
    if not view.recommendation:
        return []
    content = recommendation_text(view.recommendation)
    return [step["id"] for step in thread.get("steps", []) if step.get("output") == content]


async def _show_after_resume(view: presenter.TurnView, stale: list[str]) -> None:
    await asyncio.sleep(RESUME_DELAY_S)
    await _show_panel(view)
    if view.recommendation:
        for step_id in stale:  # replaced by one fresh copy with its charts, not piled up per resume
            await cl.Message(id=step_id, content="").remove()
        await _show_recommendation(view.recommendation)
