"""The graph served by `langgraph dev` (Agent Server API), driven by the official langgraph-sdk.

`full_conversation` runs one scripted conversation and reads the thread state back; `load` runs
N conversations at once (offline mode) and times every turn. `python -m reliability.agent_server [N]`.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from reliability.harness import Conversation, load_conversations, percentile
from reliability.processes import BIN, ROOT, Server, advisor_env, free_port


def start_agent_server(workdir: Path, jobs: int = 64) -> tuple[Server, str]:
    """`langgraph dev` on a free loopback port, in-memory runtime, its files under `workdir`."""
    workdir.mkdir(parents=True, exist_ok=True)
    config = workdir / "langgraph.json"  # the repo's config with absolute paths: files stay in workdir
    spec = json.loads((ROOT / "langgraph.json").read_text(encoding="utf-8"))
    spec["dependencies"] = [str(ROOT)]
    spec["graphs"] = {name: str(ROOT / path) for name, path in spec["graphs"].items()}
    spec.pop("env", None)
    config.write_text(json.dumps(spec), encoding="utf-8")
    # The index is built at install/start-up (`advisor index`), never inside a user's query.
    subprocess.run([str(BIN / "advisor"), "index"], env=advisor_env(workdir), cwd=workdir, check=True,
                   capture_output=True, timeout=600)
    port = free_port()
    args = [str(BIN / "langgraph"), "dev", "--no-browser", "--no-reload", "--host", "127.0.0.1",
            "--port", str(port), "--config", str(config), "--n-jobs-per-worker", str(jobs)]
    url = f"http://127.0.0.1:{port}"
    return Server(args, f"{url}/ok", env=advisor_env(workdir), cwd=workdir,
                  log=workdir / "langgraph.log", timeout_s=120), url


async def converse(client: Any, conversation: Conversation, latencies: list[float]) -> dict[str, Any]:
    """One thread, one `runs.wait` per message; the state read back at the end."""
    thread = await client.threads.create()
    for text in conversation.messages:
        started = time.perf_counter()
        await client.runs.wait(thread["thread_id"], "advisor",
                               input={"messages": [{"role": "user", "content": text}]})
        latencies.append(time.perf_counter() - started)
    state = await client.threads.get_state(thread["thread_id"])
    values = state["values"]
    return {"profile": values.get("profile", {}), "messages": len(values.get("messages", [])),
            "architecture": (values.get("recommendation") or {}).get("architecture"),
            "citations": len(values.get("citations", []))}


async def full_conversation(url: str) -> dict[str, Any]:
    from langgraph_sdk import get_client

    conversation = load_conversations()[0]
    result = await converse(get_client(url=url), conversation, [])
    return {**result, "expected": conversation.expected, "turns": len(conversation.messages)}


async def load(url: str, concurrent: int = 50) -> dict[str, Any]:
    """`concurrent` conversations at once; errors, wrong answers and turn latencies."""
    from langgraph_sdk import get_client

    client = get_client(url=url, timeout=120)
    conversations = load_conversations()
    picked = [conversations[n % len(conversations)] for n in range(concurrent)]
    latencies: list[float] = []
    started = time.perf_counter()
    results = await asyncio.gather(*(converse(client, c, latencies) for c in picked), return_exceptions=True)
    errors = [r for r in results if isinstance(r, BaseException)]
    wrong = sum(1 for c, r in zip(picked, results, strict=True)
                if isinstance(r, dict)
                and (r["architecture"] != c.expected or r["messages"] != 2 * len(c.messages)))
    return {"conversations": concurrent, "turns": len(latencies), "errors": len(errors), "wrong": wrong,
            "error_samples": [f"{type(e).__name__}: {e}"[:200] for e in errors[:3]],
            "p50_s": round(percentile(latencies, 50), 3), "p95_s": round(percentile(latencies, 95), 3),
            "max_s": round(max(latencies, default=0.0), 3), "wall_s": round(time.perf_counter() - started, 1)}


def print_figures(conversation: dict[str, Any], figures: dict[str, Any]) -> None:
    print("Agent Server (langgraph dev, in-memory runtime) driven by langgraph-sdk")
    print(f"  full conversation: {conversation['turns']} turns -> {conversation['architecture']} "
          f"(expected {conversation['expected']}), {conversation['messages']} messages, "
          f"{conversation['citations']} citations, profile {conversation['profile']}")
    print(f"  load: {figures['conversations']} concurrent conversations, {figures['turns']} turns, "
          f"errors {figures['errors']}, wrong answers {figures['wrong']}, turn latency p50 "
          f"{figures['p50_s']} s, p95 {figures['p95_s']} s, max {figures['max_s']} s, "
          f"wall {figures['wall_s']} s")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        server, url = start_agent_server(Path(tmp))
        try:
            first = asyncio.run(full_conversation(url))
            print_figures(first, asyncio.run(load(url, int(sys.argv[1]) if len(sys.argv) > 1 else 50)))
        finally:
            server.stop()
