"""The live profile panel: every profile field, its value, and whether it was stated or assumed."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from advisor.templates import label, show_value, value_text
from i18n import t
from scoring.profile import ALL_FIELDS, REQUIRED_FIELDS, SECTOR_REGULATION, Sector


def _cell(text: Any) -> str:
    """Text safe inside a Markdown table cell."""
    return str(text).replace("|", "\\|").replace("\n", " ").strip()


def field_status(field: str, profile: Mapping[str, Any], provenance: Mapping[str, Any],
                 scorer_defaults: Mapping[str, Any], lang: str) -> str:
    """One field's status as shown in the panel."""
    source = provenance.get(field) or {}
    status = source.get("status")
    if profile.get(field) is not None and status in ("stated", "inferred"):
        said_back = source.get("inferred") or status == "inferred"
        return t("panel.inferred" if said_back else "panel.stated", lang, turn=source.get("turn", "?"))
    if profile.get(field) is not None and status in ("assumed", "derived"):
        return t(f"panel.{status}", lang)
    if profile.get(field) is not None:
        return t("panel.derived", lang)
    if field in scorer_defaults:
        return t("panel.scorer", lang, value=scorer_defaults[field])
    return t("panel.missing" if field in REQUIRED_FIELDS else "panel.optional", lang)


def profile_markdown(profile: Mapping[str, Any], provenance: Mapping[str, Any], lang: str = "en",
                     scorer_defaults: Mapping[str, Any] | None = None) -> str:
    """A Markdown table of all profile fields, required ones first.

    `scorer_defaults` are values the scorer filled in for optional fields nobody stated
    (`Advice.scorecard.assumptions`), shown as defaults rather than as blanks and counted as
    assumptions in the summary line.
    """
    defaults = {f: value_text(f, v, lang) for f, v in (scorer_defaults or {}).items()}
    sector = profile.get("sector")
    if profile.get("regulation") is None and sector in {s.value for s in Sector}:
        regulation = SECTOR_REGULATION[Sector(sector)].value
        defaults["regulation"] = f"{value_text('regulation', regulation, lang)} ({label('sector', lang)})"
    rows = [f"| {t('panel.field', lang)} | {t('panel.value', lang)} | {t('panel.status', lang)} |",
            "|---|---|---|"]
    for field in ALL_FIELDS:
        value = profile.get(field)
        shown = show_value(field, value, lang) if value is not None else "—"
        record = provenance.get(field) or {}
        evidence = record.get("evidence") or "" if record.get("status") != "assumed" else ""
        status = field_status(field, profile, provenance, defaults, lang)
        quote = f" _“{_cell(evidence)}”_" if evidence else ""
        rows.append(f"| **{_cell(label(field, lang))}** | {_cell(shown)} | {_cell(status)}{quote} |")
    known = sum(profile.get(f) is not None for f in REQUIRED_FIELDS)
    assumed = sum((provenance.get(f) or {}).get("status") == "assumed" for f in profile)
    assumed += sum(profile.get(f) is None for f in defaults)  # the scorer's defaults are assumptions too
    summary = t("panel.summary", lang, known=known, required=len(REQUIRED_FIELDS), assumed=assumed)
    return "\n".join([f"**{summary}**", "", *rows]) + "\n"


def panel_title(lang: str = "en") -> str:
    return t("panel.title", lang)
