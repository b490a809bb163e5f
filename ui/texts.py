"""The chat page's own words in English and French (`ui/texts.yaml`), and the page's language."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

TEXTS = Path(__file__).with_name("texts.yaml")


@cache
def _texts() -> dict[str, dict[str, str]]:
    loaded: dict[str, dict[str, str]] = yaml.safe_load(TEXTS.read_text(encoding="utf-8"))
    return loaded


def text(key: str, lang: str | None, **values: Any) -> str:
    """The text `key` in French for "fr…" languages, else in English, with {values} filled in."""
    found = _texts()["fr" if page_lang(lang) == "fr" else "en"][key]
    return found.format(**values) if values else found


def page_lang(language: str | None) -> str:
    """"fr" for a French browser or conversation ("fr", "fr-FR", "fr-CA"), else "en"."""
    return "fr" if (language or "").lower().startswith("fr") else "en"
