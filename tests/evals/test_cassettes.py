"""Cassettes: readable JSON bodies, no secrets, exact round trip."""

from __future__ import annotations

import json

from evals.cassettes import CASSETTE_DIR, JsonBodySerializer
from evals.scenario import load_scenarios
from tests.evals.conftest import SCENARIOS


def test_one_cassette_per_scenario() -> None:
    ids = {s.id for s in load_scenarios(SCENARIOS)}
    assert ids == {p.stem for p in CASSETTE_DIR.glob("*.yaml")}


def test_cassettes_hold_no_secrets() -> None:
    for path in CASSETTE_DIR.glob("*.yaml"):
        text = path.read_text(encoding="utf-8").lower()
        assert "authorization" not in text and "sk-test" not in text and "bearer" not in text, path.name


def test_serializer_round_trip() -> None:
    body = {"model": "m", "messages": [{"role": "user", "content": "Bonjour, 3 M€"}]}
    cassette = {"version": 1, "interactions": [{
        "request": {"method": "POST", "uri": "http://h/v1/chat/completions", "headers": {},
                    "body": json.dumps(body).encode()},
        "response": {"status": {"code": 200, "message": "OK"}, "headers": {"content-length": ["9"]},
                     "body": {"string": b'{"ok": 1}'}}}]}
    text = JsonBodySerializer.serialize(cassette)
    assert "Bonjour, 3 M€" in text and "content-length" not in text
    back = JsonBodySerializer.deserialize(text)["interactions"][0]
    assert json.loads(back["request"]["body"]) == body
    assert json.loads(back["response"]["body"]["string"]) == {"ok": 1}
