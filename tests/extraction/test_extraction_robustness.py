"""extract() never raises and always returns well-formed results, whatever the text."""

from __future__ import annotations

from hypothesis import given, settings
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
