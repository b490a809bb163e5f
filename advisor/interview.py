"""The `update_profile` node: validate what was understood and apply it, slot by slot."""

from __future__ import annotations

from typing import Any

from advisor.slots import validate_slot
from advisor.state import State
from advisor.templates import label, show_value, t
from scoring.assumptions import assumed_value, assumption_basis
from scoring.profile import ALL_FIELDS, REQUIRED_FIELDS


def update_profile(state: State) -> dict[str, Any]:
    """Apply stated values, flagged assumptions and resets; report every change and refusal."""
    u, lang = state.understanding, state.language
    notes: list[dict[str, Any]] = []
    if u.get("intent") == "reset":
        cleared = dict.fromkeys(ALL_FIELDS)
        return {"profile": cleared, "provenance": cleared, "recommendation": None,
                "recommended_profile": None, "asked": None, "refine_asked": [],
                "notes": [{"kind": "reset", "text": t("reset", lang)}]}
    known = dict(state.profile)
    changes: dict[str, Any] = {}
    provenance: dict[str, Any] = {}
    noted: list[str] = []
    for field, value in u.get("values", {}).items():
        normalised, error = validate_slot(field, value, {**known, **changes})
        if error is not None:
            notes.append({"kind": "invalid", "field": field, "text": t("invalid", lang, message=error)})
            continue
        old = known.get(field)
        was_stated = state.provenance.get(field, {}).get("status") == "stated"
        if old is not None and old != normalised and was_stated:
            notes.append({"kind": "corrected", "field": field, "text": t(
                "corrected", lang, label=label(field, lang), old=show_value(field, old, lang),
                new=show_value(field, normalised, lang))})
        elif old != normalised or not was_stated:
            noted.append(show_value(field, normalised, lang))
        changes[field] = normalised
        provenance[field] = {"status": "stated", "turn": state.turn,
                             "evidence": u.get("evidence", {}).get(field, "")}
    for field in u.get("unknown", []):
        if field in changes:
            continue
        if field not in REQUIRED_FIELDS:
            notes.append({"kind": "assumed", "field": field,
                          "text": t("kept_default", lang, label=label(field, lang))})
            continue
        value = assumed_value(field, {**known, **changes})
        changes[field] = value
        provenance[field] = {"status": "assumed", "turn": state.turn,
                             "evidence": assumption_basis(field, "en")}
        notes.append({"kind": "assumed", "field": field, "text": t(
            "assumed", lang, label=label(field, lang), basis=assumption_basis(field, lang))})
    for field, reason in u.get("invalid", {}).items():
        notes.append({"kind": "invalid", "field": field, "text": t("invalid", lang, message=reason)})
    if noted:
        notes.insert(0, {"kind": "noted", "text": t("noted", lang, items=", ".join(noted))})
    if u.get("injection"):
        notes.append({"kind": "injection", "text": t("injection", lang)})
    if u.get("intent") == "show_profile":
        items = [show_value(f, v, lang) for f, v in {**known, **changes}.items() if v is not None]
        notes.append({"kind": "profile", "text": t("profile", lang, items=", ".join(items))
                      if items else t("empty_profile", lang)})
    update: dict[str, Any] = {"notes": notes}
    if changes:
        update["profile"] = changes
        update["provenance"] = provenance
    if state.asked in changes:
        update["asked"] = None
    return update
