"""What the scoring tools do with the state: run scoring/, word it (advisor.view), mark citations."""

from __future__ import annotations

import math
from typing import Any

from langgraph.runtime import get_runtime

import i18n
from advisor.citations import Marks
from advisor.context import Context
from advisor.extraction.models import INT_FIELDS
from advisor.guard import allowed_numbers
from advisor.services import retriever_for
from advisor.slots import missing_slots, to_profile
from advisor.state import Note, State
from advisor.templates import show_value, t
from advisor.view import RecommendationView, change_record
from scoring.advice import advise
from scoring.profile import profile_error_message


def context() -> Context:
    """The graph run's context (tools run inside the ToolNode of a graph run)."""
    ctx = get_runtime(Context).context
    return ctx if ctx is not None else Context()


def marks_for(state: State, ctx: Context) -> Marks:
    """Citation marks whose passages come from the context's retriever, in the reply's language."""

    def lookup(passage_id: str) -> dict[str, Any] | None:
        passage = retriever_for(ctx).get_passage(passage_id, lang=state.language)
        return None if passage is None else passage_dict(passage)

    return Marks(lookup)


def passage_dict(passage: Any) -> dict[str, Any]:
    """A retrieved passage as a plain dict (Passage, pydantic model or dict)."""
    if isinstance(passage, dict):
        return passage
    if hasattr(passage, "model_dump"):
        return dict(passage.model_dump())
    return dict(vars(passage))


def cited_update(marks: Marks, lang: str) -> dict[str, Any]:
    """The cited passages, and a note when the index could not be read."""
    update: dict[str, Any] = {"cited": marks.cited, "retrieved_ids": list(marks.passages)}
    if marks.unavailable:
        update["notes"] = [Note(kind="index", text=t("index_unavailable", lang))]
    return update


def recommendation_update(state: State, ctx: Context) -> tuple[dict[str, Any], dict[str, Any]]:
    """Score the profile and write the cited reply: the summary, or, when the thread already had a
    recommendation and the profile changed since, what changed (old → new, cost deltas)."""
    lang = state.language
    advice = advise(to_profile(state.profile))
    change = change_record(state.recommendation, state.recommended_profile, advice.to_dict(),
                           dict(state.profile))
    view = RecommendationView(advice, lang, provenance=dict(state.provenance), change=change)
    record = view.record()  # the tool result every figure of the reply comes from
    marks = marks_for(state, ctx)
    method = view.method_texts()  # the catalogue's own figures (thresholds, the article's claims)
    notes = [Note(kind="recommendation", text=view.reply_markdown(marks.mark),
                  result={"method_texts": method})]
    previous = state.recommendation["architecture"] if state.recommendation else None
    if change is None and previous == advice.architecture:  # asked again, nothing changed
        same = t("unchanged", lang, arch=i18n.t(f"arch.{previous}", lang))
        notes.insert(0, Note(kind="unchanged", text=same))
    update = cited_update(marks, lang)
    update["notes"] = [*update.get("notes", []), *notes]
    update |= {"recommendation": record, "recommended_profile": dict(state.profile),
               "recommendation_numbers": sorted(set(allowed_numbers([record, method])))}
    return update, record


def hypothetical_changes(profile: dict[str, Any], changes: dict[str, Any], factors: dict[str, float],
                         deltas: dict[str, float]) -> dict[str, Any]:
    """Absolute what-if values, plus relative ones ("doubled", "200 more") applied to the profile."""
    out = dict(changes)
    for field, factor in factors.items():
        if field not in out and profile.get(field) is not None:
            out[field] = profile[field] * factor
    for field, delta in deltas.items():
        if field not in out and profile.get(field) is not None:
            out[field] = profile[field] + delta
    return {f: round(v) if f in INT_FIELDS and isinstance(v, float) and math.isfinite(v) else v
            for f, v in out.items()}


def what_if_update(state: State, ctx: Context, changes: dict[str, Any], factors: dict[str, float],
                   deltas: dict[str, float]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Score a copy of the profile with the changes; the stored profile is left as it is."""
    lang = state.language
    if missing_slots(state.profile):
        return {"notes": [Note(kind="what_if", text=t("what_if_later", lang))]}, {}
    applied = hypothetical_changes(dict(state.profile), changes, factors, deltas)
    try:
        base = advise(to_profile(state.profile), with_sensitivity=False)
        changed = advise(to_profile({**state.profile, **applied}), with_sensitivity=False)
    except (ValueError, OverflowError, TypeError) as exc:
        message = profile_error_message(exc)
        return {"notes": [Note(kind="invalid", text=t("invalid", lang, message=message))]}, {}
    marks = marks_for(state, ctx)
    before, after = base.architecture, changed.architecture
    shown = ", ".join(show_value(f, v, lang) for f, v in applied.items())
    key = "what_if" if after != before else "what_if_same"
    text = t(key, lang, changes=shown, after=i18n.t(f"arch.{after}", lang),
             before=i18n.t(f"arch.{before}", lang), after_score=i18n.signed(changed.scorecard.score, lang),
             before_score=i18n.signed(base.scorecard.score, lang))
    text += " " + marks.mark("method/scoring/sensitivity")
    advice = changed.to_dict()
    costs = advice["costs"]["by_architecture"]
    text += "\n" + t("what_if_costs", lang, costs=", ".join(
        f"{i18n.t(f'arch.{a}', lang)} {i18n.money(c['total']['mid'], lang)}" for a, c in costs.items()))
    result = {"changes": applied, "before": before, "after": after,
              "before_score": base.scorecard.score, "after_score": changed.scorecard.score,
              "after_costs": {a: c["total"]["mid"] for a, c in costs.items()},  # what the text quotes
              "summary": {"changes": applied, "before": before, "after": after}}
    update = cited_update(marks, lang)
    update["notes"] = [*update.get("notes", []), Note(kind="what_if", text=text)]
    return update, result
