"""The view's words in one language: catalogue messages and locale formats, with a record of
the catalogue sentences used (their figures are the method's own: the guard may trace them)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import i18n


class Words:
    """`w(key, **values)` is the catalogue message in the view's language."""

    def __init__(self, lang: str | None) -> None:
        self.lang = i18n.lang_of(lang)
        self.used: dict[str, str] = {}

    def __call__(self, key: str, **values: Any) -> str:
        self.used[key] = i18n.catalogue(self.lang)[key]
        return i18n.t(key, self.lang, **values)

    def arch(self, name: str) -> str:
        return self(f"arch.{name}")

    def reason(self, key: str) -> str:
        return self(f"reason.{key}")

    def money(self, eur: float) -> str:
        return i18n.money(eur, self.lang)

    def diff(self, eur: float) -> str:
        return i18n.signed_money(eur, self.lang)

    def num(self, value: float, decimals: int = 0) -> str:
        return i18n.number(value, self.lang, decimals)

    def dec(self, value: float, decimals: int = 1) -> str:
        return i18n.decimal(value, self.lang, decimals)

    def signed(self, value: float, decimals: int = 2) -> str:
        return i18n.signed(value, self.lang, decimals)

    def pct(self, fraction: float) -> str:
        return i18n.percent(fraction, self.lang)

    def date(self, day: dt.date | None = None) -> str:
        return i18n.date(day or dt.date.today(), self.lang)

    def join(self, parts: list[str]) -> str:
        """"a, b or c" in the view's language."""
        if len(parts) < 2:
            return "".join(parts)
        return ", ".join(parts[:-1]) + self("flip.or") + parts[-1]
