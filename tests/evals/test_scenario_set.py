"""The scenario set itself: format, coverage, and expectations that agree with the scorecard."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from evals.scenario import ScenarioError, load_scenarios, parse_scenario
from scoring.profile import REQUIRED_FIELDS, OrgProfile, Sector
from scoring.scorecard import score
from tests.evals.conftest import SCENARIOS

ALL = load_scenarios(SCENARIOS)


def test_at_least_forty_scenarios_half_french() -> None:
    languages = Counter(s.language for s in ALL)
    assert len(ALL) >= 40
    assert languages["fr"] * 2 >= len(ALL)


def test_every_sector_is_covered() -> None:
    covered = {s.profile.get("sector") for s in ALL}
    assert {sector.value for sector in Sector} <= covered


@pytest.mark.parametrize("scenario", ALL, ids=lambda s: s.id)
def test_expected_architecture_is_the_scorecards(scenario) -> None:  # type: ignore[no-untyped-def]
    assert set(REQUIRED_FIELDS) <= set(scenario.profile), "expect.profile must be complete"
    assert score(OrgProfile.model_validate(scenario.profile)).architecture == scenario.architecture


def test_unknown_keys_are_rejected(tmp_path: Path) -> None:
    with pytest.raises(ScenarioError, match="unknown keys"):
        parse_scenario({"id": "x", "language": "en", "turns": [{"user": "hi"}], "expectt": {}},
                       tmp_path / "x.yaml")
    with pytest.raises(ScenarioError, match="language"):
        parse_scenario({"id": "x", "language": "de", "turns": [{"user": "hi"}]}, tmp_path / "x.yaml")


def test_invalid_yaml_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("id: x\ndescription: a: b: c\n", encoding="utf-8")
    with pytest.raises(ScenarioError, match="bad.yaml"):
        load_scenarios(tmp_path)
