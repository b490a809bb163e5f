"""Citation marks: tools mark passages with tokens; the reply numbers them in reading order."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

import i18n

log = logging.getLogger(__name__)
_TOKEN = re.compile(r"⟦([^⟧]+)⟧")
_ORIGINS = ("article", "project", "user")  # named by the catalogue's source.* messages
KEEP = ("title", "section", "source", "lang", "publisher", "date", "text")


class Marks:
    """`mark(*ids)` returns tokens for the passages the lookup finds, and keeps those passages."""

    def __init__(self, lookup: Callable[[str], dict[str, Any] | None]) -> None:
        self._lookup = lookup
        self.passages: dict[str, dict[str, Any]] = {}
        self.unavailable = False  # the index could not be read

    def mark(self, *passage_ids: str) -> str:
        tokens = []
        for pid in passage_ids:
            if pid not in self.passages:
                try:
                    passage = self._lookup(pid)
                except Exception as exc:  # noqa: BLE001 - a missing index must not lose the turn
                    log.warning("citation lookup failed: %s", exc)
                    self.unavailable, passage = True, None
                if passage is None:
                    continue
                self.passages[pid] = {"id": pid, **{k: passage.get(k) for k in KEEP
                                                    if passage.get(k) is not None}}
            tokens.append(f"⟦{pid}⟧")
        return "".join(dict.fromkeys(tokens))

    @property
    def cited(self) -> list[dict[str, Any]]:
        return list(self.passages.values())


def number_citations(text: str, cited: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    """Replace tokens by [n] in order of first appearance; entries for the passages used."""
    by_id = {c["id"]: c for c in cited}
    entries: list[dict[str, Any]] = []
    numbers: dict[str, int] = {}

    def number(match: re.Match[str]) -> str:
        pid = match.group(1)
        if pid not in by_id:
            return ""
        if pid not in numbers:
            numbers[pid] = len(entries) + 1
            entries.append({"n": numbers[pid], **by_id[pid]})
        return f"[{numbers[pid]}]"

    numbered = _TOKEN.sub(number, text)
    numbered = re.sub(r"\](\[)", r"]\1", numbered)
    return numbered, entries


def strip_tokens(text: str) -> str:
    return _TOKEN.sub("", text)


def render_citations(entries: list[dict[str, Any]], lang: str) -> list[str]:
    """The "Sources" block under a reply."""
    lines = [f"**{i18n.t('chat.sources', lang)}**", ""]
    for c in entries:
        source = c.get("source", "")
        origin = i18n.t(f"source.{source}", lang) if source in _ORIGINS else source
        lines.append(f"- [{c['n']}] `{c['id']}` — {origin}, {c.get('section', '')}")
    return lines
