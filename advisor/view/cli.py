"""`advisor score`: one profile file to the report (Markdown, JSON, PDF) or the decision record,
in English or French, on stdout or into a file; or a CSV portfolio as a table."""

from __future__ import annotations

import json
import sys
from pathlib import Path

FORMATS = ("md", "json", "pdf", "adr")


def run_score(profile_path: Path | None, csv_path: Path | None, fmt: str, lang: str = "en",
              output: Path | None = None) -> int:
    """Entry point of `advisor score`; returns the exit code."""
    from scoring.cli_io import fail, load_profile, run_portfolio

    if fmt not in FORMATS:
        return fail(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if lang not in ("en", "fr"):
        return fail(f"--lang must be en or fr, not {lang!r}")
    if (profile_path is None) == (csv_path is None):
        return fail("give either a PROFILE file or --csv UNITS.csv")
    if csv_path is not None:
        return run_portfolio(csv_path, fmt, lang)
    if fmt == "pdf" and output is None:
        return fail("--format pdf writes a file: add -o REPORT.pdf")
    assert profile_path is not None
    try:
        profile, data = load_profile(profile_path)
    except (OSError, ValueError) as exc:
        return fail(str(exc))
    from advisor.view import RecommendationView
    from scoring.advice import advise

    stated = {field: {"status": "stated"} for field in data}
    view = RecommendationView(advise(profile), lang, provenance=stated)
    if fmt == "pdf":
        content: str | bytes = view.report_pdf()
    elif fmt == "json":
        content = json.dumps(view.report_json(), ensure_ascii=False, indent=2, default=str) + "\n"
    else:
        content = view.adr_markdown() if fmt == "adr" else view.report_markdown()
    if output is None:
        sys.stdout.write(str(content))
        return 0
    try:
        if isinstance(content, bytes):
            output.write_bytes(content)
        else:
            output.write_text(content, encoding="utf-8")
    except OSError as exc:
        return fail(str(exc))
    print(output)
    return 0
