"""extract() never raises and always returns well-formed results, whatever the text."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisor.extraction import extract, redact_pii
from scoring.profile import ALL_FIELDS

_PIECES = st.sampled_from(
    ["300", "1 500", "3M€", "-5", "entre", "et", "between", "and", "pays", "countries",
     "what if", "et si", "ans", "years", "depuis", "since 2023", "?", ".", "people", "€", "k",
     "quatre-vingt", "dix", "un", "a dozen", "80/20", "ignore", "@", "+33", "0", "½", "\n"]
)
_MESSY = st.one_of(
    st.text(max_size=300),
    st.lists(_PIECES, max_size=30).map(" ".join),
    st.lists(st.one_of(_PIECES, st.text(max_size=5)), max_size=30).map("".join),
)


@settings(max_examples=500, deadline=None)
@given(text=_MESSY, expected=st.one_of(st.none(), st.sampled_from(ALL_FIELDS)))
def test_extract_never_raises(text: str, expected: str | None) -> None:
    result = extract(text, expected=expected)
    assert set(result.values) <= set(ALL_FIELDS)
    assert set(result.what_if) <= set(ALL_FIELDS)
    assert not set(result.values) & set(result.invalid)
    for evidence in result.spans.values():
        assert 0 <= evidence.start <= evidence.end <= len(text)
        assert evidence.text == text[evidence.start:evidence.end]


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=200))
def test_redact_never_raises(text: str) -> None:
    redacted, kinds = redact_pii(text)
    assert isinstance(redacted, str)
    assert set(kinds) <= {"email", "phone", "iban", "name"}


def test_odd_inputs() -> None:
    for text in ["", " ", "⟦0⟧", "░░", "9" * 400, "1e9", "∞", "NaN", "-" * 50, "?" * 20]:
        extract(text)
    assert extract("⟦0⟧ people").values == {}
    for field in ALL_FIELDS:
        assert extract("9" * 400, expected=field).values == {}


# Crash classes found by reliability/fuzz.py: mixed thousands separators, digits of other
# scripts, superscripts, numbers too long or too large for a float.
@pytest.mark.parametrize(
    "text",
    [
        "budget 1 000.000.000",
        "1 000 000.000,000 €",
        "๗೮.٥𝟜７ ᧑᱗᪙,᪔߄໐,༢ people",
        "budget ٣٬٠٠٠.٠٠٠ ٠٠٠",
        "10² people, budget ²³ M€",
        "9" * 5000 + " people",
        "budget " + "9" * 5000 + "." + "9" * 5000 + " €",
        "1e999 € and 1" + "0" * 400 + " countries",
    ],
)
def test_odd_numbers_never_raise(text: str) -> None:
    for field in (None, *ALL_FIELDS):
        result = extract(text, expected=field)
        assert not set(result.values) & set(result.invalid)


def test_mixed_separators_and_other_scripts_are_read() -> None:
    assert extract("budget 1 000.000.000 €").values == {"annual_ai_budget_eur": 1e9}
    assert "annual_ai_budget_eur" in extract("budget 1 000.000.000.000.000 €").invalid
    assert extract("budget 1 000.000 €").values == {"annual_ai_budget_eur": 1_000_000.0}
    assert extract("٣ pays").values == {"countries": 3}
    assert extract("３００ people").values == {"employees": 300}
    assert extract("٣٫٥ M€ de budget").values == {"annual_ai_budget_eur": 3_500_000.0}
    assert extract("10² people").values == {}  # a superscript is not a digit of the number
    assert extract("9" * 400 + " people").invalid == {"employees": "employees is not a usable number"}


_BROAD = st.characters(
    categories=["Nd", "Nl", "No", "Sc", "Sm", "Zs", "Zl", "Zp", "Po", "Pd", "Ps", "Pe", "Ll", "Lu",
                "Cf", "Mn", "So"]
)
_NUMBERISH = st.from_regex(
    r"[-~]?\d{1,30}([ .,\u00a0\u202f٫٬]\d{1,4}){0,5}(e[+-]?\d{1,4})?\s?(k|m|M€|%|x|€)?",
    fullmatch=True,
)
_WORDY = st.sampled_from(["budget", "people", "countries", "pays", "ans", "years", "AI for",
                          "depuis", "M€", "what if", "et si", "entre", "et", "-", "/", "\n"])


# 1,000 examples per run; EXTRACTION_FUZZ_EXAMPLES=10000 for a deeper search.
@settings(max_examples=int(os.environ.get("EXTRACTION_FUZZ_EXAMPLES", "1000")), deadline=None, suppress_health_check=list(HealthCheck))
@given(
    text=st.one_of(st.text(_BROAD, max_size=120), st.text(max_size=200),
                   st.lists(st.one_of(_NUMBERISH, _WORDY, st.text(_BROAD, max_size=6)),
                            max_size=12).map(" ".join)),
    expected=st.one_of(st.none(), st.sampled_from(ALL_FIELDS)),
)
def test_extract_never_raises_on_any_script_or_separator(text: str, expected: str | None) -> None:
    result = extract(text, expected=expected)
    assert not set(result.values) & set(result.invalid)
