"""ui.profile_panel: every field, with its value and whether it was stated or assumed."""

from __future__ import annotations

from scoring.profile import ALL_FIELDS
from tests.ui.helpers import FINTECH, FINTECH_PROVENANCE
from ui.profile_panel import field_status, panel_title, profile_markdown


def test_panel_lists_every_field_once() -> None:
    table = profile_markdown(FINTECH, FINTECH_PROVENANCE)
    rows = [line for line in table.splitlines() if line.startswith("| **")]
    assert len(rows) == len(ALL_FIELDS)


def test_stated_fields_show_turn_and_evidence_and_assumed_ones_are_flagged() -> None:
    table = profile_markdown(FINTECH, FINTECH_PROVENANCE)
    assert "| **employees** | 300 employees | ✓ stated, turn 1 _“300-person”_ |" in table
    assert "| **yearly AI budget** | 3 M€ a year | ≈ assumed |" in table
    assert "**5/5 required fields known · 2 assumed**" in table  # the budget, and regulation from the sector


def test_missing_required_fields_are_to_ask_and_optional_ones_say_so() -> None:
    table = profile_markdown({"employees": 300}, {"employees": {"status": "stated", "turn": 1}})
    assert "| **sector** | — | ? to ask |" in table
    assert "| **AI stacks** | — | – optional |" in table
    assert "**1/5 required fields known · 0 assumed**" in table


def test_scorer_defaults_fill_unstated_optional_fields() -> None:
    assert field_status("governance", {}, {}, {"governance": "partial"}, "en") == "≈ default: partial"


def test_french_panel() -> None:
    table = profile_markdown(FINTECH, FINTECH_PROVENANCE, "fr")
    assert panel_title("fr") == "Profil"
    assert "| **salariés** | 300 salariés | ✓ déclaré, tour 1 _“300-person”_ |" in table
    assert "hypothèses : 2" in table and "≈ par défaut : forte (secteur)" in table


def test_scorer_defaults_are_shown_in_words() -> None:
    table = profile_markdown(FINTECH, FINTECH_PROVENANCE, "fr", {"governance": "partial"})
    assert "≈ par défaut : partielle" in table and "partial" not in table


def test_scorer_defaults_count_as_assumptions() -> None:
    table = profile_markdown(FINTECH, FINTECH_PROVENANCE, "en", {"teams_using_ai": 6, "governance": "partial"})
    assert "· 4 assumed**" in table and table.count("≈") == 4


def test_pipes_in_evidence_cannot_break_the_table() -> None:
    table = profile_markdown({"employees": 3}, {"employees": {"status": "stated", "turn": 1,
                                                              "evidence": "a|b\nc"}})
    row = next(line for line in table.splitlines() if line.startswith("| **employees"))
    assert row.count(" | ") == 2 and "a\\|b c" in row
