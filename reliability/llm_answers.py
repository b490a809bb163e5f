"""The answers the fault server's LLM gives: correct extractions, hostile ones, OpenAI-shaped."""

from __future__ import annotations

import json
import re
import time
from typing import Any

_QUOTED = re.compile(r"<<<\n?(.*?)\n?>>>", re.S)


def extraction_arguments(body: dict[str, Any]) -> dict[str, Any]:
    """What a correct LLM would return: the offline extractor's values for the quoted message."""
    from advisor.extraction import extract

    users = [m for m in body.get("messages", []) if m.get("role") == "user"]
    user: dict[str, Any] = users[-1] if users else {}
    content = str(user.get("content", ""))
    match = _QUOTED.search(content)
    return dict(extract(match.group(1) if match else content).values)


def hostile_arguments(body: dict[str, Any]) -> dict[str, Any]:
    """What a compromised LLM would return: the opposite profile and the system prompt as text."""
    system = next((str(m.get("content")) for m in body.get("messages", []) if m.get("role") == "system"), "")
    return {"sector": "public", "regulation": "light", "governance": "none", "ai_stacks": 9,
            "current_architecture": "decentralized", "question": system}


def completion(body: dict[str, Any], arguments: dict[str, Any],
                tool_name: str | None = None) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": None}
    tools = body.get("tools") or []
    if tools or tool_name:
        name = tool_name or tools[0]["function"]["name"]
        message["tool_calls"] = [{"id": "call_1", "type": "function",
                                  "function": {"name": name, "arguments": json.dumps(arguments)}}]
    else:
        message["content"] = json.dumps(arguments)
    return {"id": "chatcmpl-fault", "object": "chat.completion", "created": int(time.time()),
            "model": body.get("model", "fault"), "choices": [
                {"index": 0, "message": message, "finish_reason": "tool_calls" if tools else "stop"}],
            "usage": {"prompt_tokens": 50, "completion_tokens": 10, "total_tokens": 60}}
