"""The `advisor` command line. Start-up stays light: heavy modules are imported inside commands."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    help="Orchestration Advisor: centralized, hybrid or decentralized AI orchestration, costed.",
    no_args_is_help=True,
    add_completion=False,
)


@app.callback()
def _private_files() -> None:
    # Runs before every command: what the advisor writes (data dir, databases, logs) is 0600/0700.
    os.umask(0o077)


@app.command()
def score(
    profile: Annotated[Path | None, typer.Argument(help="Profile as YAML or JSON.")] = None,
    csv: Annotated[Path | None, typer.Option("--csv", help="Portfolio CSV, one unit per row.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="md | json | pdf | adr (decision record)")] = "md",
    lang: Annotated[str, typer.Option("--lang", help="en | fr")] = "en",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write to FILE.")] = None,
) -> None:
    """Score one profile (report, decision record) or a CSV portfolio."""
    from advisor.view.cli import run_score

    raise typer.Exit(run_score(profile, csv, fmt, lang, output))


@app.command()
def index(
    add: Annotated[
        list[Path] | None, typer.Option("--add", help="Extra documents (md, txt, pdf, html).")
    ] = None,
) -> None:
    """(Re)build the knowledge index, optionally adding your own documents."""
    from advisor.settings import Settings
    from knowledge.cli import index_command

    raise typer.Exit(index_command(add or [], Settings().knowledge()))


@app.command()
def ask(question: Annotated[str, typer.Argument(help="A question about the framework.")]) -> None:
    """Answer a question from the framework passages, with numbered citations (offline)."""
    from advisor.decide import decide_from_question
    from advisor.settings import Settings
    from knowledge.cli import ask_command

    raise typer.Exit(ask_command(question, Settings().knowledge(), decide=decide_from_question))


@app.command()
def chat(
    thread: Annotated[str | None, typer.Option("--thread", help="Resume this conversation.")] = None,
) -> None:
    """Talk to the advisor in the terminal (offline engine unless an LLM is configured)."""
    from advisor.chat import run_chat

    raise typer.Exit(run_chat(thread))


@app.command("eval")
def eval_(
    scenarios: Annotated[Path, typer.Option("--scenarios", help="Folder of scenario YAML files.")] = Path(
        "evals/scenarios"
    ),
    mode: Annotated[str, typer.Option("--mode", help="offline | llm")] = "offline",
    record: Annotated[bool, typer.Option("--record", help="Record LLM cassettes (live endpoint).")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON document.")] = False,
    live: Annotated[bool, typer.Option(
        "--live", help="LLM mode against OPENAI_BASE_URL, OPENAI_API_KEY, LLM_MODEL; no cassettes.",
    )] = False,
) -> None:
    """Replay the recorded conversations and report accuracy, citations and faithfulness."""
    from evals.cli import eval_command

    raise typer.Exit(eval_command(scenarios, mode, record, as_json, live))


@app.command()
def ui(port: Annotated[int | None, typer.Option("--port", help="Default: PORT or 8000.")] = None) -> None:
    """Serve the Chainlit chat UI on localhost."""
    from ui.launch import run_ui

    raise typer.Exit(run_ui(port))


@app.command()
def slack(
    http: Annotated[bool, typer.Option("--http", help="HTTP Events mode instead of Socket Mode.")] = False,
) -> None:
    """Run the Slack bot (Socket Mode by default)."""
    from ui.slack.launch import run_slack

    raise typer.Exit(run_slack(http))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
