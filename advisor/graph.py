"""The advisor graph, in the style of langchain-ai/react-agent:

    policy ──tool_calls──▶ tools ──▶ policy … ──(no call)──▶ compose ──▶ guard ──▶ END
"""

from __future__ import annotations

from typing import Literal

from langchain_core.messages import AIMessage
from langgraph.graph import END, START, StateGraph

from advisor.context import Context
from advisor.policy import policy
from advisor.reply import compose, guard
from advisor.state import InputState, State
from advisor.tool_node import InlineToolNode
from advisor.tools import TOOLS


def route_policy(state: State) -> Literal["tools", "compose"]:
    """Run the tools while the policy's last message calls some; then compose the reply."""
    last = state.steps[-1] if state.steps else None
    if isinstance(last, AIMessage) and last.tool_calls:
        return "tools"
    return "compose"


builder = StateGraph(State, input_schema=InputState, context_schema=Context)
builder.add_node("policy", policy)
builder.add_node("tools", InlineToolNode(TOOLS, messages_key="steps"))
builder.add_node("compose", compose)
builder.add_node("guard", guard)
builder.add_edge(START, "policy")
builder.add_conditional_edges("policy", route_policy)
builder.add_edge("tools", "policy")
builder.add_edge("compose", "guard")
builder.add_edge("guard", END)

graph = builder.compile(name="Orchestration Advisor")
