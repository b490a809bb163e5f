"""Numbers, money, percentages and dates in the reader's locale (Babel): "1,2 M€", "3 000"."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date
from babel.numbers import format_decimal, format_percent

from i18n.catalogue import lang_of

LOCALES = {"en": "en_US", "fr": "fr_FR"}


def _locale(lang: str | None) -> str:
    return LOCALES[lang_of(lang)]


def number(value: float, lang: str | None, decimals: int = 0) -> str:
    """A grouped number, at most `decimals` decimals: "3,000" / "3 000", "2.5" / "2,5"."""
    pattern = "#,##0" + ("." + "#" * decimals if decimals else "")
    return format_decimal(round(value, decimals) if decimals else round(value), pattern,
                          locale=_locale(lang))


def decimal(value: float, lang: str | None, decimals: int = 1) -> str:
    """A number with exactly `decimals` decimals: "2.0" / "2,0"."""
    return format_decimal(value, "#,##0." + "0" * decimals, locale=_locale(lang))


def signed(value: float, lang: str | None, decimals: int = 2) -> str:
    """A signed number with exactly `decimals` decimals: "+0.40" / "+0,40"."""
    digits = "0." + "0" * decimals if decimals else "0"
    return format_decimal(value, f"+{digits};-{digits}", locale=_locale(lang))


def percent(fraction: float, lang: str | None) -> str:
    """A share as a whole percentage: "80%" / "80 %"."""
    return format_percent(fraction, locale=_locale(lang))


def money(eur: float, lang: str | None) -> str:
    """Euros in k€ or M€: "240 k€", "1.2 M€" / "1,2 M€" (under 1 k€: whole euros)."""
    size = abs(eur)
    if size >= 1e9:  # thousands of M€: whole numbers (no group separator next to decimals)
        return f"{number(eur / 1e6, lang)} M€"
    if size >= 1e6:
        return f"{number(eur / 1e6, lang, 2)} M€"
    if size >= 1e3:
        return f"{number(eur / 1e3, lang)} k€"
    return f"{number(eur, lang)} €"


def signed_money(eur: float, lang: str | None) -> str:
    """A money difference with its sign: "+300 k€", "-1.2 M€"."""
    return ("+" if eur >= 0 else "-") + money(abs(eur), lang)


def date(day: dt.date, lang: str | None) -> str:
    """A date in words: "November 24, 2026" / "24 novembre 2026"."""
    return format_date(day, "long", locale=_locale(lang))
