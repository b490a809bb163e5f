"""File input/output for `advisor score`: YAML/JSON profiles and CSV portfolios."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from scoring.profile import ALL_FIELDS, OrgProfile, profile_error_message

UNIT_COLUMNS = ("unit", "name", "business_unit")


def load_profile_data(path: Path) -> dict[str, Any]:
    """Read a YAML or JSON mapping; raise ValueError with a readable message otherwise."""
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() == ".json":
        data = json.loads(text)
    else:
        import yaml

        data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping of profile fields, got {type(data).__name__}")
    return data


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 2


def run_score(profile_path: Path | None, csv_path: Path | None, fmt: str) -> int:
    """Entry point of `advisor score`; returns the exit code."""
    if fmt not in ("md", "json"):
        return _fail(f"--format must be md or json, not {fmt!r}")
    if (profile_path is None) == (csv_path is None):
        return _fail("give either a PROFILE file or --csv UNITS.csv")
    if csv_path is not None:
        return run_portfolio(csv_path, fmt)
    assert profile_path is not None
    try:
        data = load_profile_data(profile_path)
        profile = OrgProfile.model_validate(data)
    except ValidationError as exc:
        return _fail(f"{profile_path}: {profile_error_message(exc)}")
    except (OSError, ValueError) as exc:
        return _fail(str(exc))
    from scoring.advice import advise

    advice = advise(profile)
    if fmt == "json":
        print(json.dumps(advice.to_dict(), ensure_ascii=False, indent=2, default=str))
    else:
        from scoring.render import render_markdown

        print(render_markdown(advice))
    return 0


def _row_to_data(row: dict[str, str]) -> dict[str, Any]:
    return {k: v.strip() for k, v in row.items() if k in ALL_FIELDS and v is not None and v.strip()}


def run_portfolio(path: Path, fmt: str) -> int:
    """Score every business unit of a CSV; invalid rows are reported, the rest still scored."""
    from scoring.costs import estimate_costs
    from scoring.render import eur
    from scoring.scorecard import score

    try:
        with path.open(newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
    except OSError as exc:
        return _fail(str(exc))
    results: list[dict[str, Any]] = []
    for number, row in enumerate(rows, start=2):
        unit = next((row[c] for c in UNIT_COLUMNS if row.get(c)), f"row {number}")
        try:
            profile = OrgProfile.model_validate(_row_to_data(row))
        except ValidationError as exc:
            results.append({"unit": unit, "row": number, "error": profile_error_message(exc)})
            continue
        card, costs = score(profile), estimate_costs(profile)
        totals = {c.architecture: round(c.total.mid) for c in costs.costs}
        results.append({"unit": unit, "row": number, "architecture": card.architecture,
                        "score": card.score, "total_24m_eur": totals})
    if fmt == "json":
        print(json.dumps({"units": results}, ensure_ascii=False, indent=2))
    else:
        print("| Unit | Architecture | Score | Centralized | Hybrid | Decentralized |")
        print("|---|---|---:|---:|---:|---:|")
        for r in results:
            if "error" in r:
                print(f"| {r['unit']} | invalid: {r['error']} | | | | |")
                continue
            t = r["total_24m_eur"]
            print(f"| {r['unit']} | {r['architecture']} | {r['score']:+.2f} | {eur(t['centralized'])}"
                  f" | {eur(t['hybrid'])} | {eur(t['decentralized'])} |")
    return 1 if any("error" in r for r in results) else 0
