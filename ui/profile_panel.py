"""The live profile panel: every profile field, its value, and whether it was stated or assumed."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from advisor.templates import label, show_value
from scoring.profile import ALL_FIELDS, REQUIRED_FIELDS, SECTOR_REGULATION, Sector

_T = {
    "title": ("Profile", "Profil"),
    "field": ("Field", "Champ"),
    "value": ("Value", "Valeur"),
    "status": ("Status", "Statut"),
    "stated": ("✓ stated, turn {turn}", "✓ déclaré, tour {turn}"),
    "assumed": ("≈ assumed", "≈ supposé"),
    "derived": ("→ derived", "→ déduit"),
    "scorer": ("≈ default: {value}", "≈ par défaut : {value}"),
    "missing": ("? to ask", "? à demander"),
    "optional": ("– optional", "– facultatif"),
    "summary": ("{known}/{required} required fields known · {assumed} assumed",
                "{known}/{required} champs requis connus · hypothèses : {assumed}"),
}


def _t(key: str, lang: str, **values: object) -> str:
    return _T[key][lang == "fr"].format(**values)


def _cell(text: Any) -> str:
    """Text safe inside a Markdown table cell."""
    return str(text).replace("|", "\\|").replace("\n", " ").strip()


def field_status(field: str, profile: Mapping[str, Any], provenance: Mapping[str, Any],
                 scorer_defaults: Mapping[str, Any], lang: str) -> str:
    """One field's status as shown in the panel."""
    source = provenance.get(field) or {}
    status = source.get("status")
    if profile.get(field) is not None and status == "stated":
        return _t("stated", lang, turn=source.get("turn", "?"))
    if profile.get(field) is not None and status in ("assumed", "derived"):
        return _t(status, lang)
    if profile.get(field) is not None:
        return _t("derived", lang)
    if field in scorer_defaults:
        return _t("scorer", lang, value=scorer_defaults[field])
    return _t("missing" if field in REQUIRED_FIELDS else "optional", lang)


def profile_markdown(profile: Mapping[str, Any], provenance: Mapping[str, Any], lang: str = "en",
                     scorer_defaults: Mapping[str, Any] | None = None) -> str:
    """A Markdown table of all profile fields, required ones first.

    `scorer_defaults` are values the scorer filled in for optional fields nobody stated
    (`Advice.scorecard.assumptions`), shown as defaults rather than as blanks.
    """
    defaults = dict(scorer_defaults or {})
    sector = profile.get("sector")
    if profile.get("regulation") is None and sector in {s.value for s in Sector}:
        defaults["regulation"] = f"{SECTOR_REGULATION[Sector(sector)].value} ({label('sector', lang)})"
    rows = [f"| {_t('field', lang)} | {_t('value', lang)} | {_t('status', lang)} |", "|---|---|---|"]
    for field in ALL_FIELDS:
        value = profile.get(field)
        shown = show_value(field, value, lang) if value is not None else "—"
        evidence = (provenance.get(field) or {}).get("evidence") or ""
        status = field_status(field, profile, provenance, defaults, lang)
        quote = f" _“{_cell(evidence)}”_" if evidence else ""
        rows.append(f"| **{_cell(label(field, lang))}** | {_cell(shown)} | {_cell(status)}{quote} |")
    known = sum(profile.get(f) is not None for f in REQUIRED_FIELDS)
    assumed = sum((provenance.get(f) or {}).get("status") == "assumed" for f in profile)
    summary = _t("summary", lang, known=known, required=len(REQUIRED_FIELDS), assumed=assumed)
    return "\n".join([f"**{summary}**", "", *rows]) + "\n"


def panel_title(lang: str = "en") -> str:
    return _t("title", lang)
