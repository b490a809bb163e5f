"""Messages addressed to the tool layer: tool names, "call the tool", code and JSON literals.

Such text is an injection (the user does not drive the tools), so it is flagged and the
sentences holding it, and any bracketed literal, are hidden from every reader.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_TOOLS = r"score_profile|estimate_costs|what_if|search_framework|sensitivity_analysis"
_SNAKE_FIELDS = r"annual_ai_budget_eur|ai_maturity_months|current_architecture|ai_stacks|teams_using_ai"
_KEYS = (
    rf"{_SNAKE_FIELDS}|employees|sector|countries|regulation|governance|architecture|"
    r"recommendation|score|profile|name|arguments|tool_calls?|function"
)
_Q = r"[\"'“”«»]"
TOOL_CALL = re.compile(
    rf"\b(?:{_TOOLS}|tool_calls?|function_calls?)\b"
    r"|\b(?:call|invoke|trigger)\s+(?:the\s+|a\s+|this\s+|that\s+|your\s+|any\s+)?"
    r"(?:tools?|functions?)\b|\b(?:use|run|execute)\s+(?:the\s+|a\s+|this\s+)?functions?\b"
    r"|\b(?:function|tool)[ -]calls?\b|\bappels?\s+(?:d'|de\s+|à\s+)(?:l'|la\s+|une?\s+)?"
    r"(?:outils?|fonctions?)\b"
    r"|\b(?:appel\w*|invoqu\w*|déclench\w*)\s+(?:l'|la\s+|le\s+|une?\s+|cet(?:te)?\s+|tes\s+|"
    r"tons?\s+|ta\s+)?(?:outils?|fonctions?)\b"
    r"|\b(?:utilis\w*|lanc\w*|exécut\w*)\s+(?:la\s+|une\s+|cette\s+)?fonctions?\b"
    r"|\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\s*\("
    rf"|\b(?:{_SNAKE_FIELDS})\b\s*[:=]"
    r"|\b(?:profiles?|profils?|changes|arguments?|args|params?|parameters)\s*="
    rf"|\{{\s*{_Q}?\s*(?:{_KEYS})\b|{_Q}\s*(?:{_KEYS})\s*{_Q}\s*:"
)

# Every TOOL_CALL match holds one of these: a cheap test first, as most messages have none.
_CUES = ("_", "{", "=", '"', "“", "”", "«", "»", "':", "' :", "tool", "function", "outil", "fonction")


def tool_ranges(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Ranges to hide: sentences that address the tool layer and, if any, every literal."""
    if not any(cue in text for cue in _CUES) or TOOL_CALL.search(text) is None:
        return []
    ranges = [s for s in sentences if TOOL_CALL.search(text[s[0]:s[1]])]
    return ranges + list(_literals(text))


def _literals(text: str) -> Iterator[tuple[int, int]]:
    """{...} and [...] literals, and name(...) calls, outermost only; unclosed ones run to the end."""
    depth, start = 0, 0
    for i, char in enumerate(text):
        if char in "{[" or (char == "(" and (depth or (i and (text[i - 1].isalnum()
                                                             or text[i - 1] == "_")))):
            if depth == 0:
                start = i
            depth += 1
        elif char in "}])" and depth:
            depth -= 1
            if depth == 0:
                yield start, i + 1
    if depth:
        yield start, len(text)
