"""The `advisor` command line. Start-up stays light: heavy modules are imported inside commands."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    help="Orchestration Advisor: centralized, hybrid or decentralized AI orchestration, costed.",
    no_args_is_help=True,
    add_completion=False,
)


@app.command()
def score(
    profile: Annotated[Path | None, typer.Argument(help="Profile as YAML or JSON.")] = None,
    csv: Annotated[Path | None, typer.Option("--csv", help="Portfolio CSV, one unit a row.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="md | json")] = "md",
) -> None:
    """Score one profile (recommendation, criteria, costs, sensitivity) or a CSV portfolio."""
    from scoring.cli_io import run_score

    raise typer.Exit(run_score(profile, csv, fmt))


@app.command()
def index(
    add: Annotated[
        list[Path] | None, typer.Option("--add", help="Extra documents (md, txt, pdf, html).")
    ] = None,
) -> None:
    """(Re)build the knowledge index, optionally adding your own documents."""
    from knowledge.cli import index_command

    raise typer.Exit(index_command(add or []))


@app.command()
def ask(question: Annotated[str, typer.Argument(help="A question about the framework.")]) -> None:
    """Answer a question from the framework passages, with numbered citations (offline)."""
    from knowledge.cli import ask_command

    raise typer.Exit(ask_command(question))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
