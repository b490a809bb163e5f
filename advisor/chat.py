"""`advisor chat`: the advisor in a terminal, with Markdown rendering and resumable threads."""

from __future__ import annotations

import uuid


def run_chat(thread_id: str | None) -> int:
    from rich.console import Console
    from rich.markdown import Markdown
    from rich.prompt import Prompt

    from advisor.session import AdvisorSession

    console = Console()
    thread = thread_id or f"cli-{uuid.uuid4().hex[:8]}"
    session = AdvisorSession()
    history = session.history(thread)
    for role, text in history:
        console.print(Markdown(text) if role == "ai" else f"[bold cyan]you[/]: {text}")
    if not history:
        console.print(f"[dim]thread {thread} (resume with: advisor chat --thread {thread}); "
                      "type /quit to leave[/]")
    while True:
        try:
            text = Prompt.ask("[bold cyan]you[/]")
        except (EOFError, KeyboardInterrupt):
            break
        if text.strip() in ("/quit", "/exit"):
            break
        if not text.strip():
            continue
        turn = session.send(thread, text)
        console.print(Markdown(turn.reply))
    console.print(f"[dim]saved as thread {thread}[/]")
    return 0
