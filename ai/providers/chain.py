"""The fallback chain: each configured provider in turn, the local analyser last.

A provider that cannot answer (``ProviderError``) or finds nothing (``NoMatch``) hands
over to the next; the answer says who answered (``provider``), whether that was a
fallback, and what happened on the way (``attempts``). A provider that failed with a
cooldown (bad keys, quota, a long ``Retry-After``) is skipped until it has passed.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

from ai.providers.base import Caller, FoodProvider, NoMatch, ProviderError
from domain.analyser import Analyser, Analysis, UnmatchedItem

logger = logging.getLogger("ai.providers")


@dataclass
class ChainResult:
    """The analysis and who produced it."""

    analysis: Analysis
    provider: str
    fallback: bool
    attempts: list[dict[str, str]] = field(default_factory=list)


class NothingMatched(Exception):
    """No provider found any food; ``unmatched`` lists the items (from the local analyser)."""

    def __init__(self, unmatched: list[UnmatchedItem], attempts: list[dict[str, str]]) -> None:
        super().__init__("no food matched")
        self.unmatched = unmatched
        self.attempts = attempts


class ProviderChain:
    """Providers in order of preference; the last should be the local one."""

    def __init__(self, providers: list[FoodProvider]) -> None:
        self.providers = providers
        self._skip_until: dict[str, float] = {}

    @property
    def names(self) -> list[str]:
        return [p.name for p in self.providers]

    async def analyze(self, text: str, caller: Caller, analyser: Analyser) -> ChainResult:
        attempts: list[dict[str, str]] = []
        unmatched: list[UnmatchedItem] = []
        for provider in self.providers:
            now = time.monotonic()
            if self._skip_until.get(provider.name, 0.0) > now:
                attempts.append({"provider": provider.name, "outcome": "skipped (cooling down)"})
                continue
            try:
                analysis = await provider.analyze(text, caller, analyser)
            except NoMatch as exc:
                attempts.append({"provider": provider.name, "outcome": exc.reason})
                if exc.analysis is not None:
                    unmatched = exc.analysis.unmatched
                continue
            except ProviderError as exc:
                attempts.append({"provider": provider.name, "outcome": exc.reason})
                if exc.cooldown:
                    self._skip_until[provider.name] = now + exc.cooldown
                logger.warning(
                    "Food provider failed; falling back",
                    extra={"provider": provider.name, "reason": exc.reason, "status": exc.status},
                )
                continue
            attempts.append({"provider": provider.name, "outcome": "answered"})
            return ChainResult(
                analysis, provider.name, fallback=len(attempts) > 1, attempts=attempts
            )
        raise NothingMatched(unmatched, attempts)

    async def aclose(self) -> None:
        for provider in self.providers:
            await provider.aclose()
