"""Chainlit handlers: thin glue between the chat page and `AdvisorSession`.

Thread id = Chainlit thread id (the advisor state is checkpointed under it). What to show is
built by `ui.presenter` and sent as Chainlit messages, steps and elements by `ui.turn_messages`.
The profile panel is the element sidebar, replaced every turn; a "Profile" button under every
reply shows it again, so it stays reachable after a citation was opened, and on a phone, where
`public/advisor.js` keeps the sidebar closed until asked. Attached files: `ui/uploads.py`.
"""

from __future__ import annotations

import asyncio
import logging
import os
from dataclasses import asdict
from typing import Any

import chainlit as cl
from chainlit.types import ThreadDict

import i18n
from advisor.health import health
from advisor.session import AdvisorSession
from advisor.settings import Settings
from knowledge.language import detect_language
from ui import hardening, history, panel, pdf_worker, presenter, turn_messages, uploads, welcome  # noqa: F401 (welcome: first screen)
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
hardening.refuse_edits()
hardening.unstored_when_too_long(SETTINGS.max_message_chars)
logging.getLogger("fontTools").setLevel(logging.WARNING)  # fpdf2 font subsetting chatter
logging.getLogger("chainlit").addFilter(  # files are rebuilt on resume, not stored (ui.persistence)
    lambda record: "No blob_storage_client" not in record.getMessage())
LOCAL_USER = "local"
RESUME_DELAY_S = 0.5


SERVICES = WarmServices(SETTINGS)  # session and knowledge index, built in the background from now
pdf_worker.start()  # report PDFs are drawn in a worker process, warmed from now


def _checkpointer() -> Any:
    """The running session's checkpointer; None until it is built (or when building it failed)."""
    built = SERVICES.session
    return built.result().checkpointer if built.done() and built.exception() is None else None


hardening.add_health_route(lambda: health(SETTINGS, _checkpointer()))


async def advisor_session() -> AdvisorSession:
    return await asyncio.wrap_future(SERVICES.session)


@cl.data_layer
def chat_history() -> Any:
    return make_data_layer(SETTINGS.data_dir)


hardening.register_login(SETTINGS, LOCAL_USER)


def _owner() -> str:
    """Whose uploaded documents this conversation may cite: the signed-in web user."""
    user = cl.context.session.user
    return f"web:{user.identifier}" if user is not None else ""


@cl.action_callback("profile")
async def on_profile(action: cl.Action) -> None:
    thread_id = hardening.web_thread_id(cl.context.session.thread_id)
    values = await cl.make_async((await advisor_session()).values)(thread_id) if thread_id else {}
    await panel.show(await cl.make_async(presenter.turn_view)(values))


@cl.action_callback("choice")
async def on_choice(action: cl.Action) -> None:
    """An option button: sent as if the user had typed it."""
    chosen = str(action.payload.get("text", ""))
    await cl.Message(content=chosen, author="User", type="user_message").send()
    await handle_text(chosen)


async def on_message(message: cl.Message) -> None:
    files = uploads.attached(message.elements or [])
    if files:
        await uploads.receive(files, _owner(), await _language(message.content), SETTINGS.data_dir,
                              SERVICES.retriever)
    if message.content.strip() or not files:
        await handle_text(message.content)


hardening.handle_messages(on_message)  # as @cl.on_message, each message stored once


def _browser() -> str:
    return i18n.lang_of(getattr(cl.context.session, "language", None))


async def _language(content: str) -> str:
    """The conversation's language, else the message's, else the browser's."""
    browser = _browser()
    thread_id = hardening.web_thread_id(cl.context.session.thread_id)
    values = await cl.make_async((await advisor_session()).values)(thread_id) if thread_id else {}
    return str(values.get("language") or detect_language(content, default=browser))  # type: ignore[arg-type]


async def handle_text(content: str) -> None:
    session = await advisor_session()
    send = cl.make_async(session.send)
    thread_id = hardening.web_thread_id(cl.context.session.thread_id)
    if thread_id is None:  # not a web conversation id (e.g. a Slack thread's): never opened here
        await cl.Message(content=i18n.t("ui.foreign_thread", _browser())).send()
        return
    if SERVICES.knowledge_ready:
        turn = await send(thread_id, content, _owner())
    else:  # a turn that cites waits for the index, built once on a fresh DATA_DIR
        async with cl.Step(name=i18n.t("ui.preparing", _browser()), type="run"):
            turn = await send(thread_id, content, _owner())
    if turn.understanding.get("refused"):  # too long: in neither the checkpoint nor the history
        await history.send_unstored(cl.Message(content=turn.reply))
        return
    is_new = presenter.recommendation_key(turn.recommendation) != cl.user_session.get("recommendation_key")
    building = asyncio.ensure_future(cl.make_async(presenter.recommendation_elements)(asdict(turn))) if (
        is_new and turn.recommendation) else None  # drawn while the reply is sent and stored
    view = await cl.make_async(presenter.turn_view)(asdict(turn), turn.reply, with_recommendation=False)
    reply = await turn_messages.show_turn(view, with_citations=building is None)
    rec = await building if building is not None else None
    first = rec is not None and not cl.user_session.get("recommendation_key")
    shown = await turn_messages.show_recommendation(rec) if rec is not None and first else None
    await panel.show(view)
    if rec is not None and not first:
        shown = await turn_messages.attach_update(rec, reply)
    if building is not None:  # a new recommendation: its charts and the panel first, then the rest
        await turn_messages.attach_citations(view, reply)
    if rec is not None and shown is not None:
        await turn_messages.attach_downloads(rec, shown)


@cl.on_chat_resume
async def on_chat_resume(thread: ThreadDict) -> None:
    """History comes from the data layer; the panel, charts and report from the advisor state."""
    if hardening.web_thread_id(thread["id"]) is None:
        return
    session = await advisor_session()
    values = await cl.make_async(session.values)(thread["id"])
    if not values:
        return
    steps = thread.get("steps", [])
    lost = history.lost_reply(steps, values)  # stored message, checkpointed reply, app stopped between
    view = await cl.make_async(presenter.turn_view)(values, lost or "")
    # Right after this hook Chainlit replaces the page's messages with the stored thread, so the
    # panel and the recommendation are sent just after that, not now.
    stale = _reshown_copies(thread, view)
    button_for = None if lost else history.last_reply_id([s for s in steps if s.get("id") not in stale])
    cl.user_session.set("resume_task", asyncio.create_task(_show_after_resume(view, stale, lost, button_for)))


def _reshown_copies(thread: ThreadDict, view: presenter.TurnView) -> list[str]:
    """Stored copies of the recommendation message and its details step (charts and files were not
    stored): one fresh copy replaces them."""
    if not view.recommendation:
        return []
    shown = (turn_messages.recommendation_text(view.recommendation), view.recommendation.details_markdown)
    return [step["id"] for step in thread.get("steps", []) if step.get("output") in shown]


async def _show_after_resume(view: presenter.TurnView, stale: list[str], lost: str | None,
                             button_for: str | None) -> None:
    await asyncio.sleep(RESUME_DELAY_S)
    if lost:  # shown and stored again, with the profile button
        await turn_messages.reply_message(view).send()
    elif button_for:  # buttons are not stored: the last reply gets its profile button again
        await panel.button(view).send(for_id=button_for)
    for step_id in stale:  # replaced by one fresh copy with its charts, not piled up per resume
        await cl.Message(id=step_id, content="").remove()
    rec = view.recommendation
    shown = await turn_messages.show_recommendation(rec) if rec else None
    await panel.show(view)
    if rec and shown is not None:
        await turn_messages.attach_downloads(rec, shown)
