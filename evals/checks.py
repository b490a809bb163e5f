"""Checks on one turn: profile slots, citations, figures traced to sources."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

RELATIVE_TOLERANCE = 0.01  # numbers compare within 1%


def same_value(expected: Any, got: Any) -> bool:
    """Numbers within 1%; strings case-insensitively; anything else by equality."""
    if isinstance(expected, bool) or isinstance(got, bool):
        return expected == got
    if isinstance(expected, int | float) and isinstance(got, int | float):
        return abs(float(got) - float(expected)) <= RELATIVE_TOLERANCE * max(abs(float(expected)), 1e-9)
    if isinstance(expected, str) and isinstance(got, str):
        return expected.strip().lower() == got.strip().lower()
    return bool(expected == got)


def compare_profile(expected: Mapping[str, Any], got: Mapping[str, Any]) -> tuple[int, list[str]]:
    """(slots right, a reason per wrong slot)."""
    right, wrong = 0, []
    for field, value in expected.items():
        actual = got.get(field)
        if actual is not None and same_value(value, actual):
            right += 1
        else:
            wrong.append(f"{field}: expected {value!r}, got {actual!r}")
    return right, wrong


def citation_problems(turn: Any, retriever: Any) -> tuple[int, list[str]]:
    """(valid citations, a reason per invalid one): retrieved this turn and resolvable."""
    valid, problems = 0, []
    retrieved = set(turn.retrieved_ids)
    for c in turn.citations:
        pid = c.get("id", "")
        if pid not in retrieved:
            problems.append(f"citation [{c.get('n')}] {pid!r} was not retrieved this turn")
        elif retriever.get_passage(pid, lang=c.get("lang")) is None:
            problems.append(f"citation [{c.get('n')}] {pid!r} does not exist in the knowledge base")
        else:
            valid += 1
    return valid, problems


def _what_if_results(turn: Any) -> list[Any]:
    """Full what-if results, re-run from the recorded arguments (the turn keeps only before/after)."""
    from advisor.slots import to_profile
    from scoring.advice import advise

    results = []
    for call in turn.tool_calls:
        if call.get("tool") == "run_what_if" and turn.profile and isinstance(call.get("result"), dict):
            try:
                changes = dict(call["result"]["changes"])
                results.append(advise(to_profile({**turn.profile, **changes}),
                                      with_sensitivity=False).to_dict())
            except (ValueError, KeyError):
                continue
    return results


def _asked_text(field: str | None, lang: str) -> str:
    """The fixed wording of the question asked this turn (its examples are not claims)."""
    from advisor import templates

    if field in templates.QUESTIONS:
        return templates.question(field, lang)
    if field in templates.REFINE_QUESTIONS:
        return templates.refine_question(field, lang)
    return ""


def number_sources(turn: Any, previous_profile: Mapping[str, Any]) -> list[Any]:
    """Where a figure may come from: tool results, cited passages (text, title, section), the profile
    before and after the turn, what the user stated (and why a value was refused), the question asked."""
    understanding = turn.understanding or {}
    cited = [[c.get("text", ""), c.get("title", ""), c.get("section", "")] for c in turn.citations]
    asked = _asked_text(turn.asked, turn.language)
    return [turn.recommendation, [c.get("result") for c in turn.tool_calls], _what_if_results(turn),
            cited, turn.profile, dict(previous_profile), understanding.get("values", {}),
            understanding.get("what_if", {}), understanding.get("invalid", {}), asked,
            understanding.get("to_confirm", {}), understanding.get("conflicts", {}),  # asked about
            list(getattr(turn, "choices", []) or []), _fixed_texts(turn.language),
            _method_texts(turn), understanding.get("message", "")]  # the user's own words, quoted back


def _fixed_texts(lang: str) -> list[str]:
    """The product's fixed sentences (welcome, follow-up): their figures are its own."""
    from advisor.reply import FIXED_TEXTS
    from advisor.templates import t

    return [t(key, lang) for key in FIXED_TEXTS]


def _method_texts(turn: Any) -> list[str]:
    """The catalogue sentences the recommendation's words use: their figures are the method's own
    (thresholds such as "over 18 months", the article's claims)."""
    if not turn.recommendation:
        return []
    from advisor.view import RecommendationView

    return RecommendationView.from_record(turn.recommendation, turn.language).method_texts()


def unfaithful_figures(turn: Any, previous_profile: Mapping[str, Any]) -> tuple[int, list[str]]:
    """(figures in the reply, those that trace to no source)."""
    from advisor.guard import allowed_numbers, numbers_in

    figures = numbers_in(turn.reply)
    allowed = allowed_numbers(number_sources(turn, previous_profile))
    bad = [printed for value, tol, printed in figures
           if not any(abs(value - a) <= tol + 1e-9 for a in allowed)]
    return len(figures), bad


def llm_alone(expected_new: Mapping[str, Any], llm_values: Mapping[str, Any]) -> dict[str, int]:
    """How the LLM's own reading of one message compares with the fields that message states."""
    right = sum(1 for f, v in expected_new.items()
                if llm_values.get(f) is not None and same_value(v, llm_values[f]))
    given = sum(1 for f in expected_new if llm_values.get(f) is not None)
    extra = sum(1 for f, v in llm_values.items() if v is not None and f not in expected_new)
    return {"expected": len(expected_new), "right": right, "wrong": given - right,
            "missing": len(expected_new) - given, "extra": extra}
