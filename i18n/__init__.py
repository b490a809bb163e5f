"""Words and locale formats: one message catalogue per language and Babel formatting.

A leaf: any room may import it; it imports nothing of ours.
"""

from __future__ import annotations

from i18n.catalogue import LANGS, catalogue, items, lang_of, t
from i18n.formats import date, decimal, money, number, percent, signed, signed_money

__all__ = ["LANGS", "catalogue", "date", "decimal", "items", "lang_of", "money", "number", "percent",
           "signed", "signed_money", "t"]
