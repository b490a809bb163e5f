"""Number helpers: other scripts' digits, "et demi", "and a half", "a few hundred"."""

from __future__ import annotations

import re
import unicodedata

# "a few hundred" / "quelques centaines": a documented estimate, three of the unit.
FEW = (
    r"\b(?:a\s+few|several|quelques|plusieurs)\s+"
    r"(?:hundreds?|centaines?|thousands?|milliers?)\b"
)
FEW_ESTIMATE = 3
_FEW_UNIT = re.compile(r"(?:hundred|centaine|thousand|millier)s?$")
_HALF_AFTER = re.compile(r"\s+(?:et\s+demie?|and\s+a\s+half)\b")
_HALF_BEFORE = re.compile(
    r"\s+(?:and\s+a\s+half|et\s+demie?)\s+(?P<s>millions?|milliards?|billions?|thousand|mille)\b"
)
# Arabic decimal and thousands separators, kept one character each like the digits.
_SEPARATORS = {"\u066b": ".", "\u066c": ","}
_SCALES = {"million": 1e6, "milliard": 1e9, "billion": 1e9, "thousand": 1e3, "mille": 1e3}


def few_value(phrase: str) -> tuple[float, str]:
    """The estimate for "a few hundred" (300) or "quelques milliers" (3000), and its note."""
    unit = _FEW_UNIT.search(phrase)
    base = 1000.0 if unit and unit.group().startswith(("thousand", "millier")) else 100.0
    value = FEW_ESTIMATE * base
    return value, f"'{' '.join(phrase.split())}' read as an estimate of {value:g}"


def with_half(low: str, value: float, scale: float, end: int) -> tuple[float, float, int]:
    """Fold a spoken half into (value, scale, end): "un million et demi", "one and a half million"."""
    if scale > 1:
        after = _HALF_AFTER.match(low, end)
        if after:
            return value + 0.5 * scale, scale, after.end()
        return value, scale, end
    before = _HALF_BEFORE.match(low, end)
    if before and value == int(value) and 0 <= value < 1000:
        new_scale = _SCALES[before.group("s").rstrip("s")]
        return (value + 0.5) * new_scale, new_scale, before.end()
    return value, scale, end


def ascii_digits(text: str) -> str:
    """Decimal digits of every script as ASCII, one character for one ("٣" -> "3")."""
    if text.isascii():
        return text
    out = []
    for char in text:
        digit = unicodedata.decimal(char, None) if not char.isascii() else None
        out.append(str(digit) if digit is not None else _SEPARATORS.get(char, char))
    return "".join(out)
