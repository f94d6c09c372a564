"""The nutrition and fitness assistant (plain Python, no web framework).

Public API: ``respond`` (safety rules, then a provider), ``LocalAssistant`` (the offline
provider), ``Answer``, the tools (``TOOLS``, ``run_tool``, ``tool_definitions``,
``ToolContext``) and the records a data source returns (``domain.assistant.records``).
"""

from domain.assistant.assistant import (
    MAX_QUERY_CHARS,
    Answer,
    LocalAssistant,
    Provider,
    respond,
)
from domain.assistant.records import (
    AnalysedItem,
    Analysis,
    AssistantData,
    CatalogChoice,
    LoggedFood,
    StoredPlan,
    Turn,
    UserProfile,
)
from domain.assistant.tools import TOOLS, ToolContext, ToolError, run_tool, tool_definitions

__all__ = [
    "MAX_QUERY_CHARS",
    "TOOLS",
    "Analysis",
    "AnalysedItem",
    "Answer",
    "AssistantData",
    "CatalogChoice",
    "LocalAssistant",
    "LoggedFood",
    "Provider",
    "StoredPlan",
    "ToolContext",
    "ToolError",
    "Turn",
    "UserProfile",
    "respond",
    "run_tool",
    "tool_definitions",
]
