"""Helpers that turn the lexicon's entries into regular expressions (accent- and apostrophe-tolerant)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent
LANGS = ("en", "fr")


def data_file(name: str) -> dict[str, Any]:
    """A lexicon data file, read with libyaml's safe loader where it is built (places.yaml is large)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return dict(yaml.load((HERE / name).read_text(encoding="utf-8"), Loader=loader))  # noqa: S506


def fold(text: str) -> str:
    """Accents removed, length kept (one character for one): "Genève" -> "Geneve"."""
    import unicodedata

    return "".join(unicodedata.normalize("NFD", c)[0] for c in text)


def loose(entry: str) -> str:
    """A lexicon entry that also matches without accents and with a space for an apostrophe."""
    return fold(entry).replace("'", "['’ ]?")


_ACCENTED = {"é": "[ée]", "è": "[èe]", "ê": "[êe]", "à": "[àa]", "â": "[âa]", "ç": "[çc]", "ô": "[ôo]",
             "î": "[îi]", "ï": "[ïi]", "û": "[ûu]", "ù": "[ùu]"}


def tolerant(entry: str) -> str:
    """A regex entry that also matches its words typed without accents ("arbitre" for "arbitré");
    characters inside [...] classes are left alone."""
    out, depth = [], 0
    for c in entry:
        depth += c == "[" and 1 or (c == "]" and -1 or 0)
        out.append(c if depth or c not in _ACCENTED else _ACCENTED[c])
    return "".join(out)


def alternation(entries: list[str]) -> str:
    """One regex alternative per entry, longest first (so "new jersey" wins over "jersey")."""
    return "|".join(f"(?:{e})" for e in sorted(set(entries), key=len, reverse=True))


def words(entries: list[str]) -> re.Pattern[str]:
    """Whole-word matcher of the entries."""
    return re.compile(rf"(?<![\w-])(?:{alternation(entries)})(?![\w-])")
