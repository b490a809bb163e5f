"""Shared state of one extraction pass: the visible text, its numbers, and found hits."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from advisor.extraction.numbers import Mention, NumberText

# A number placeholder inside a pattern; use num("k") for a second one.
N = r"⟦(?P<n>\d+)⟧"


def num(name: str) -> str:
    """A placeholder pattern capturing the mention index under group `name`."""
    return rf"⟦(?P<{name}>\d+)⟧"


def table_pattern(table: dict[str, str]) -> re.Pattern[str]:
    """One regex with a named group per key (keys in priority order), whole words only."""
    groups = "|".join(rf"(?P<{key.replace('-', '_')}>{words})" for key, words in table.items())
    return re.compile(rf"(?<![\w-])(?:{groups})(?![\w-])")


class NameTable:
    """Whole-word names from a {key: regex} table, found in one pass and then classified.

    Faster than one named group per key when the table is long (countries, frameworks).
    """

    def __init__(self, table: dict[str, str]) -> None:
        alternatives = "|".join(f"(?:{words})" for words in table.values())
        self._any = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")
        self._each = [(key, re.compile(words)) for key, words in table.items()]

    def find(self, text: str) -> list[tuple[str, re.Match[str]]]:
        """(key, match) for every name in `text`, in order."""
        found = []
        for match in self._any.finditer(text):
            key = next((k for k, p in self._each if p.fullmatch(match.group())), None)
            if key is not None:
                found.append((key, match))
        return found


@dataclass(frozen=True, slots=True)
class Hit:
    """A candidate value for one field, located in the placeholder text."""

    field: str
    value: float | str
    start: int
    end: int
    priority: int = 2  # 2 explicit number, 1 phrase or count of names, 0 bare answer
    note: str | None = None
    mentions: tuple[int, ...] = ()
    inferred: bool = False  # read from a description, a typo, a conversion: stated back


@dataclass
class Scan:
    """The visible part of a message (others blanked with '░') and the numbers in it."""

    view: str
    numbers: NumberText
    expected: str | None
    today: date
    claimed: set[int] = field(default_factory=set)
    hits: list[Hit] = field(default_factory=list)
    bare: bool = True  # short answers may fill `expected` (False for an injection)

    def mention(self, match: re.Match[str], group: str = "n") -> tuple[int, Mention] | None:
        """The unclaimed mention captured by `group`, or None."""
        index = int(match.group(group))
        if index in self.claimed:
            return None
        return index, self.numbers.mentions[index]

    def add(self, hit: Hit) -> None:
        """Record a hit and claim its numbers so no later reader reuses them."""
        self.hits.append(hit)
        self.claimed.update(hit.mentions)

    def sentence_start(self, pos: int) -> int:
        """Where the sentence of the view containing `pos` starts."""
        return max(self.view.rfind(c, 0, pos) for c in ".!?\n") + 1

    def sentence_around(self, pos: int) -> str:
        """The sentence of the view containing `pos`."""
        start = self.sentence_start(pos)
        ends = [i for i in (self.view.find(c, pos) for c in ".!?\n") if i != -1]
        return self.view[start:min(ends) if ends else len(self.view)]
