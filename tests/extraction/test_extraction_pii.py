"""PII redaction, and PII numbers never becoming profile values."""

from __future__ import annotations

import pytest

from advisor.extraction import extract, redact_pii


@pytest.mark.parametrize(
    ("text", "redacted", "kinds"),
    [
        ("mail me at john.doe@acme.com", "mail me at [EMAIL]", ["email"]),
        ("appelez le 06 12 34 56 78", "appelez le [PHONE]", ["phone"]),
        ("tel +33 6 12 34 56 78", "tel [PHONE]", ["phone"]),
        ("tél. : 01.23.45.67.89", "tél. : [PHONE]", ["phone"]),
        ("call (415) 555-1234", "call [PHONE]", ["phone"]),
        ("UK office +44 20 7946 0958", "UK office [PHONE]", ["phone"]),
        ("IBAN FR76 3000 6000 0112 3456 7890 189", "IBAN [IBAN]", ["iban"]),
        ("IBAN DE89370400440532013000", "IBAN [IBAN]", ["iban"]),
        ("my name is John Smith", "my name is [NAME]", ["name"]),
        ("je m'appelle Marie Dupont", "je m'appelle [NAME]", ["name"]),
        ("I'm Jane Doe, CTO", "I'm [NAME], CTO", ["name"]),
        ("Best regards,\nJohn Smith", "Best regards,\n[NAME]", ["name"]),
        ("Cordialement,\nMarie Curie", "Cordialement,\n[NAME]", ["name"]),
        ("-- Paul Martin", "-- [NAME]", ["name"]),
    ],
)
def test_redaction(text: str, redacted: str, kinds: list[str]) -> None:
    assert redact_pii(text) == (redacted, kinds)


@pytest.mark.parametrize(
    "text",
    [
        "We are 1 500 people since 2023, budget 3M€",
        "I'm CTO at a bank",
        "je suis DSI",
        "200-300 employees in 3 countries",
    ],
)
def test_no_false_positive(text: str) -> None:
    assert redact_pii(text) == (text, [])


def test_pii_numbers_are_not_profile_values() -> None:
    result = extract("Call me at 06 12 34 56 78 or +1 415 555 1234", expected="employees")
    assert result.values == {}
    assert set(result.pii) == {"phone"}


def test_facts_survive_redaction() -> None:
    result = extract("Contact: jean.dupont@corp.fr, 06 12 34 56 78 — we are 300 people")
    assert result.values == {"employees": 300}
    assert result.spans["employees"].text == "300 people"


def test_question_text_is_redacted() -> None:
    result = extract("I'm John Smith, why does regulation matter?")
    assert result.question is not None and "John" not in result.question
