"""The local provider: the catalog analyser in this process; no network, no keys."""

from __future__ import annotations

from ai.providers.base import Caller, NoMatch
from domain.analyser import Analyser, Analysis


class LocalProvider:
    """Always available; the last link of every chain."""

    name = "local"

    async def analyze(self, text: str, caller: Caller, analyser: Analyser) -> Analysis:
        # Pure CPU work well under a millisecond: run inline, not in a thread.
        analysis = analyser.analyse(text)
        if not analysis.items:
            raise NoMatch(analysis, "no catalog food matched")
        return analysis

    async def aclose(self) -> None:
        return None
