"""Scenario files: one YAML conversation per file, loaded and checked against the public format."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ARCHITECTURES = ("centralized", "hybrid", "decentralized")
LANGUAGES = ("en", "fr")
TOP_KEYS = {"id", "language", "description", "turns", "expect", "known_issue"}
EXPECT_KEYS = {"profile", "architecture", "max_turns", "must_cite"}
# `user` and `expect_profile` are the public contract; the other per-turn checks are optional extras.
TURN_KEYS = {"user", "expect_profile", "expect_architecture", "expect_cite", "expect_what_if",
             "expect_provenance", "expect_language", "expect_reply_contains", "expect_reply_excludes",
             "expect_no_recommendation", "truth"}


class ScenarioError(ValueError):
    """A scenario file that does not follow the format."""


@dataclass(frozen=True)
class TurnSpec:
    """One user message and what must hold after it."""

    user: str
    expect_profile: dict[str, Any] = field(default_factory=dict)
    expect_architecture: str | None = None
    expect_cite: bool = False
    expect_what_if: str | None = None
    expect_provenance: dict[str, str] = field(default_factory=dict)
    expect_language: str | None = None
    expect_reply_contains: tuple[str, ...] = ()
    expect_reply_excludes: tuple[str, ...] = ()
    expect_no_recommendation: bool = False


@dataclass(frozen=True)
class Scenario:
    """A recorded conversation and its expected outcome."""

    id: str
    language: str
    description: str
    turns: tuple[TurnSpec, ...]
    profile: dict[str, Any]
    architecture: str | None
    max_turns: int | None
    must_cite: bool
    known_issue: dict[str, str]  # mode -> why it fails there (an agent bug); reported, not counted
    path: Path

    def known_issue_in(self, mode: str) -> str | None:
        return self.known_issue.get(mode)

    def expected_fields(self) -> dict[int, dict[str, Any]]:
        """Per 1-based turn, the cumulative profile expected after it (the final one on the last turn)."""
        out = {i: dict(t.expect_profile) for i, t in enumerate(self.turns, 1) if t.expect_profile}
        if self.profile:
            out[len(self.turns)] = {**out.get(len(self.turns), {}), **self.profile}
        return out


def _strings(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(str(v) for v in value)


def _turn(raw: Any, where: str) -> TurnSpec:
    if not isinstance(raw, dict) or not isinstance(raw.get("user"), str):
        raise ScenarioError(f"{where}: each turn needs a `user` string")
    unknown = set(raw) - TURN_KEYS
    if unknown:
        raise ScenarioError(f"{where}: unknown turn keys {sorted(unknown)}")
    for key in ("expect_architecture", "expect_what_if"):
        if raw.get(key) is not None and raw[key] not in ARCHITECTURES:
            raise ScenarioError(f"{where}: {key} must be one of {ARCHITECTURES}")
    return TurnSpec(
        user=raw["user"], expect_profile=dict(raw.get("expect_profile") or {}),
        expect_architecture=raw.get("expect_architecture"), expect_cite=bool(raw.get("expect_cite")),
        expect_what_if=raw.get("expect_what_if"),
        expect_provenance=dict(raw.get("expect_provenance") or {}),
        expect_language=raw.get("expect_language"),
        expect_reply_contains=_strings(raw.get("expect_reply_contains")),
        expect_reply_excludes=_strings(raw.get("expect_reply_excludes")),
        expect_no_recommendation=bool(raw.get("expect_no_recommendation")),
    )


def _known_issue(value: Any, where: str) -> dict[str, str]:
    """A string applies to both modes; a mapping names the modes (offline, llm)."""
    if value is None:
        return {}
    if isinstance(value, str):
        return {"offline": value, "llm": value}
    if isinstance(value, dict) and set(value) <= {"offline", "llm"}:
        return {mode: str(text) for mode, text in value.items()}
    raise ScenarioError(f"{where}: known_issue is a string or a mapping of offline/llm to strings")


def parse_scenario(data: Any, path: Path) -> Scenario:
    """Validate one parsed YAML document; raises ScenarioError with the file name."""
    where = path.name
    if not isinstance(data, dict):
        raise ScenarioError(f"{where}: a scenario is a mapping")
    unknown = set(data) - TOP_KEYS
    if unknown:
        raise ScenarioError(f"{where}: unknown keys {sorted(unknown)}")
    if not isinstance(data.get("id"), str) or not data["id"]:
        raise ScenarioError(f"{where}: `id` is required")
    if data.get("language") not in LANGUAGES:
        raise ScenarioError(f"{where}: `language` must be one of {LANGUAGES}")
    turns = data.get("turns")
    if not isinstance(turns, list) or not turns:
        raise ScenarioError(f"{where}: `turns` must be a non-empty list")
    expect = data.get("expect") or {}
    if set(expect) - EXPECT_KEYS:
        raise ScenarioError(f"{where}: unknown expect keys {sorted(set(expect) - EXPECT_KEYS)}")
    if expect.get("architecture") is not None and expect["architecture"] not in ARCHITECTURES:
        raise ScenarioError(f"{where}: expect.architecture must be one of {ARCHITECTURES}")
    max_turns = expect.get("max_turns")
    if max_turns is not None and (not isinstance(max_turns, int) or max_turns < 1):
        raise ScenarioError(f"{where}: expect.max_turns must be a positive integer")
    return Scenario(
        id=data["id"], language=data["language"], description=str(data.get("description", "")),
        turns=tuple(_turn(t, f"{where} turn {i}") for i, t in enumerate(turns, 1)),
        profile=dict(expect.get("profile") or {}), architecture=expect.get("architecture"),
        max_turns=max_turns, must_cite=bool(expect.get("must_cite")),
        known_issue=_known_issue(data.get("known_issue"), where), path=path,
    )


def load_scenarios(folder: Path) -> list[Scenario]:
    """Every `*.yaml`/`*.yml` scenario in `folder`, sorted by file name; ids must be unique."""
    files = sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")])
    if not files:
        raise ScenarioError(f"no scenario files in {folder}")
    scenarios = []
    for path in files:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise ScenarioError(f"{path.name}: not valid YAML ({exc})") from exc
        scenarios.append(parse_scenario(data, path))
    seen: set[str] = set()
    for s in scenarios:
        if s.id in seen:
            raise ScenarioError(f"duplicate scenario id {s.id!r}")
        seen.add(s.id)
    return scenarios
