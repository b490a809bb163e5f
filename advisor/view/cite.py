"""Citation marks for the view's documents.

The chat reply marks passages with tokens (`advisor.citations.Marks`) that the reply numbers;
a standalone document (details, report, decision record) numbers its own and lists them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from advisor.view.words import Words

Cite = Callable[..., str]


class Numbering:
    """`mark(*ids)` returns "[n]" marks, numbered in order of first use (or as `fixed` says)."""

    def __init__(self, fixed: Mapping[str, int] | None = None, only_fixed: bool = False) -> None:
        self.numbers: dict[str, int] = dict(fixed or {})
        self.only_fixed = only_fixed  # marks only the passages `fixed` numbers (a reply's citations)

    def mark(self, *passage_ids: str) -> str:
        marks = []
        for pid in passage_ids:
            if pid not in self.numbers:
                if self.only_fixed:
                    continue
                self.numbers[pid] = len(self.numbers) + 1
            marks.append(f"[{self.numbers[pid]}]")
        return "".join(dict.fromkeys(marks))

    def entries(self, passages: Mapping[str, Mapping[str, Any]]) -> list[dict[str, Any]]:
        """Every numbered passage, in number order, with what is known of it."""
        return [{"n": n, "id": pid, **dict(passages.get(pid) or {})}
                for pid, n in sorted(self.numbers.items(), key=lambda item: item[1])]


def tag(cite: Cite, *passage_ids: str) -> str:
    """The marks for `passage_ids` after a space, or nothing."""
    marks = cite(*passage_ids)
    return f" {marks}" if marks else ""


def origin(entry: Mapping[str, Any], w: Words) -> str:
    """Where a passage comes from, in words: the article, the method or the user's document."""
    source = str(entry.get("source") or str(entry.get("id", "")).split("/")[0])
    return w(f"source.{source}") if source in ("article", "project", "user", "method") else source


def source_line(entry: Mapping[str, Any], w: Words, clean: Callable[[str], str] = str) -> str:
    """"[n] Section (`id`), origin" ("[n] Title — section …" for a user's document); `clean` makes
    document text safe for the face."""
    own = str(entry.get("source") or "") in ("article", "project")  # the origin names the title
    title = "" if own else clean(str(entry.get("title") or ""))
    section = clean(str(entry.get("section") or ""))
    name = " — ".join(p for p in (title, section) if p)
    pid = str(entry.get("id", "")).replace("`", "")
    return f"[{entry['n']}] " + (f"{name} (`{pid}`), " if name else f"`{pid}` — ") + origin(entry, w)
