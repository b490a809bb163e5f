"""Table-driven checks: each utterance yields exactly the expected profile values."""

from __future__ import annotations

import extraction_cases
import extraction_cases_blind
import extraction_cases_fr
import pytest
from extraction_cases import TODAY

from advisor.extraction import extract

CASES = extraction_cases.CASES + extraction_cases_blind.CASES + extraction_cases_fr.CASES


@pytest.mark.parametrize(("text", "expected_field", "values"), CASES, ids=[c[0][:40] for c in CASES])
def test_utterance_values(
    text: str, expected_field: str | None, values: dict[str, int | float | str]
) -> None:
    result = extract(text, expected=expected_field, today=TODAY)
    assert result.values == values
    for field in values:
        evidence = result.spans[field]
        assert evidence.text == text[evidence.start:evidence.end]
        assert evidence.text.strip()


def test_table_is_large_and_bilingual() -> None:
    french = [c for c in CASES if extract(c[0], today=TODAY).language == "fr"]
    assert len(CASES) >= 100
    assert len(extraction_cases_fr.CASES) >= 60
    assert len(french) >= 40
