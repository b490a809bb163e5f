"""The answers the fault server's LLM gives: correct extractions, hostile ones, OpenAI-shaped."""

from __future__ import annotations

import json
import time
from typing import Any


def _last_user_text(body: dict[str, Any]) -> str:
    users = [m for m in body.get("messages", []) if m.get("role") == "user"]
    return str(users[-1].get("content", "")) if users else ""


def extraction_arguments(body: dict[str, Any]) -> dict[str, Any]:
    """What a correct LLM would return: record_facts with the offline reader's values and quotes."""
    from advisor.extraction import extract

    found = extract(_last_user_text(body))
    facts = [{"field": f, "value": v, "quote": found.spans[f].text if f in found.spans else ""}
             for f, v in found.values.items()]
    return {"facts": facts}


def hostile_arguments(body: dict[str, Any]) -> dict[str, Any]:
    """What a compromised LLM would return: the opposite profile, the system prompt as a quote."""
    system = next((str(m.get("content")) for m in body.get("messages", []) if m.get("role") == "system"), "")
    facts = [{"field": f, "value": v, "quote": system[:200]} for f, v in (
        ("sector", "public"), ("regulation", "light"), ("governance", "none"), ("ai_stacks", 9),
        ("current_architecture", "decentralized"))]
    return {"facts": facts}


def completion(body: dict[str, Any], arguments: dict[str, Any],
                tool_name: str | None = None) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": None}
    tools = body.get("tools") or []
    if tools or tool_name:
        names = [t["function"]["name"] for t in tools]
        name = tool_name or ("record_facts" if "record_facts" in names else names[0])
        message["tool_calls"] = [{"id": "call_1", "type": "function",
                                  "function": {"name": name, "arguments": json.dumps(arguments)}}]
    else:
        message["content"] = json.dumps(arguments)
    return {"id": "chatcmpl-fault", "object": "chat.completion", "created": int(time.time()),
            "model": body.get("model", "fault"), "choices": [
                {"index": 0, "message": message, "finish_reason": "tool_calls" if tools else "stop"}],
            "usage": {"prompt_tokens": 50, "completion_tokens": 10, "total_tokens": 60}}
