"""The message catalogues (messages.en.yaml, messages.fr.yaml), flattened to dotted keys."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

LANGS = ("en", "fr")
_HERE = Path(__file__).resolve().parent


def lang_of(lang: str | None) -> str:
    """The catalogue language for `lang`: "fr" for French ("fr", or a browser's "fr-FR", "fr_CA"),
    "en" for anything else (None included)."""
    return "fr" if (lang or "").lower().replace("_", "-").split("-")[0] == "fr" else "en"


def _flatten(node: Any, prefix: str, out: dict[str, Any]) -> dict[str, Any]:
    if isinstance(node, dict):
        for key, value in node.items():
            _flatten(value, f"{prefix}.{key}" if prefix else str(key), out)
    else:
        out[prefix] = node
    return out


@cache
def catalogue(lang: str) -> dict[str, Any]:
    """Every message of `lang` by dotted key ("arch.hybrid"); values are strings or lists."""
    path = _HERE / f"messages.{lang_of(lang)}.yaml"
    return _flatten(yaml.safe_load(path.read_text(encoding="utf-8")), "", {})


def t(key: str, lang: str | None, **values: Any) -> str:
    """The message `key` in `lang`, its {placeholders} filled with `values` (already formatted)."""
    message = catalogue(lang_of(lang))[key]
    if not isinstance(message, str):
        raise TypeError(f"{key!r} is a list: use items()")
    return message.format(**values) if values else message


def items(key: str, lang: str | None) -> list[str]:
    """A list message (e.g. the options offered for a question)."""
    found = catalogue(lang_of(lang))[key]
    if not isinstance(found, list):
        raise TypeError(f"{key!r} is not a list")
    return [str(item) for item in found]
