"""Faithfulness guard: the stated architecture and every figure must come from tool results."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import Any

import i18n

_NUMBER = re.compile(
    r"(?<![\w\[])([-+]?\d{1,3}(?:[ \u202f\u00a0,]\d{3})+(?:[.,]\d+)?|[-+]?\d+(?:[.,]\d+)?)"
    r"\s*(M€|MEUR|k€|K€|%|€)?(?![\w\]])"
)
_CITATION = re.compile(r"\[\d+\]")
_CLAIM = re.compile(r"(?:Recommendation|Recommandation)\s*:\s*\*\*([^*]+)\*\*", re.IGNORECASE)
_SCALE = {"M€": 1e6, "MEUR": 1e6, "k€": 1e3, "K€": 1e3}


def _parse(token: str, unit: str | None) -> tuple[float, float]:
    """(value, tolerance): the tolerance is half a unit of the last printed digit."""
    raw = token.replace("\u202f", "").replace("\u00a0", "")
    if re.fullmatch(r"[-+]?\d{1,3}(?:[ ,]\d{3})+(?:[.,]\d+)?", raw):
        raw = raw.replace(" ", "").replace(",", "")
    raw = raw.replace(",", ".")
    decimals = len(raw.split(".")[1]) if "." in raw else 0
    scale = _SCALE.get(unit or "", 1.0)
    return float(raw) * scale, 0.5 * 10 ** (-decimals) * scale


def numbers_in(text: str) -> list[tuple[float, float, str]]:
    """Every figure in `text` as (value, tolerance, printed form), citation markers excluded."""
    text = _CITATION.sub(" ", text)
    found = []
    for match in _NUMBER.finditer(text):
        value, tol = _parse(match.group(1), match.group(2))
        found.append((value, tol, match.group(0).strip()))
    return found


def allowed_numbers(sources: Iterable[Any]) -> list[float]:
    """Numbers in tool results (values and inside strings) and in cited passage texts."""
    out: list[float] = []

    def walk(node: Any) -> None:
        if isinstance(node, bool) or node is None:
            return
        if isinstance(node, int | float):
            out.extend((float(node), float(node) * 100))
        elif isinstance(node, str):
            out.extend(v for v, _tol, _s in numbers_in(node))
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list | tuple):
            for value in node:
                walk(value)

    for source in sources:
        walk(source)
    return out


def check_reply(reply: str, architecture: str | None, sources: Iterable[Any],
                known: Iterable[float] = ()) -> list[str]:
    """Problems found in `reply` (empty when it is faithful); `known`: numbers already allowed."""
    problems = []
    if architecture is not None:
        names = {i18n.t(f"arch.{architecture}", lang).lower() for lang in i18n.LANGS}
        for claim in _CLAIM.findall(reply):
            if claim.strip().lower() not in names:
                problems.append(f"states {claim.strip()!r} but the scorecard says {architecture!r}")
    allowed = sorted([*known, *allowed_numbers(sources)])
    for value, tol, printed in numbers_in(reply):
        at = bisect.bisect_left(allowed, value - tol - 1e-9)
        if at >= len(allowed) or allowed[at] > value + tol + 1e-9:
            problems.append(f"figure {printed!r} is not in any tool result or cited passage")
    return problems
