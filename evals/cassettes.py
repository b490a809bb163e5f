"""LLM mode: the chat model the evals use and one vcrpy cassette per scenario (readable JSON bodies)."""

from __future__ import annotations

import json
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import yaml

CASSETTE_DIR = Path(__file__).parent / "cassettes"
LLM_CONFIG = Path(__file__).parent / "llm.yaml"
MATCH_ON = ["method", "scheme", "host", "path", "body"]
DROPPED_RESPONSE_HEADERS = {"content-length", "content-encoding", "transfer-encoding", "date",
                            "set-cookie", "server"}
FILTERED_HEADERS = ["authorization", "api-key", "openai-organization", "openai-project", "cookie"]


def llm_config() -> dict[str, Any]:
    """The endpoint and call settings the cassettes were recorded with (evals/llm.yaml)."""
    return dict(yaml.safe_load(LLM_CONFIG.read_text(encoding="utf-8")))


def make_chat_model(config: dict[str, Any] | None = None) -> Any:
    """ChatOpenAI for the recorded endpoint: no retries (a miss must not look like a flaky network)."""
    from langchain_openai import ChatOpenAI

    c = config or llm_config()
    return ChatOpenAI(model=c["model"], base_url=c["base_url"], api_key="sk-test",
                      max_retries=0, timeout=float(c["timeout_s"]),
                      max_tokens=int(c["max_tokens"]), temperature=float(c["temperature"]),
                      # llama-cpp-python's server reads `max_tokens`, not `max_completion_tokens`
                      extra_body={"max_tokens": int(c["max_tokens"])})


def _as_text(body: Any) -> str | None:
    if isinstance(body, bytes):
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            return None
    return body if isinstance(body, str) else None


def _parsed(body: Any) -> Any:
    text = _as_text(body)
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


class JsonBodySerializer:
    """YAML cassettes whose JSON request and response bodies are stored parsed (readable diffs)."""

    @staticmethod
    def serialize(cassette: dict[str, Any]) -> str:
        interactions = []
        for item in cassette["interactions"]:
            request, response = dict(item["request"]), dict(item["response"])
            parsed = _parsed(request.get("body"))
            if parsed is not None:
                request["body"], request["body_json"] = None, parsed
            body = dict(response.get("body") or {})
            parsed = _parsed(body.get("string"))
            if parsed is not None:
                body = {"json": parsed}
            elif isinstance(body.get("string"), bytes):
                body["string"] = _as_text(body["string"])
            response["body"] = body
            response["headers"] = {k: v for k, v in (response.get("headers") or {}).items()
                                   if k.lower() not in DROPPED_RESPONSE_HEADERS}
            interactions.append({"request": request, "response": response})
        data = {"interactions": interactions, "version": cassette.get("version", 1)}
        return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=110)

    @staticmethod
    def deserialize(text: str) -> dict[str, Any]:
        data = yaml.safe_load(text) or {}
        for item in data.get("interactions", []):
            request, response = item["request"], item["response"]
            if "body_json" in request:
                request["body"] = json.dumps(request.pop("body_json")).encode("utf-8")
            body = response.get("body") or {}
            if "json" in body:
                response["body"] = {"string": json.dumps(body["json"]).encode("utf-8")}
            elif isinstance(body.get("string"), str):
                body["string"] = body["string"].encode("utf-8")
        data.setdefault("interactions", [])
        data.setdefault("version", 1)
        return dict(data)


def cassette_path(scenario_id: str, folder: Path = CASSETTE_DIR) -> Path:
    return folder / f"{scenario_id}.yaml"


def use_cassette(scenario_id: str, record: bool, folder: Path = CASSETTE_DIR) -> AbstractContextManager[Any]:
    """Replay (no network, misses raise) or record afresh the scenario's cassette."""
    import vcr

    path = cassette_path(scenario_id, folder)
    if record and path.exists():
        path.unlink()
    recorder = vcr.VCR(serializer="jsonbody", match_on=MATCH_ON, filter_headers=FILTERED_HEADERS,
                       decode_compressed_response=True, record_mode="all" if record else "none")
    recorder.register_serializer("jsonbody", JsonBodySerializer)
    return recorder.use_cassette(str(path), allow_playback_repeats=False)
