"""File input for `advisor score`: YAML/JSON profiles, and CSV portfolios scored unit by unit."""

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


def fail(message: str) -> int:
    """Print `error: message` on stderr; the exit code of a usage error."""
    print(f"error: {message}", file=sys.stderr)
    return 2


def load_profile(path: Path) -> tuple[OrgProfile, dict[str, Any]]:
    """The validated profile of a YAML/JSON file, and the file's own fields; ValueError if invalid."""
    data = load_profile_data(path)
    try:
        return OrgProfile.model_validate(data), data
    except ValidationError as exc:
        raise ValueError(f"{path}: {profile_error_message(exc)}") from exc


def _row_to_data(row: dict[str, str]) -> dict[str, Any]:
    return {k: v.strip() for k, v in row.items() if k in ALL_FIELDS and v is not None and v.strip()}


def run_portfolio(path: Path, fmt: str, lang: str = "en") -> int:
    """Score every business unit of a CSV; invalid rows are reported, the rest still scored."""
    from i18n import money, signed, t
    from scoring.costs import estimate_costs
    from scoring.scorecard import score

    try:
        with path.open(newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
    except OSError as exc:
        return fail(str(exc))
    results: list[dict[str, Any]] = []
    for number, row in enumerate(rows, start=2):
        unit = next((row[c] for c in UNIT_COLUMNS if row.get(c)), f"row {number}")
        try:
            profile = OrgProfile.model_validate(_row_to_data(row))
        except ValidationError as exc:
            results.append({"unit": unit, "row": number, "error": profile_error_message(exc)})
            continue
        card, costs = score(profile), estimate_costs(profile)
        mids = {c.architecture: round(c.total.mid) for c in costs.costs}
        results.append({"unit": unit, "row": number, "architecture": card.architecture,
                        "score": card.score, "total_24m_eur": mids})
    if fmt == "json":
        print(json.dumps({"units": results}, ensure_ascii=False, indent=2))
    else:
        archs = ("centralized", "hybrid", "decentralized")
        heads = [t("portfolio.unit", lang), t("portfolio.architecture", lang), t("portfolio.score", lang)]
        print("| " + " | ".join([*heads, *(t(f"arch.{a}", lang) for a in archs)]) + " |")
        print("|---|---|---:|---:|---:|---:|")
        for r in results:
            if "error" in r:
                print(f"| {r['unit']} | {t('portfolio.invalid', lang, error=r['error'])} | | | | |")
                continue
            name = t(f"arch.{r['architecture']}", lang)
            totals = " | ".join(money(r["total_24m_eur"][a], lang) for a in archs)
            print(f"| {r['unit']} | {name} | {signed(r['score'], lang)} | {totals} |")
    return 1 if any("error" in r for r in results) else 0
