"""An OpenAI-compatible test server that answers from a truth table (a perfect LLM), optionally
noisy: a seeded share of messages get one wrong value, quoted as if it were right.

Each scenario turn's `truth` (facts, unknown, what_if, question, correction) becomes the tool
calls a capable model would make, each fact with the shortest quote of the message that states it
and, where the message says them, the parts code recomputes (amount/currency/period, start date,
places). The noisy variant lies consistently: value and parts changed together, the quote kept.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import time
from dataclasses import dataclass, field
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import yaml

from advisor.prompts import PHRASING_SYSTEM
from tests.oracle.parts import falsified_parts, parts_for

ENUMS = {
    "sector": ("finance", "insurance", "health", "public", "tech", "retail", "industry", "energy",
               "telecom", "education", "other"),
    "current_architecture": ("none", "decentralized", "hybrid", "centralized"),
    "governance": ("none", "partial", "central"),
    "regulation": ("light", "medium", "strong", "critical"),
}


def falsified(field_name: str, value: Any) -> Any:
    """Another valid value for the field: the next one of its list, or a number 1.5x + 1."""
    if isinstance(value, str):
        options = ENUMS.get(field_name, (value,))
        return options[(options.index(value) + 1) % len(options)] if value in options else value
    return round(float(value) * 1.5 + 1)


def load_truth(folder: Path) -> dict[str, dict[str, Any]]:
    """user message -> its truth, over every scenario file in `folder`."""
    table: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.glob("*.yaml")):
        for turn in yaml.safe_load(path.read_text(encoding="utf-8"))["turns"]:
            table[turn["user"]] = dict(turn.get("truth") or {})
    return table


def quote_for(message: str, field_name: str, value: Any) -> str:
    """The shortest run of words the deterministic reader reads as `value` (else the message)."""
    from advisor.extraction import extract
    from advisor.verify import same

    words = message.split()
    for size in range(1, min(10, len(words)) + 1):
        for start in range(len(words) - size + 1):
            window = " ".join(words[start:start + size])
            found = extract(window, expected=field_name).values.get(field_name)
            if found is not None and same(found, value):
                return window
    return message


@dataclass
class Oracle:
    """The truth table and the noise: `noise` of the messages (seeded) carry one wrong value."""

    truth: dict[str, dict[str, Any]]
    noise: float = 0.0
    seed: int = 0
    wrong: list[dict[str, Any]] = field(default_factory=list)  # what the noisy oracle falsified
    wrong_phrasings: int = 0  # phrased answers given an invented figure

    def lookup(self, text: str) -> dict[str, Any]:
        from rapidfuzz import fuzz, process

        if text in self.truth:
            return self.truth[text]
        best = process.extractOne(text, list(self.truth), scorer=fuzz.ratio, score_cutoff=70)
        return self.truth[best[0]] if best else {}

    def noisy(self, text: str) -> bool:
        digest = hashlib.sha256(f"{self.seed}:{text}".encode()).digest()
        return self.noise > 0 and digest[0] / 256 < self.noise

    def calls(self, text: str, today: date) -> list[dict[str, Any]]:
        truth = self.lookup(text)
        facts = [{"field": f, "value": v, "quote": quote_for(text, f, v), **parts_for(text, f, v, today)}
                 for f, v in (truth.get("facts") or {}).items()]
        if facts and self.noisy(text):
            fact = facts[0]
            fact["value"] = falsified(fact["field"], fact["value"])
            falsified_parts(fact, today)
            self.wrong.append({"message": text, **fact})
        out: list[dict[str, Any]] = []
        if facts:
            out.append({"name": "correct_fact" if truth.get("correction") else "record_facts",
                        "args": {"facts": facts}})
        if truth.get("unknown"):
            out.append({"name": "mark_unknown", "args": {"fields": list(truth["unknown"])}})
        if truth.get("what_if"):
            out.append({"name": "run_what_if", "args": {"changes": dict(truth["what_if"])}})
        if truth.get("question"):
            out.append({"name": "search_framework", "args": {"query": text}})
        return out


PHRASING_MARK = PHRASING_SYSTEM.split(",", 1)[0]  # how a phrasing request's system prompt opens


def phrased(oracle: Oracle, system: str) -> str:
    """A capable model's rewrite: the draft's first sentences, markers kept (noisy: one invented
    figure, which the guard must catch)."""
    draft = system.split("Draft:\n", 1)[-1]
    sentences = re.split(r"(?<=\])\s+", draft.strip())
    text = " ".join(sentences[:3])
    if oracle.noisy(draft):
        oracle.wrong_phrasings += 1
        text += " About 42% of companies regret it. [1]"
    return text


def _completion(body: dict[str, Any], calls: list[dict[str, Any]], content: str = "") -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": None if calls else content}
    if calls:
        message["tool_calls"] = [{"id": f"call_{n}", "type": "function",
                                  "function": {"name": c["name"], "arguments": json.dumps(c["args"])}}
                                 for n, c in enumerate(calls)]
    return {"id": "chatcmpl-oracle", "object": "chat.completion", "created": int(time.time()),
            "model": body.get("model", "oracle"),
            "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls" if calls else "stop"}],
            "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}}


class OracleServer:
    """Serves `Oracle` on 127.0.0.1 from a daemon thread: `with OracleServer(o) as url: ...`."""

    def __init__(self, oracle: Oracle) -> None:
        self.oracle = oracle
        self.requests: list[dict[str, Any]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the stdlib's name
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                server.requests.append(body)
                users = [m for m in body.get("messages", []) if m.get("role") == "user"]
                text = str(users[-1].get("content", "")) if users else ""
                system = next((str(m.get("content", "")) for m in body.get("messages", [])
                               if m.get("role") == "system"), "")
                last = (body.get("messages") or [{}])[-1]
                if system.startswith(PHRASING_MARK):
                    reply = _completion(body, [], phrased(server.oracle, system))
                elif last.get("role") == "tool":  # a ReAct loop's second call: its reply
                    reply = _completion(body, [], "Noted; here is what the framework says.")
                else:
                    said = re.search(r"Today is (\d{4}-\d{2}-\d{2})", system)
                    today = date.fromisoformat(said.group(1)) if said else date.today()
                    reply = _completion(body, server.oracle.calls(text, today))
                payload = json.dumps(reply).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args: Any) -> None:
                return

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)

    def __enter__(self) -> str:
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
