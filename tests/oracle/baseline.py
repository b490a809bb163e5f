"""`python -m tests.oracle.baseline --scenarios DIR`: LLM input per user turn, the advisor's policy
against a plain ReAct agent (langgraph's prebuilt `create_react_agent`, the same loop as LangChain's
`create_agent`) on the same conversations, both served by the oracle.

Tokens are estimated the same way for both (request JSON characters / 4): the oracle reports no
usage. The baseline gets the advisor's tool schemas (same names and docstrings) with stub bodies,
the whole conversation each call, and a second call per turn to write its reply after the tools.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

import yaml

from tests.oracle.server import Oracle, OracleServer, load_truth


def _estimate(requests: list[dict[str, Any]]) -> int:
    return sum(len(json.dumps({"messages": r.get("messages"), "tools": r.get("tools")})) // 4
               for r in requests)


def advisor_tokens(scenarios: Path) -> tuple[int, int, int]:
    """(estimated input tokens, LLM calls, user turns) for the advisor in LLM mode."""
    from evals.cli import run_suite

    server = OracleServer(Oracle(load_truth(scenarios)))
    with server as url:
        os.environ.update(OPENAI_BASE_URL=url, OPENAI_API_KEY="oracle", LLM_MODEL="oracle")
        document = run_suite(scenarios, "llm", live=True, thresholds={})
    return _estimate(server.requests), len(server.requests), document["metrics"]["turns"]


def baseline_tokens(scenarios: Path) -> tuple[int, int, int]:
    """(estimated input tokens, LLM calls, user turns) for a plain ReAct agent with our tool schemas."""
    from langchain_core.tools import StructuredTool
    from langchain_openai import ChatOpenAI
    from langgraph.prebuilt import create_react_agent

    from advisor.tools import TOOLS

    def stub(**kwargs: Any) -> str:
        return json.dumps({"ok": True, "args": kwargs}, default=str)[:400]

    tools = [StructuredTool.from_function(stub, name=t.name, description=t.description,
                                          args_schema=t.tool_call_schema) for t in TOOLS]
    server = OracleServer(Oracle(load_truth(scenarios)))
    turns = 0
    with server as url:
        model = ChatOpenAI(base_url=url, api_key="oracle", model="oracle")
        agent = create_react_agent(model, tools, prompt="You advise CTOs on AI orchestration.")
        for path in sorted(scenarios.glob("*.yaml")):
            messages: list[Any] = []
            for turn in yaml.safe_load(path.read_text(encoding="utf-8"))["turns"]:
                messages = agent.invoke({"messages": [*messages, ("user", turn["user"])]},
                                        {"recursion_limit": 8})["messages"]
                turns += 1
    return _estimate(server.requests), len(server.requests), turns


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scenarios", type=Path, default=Path("evals/tuning"))
    args = parser.parse_args()
    ours, ours_calls, turns = advisor_tokens(args.scenarios)
    base, base_calls, base_turns = baseline_tokens(args.scenarios)
    print(json.dumps({"turns": turns, "advisor_calls_per_turn": round(ours_calls / turns, 2),
                      "advisor_input_tokens_per_turn": round(ours / turns),
                      "react_calls_per_turn": round(base_calls / base_turns, 2),
                      "react_input_tokens_per_turn": round(base / base_turns)}, indent=1))


if __name__ == "__main__":
    main()
