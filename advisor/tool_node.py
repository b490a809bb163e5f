"""ToolNode that runs a round's tool calls in the calling thread.

LangGraph's ToolNode opens a thread pool for every round, even for one call; our tools are fast,
synchronous and CPU-bound, so the pool's thread start-ups were most of a turn's overhead
(`python -m advisor.bench`). Calls run in order, as the rules policy emits them.
"""

from __future__ import annotations

from typing import Any

from langchain_core.runnables import RunnableConfig
from langchain_core.runnables.config import get_config_list
from langgraph.prebuilt import ToolNode, ToolRuntime
from langgraph.runtime import Runtime


class InlineToolNode(ToolNode):
    """The prebuilt ToolNode, minus the per-round thread pool (same parsing, injection, errors)."""

    def _func(self, input: Any, config: RunnableConfig, runtime: Runtime) -> Any:
        tool_calls, input_type = self._parse_input(input)
        outputs = []
        for call, cfg in zip(tool_calls, get_config_list(config, len(tool_calls)), strict=False):
            tool_runtime: Any = ToolRuntime(
                state=self._extract_state(input, cfg), tool_call_id=call["id"], config=cfg,
                context=runtime.context, store=runtime.store, stream_writer=runtime.stream_writer,
                tools=list(self.tools_by_name.values()), execution_info=runtime.execution_info,
                server_info=runtime.server_info,
            )
            outputs.append(self._run_one(call, input_type, tool_runtime))
        return self._combine_tool_outputs(outputs, input_type)
