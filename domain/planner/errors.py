"""The planner's one error: a request no plan can satisfy (the API answers 422 with it)."""

from __future__ import annotations

from typing import Any


class PlanInfeasible(Exception):
    """No plan meets every hard constraint.

    ``constraint`` is a short code of what could not be met (``slot:snack``,
    ``targets``, ``variety``, ...), ``message`` one readable sentence naming it, and
    ``details`` the figures behind it (JSON-ready).
    """

    def __init__(self, constraint: str, message: str, details: dict[str, Any] | None = None):
        super().__init__(message)
        self.constraint = constraint
        self.message = message
        self.details = {"constraint": constraint, **(details or {})}
