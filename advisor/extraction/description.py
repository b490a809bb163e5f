"""A company described in words no listed sector matches ("we film weddings", "on exploite des
remontées mécaniques"): read as sector `other`, inferred, so it is stated back for confirmation."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from advisor.extraction.models import Evidence
from advisor.lexicon import lexicon

SECTOR = "sector"
NOTE = "a description that names no listed sector"


def described_other(view: str, text: str, to_text: Callable[[int, int], tuple[int, int]],
                    expected: str | None, known: Mapping[str, Any] | None,
                    read: Mapping[str, Any], asking: bool, unknown: bool) -> Evidence | None:
    """Evidence for sector `other` when the sector is not known, nothing in the message names one,
    and the message describes what the company does or, when the sector was asked, states nothing
    else; `to_text` maps offsets in `view` (numbers as placeholders) to `text`."""
    if SECTOR in read or SECTOR in (known or {}) or unknown or "regulation" in read:
        return None
    match = lexicon().business_description.search(view)
    if match is not None:
        start, end = match.span()
    elif expected == SECTOR and not asking and not read and sum(c.isalpha() for c in view) >= 6:
        start, end = 0, len(view)  # the answer to "which sector?" is a description
    else:
        return None
    stop = view.find(".", end)
    start, end = to_text(start, stop if stop != -1 else len(view))  # placeholders -> the words said
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return Evidence(text=text[start:end], start=start, end=end, note=NOTE, inferred=True)
