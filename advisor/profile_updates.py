"""How stated facts, corrections and unknowns change the profile draft: validated, slot by slot."""

from __future__ import annotations

from typing import Any

from advisor.slots import validate_slot
from advisor.state import FieldRecord, Note, State
from advisor.templates import label, show_value, t
from scoring.assumptions import assumed_value, assumption_basis
from scoring.profile import ALL_FIELDS, REQUIRED_FIELDS

Update = dict[str, Any]


def _record(status: str, turn: int, evidence: str, inferred: bool = False) -> dict[str, Any]:
    return FieldRecord(status=status, turn=turn, evidence=evidence, inferred=inferred).model_dump()


def apply_facts(state: State, facts: list[dict[str, Any]], *, correction: bool = False) -> tuple[Update, Any]:
    """Validate and store each fact; a refused one is reported and changes nothing."""
    lang, known = state.language, dict(state.profile)
    changes: dict[str, Any] = {}
    provenance: dict[str, Any] = {}
    notes: list[Note] = []
    noted: list[str] = []
    stored, refused = {}, {}
    for fact in facts:
        field, value, quote = fact["field"], fact["value"], fact.get("quote") or ""
        normalised, error = validate_slot(field, value, {**known, **changes})
        if error is not None:
            notes.append(Note(kind="invalid", field=field, text=t("invalid", lang, message=error)))
            refused[field] = error
            continue
        old = known.get(field)
        was_stated = state.provenance.get(field, {}).get("status") in ("stated", "inferred")
        if old is not None and old != normalised and (was_stated or correction):
            notes.append(Note(kind="corrected", field=field, text=t(
                "corrected", lang, label=label(field, lang), old=show_value(field, old, lang),
                new=show_value(field, normalised, lang))))
        elif old != normalised or not was_stated:
            noted.append(show_value(field, normalised, lang))
        inferred = state.reading.inferred.get(field)
        changes[field] = stored[field] = normalised
        stated = not inferred or field in state.reading.converted  # "£1.6m": said back, yet the user's
        provenance[field] = _record("stated", state.turn, quote, inferred=not stated)
        if inferred:
            notes.append(Note(kind="inferred", field=field, text=t(
                "inferred", lang, words=inferred, value=show_value(field, normalised, lang))))
    if noted:
        notes.insert(0, Note(kind="noted", text=t("noted", lang, items=", ".join(noted))))
    update: Update = {"notes": notes}
    if changes:
        update |= {"profile": changes, "provenance": provenance}
    previous = {f: known[f] for f in stored if f in known}
    return update, {"stored": stored, "refused": refused, "previous": previous}


def apply_corrections(state: State, facts: list[dict[str, Any]]) -> tuple[Update, Any]:
    """Corrections are facts that replace a stated value, said back as old → new."""
    return apply_facts(state, facts, correction=True)


def apply_unknowns(state: State, fields: list[str]) -> tuple[Update, Any]:
    """Unknown required fields get their documented assumption, flagged; others keep defaults."""
    lang, known = state.language, dict(state.profile)
    changes: dict[str, Any] = {}
    provenance: dict[str, Any] = {}
    notes: list[Note] = []
    for field in fields:
        if field not in ALL_FIELDS or field in changes:
            continue
        if field not in REQUIRED_FIELDS:
            notes.append(Note(kind="assumed", field=field,
                              text=t("kept_default", lang, label=label(field, lang))))
            continue
        value = assumed_value(field, {**known, **changes})
        changes[field] = value
        provenance[field] = _record("assumed", state.turn, assumption_basis(field, "en"))
        moving_on = field == state.asked and field not in state.reading.unknown  # asked twice, unread
        key = "assumed_moving_on" if moving_on else "assumed"
        notes.append(Note(kind="assumed", field=field, text=t(
            key, lang, label=label(field, lang), basis=assumption_basis(field, lang))))
    update: Update = {"notes": notes}
    if changes:
        update |= {"profile": changes, "provenance": provenance}
    basis = {f: assumption_basis(f, lang) for f in changes}
    return update, {"assumed": changes, "basis": basis}


def reset_update(state: State) -> Update:
    """Clear every field and the recommendation."""
    cleared = dict.fromkeys(ALL_FIELDS)
    return {"profile": cleared, "provenance": cleared, "recommendation": None,
            "recommended_profile": None, "refine_asked": [], "recommendation_numbers": [],
            "notes": [Note(kind="reset", text=t("reset", state.language))]}
