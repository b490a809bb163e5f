"""`advisor chat`: the advisor in a terminal, with Markdown rendering and resumable threads.

A recommendation turn shows the summary; `/details` shows every criterion, the costs, risks,
plan and what would change the advice.
"""

from __future__ import annotations

import uuid
from typing import Any


def details_text(values: dict[str, Any]) -> str:
    """The details of the thread's latest recommendation, or why there are none yet."""
    from advisor.templates import t
    from advisor.view import RecommendationView

    lang = values.get("language", "en")
    record = values.get("recommendation")
    if not record:
        return t("no_details", lang)
    view = RecommendationView.from_record(record, lang, provenance=dict(values.get("provenance") or {}))
    return view.details_markdown()


def run_chat(thread_id: str | None) -> int:
    from rich.console import Console
    from rich.markdown import Markdown
    from rich.prompt import Prompt

    from advisor.context import Context
    from advisor.session import AdvisorSession
    from advisor.settings import Settings
    from knowledge.retriever import make_retriever

    console = Console()
    thread = thread_id or f"cli-{uuid.uuid4().hex[:8]}"
    settings = Settings()
    retriever = make_retriever(settings.knowledge())  # built here, at start-up, with progress
    session = AdvisorSession(settings, context=Context(settings=settings, retriever=retriever))
    history = session.history(thread)
    for role, text in history:
        console.print(Markdown(text) if role == "ai" else f"[bold cyan]you[/]: {text}")
    if not history:
        console.print(f"[dim]thread {thread} (resume with: advisor chat --thread {thread}); "
                      "type /details after a recommendation, /quit to leave[/]")
    last_choices: list[str] = []
    while True:
        try:
            text = Prompt.ask("[bold cyan]you[/]")
        except (EOFError, KeyboardInterrupt):
            break
        if text.strip() in ("/quit", "/exit"):
            break
        if text.strip() == "/details":
            console.print(Markdown(details_text(session.values(thread))))
            continue
        if not text.strip():
            continue
        letter = text.strip().lower().strip("()[]")
        if len(letter) == 1 and last_choices and 0 <= ord(letter) - ord("a") < len(last_choices):
            text = last_choices[ord(letter) - ord("a")]  # an option by its letter (digits stay numbers)
        turn = session.send(thread, text)
        console.print(Markdown(turn.reply))
        if any(call["tool"] == "score_profile" for call in turn.tool_calls):
            from advisor.templates import t

            console.print(t("details_hint", turn.language), style="dim", markup=False)
        last_choices = list(turn.choices)
        if turn.choices:
            console.print(" · ".join(f"({chr(ord('a') + n)}) {c}" for n, c in enumerate(turn.choices)),
                          style="dim", markup=False)
    console.print(f"[dim]saved as thread {thread}[/]")
    return 0
